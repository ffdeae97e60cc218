// Nothing lost, nothing twice: channel posts and mention replies survive 5xx answers, long rate
// limits and lost responses, and a retried post leaves one message (nonce + enforce_nonce).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reply } from '../src/reply.ts';
import { snowflake } from './fakes/discord.ts';
import { callbackOf, embedText, interactionPayload, message, slash } from './fakes/discord-events.ts';
import { startTestBot, type TestBot } from './helpers/discord-bot.ts';

const TIMEOUT_MS = 400;
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ retry: { timeoutMs: TIMEOUT_MS } });
});
afterAll(() => bot?.stop());

const digest = reply('digest', 'Daily defence digest', 'Japan aims for 2% of GDP.');
const postsTo = (channel: string) => bot.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
const messagesIn = (channel: string) => bot.fake.messages.filter((m) => m.channelId === channel);

function mention(text: string) {
  return message(bot.fake, `<@${bot.fake.botId}> ${text}`, { mentions: [bot.fake.botUser] });
}

/** Resolves once the bot's reply to `id` has been created, with every message replying to it. */
async function repliesTo(id: string) {
  await bot.fake.waitForRequest((r) => r.status === 200 && r.body?.message_reference?.message_id === id, `reply to ${id}`);
  return bot.fake.messages.filter((m) => m.body.message_reference?.message_id === id);
}

describe('Discord delivery', () => {
  it('posting the same idempotency key twice leaves one message', async () => {
    const channel = snowflake();
    await bot.handle.post(channel, digest, { idempotencyKey: `digest:${channel}:2026-12-02` });
    await bot.handle.post(channel, digest, { idempotencyKey: `digest:${channel}:2026-12-02` });
    expect(messagesIn(channel)).toHaveLength(1);
    const [first, second] = postsTo(channel);
    expect(second!.body.nonce).toBe(first!.body.nonce);
    expect(first!.body.nonce.length).toBeLessThanOrEqual(25);
    expect(first!.body.enforce_nonce).toBe(true);

    await bot.handle.post(channel, digest, { idempotencyKey: `digest:${channel}:2026-12-03` });
    expect(messagesIn(channel)).toHaveLength(2);
  });

  it('a post whose response is lost (timeout) is retried and still leaves one message', async () => {
    const channel = snowflake();
    bot.fake.delay('POST', new RegExp(`^/channels/${channel}/messages$`), { ms: TIMEOUT_MS * 3 });
    await bot.handle.post(channel, digest);
    expect(postsTo(channel).length).toBeGreaterThanOrEqual(2);
    expect(messagesIn(channel)).toHaveLength(1);
    expect(embedText(messagesIn(channel)[0]!.body)).toMatch(/Daily defence digest/);
  });

  it('a slash reply whose response is lost is retried, and Discord\'s "already acknowledged" counts as done', async () => {
    const payload = interactionPayload(bot.fake, 'spending');
    const path = `/interactions/${payload.id}/${payload.token}/callback`;
    bot.fake.delay('POST', new RegExp(`^${path}$`), { ms: TIMEOUT_MS * 3 });
    bot.fake.dispatch('INTERACTION_CREATE', payload);
    await bot.fake.waitForRequest((r) => r.path === path && r.status === 400, 'the retry');
    await callbackOf(bot.fake, slash(bot.fake, 'help')); // handled after the retry settled
    expect(bot.fake.requests.filter((r) => r.path === path).map((r) => r.status).sort()).toEqual([204, 400]);
    expect(bot.logs.filter((l) => l.includes('interaction failed'))).toEqual([]);
  });

  it('answers a mention once after four 500s', async () => {
    bot.fake.fail('POST', new RegExp(`^/channels/${bot.fake.channelId}/messages$`), { status: 500, count: 4 });
    const m = mention('how many US troops are in Japan?');
    const replies = await repliesTo(m.id);
    expect(replies).toHaveLength(1);
    expect(embedText(replies[0]!.body)).toMatch(/50,000/);
    const attempts = bot.fake.requests.filter((r) => r.body?.message_reference?.message_id === m.id).map((r) => r.status);
    expect(attempts).toEqual([500, 500, 500, 500, 200]);
  });

  it('waits out a rate limit longer than 10 s and answers the mention once', async () => {
    bot.fake.fail('POST', new RegExp(`^/channels/${bot.fake.channelId}/messages$`), { status: 429, retryAfter: 10.5 });
    const started = Date.now();
    const m = mention('How much will Japan spend on defence?');
    const replies = await repliesTo(m.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(10_000);
    expect(replies).toHaveLength(1);
    expect(embedText(replies[0]!.body)).toMatch(/2%|two percent/i);
  }, 30_000);
});
