// The real Bolt App in HTTP mode, with the real core, against a fake Slack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply } from '../adapters/slack/render.ts';
import { parseCommand } from '../src/command.ts';
import type { Core } from '../src/core.ts';
import { PostError } from '../src/platform.ts';
import { reply, type Reply } from '../src/reply.ts';
import { startSlackUnderTest, SECRETS, type SlackUnderTest } from './fakes/slack-app.ts';
import { ackedAnswerOf, BOT, eventPayload, LIVE_MENTION, messageTs, postSigned, readable, sendCommand, sendEvent, type Shown } from './fakes/slack.ts';
import { createCore } from '../src/core.ts';

const core = createCore();
const CHANNEL = 'C0GENERAL';
const expected = (text: string, channelId = CHANNEL): Promise<Reply> =>
  core.run(parseCommand(text), { platform: 'slack', channelId, canManageChannel: true });

let t: SlackUnderTest;
beforeAll(async () => {
  t = await startSlackUnderTest(core);
});
afterAll(async () => {
  await t?.stop();
});

/** Sends /defense `text` and returns the answer Slack shows from the acknowledgement. */
async function command(text: string, channel = CHANNEL): Promise<Shown> {
  const responseUrl = t.fake.responseUrl();
  const shown = await ackedAnswerOf(await sendCommand(t.eventsUrl, text, { secret: SECRETS.signing, responseUrl, channel }));
  expect(t.fake.shown.filter((s) => s.responseUrl === responseUrl)).toHaveLength(0);
  return shown;
}

function mention(text: string, extra: Record<string, string> = {}) {
  return eventPayload({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT.userId}> ${text}`, ts: messageTs(), channel: 'C0NEWS', ...extra });
}

const posted = (channel: string) => (s: Shown) => s.via !== 'response_url' && s.channel === channel;

describe('Slack /defense over HTTP', () => {
  it.each(['spending', 'people', 'timeline', 'sources', 'ask How much will Japan spend on defence?', 'what did Koizumi and Hegseth agree?'])(
    '/defense %s is answered in the channel with the core reply',
    async (text) => {
      const want = await expected(text);
      const shown = await command(text);
      expect(shown.responseType).toBe(want.ephemeral ? 'ephemeral' : 'in_channel');
      expect(shown.blocks).toEqual(renderReply(want).blocks);
      expect(shown.text).toBe(renderReply(want).text);
    },
  );

  it('/defense spending gives the latest article’s share of GDP', async () => {
    const shown = await command('spending');
    expect(readable(shown)).toMatch(/\d\s?(%|per ?cent) of (GDP|gross domestic product)/i);
  });

  it('/defense help (and an empty command) answers only the asker', async () => {
    for (const text of ['help', '']) {
      const shown = await command(text);
      expect(shown.responseType).toBe('ephemeral');
      expect(shown.blocks).toEqual(renderReply(await expected(text)).blocks);
    }
  });

  it('declines a question the article does not answer', async () => {
    const want = await expected('How many US troops are in South Korea?');
    expect(want.kind).toBe('decline');
    const shown = await command('How many US troops are in South Korea?');
    expect(shown.blocks).toEqual(renderReply(want).blocks);
  });

  it('pings nobody: mentions in a question are ignored, text from elsewhere is escaped', async () => {
    const shown = await command('ask <!everyone> <!channel> <@U0BOSS> how much will Japan spend on defence? <!here>');
    expect(shown.blocks).toEqual(renderReply(await expected('ask how much will Japan spend on defence?')).blocks);
    expect(JSON.stringify(shown)).not.toMatch(LIVE_MENTION);
    const payload = mention('<!everyone> who did Koizumi meet? <!here|here>');
    await sendEvent(t.eventsUrl, payload, { secret: SECRETS.signing });
    const [inThread] = await t.fake.waitForShown(1, (s) => s.threadTs === payload.event.ts, 'threaded answer');
    expect(JSON.stringify(inThread)).not.toMatch(LIVE_MENTION);
    await t.slack.post('C0EVIL', reply('digest', '<!channel> today', 'Hi <!everyone>, ask <@U0BOSS> & <!here>'));
    const [posted] = await t.fake.waitForShown(1, (s) => s.channel === 'C0EVIL', 'digest post');
    expect(JSON.stringify(posted)).not.toMatch(LIVE_MENTION);
    expect(readable(posted)).toContain('&lt;!everyone&gt;');
  });

  it('declines 100,000 characters of unclosed mentions as too long, quickly', async () => {
    for (const unit of ['<@', '<!']) {
      const start = performance.now();
      const shown = await command(`ask ${unit.repeat(50_000)}`);
      expect(performance.now() - start).toBeLessThan(2_000);
      expect(readable(shown)).toMatch(/too long/);
    }
  });

  it('answers a 10,000-character question within Slack limits', async () => {
    const shown = await command(`ask ${'how much will Japan spend on defence and why '.repeat(230)}`);
    expect(shown.blocks.length).toBeGreaterThan(0);
  });
});

describe('Slack mentions and direct messages', () => {
  it('answers an @mention in a thread under the message', async () => {
    const payload = mention('How much will Japan spend on defence?');
    const res = await sendEvent(t.eventsUrl, payload, { secret: SECRETS.signing });
    expect(res.status).toBe(200);
    const [shown] = await t.fake.waitForShown(1, (s) => s.threadTs === payload.event.ts, 'threaded answer');
    expect(shown).toMatchObject({ via: 'chat.postMessage', channel: 'C0NEWS' });
    expect(shown.blocks).toEqual(renderReply(await expected('How much will Japan spend on defence?', 'C0NEWS')).blocks);
  });

  it('answers an @mention made inside a thread in that thread', async () => {
    const payload = mention('people', { thread_ts: '1700000000.000100' });
    await sendEvent(t.eventsUrl, payload, { secret: SECRETS.signing });
    const [shown] = await t.fake.waitForShown(1, (s) => s.threadTs === '1700000000.000100', 'answer in the existing thread');
    expect(shown.blocks).toEqual(renderReply(await expected('people', 'C0NEWS')).blocks);
  });

  it('answers a direct message, and ignores messages from bots', async () => {
    const channel = 'D0DIRECT';
    // Our own answers come back as message.im events (bot_id, no subtype); other bots' as bot_message.
    const ownAnswer = { type: 'message', bot_id: BOT.botId, channel_type: 'im', channel, text: 'spending', ts: messageTs() };
    const otherBot = { ...ownAnswer, subtype: 'bot_message', bot_id: 'B0OTHER', ts: messageTs() };
    for (const event of [ownAnswer, otherBot]) await sendEvent(t.eventsUrl, eventPayload(event), { secret: SECRETS.signing });
    const dm = { type: 'message', channel_type: 'im', channel, user: 'U0ASKER', text: 'Who did Koizumi meet?', ts: messageTs() };
    await sendEvent(t.eventsUrl, eventPayload(dm), { secret: SECRETS.signing });
    const [shown] = await t.fake.waitForShown(1, posted(channel), 'DM answer');
    expect(shown.threadTs).toBeUndefined();
    expect(shown.blocks).toEqual(renderReply(await expected('Who did Koizumi meet?', channel)).blocks);
    expect(t.fake.shown.filter(posted(channel))).toHaveLength(1);
  });

  it('answers a redelivered event once', async () => {
    const payload = mention('timeline', { channel: 'C0RETRY' });
    await sendEvent(t.eventsUrl, payload, { secret: SECRETS.signing });
    await t.fake.waitForShown(1, posted('C0RETRY'), 'first answer');
    for (const retryNum of [1, 2]) {
      const res = await sendEvent(t.eventsUrl, payload, { secret: SECRETS.signing, retryNum });
      expect(res.status).toBe(200);
    }
    await t.fake.waitFor(() => t.logs.filter((l) => l.includes('already answered')).length >= 2, 'two skipped redeliveries');
    expect(t.fake.shown.filter(posted('C0RETRY'))).toHaveLength(1);
  });
});

describe('Slack request checks', () => {
  it('rejects a bad signature and a stale timestamp with 401, answering nothing', async () => {
    const before = t.fake.calls.length;
    const responseUrl = t.fake.responseUrl();
    const bad = await sendCommand(t.eventsUrl, 'spending', { secret: 'not-the-signing-secret', responseUrl });
    const stale = await sendCommand(t.eventsUrl, 'spending', { secret: SECRETS.signing, responseUrl, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    const unsigned = await fetch(t.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mention('spending')) });
    expect([bad.status, stale.status, unsigned.status]).toEqual([401, 401, 401]);
    expect(t.fake.calls.length).toBe(before);
  });

  it('answers malformed bodies with 4xx and keeps running', async () => {
    const res = await postSigned(t.eventsUrl, '{"type": "event_callback", "event": ', 'application/json', { secret: SECRETS.signing });
    expect(res.status).toBe(400);
    expect((await fetch(`${t.slack.url}/nowhere`)).status).toBe(404);
    expect((await command('spending')).blocks.length).toBeGreaterThan(0);
  });

  it('answers GET /healthz with 200 and the platform health as JSON', async () => {
    const res = await fetch(`${t.slack.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, platforms: { slack: { ok: true, detail: 'http' } } });
  });
});

describe('Slack posting (daily digest)', () => {
  const digest = reply('digest', 'Defence brief', 'Japan plans to reach 2% of GDP. '.repeat(320), { footer: 'Source: the article' });

  it('posts a 10,000-character reply as valid Block Kit', async () => {
    await t.slack.post('C0LONG', digest);
    const [shown] = await t.fake.waitForShown(1, posted('C0LONG'), 'long post');
    expect(shown.blocks.filter((b) => b.type === 'section').length).toBeGreaterThanOrEqual(4);
  });

  it('waits out a 429 and posts exactly once', async () => {
    t.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await t.slack.post('C0BUSY', digest);
    const calls = t.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0BUSY');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(t.fake.shown.filter(posted('C0BUSY'))).toHaveLength(1);
  });

  it.each([
    ['channel_not_found', 'gone'],
    ['is_archived', 'gone'],
    ['not_in_channel', 'forbidden'],
    ['missing_scope', 'forbidden'],
    ['internal_error', 'transient'],
  ])('maps Slack error %s to PostError %s', async (error, failure) => {
    t.fake.failNext('chat.postMessage', { error });
    const err = await t.slack.post('C0FAIL', digest).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PostError);
    expect((err as PostError).failure).toBe(failure);
  });

  it('gives up with rate-limited after repeated 429s', async () => {
    t.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 }, 3);
    const err = await t.slack.post('C0FLOOD', digest).catch((e: unknown) => e);
    expect(err).toMatchObject({ failure: 'rate-limited', retryAfterMs: 1000 });
    expect(t.fake.shown.filter(posted('C0FLOOD'))).toHaveLength(0);
  });
});

describe('Slack adapter hygiene', () => {
  it('called auth.test once, and never logged a token or the signing secret', () => {
    expect(t.fake.callsOf('auth.test')).toHaveLength(1);
    expect(t.logs.length).toBeGreaterThan(0);
    const all = t.logs.join('');
    for (const secret of Object.values(SECRETS)) expect(all).not.toContain(secret);
  });
});

describe('Slack adapter when the core fails', () => {
  const broken: Core = { ...core, run: async () => Promise.reject(new Error('fact base unavailable')) };
  let b: SlackUnderTest;
  beforeAll(async () => {
    b = await startSlackUnderTest(broken);
  });
  afterAll(async () => {
    await b?.stop();
  });

  it('answers a command with a short ephemeral error and logs it', async () => {
    const shown = await ackedAnswerOf(await sendCommand(b.eventsUrl, 'spending', { secret: SECRETS.signing, responseUrl: b.fake.responseUrl() }));
    expect(shown.responseType).toBe('ephemeral');
    expect(shown.text).toMatch(/went wrong/i);
    expect(readable(shown)).not.toMatch(/fact base unavailable|at .*\.ts/);
    expect(b.logs.some((l) => l.includes('fact base unavailable'))).toBe(true);
  });

  it('answers a mention with an error only the asker sees', async () => {
    const payload = mention('spending');
    await sendEvent(b.eventsUrl, payload, { secret: SECRETS.signing });
    const [shown] = await b.fake.waitForShown(1, (s) => s.threadTs === payload.event.ts, 'ephemeral error');
    expect(shown).toMatchObject({ via: 'chat.postEphemeral', user: 'U0ASKER' });
  });
});

describe('Slack /defense when the answer is not ready before Slack stops waiting', () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const slow: Core = { ...core, run: async (cmd, ctx) => gate.then(() => core.run(cmd, ctx)) };
  let s: SlackUnderTest;
  beforeAll(async () => {
    s = await startSlackUnderTest(slow);
  });
  afterAll(async () => {
    release();
    await s?.stop();
  });

  it('acknowledges with an empty body, then answers once through response_url', async () => {
    const responseUrl = s.fake.responseUrl();
    const res = await sendCommand(s.eventsUrl, 'spending', { secret: SECRETS.signing, responseUrl });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    release();
    const [shown] = await s.fake.waitForShown(1, (x) => x.responseUrl === responseUrl, 'late answer over response_url');
    expect(shown.responseType).toBe('in_channel');
    expect(shown.blocks).toEqual(renderReply(await expected('spending')).blocks);
    await s.slack.stop(); // lets any reply still under way finish
    expect(s.fake.shown.filter((x) => x.responseUrl === responseUrl)).toHaveLength(1);
  });
});
