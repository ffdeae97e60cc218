// Follow-ups in DMs and threads: the bot keeps each conversation's last question, so "and when was
// that?" reaches the core with the question before it. Busy channels keep no context.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../src/command.ts';
import { MemoryState } from '../src/state.ts';
import { snowflake } from './fakes/discord.ts';
import { callbackOf, embedText, interactionPayload, message, user } from './fakes/discord-events.ts';
import { startTestBot, type TestBot } from './helpers/discord-bot.ts';

let bot: TestBot;
const seen: { question?: string; previous?: string }[] = [];
beforeAll(async () => {
  bot = await startTestBot();
  bot.overrideRun((cmd, ctx: CommandContext) => {
    seen.push({ question: cmd.name === 'ask' ? cmd.question : undefined, previous: ctx.previous });
    return bot.realRun(cmd, ctx);
  });
});
beforeEach(() => {
  seen.length = 0;
});
afterAll(() => bot?.stop());

/** Sends a message and resolves with the text of the bot's reply to it. */
async function ask(content: string, where: { dm?: string; channelId?: string }) {
  const mentioned = where.dm ? content : `<@${bot.fake.botId}> ${content}`;
  const m = message(bot.fake, mentioned, { ...where, mentions: where.dm ? [] : [bot.fake.botUser] });
  const r = await bot.fake.waitForRequest((r) => r.status === 200 && r.body?.message_reference?.message_id === m.id, `reply to ${content}`);
  return embedText(r.body);
}

describe('follow-up questions on Discord', () => {
  it('in a DM, a follow-up is answered with the previous question; another DM has its own', async () => {
    const dm = snowflake();
    expect(await ask('Who did Koizumi meet in Tokyo?', { dm })).toMatch(/Hegseth/);
    expect(await ask('and when was that?', { dm })).toMatch(/Koizumi and Hegseth met on Wednesday/);
    expect(await ask('and when was that?', { dm: snowflake() })).not.toMatch(/Koizumi and Hegseth met/);
    expect(seen.map((s) => s.previous)).toEqual([undefined, 'Who did Koizumi meet in Tokyo?', undefined]);
  });

  it('in a thread, a mention follow-up gets the previous question; in the channel it does not', async () => {
    await ask('How many US troops are in Japan?', { channelId: bot.fake.threadId });
    await ask('and where are they?', { channelId: bot.fake.threadId });
    await ask('How many US troops are in Japan?', {});
    await ask('and where are they?', {});
    expect(seen.map((s) => s.previous)).toEqual([undefined, 'How many US troops are in Japan?', undefined, undefined]);
  });

  it('/defense ask in a thread is a follow-up too', async () => {
    const askInThread = async (question: string) => {
      const payload = interactionPayload(bot.fake, 'ask', { values: { question } });
      payload.channel_id = bot.fake.threadId;
      payload.channel = { ...payload.channel, id: bot.fake.threadId, type: 11 };
      bot.fake.dispatch('INTERACTION_CREATE', payload);
      return embedText((await callbackOf(bot.fake, payload)).data);
    };
    expect(await askInThread('How much will Japan spend on defence?')).toMatch(/2%|two percent/i);
    await askInThread('and by when?');
    expect(seen.at(-1)?.previous).toBe('How much will Japan spend on defence?');
  });

  it('answers a DM without a mention, and ignores DMs from bots', async () => {
    const dm = snowflake();
    const fromBot = message(bot.fake, 'How much will Japan spend on defence?', { dm, author: user('otherbot', true) });
    expect(await ask('How much will Japan spend on defence?', { dm })).toMatch(/2%|two percent/i);
    expect(bot.fake.requests.some((r) => r.body?.message_reference?.message_id === fromBot.id)).toBe(false);
  });

  it('forgets a conversation’s last question 30 minutes after it was asked', async () => {
    let now = Date.now();
    const clocked = await startTestBot({ state: new MemoryState(() => now) });
    const previous: (string | undefined)[] = [];
    clocked.overrideRun((cmd, ctx: CommandContext) => (previous.push(ctx.previous), clocked.realRun(cmd, ctx)));
    try {
      const dm = snowflake();
      const say = (content: string) => {
        const m = message(clocked.fake, content, { dm });
        return clocked.fake.waitForRequest((r) => r.status === 200 && r.body?.message_reference?.message_id === m.id, `reply to ${content}`);
      };
      await say('Who did Koizumi meet in Tokyo?');
      now += 29 * 60_000;
      await say('and when was that?');
      now += 31 * 60_000;
      expect(embedText((await say('and when was that?')).body)).not.toMatch(/Koizumi and Hegseth met/);
      expect(previous).toEqual([undefined, 'Who did Koizumi meet in Tokyo?', undefined]);
    } finally {
      await clocked.stop();
    }
  });
});
