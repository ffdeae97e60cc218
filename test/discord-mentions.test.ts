// Mentioning the bot in a channel, end to end: real discord.js Client, real core, fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionOf } from '../adapters/discord/question.ts';
import { embedText, message, user } from './fakes/discord-events.ts';
import { startTestBot, type TestBot } from './helpers/discord-bot.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot?.stop());

/** Resolves with the bot's reply to the given message (a channel message referencing it). */
function replyTo(messageId: string) {
  return bot.fake
    .waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${bot.fake.channelId}/messages` && r.body?.message_reference?.message_id === messageId, `reply to ${messageId}`)
    .then((r) => r.body);
}

const mention = (content: string) => message(bot.fake, content, { mentions: [bot.fake.botUser] });

describe('mentioning the bot on Discord', () => {
  it('answers the question as a reply to the message, pinging nobody', async () => {
    const m = mention(`<@${bot.fake.botId}> how many US troops are in Japan?`);
    const body = await replyTo(m.id);
    expect(embedText(body)).toMatch(/50,000/);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('understands the nickname mention form too', async () => {
    const m = mention(`<@!${bot.fake.botId}> How much will Japan spend on defence?`);
    expect(embedText(await replyTo(m.id))).toMatch(/2%|two percent/i);
  });

  it('declines an out-of-scope question and keeps @everyone inert', async () => {
    const m = mention(`<@${bot.fake.botId}> @everyone how many US troops are in South Korea?`);
    const body = await replyTo(m.id);
    expect(embedText(body)).toMatch(/doesn't say|does not say/i);
    expect(body.allowed_mentions.parse).toEqual([]);
    expect(JSON.stringify(body)).not.toMatch(/@everyone/);
  });

  it('answers an empty mention with help', async () => {
    const m = mention(`<@${bot.fake.botId}>`);
    expect(embedText(await replyTo(m.id))).toMatch(/\/defense spending/);
  });

  it('ignores bots (itself included), @everyone alone and messages that do not mention it', async () => {
    const q = 'how many US troops are in Japan?';
    const ignored = [
      message(bot.fake, `<@${bot.fake.botId}> ${q}`, { author: user('otherbot', true), mentions: [bot.fake.botUser] }),
      message(bot.fake, `<@${bot.fake.botId}> ${q}`, { author: bot.fake.botUser, mentions: [bot.fake.botUser] }),
      message(bot.fake, `@everyone ${q}`),
      message(bot.fake, q),
    ];
    // Events are handled in order, so once the later mention is answered the earlier ones are done.
    await replyTo(mention(`<@${bot.fake.botId}> ${q}`).id);
    const answered = bot.fake.requests.map((r) => r.body?.message_reference?.message_id);
    for (const m of ignored) expect(answered).not.toContain(m.id);
  });

  it('refuses a 100,000-character message of "<@" at once, without scanning it into the core', async () => {
    const flood = `<@${bot.fake.botId}> ${'<@'.repeat(50_000)}`;
    const started = performance.now();
    expect(questionOf(flood, bot.fake.botId, false)).toEqual({ tooLong: true });
    expect(performance.now() - started).toBeLessThan(500);
    const body = await replyTo(mention(flood).id);
    expect(embedText(body)).toMatch(/too long/i);
  });

  it('refuses a question over 1,000 characters once the mention is removed', async () => {
    const body = await replyTo(mention(`<@${bot.fake.botId}> ${'<@'.repeat(1_000)}`).id);
    expect(embedText(body)).toMatch(/too long/i);
    expect(questionOf(`<@${bot.fake.botId}> how many troops?`, bot.fake.botId, false)).toEqual({ tooLong: false, question: 'how many troops?' });
  });
});
