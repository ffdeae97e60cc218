// The real Bolt App against a fake Slack when things go wrong: replicas sharing state, a replica that
// dies mid-answer, slow or failing Slack calls. Nothing may be lost or posted twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { PostError } from '../src/platform.ts';
import { reply } from '../src/reply.ts';
import { MemoryState, type SharedState } from '../src/state.ts';
import { startSlackUnderTest, SECRETS, type SlackUnderTest } from './fakes/slack-app.ts';
import { BOT, eventPayload, messageTs, sendCommand, sendEvent, type Shown } from './fakes/slack.ts';
import { ACK_BUDGET_MS } from '../adapters/slack/commands.ts';

const core = createCore();
const state = new MemoryState();
let a: SlackUnderTest;
let b: SlackUnderTest;
beforeAll(async () => {
  a = await startSlackUnderTest(core, 'http', { state });
  b = await startSlackUnderTest(core, 'http', { state, fake: a.fake });
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

const mention = (channel: string) =>
  eventPayload({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT.userId}> How much will Japan spend on defence?`, ts: messageTs(), channel });
const inThread = (payload: Record<string, any>) => (s: Shown) => s.threadTs === payload.event.ts;
const send = (t: SlackUnderTest, payload: object, retryNum?: number) => sendEvent(t.eventsUrl, payload, { secret: SECRETS.signing, retryNum });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Slack events across replicas', () => {
  it('answers an event once when Slack redelivers it to the other replica', async () => {
    const payload = mention('C0REPLICA');
    expect((await send(a, payload)).status).toBe(200);
    expect(a.fake.shown.filter(inThread(payload))).toHaveLength(1);
    expect((await send(b, payload, 1)).status).toBe(200);
    await b.fake.waitFor(() => b.logs.some((l) => l.includes('already answered')), 'skipped redelivery on replica B');
    expect(a.fake.shown.filter(inThread(payload))).toHaveLength(1);
  });

  it('answers once when the replica that claimed the event died before answering', async () => {
    const payload = mention('C0CRASH');
    // Replica A took the event and died: its claim stays until the lease runs out.
    await state.claimEvent(`slack:${payload.event_id}`, 400);
    const early = await send(b, payload, 1);
    expect(early.status).toBe(500); // not answered yet: Slack is to deliver it again later
    expect(a.fake.shown.filter(inThread(payload))).toHaveLength(0);
    await sleep(450);
    expect((await send(b, payload, 2)).status).toBe(200);
    expect((await send(b, payload, 3)).status).toBe(200);
    expect(a.fake.shown.filter(inThread(payload))).toHaveLength(1);
  });

  it('does not post again when the replica that died had posted but not recorded it', async () => {
    const payload = mention('C0HALF');
    // A replica whose claims last 300 ms and that dies right after posting (never completes the event).
    const dying: SharedState = { ...bind(state), claimEvent: (key) => state.claimEvent(key, 300), completeEvent: async () => {} };
    const c = await startSlackUnderTest(core, 'http', { state: dying, fake: a.fake });
    try {
      expect((await send(c, payload)).status).toBe(200);
      expect(a.fake.shown.filter(inThread(payload))).toHaveLength(1);
      await sleep(350);
      expect((await send(b, payload, 1)).status).toBe(200);
      expect(a.fake.shown.filter(inThread(payload))).toHaveLength(1);
      expect(b.logs.some((l) => l.includes('Slack already has this message'))).toBe(true);
    } finally {
      await c.stop();
    }
  });

  it('does not ask for a redelivery of an event answered only to its asker (nothing in the channel to find)', async () => {
    const payload = eventPayload({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT.userId}>`, ts: messageTs(), channel: 'C0HELP' });
    expect((await send(a, payload)).status).toBe(200);
    const shown = a.fake.shown.length;
    expect((await send(b, payload, 1)).status).toBe(200);
    expect(a.fake.shown.length).toBe(shown);
  });

  it('keeps a thread’s last question for follow-ups, on every replica', async () => {
    const seen: (string | undefined)[] = [];
    const recording = { ...core, run: (cmd: Parameters<typeof core.run>[0], ctx: Parameters<typeof core.run>[1]) => (seen.push(ctx.previous), core.run(cmd, ctx)) };
    const shared = new MemoryState();
    const x = await startSlackUnderTest(recording, 'http', { state: shared, fake: a.fake });
    const y = await startSlackUnderTest(recording, 'http', { state: shared, fake: a.fake });
    try {
      const first = mention('C0FOLLOW');
      await send(x, first);
      const followUp = eventPayload({ ...first.event, text: `<@${BOT.userId}> and by when?`, ts: messageTs(), thread_ts: first.event.ts });
      await send(y, followUp);
      const elsewhere = mention('C0FOLLOW');
      await send(y, elsewhere);
      const dm = { type: 'message', channel_type: 'im', channel: 'D0FOLLOW', user: 'U0ASKER', text: 'Who did Koizumi meet?', ts: messageTs() };
      await send(x, eventPayload(dm));
      await send(y, eventPayload({ ...dm, text: 'and where?', ts: messageTs() }));
      expect(seen).toEqual([undefined, 'How much will Japan spend on defence?', undefined, undefined, 'Who did Koizumi meet?']);
    } finally {
      await y.stop();
      await x.stop();
    }
  });
});

describe('Slack follow-ups over time', () => {
  it('forgets a thread’s last question 30 minutes after it was asked, and is told again when state fails', async () => {
    const seen: (string | undefined)[] = [];
    const recording = { ...core, run: (cmd: Parameters<typeof core.run>[0], ctx: Parameters<typeof core.run>[1]) => (seen.push(ctx.previous), core.run(cmd, ctx)) };
    let now = Date.now();
    const shared = new MemoryState(() => now);
    let contextDown = false;
    const flaky: SharedState = { ...bind(shared), getContext: (c) => (contextDown ? Promise.reject(new Error('database down')) : shared.getContext(c)) };
    const x = await startSlackUnderTest(recording, 'http', { state: flaky, fake: a.fake });
    try {
      const first = mention('C0STALE');
      const followUp = (text: string) => eventPayload({ ...first.event, text: `<@${BOT.userId}> ${text}`, ts: messageTs(), thread_ts: first.event.ts });
      await send(x, first);
      now += 29 * 60_000;
      await send(x, followUp('and by when?'));
      now += 31 * 60_000;
      await send(x, followUp('and by when?'));
      expect(seen).toEqual([undefined, 'How much will Japan spend on defence?', undefined]);
      // Without its context a follow-up is not answered: Slack is to deliver it again.
      contextDown = true;
      const answers = a.fake.shown.filter(inThread(first)).length;
      expect(answers).toBe(3);
      expect((await send(x, followUp('and why?'))).status).toBe(500);
      expect(a.fake.shown.filter(inThread(first))).toHaveLength(answers);
    } finally {
      await x.stop();
    }
  });
});

describe('Slack calls that are slow or fail', () => {
  const digest = reply('digest', 'Defence brief', 'Japan plans to reach 2% of GDP.', { footer: 'Source: the article' });
  const postedTo = (channel: string) => a.fake.shown.filter((s) => s.via === 'chat.postMessage' && s.channel === channel);

  it('does not duplicate a post whose response timed out, on the retry or a later post of the same key', async () => {
    a.fake.delayNext('chat.postMessage', 1_500); // the client gives up after 1 s; Slack has posted it
    await a.slack.post('C0SLOW', digest, { idempotencyKey: 'digest:slack:C0SLOW:2026-12-02' });
    expect(postedTo('C0SLOW')).toHaveLength(1);
    expect(postedTo('C0SLOW')[0]!.metadata).toEqual({ event_type: 'factdesk_post', event_payload: { key: 'digest:slack:C0SLOW:2026-12-02' } });
    // The digest retrying (or another replica posting) the same slot finds it too.
    await b.slack.post('C0SLOW', digest, { idempotencyKey: 'digest:slack:C0SLOW:2026-12-02' });
    expect(postedTo('C0SLOW')).toHaveLength(1);
    await a.slack.post('C0SLOW', digest, { idempotencyKey: 'digest:slack:C0SLOW:2026-12-03' });
    expect(postedTo('C0SLOW')).toHaveLength(2);
  });

  it('retries a 500 once it has checked that nothing was posted', async () => {
    a.fake.failNext('chat.postMessage', { status: 500 });
    await a.slack.post('C0FLAKY', digest, { idempotencyKey: 'digest:slack:C0FLAKY:2026-12-02' });
    const calls = a.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0FLAKY');
    expect(calls.map((c) => c.status)).toEqual([500, 200]);
    expect(postedTo('C0FLAKY')).toHaveLength(1);
  });

  it('gives up on a post without a key that timed out (it may have been posted) with a transient error', async () => {
    a.fake.delayNext('chat.postMessage', 1_500);
    const err = await a.slack.post('C0NOKEY', digest).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PostError);
    expect((err as PostError).failure).toBe('transient');
    expect(postedTo('C0NOKEY')).toHaveLength(1);
  });

  it('answers a mention once when posting its answer timed out', async () => {
    const payload = mention('C0SLOWANSWER');
    a.fake.delayNext('chat.postMessage', 1_500);
    expect((await send(a, payload)).status).toBe(200);
    expect(a.fake.shown.filter(inThread(payload))).toHaveLength(1);
  });
});

function bind(s: SharedState): SharedState {
  return {
    claimEvent: (k, ms) => s.claimEvent(k, ms),
    completeEvent: (k) => s.completeEvent(k),
    isEventDone: (k) => s.isEventDone(k),
    getContext: (c) => s.getContext(c),
    setContext: (c, q, ms) => s.setContext(c, q, ms),
  };
}

describe('Slack /defense answers sent late through response_url', () => {
  const slowCore = { ...core, run: async (...args: Parameters<typeof core.run>) => (await sleep(ACK_BUDGET_MS + 100), core.run(...args)) };
  let s: SlackUnderTest;
  beforeAll(async () => {
    s = await startSlackUnderTest(slowCore, 'http', { fake: a.fake });
  });
  afterAll(async () => {
    await s?.stop();
  });

  const late = async () => {
    const responseUrl = s.fake.responseUrl();
    const res = await sendCommand(s.eventsUrl, 'spending', { secret: SECRETS.signing, responseUrl });
    expect(await res.text()).toBe(''); // acknowledged empty within Slack's 3 s
    return responseUrl;
  };

  it('retries a response_url that answered 500, showing the answer once', async () => {
    s.fake.failNext('response_url', { status: 500 });
    const responseUrl = await late();
    await s.fake.waitForShown(1, (x) => x.responseUrl === responseUrl, 'late answer');
    expect(s.fake.callsOf('response_url').filter((c) => c.status === 500)).toHaveLength(1);
    expect(s.fake.shown.filter((x) => x.responseUrl === responseUrl)).toHaveLength(1);
  });

  it('gives up on a response_url that does not answer in time, without posting twice, and logs it', async () => {
    s.fake.delayNext('response_url', 1_500);
    const responseUrl = await late();
    await s.fake.waitFor(() => s.logs.some((l) => l.includes('could not send a late /defense answer')), 'logged timeout');
    expect(s.fake.shown.filter((x) => x.responseUrl === responseUrl)).toHaveLength(1);
  });
});
