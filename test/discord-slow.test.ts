// A slow answer (a locked database, a busy core): Discord needs the first response within 3 s, so
// the bot defers in time and edits the answer in once it is ready.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackOf, EPHEMERAL, embedText, slash } from './fakes/discord-events.ts';
import { startTestBot, type TestBot } from './helpers/discord-bot.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot?.stop());

const DEFERRED = 5;

describe('a slow answer on Discord', () => {
  it('is deferred within 3 s and then edited in', async () => {
    bot.overrideRun(async (cmd, ctx) => {
      await new Promise((r) => setTimeout(r, 4_000));
      return bot.realRun(cmd, ctx);
    });
    try {
      const started = Date.now();
      const sent = slash(bot.fake, 'spending');
      const first = await callbackOf(bot.fake, sent);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(first.type).toBe(DEFERRED);
      expect(first.data.flags & EPHEMERAL).toBe(0);
      const edit = await bot.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${sent.token}/messages/@original`), 'the edit');
      expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);
      expect(embedText(edit.body)).toMatch(/GDP/);
      expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    } finally {
      bot.overrideRun();
    }
  });

  it('defers a slow digest preview so that only the asker sees it', async () => {
    bot.overrideRun(async (cmd, ctx) => {
      await new Promise((r) => setTimeout(r, 2_000));
      return bot.realRun(cmd, ctx);
    });
    try {
      const sent = slash(bot.fake, 'preview', { group: 'digest' });
      const first = await callbackOf(bot.fake, sent);
      expect(first.type).toBe(DEFERRED);
      expect(first.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      const edit = await bot.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${sent.token}/messages/@original`), 'the edit');
      expect(embedText(edit.body)).toMatch(/GDP/);
    } finally {
      bot.overrideRun();
    }
  });

  it('answers at once, without deferring, when the answer is quick', async () => {
    const sent = slash(bot.fake, 'spending');
    expect((await callbackOf(bot.fake, sent)).type).toBe(4);
    expect(bot.fake.requests.some((r) => r.path.includes(sent.token) && r.method === 'PATCH')).toBe(false);
  });
});
