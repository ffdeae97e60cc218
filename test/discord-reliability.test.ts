// What keeps the Discord bot up and honest: failing handlers, rate limits, reconnects, malformed
// payloads, long answers, channel posts that fail, and a token that never reaches the logs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostError } from '../src/platform.ts';
import { reply } from '../src/reply.ts';
import { snowflake } from './fakes/discord.ts';
import { callbackOf, EPHEMERAL, embedText, interactionPayload, slash } from './fakes/discord-events.ts';
import { startTestBot, TOKEN, type TestBot } from './helpers/discord-bot.ts';
import { expectEmbedWithinLimits } from './helpers/discord-limits.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot?.stop());

const callbackPath = (p: { id: string; token: string }) => `/interactions/${p.id}/${p.token}/callback`;

describe('Discord adapter reliability', () => {
  it('turns a failing handler into a short ephemeral error, logged', async () => {
    bot.overrideRun(() => Promise.reject(new Error('database exploded at /secret/path')));
    try {
      const body = await callbackOf(bot.fake, slash(bot.fake, 'spending'));
      expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(embedText(body.data)).toMatch(/went wrong/i);
      expect(JSON.stringify(body)).not.toMatch(/exploded|secret|at .*\.ts/);
    } finally {
      bot.overrideRun();
    }
    expect(bot.logs.some((l) => l.includes('command failed') && l.includes('database exploded'))).toBe(true);
  });

  it('waits out a 429 on a reply and delivers it exactly once', async () => {
    const payload = interactionPayload(bot.fake, 'spending');
    bot.fake.fail('POST', new RegExp(`^${callbackPath(payload)}$`), { status: 429, retryAfter: 0.3 });
    bot.fake.dispatch('INTERACTION_CREATE', payload);
    expect(embedText((await callbackOf(bot.fake, payload)).data)).toMatch(/GDP/);
    await callbackOf(bot.fake, slash(bot.fake, 'help')); // a later event, handled after any stray retry
    const attempts = bot.fake.requests.filter((r) => r.path === callbackPath(payload)).map((r) => r.status);
    expect(attempts).toEqual([429, 204]);
  });

  it('keeps every limit when the answer is far too long', async () => {
    bot.overrideRun(async () =>
      reply('answer', 'Long answer '.repeat(40), 'Japan will spend more on defence. '.repeat(300), {
        fields: Array.from({ length: 40 }, (_, i) => ({ name: `Point ${i}`, value: 'Two percent of GDP. '.repeat(80) })),
        footer: 'Source: the article. '.repeat(200),
      }),
    );
    try {
      const body = await callbackOf(bot.fake, slash(bot.fake, 'ask', { values: { question: 'x'.repeat(10_000) } }));
      expectEmbedWithinLimits(body.data.embeds[0]);
      expect(body.data.embeds[0].description).toMatch(/defence\. …$/);
    } finally {
      bot.overrideRun();
    }
  });

  it('resumes after a gateway RECONNECT and keeps answering', async () => {
    const seen = new Set(bot.fake.received);
    bot.fake.reconnect();
    const resume = await bot.fake.waitForFrame((f) => f.op === 6 && !seen.has(f), 'RESUME');
    expect(resume.d.session_id).toBe('fake-session');
    expect(embedText((await callbackOf(bot.fake, slash(bot.fake, 'spending'))).data)).toMatch(/GDP/);
    expect(bot.fake.received.filter((f) => f.op === 2)).toHaveLength(1); // never had to identify again
  });

  it('survives malformed interactions and answers the next one', async () => {
    bot.fake.dispatch('INTERACTION_CREATE', null);
    bot.fake.dispatch('INTERACTION_CREATE', {});
    bot.fake.dispatch('INTERACTION_CREATE', { id: snowflake(), type: 2, token: 't' });
    bot.fake.dispatch('MESSAGE_CREATE', { id: snowflake() });
    const wrongType = interactionPayload(bot.fake, 'ask');
    wrongType.data.options[0]!.options = [{ type: 4, name: 'question', value: 42 as unknown as string }];
    bot.fake.dispatch('INTERACTION_CREATE', wrongType);
    const unknown = slash(bot.fake, 'launch-missiles');

    const error = await callbackOf(bot.fake, wrongType);
    expect(error.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(error.data)).toMatch(/went wrong/i);
    expect(embedText((await callbackOf(bot.fake, unknown)).data)).toMatch(/\/defense spending/);
    expect(embedText((await callbackOf(bot.fake, slash(bot.fake, 'spending'))).data)).toMatch(/GDP/);
    expect(bot.logs.filter((l) => l.includes('dropped a malformed gateway event')).length).toBeGreaterThanOrEqual(2);
  });

  it('posts a digest to a channel with no allowed mentions', async () => {
    const channel = snowflake();
    await bot.handle.post(channel, reply('digest', 'Daily defence digest', 'Japan aims for 2% of GDP. @everyone'));
    const req = await bot.fake.waitForRequest((r) => r.path === `/channels/${channel}/messages`);
    expect(req.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(embedText(req.body)).toMatch(/Daily defence digest/);
    expect(JSON.stringify(req.body)).not.toMatch(/@everyone/);
  });

  it.each([
    { why: 'Unknown Channel', status: 404, code: 10003, count: 1, failure: 'gone' },
    { why: 'Missing Permissions', status: 403, code: 50013, count: 1, failure: 'forbidden' },
    { why: 'Missing Access', status: 403, code: 50001, count: 1, failure: 'forbidden' },
    { why: 'a 60 s rate limit', status: 429, code: 0, count: 1, failure: 'rate-limited' },
    { why: 'a lasting 502', status: 502, code: 0, count: 5, failure: 'transient' }, // tried five times
  ])('maps a channel post failing with $why to $failure', async ({ status, code, count, failure }) => {
    const channel = snowflake();
    bot.fake.fail('POST', new RegExp(`^/channels/${channel}/messages$`), { status, code, count, retryAfter: 60 });
    const err = await bot.handle.post(channel, reply('digest', 'Digest', 'text')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PostError);
    expect((err as PostError).failure).toBe(failure);
    if (failure === 'rate-limited') expect((err as PostError).retryAfterMs).toBeGreaterThanOrEqual(60_000);
  });

  it('never writes the bot token to its logs', () => {
    expect(bot.logs.length).toBeGreaterThan(0);
    expect(bot.logs.join('\n')).not.toContain(TOKEN);
  });
});
