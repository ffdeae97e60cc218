import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { DigestScheduler, type SchedulerOptions } from '../src/digest/scheduler.ts';
import { nextSlot } from '../src/digest/time.ts';
import { PostError } from '../src/platform.ts';
import { factBase, memoryLogger, openTestStore, recordingHandle, removeTemps, tempDir, type RecordingHandle } from './digest-fixture.ts';

const { facts } = factBase();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

afterAll(removeTemps);
afterEach(() => vi.useRealTimers());

function clock(iso: string) {
  vi.useFakeTimers({ now: new Date(iso), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
}

/** One process: a store on `dir` and a scheduler over the given handles. */
async function boot(dir: string, handles: RecordingHandle[], opts: Partial<SchedulerOptions> = {}) {
  const db = await openTestStore(dir);
  const store = db.digest;
  const { logger, lines } = memoryLogger();
  const scheduler = new DigestScheduler({
    store,
    facts,
    handles,
    logger,
    catchupHours: 6,
    defaults: { time: '09:00', timezone: 'Asia/Tokyo' },
    retry: { attempts: 3, backoffMs: 1_000 },
    reloadMs: 10 * 60_000,
    ...opts,
  });
  return {
    store,
    scheduler,
    lines,
    async shutdown() {
      await scheduler.stop();
      await db.close();
    },
  };
}

const times = (h: RecordingHandle, channelId: string) => h.posts.filter((p) => p.channelId === channelId).map((p) => p.at.toISOString());

describe('digest scheduler', () => {
  it('posts once a day per channel at each channel’s local time, across midnight and time zones', async () => {
    clock('2025-10-30T12:00:00Z');
    const discord = recordingHandle('discord');
    const slack = recordingHandle('slack');
    const p = await boot(tempDir(), [discord, slack]);
    const now = new Date();
    await p.store.subscribe('discord', 'tokyo', '00:15', 'Asia/Tokyo', now);
    await p.store.subscribe('slack', 'new-york', '23:45', 'America/New_York', now);
    await p.store.subscribe('discord', 'london', '09:00', 'Europe/London', now);
    await p.scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * DAY);
    expect(times(discord, 'tokyo')).toEqual(['2025-10-30T15:15:00.000Z', '2025-10-31T15:15:00.000Z', '2025-11-01T15:15:00.000Z']);
    expect(times(slack, 'new-york')).toEqual(['2025-10-31T03:45:00.000Z', '2025-11-01T03:45:00.000Z', '2025-11-02T03:45:00.000Z']);
    expect(times(discord, 'london')).toEqual(['2025-10-31T09:00:00.000Z', '2025-11-01T09:00:00.000Z', '2025-11-02T09:00:00.000Z']);
    // Each digest is dated for the reader's own day, not the server's.
    expect(discord.posts.find((x) => x.channelId === 'tokyo')!.reply.title).toBe('Defence digest for Friday 31 October 2025');
    expect(slack.posts[0]!.reply.title).toBe('Defence digest for Thursday 30 October 2025');
    await p.shutdown();
  });

  it('follows daylight saving: Europe/London in spring, America/New_York’s repeated hour in autumn', async () => {
    clock('2026-03-27T12:00:00Z');
    const discord = recordingHandle('discord');
    const p = await boot(tempDir(), [discord]);
    await p.store.subscribe('discord', 'london', '09:00', 'Europe/London', new Date());
    await p.scheduler.start();
    // What `status` promises after the first post is what happens.
    await vi.advanceTimersByTimeAsync(22 * HOUR);
    expect(nextSlot(new Date(), '09:00', 'Europe/London').at.toISOString()).toBe('2026-03-29T08:00:00.000Z');
    await vi.advanceTimersByTimeAsync(3 * DAY);
    expect(times(discord, 'london')).toEqual(['2026-03-28T09:00:00.000Z', '2026-03-29T08:00:00.000Z', '2026-03-30T08:00:00.000Z', '2026-03-31T08:00:00.000Z']);
    await p.shutdown();

    clock('2025-11-01T12:00:00Z');
    const slack = recordingHandle('slack');
    const q = await boot(tempDir(), [slack]);
    await q.store.subscribe('slack', 'new-york', '01:30', 'America/New_York', new Date());
    await q.scheduler.start();
    await vi.advanceTimersByTimeAsync(2 * DAY);
    // 01:30 happens twice on 2 November; the digest goes out once, at the first.
    expect(times(slack, 'new-york')).toEqual(['2025-11-02T05:30:00.000Z', '2025-11-03T06:30:00.000Z']);
    await q.shutdown();
  });

  it('does not post again when restarted inside a slot that was already posted', async () => {
    clock('2025-10-30T23:50:00Z');
    const dir = tempDir();
    const first = recordingHandle('discord');
    const a = await boot(dir, [first]);
    await a.store.subscribe('discord', 'c1', '09:00', 'Asia/Tokyo', new Date());
    await a.scheduler.start();
    await vi.advanceTimersByTimeAsync(10 * MIN + 30_000);
    expect(first.posts).toHaveLength(1);
    await a.shutdown();

    vi.setSystemTime(new Date('2025-10-31T00:05:00Z'));
    const second = recordingHandle('discord');
    const b = await boot(dir, [second]);
    await b.scheduler.start();
    await b.scheduler.settled();
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(second.tries).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(DAY);
    expect(times(second, 'c1')).toEqual(['2025-11-01T00:00:00.000Z']);
    await b.shutdown();
  });

  it('retries a slot whose replica died mid-post once its lease expires, with the same idempotency key', async () => {
    clock('2025-10-31T00:20:00Z');
    const dir = tempDir();
    const seed = await openTestStore(dir);
    await seed.digest.subscribe('discord', 'c1', '09:00', 'Asia/Tokyo', new Date('2025-10-01T00:00:00Z'));
    // A replica that died while posting: its claim holds the slot for another 20 seconds.
    expect(await seed.digest.claim('discord', 'c1', '2025-10-31', 'dead-replica', new Date('2025-10-31T00:20:20Z'), new Date())).toBe(true);
    await seed.close();
    const handle = recordingHandle('discord');
    const keys: (string | undefined)[] = [];
    const post = handle.post;
    handle.post = (channelId, reply, opts) => (keys.push(opts?.idempotencyKey), post(channelId, reply));
    const p = await boot(dir, [handle], { reloadMs: 5_000 });
    await p.scheduler.start();
    await p.scheduler.settled();
    expect(handle.tries).toHaveLength(0);
    expect(await p.store.delivery('discord', 'c1', '2025-10-31')).toMatchObject({ status: 'claimed' });
    await vi.advanceTimersByTimeAsync(30_000);
    await p.scheduler.settled();
    expect(times(handle, 'c1')).toEqual(['2025-10-31T00:20:20.000Z']);
    expect(await p.store.delivery('discord', 'c1', '2025-10-31')).toMatchObject({ status: 'posted' });
    expect(p.lines.some((l) => l.msg === 'retrying a digest slot whose delivery was abandoned')).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(handle.tries).toHaveLength(1);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^dg[0-9a-f]{22}$/);
    await p.shutdown();
  });

  it('treats a post that hangs as a transient failure and retries it with the same key', async () => {
    clock('2025-10-30T23:59:30Z');
    const slack = recordingHandle('slack');
    const keys: (string | undefined)[] = [];
    const post = slack.post;
    slack.post = (channelId, reply, opts) => (keys.push(opts?.idempotencyKey), post(channelId, reply));
    slack.behaviour = (_c, attempt) => (attempt === 1 ? new Promise<void>(() => {}) : undefined); // the first call never answers
    const p = await boot(tempDir(), [slack], { postTimeoutMs: 5_000 });
    await p.store.subscribe('slack', 'c1', '09:00', 'Asia/Tokyo', new Date());
    await p.scheduler.start();
    await vi.advanceTimersByTimeAsync(MIN);
    expect(slack.tries.map((t) => t.at.toISOString())).toEqual(['2025-10-31T00:00:00.000Z', '2025-10-31T00:00:06.000Z']);
    expect(slack.posts).toHaveLength(1);
    expect(new Set(keys).size).toBe(1);
    expect(await p.store.delivery('slack', 'c1', '2025-10-31')).toMatchObject({ status: 'posted', attempts: 2 });
    expect(p.lines.find((l) => l.msg === 'digest post failed, retrying')).toMatchObject({ failure: 'transient' });
    await p.shutdown();
  });

  it('posts a slot missed while down once at start-up when inside the catch-up window', async () => {
    clock('2025-10-31T02:00:00Z'); // 11:00 in Tokyo: two hours after the 09:00 slot
    const dir = tempDir();
    const seed = await openTestStore(dir);
    await seed.digest.subscribe('discord', 'c1', '09:00', 'Asia/Tokyo', new Date('2025-10-01T00:00:00Z'));
    await seed.close();
    const handle = recordingHandle('discord');
    const a = await boot(dir, [handle]);
    await a.scheduler.start();
    await a.scheduler.settled();
    expect(times(handle, 'c1')).toEqual(['2025-10-31T02:00:00.000Z']);
    expect(a.lines.some((l) => l.msg === 'posting a missed digest slot (inside the catch-up window)')).toBe(true);
    await a.shutdown();

    vi.setSystemTime(new Date('2025-10-31T02:10:00Z'));
    const b = await boot(dir, [handle]);
    await b.scheduler.start();
    await b.scheduler.settled();
    expect(handle.posts).toHaveLength(1);
    await b.shutdown();
  });

  it('skips and logs a slot missed by more than the catch-up window, then posts the next day', async () => {
    clock('2025-10-31T07:00:00Z'); // 16:00 in Tokyo: seven hours late, window is six
    const dir = tempDir();
    const seed = await openTestStore(dir);
    await seed.digest.subscribe('discord', 'c1', '09:00', 'Asia/Tokyo', new Date('2025-10-01T00:00:00Z'));
    await seed.close();
    const handle = recordingHandle('discord');
    const p = await boot(dir, [handle]);
    await p.scheduler.start();
    await p.scheduler.settled();
    expect(handle.tries).toHaveLength(0);
    expect(await p.store.delivery('discord', 'c1', '2025-10-31')).toMatchObject({ status: 'skipped' });
    const warn = p.lines.find((l) => l.msg === 'missed digest slot is too late to post: skipped');
    expect(warn).toMatchObject({ level: 40, channelId: 'c1', slot: '2025-10-31', catchupHours: 6 });
    await vi.advanceTimersByTimeAsync(DAY);
    expect(times(handle, 'c1')).toEqual(['2025-11-01T00:00:00.000Z']);
    await p.shutdown();
  });

  it('applies the catch-up window to a tick node-cron could not run on time (machine asleep)', async () => {
    clock('2025-10-30T23:59:00Z');
    const discord = recordingHandle('discord');
    const p = await boot(tempDir(), [discord], { reloadMs: 5 * DAY }); // no sweep in between: only the late tick
    await p.store.subscribe('discord', 'c1', '09:00', 'Asia/Tokyo', new Date());
    await p.scheduler.start();
    vi.setSystemTime(new Date('2025-10-31T00:40:00Z')); // the clock jumps; the timer fires 40 minutes late
    await vi.advanceTimersByTimeAsync(MIN);
    expect(times(discord, 'c1')).toEqual(['2025-10-31T00:41:00.000Z']);
    vi.setSystemTime(new Date(Date.now() + 7 * HOUR)); // asleep again: the next tick comes 7 hours late
    await vi.advanceTimersByTimeAsync(2 * DAY);
    expect(await p.store.delivery('discord', 'c1', '2025-11-01')).toMatchObject({ status: 'skipped' });
    expect(times(discord, 'c1')).toEqual(['2025-10-31T00:41:00.000Z', '2025-11-02T00:00:00.000Z']);
    await p.shutdown();
  });

  it('marks gone and forbidden channels broken without delaying or blocking the others', async () => {
    clock('2025-10-30T23:59:00Z');
    const discord = recordingHandle('discord');
    discord.behaviour = (channelId, attempt) => {
      if (channelId === 'gone') throw new PostError('gone', 'Unknown Channel');
      if (channelId === 'forbidden') throw new PostError('forbidden', 'Missing Access');
      if (channelId === 'busy' && attempt === 1) throw new PostError('rate-limited', 'slow down', 30_000);
    };
    const p = await boot(tempDir(), [discord]);
    for (const c of ['gone', 'forbidden', 'busy', 'ok']) await p.store.subscribe('discord', c, '09:00', 'Asia/Tokyo', new Date());
    await p.scheduler.start();
    await vi.advanceTimersByTimeAsync(MIN + 1_000);
    expect(times(discord, 'ok')).toEqual(['2025-10-31T00:00:00.000Z']);
    expect(await p.store.get('discord', 'gone')).toMatchObject({ broken: true, lastError: 'gone: Unknown Channel' });
    expect(await p.store.get('discord', 'forbidden')).toMatchObject({ broken: true, lastError: 'forbidden: Missing Access' });
    expect(p.lines.filter((l) => l.msg === 'digest channel broken').map((l) => l.channelId).sort()).toEqual(['forbidden', 'gone']);
    await vi.advanceTimersByTimeAsync(MIN);
    expect(times(discord, 'busy')).toEqual(['2025-10-31T00:00:30.000Z']);
    await vi.advanceTimersByTimeAsync(DAY);
    expect(discord.tries.filter((t) => t.channelId === 'gone' || t.channelId === 'forbidden')).toHaveLength(2);
    expect(times(discord, 'ok')).toHaveLength(2);
    await p.shutdown();
  });

  it('retries a 429 after its retry-after and posts once; gives up after the bounded attempts on transient errors', async () => {
    clock('2025-10-30T23:59:00Z');
    const slack = recordingHandle('slack');
    slack.behaviour = (channelId, attempt) => {
      if (channelId === 'limited' && attempt === 1) throw new PostError('rate-limited', 'ratelimited', 5_000);
      if (channelId === 'flaky') throw new PostError('transient', 'socket hang up');
    };
    const p = await boot(tempDir(), [slack]);
    await p.store.subscribe('slack', 'limited', '09:00', 'Asia/Tokyo', new Date());
    await p.store.subscribe('slack', 'flaky', '09:00', 'Asia/Tokyo', new Date());
    await p.scheduler.start();
    await vi.advanceTimersByTimeAsync(2 * MIN);
    expect(slack.tries.filter((t) => t.channelId === 'limited').map((t) => t.at.toISOString())).toEqual([
      '2025-10-31T00:00:00.000Z',
      '2025-10-31T00:00:05.000Z',
    ]);
    expect(times(slack, 'limited')).toHaveLength(1);
    expect(await p.store.delivery('slack', 'limited', '2025-10-31')).toEqual({ status: 'posted', attempts: 2, error: undefined });
    expect(slack.tries.filter((t) => t.channelId === 'flaky')).toHaveLength(3);
    expect(await p.store.delivery('slack', 'flaky', '2025-10-31')).toMatchObject({ status: 'failed', attempts: 3 });
    expect(await p.store.get('slack', 'flaky')).toMatchObject({ broken: false, lastError: 'transient: socket hang up' });
    await p.shutdown();
  });

  it('does not record a ledger error between tries as a failed post, and leaves a slot taken over by another replica to it', async () => {
    clock('2025-10-30T22:00:00Z'); // 07:00 in Tokyo
    const slack = recordingHandle('slack');
    slack.behaviour = (_c, attempt) => {
      if (attempt === 1) throw new PostError('transient', 'socket hang up');
    };
    const p = await boot(tempDir(), [slack]);
    await p.store.subscribe('slack', 'c1', '09:00', 'Asia/Tokyo', new Date());
    await p.store.subscribe('slack', 'c2', '09:00', 'Asia/Tokyo', new Date());
    await p.scheduler.start();
    const retrying = p.store.retrying.bind(p.store);
    p.store.retrying = async (...args) => {
      if (args[1] === 'c1') throw new Error('database is locked');
      return (await retrying(...args)) && false; // c2: another replica took the claim over meanwhile
    };
    expect((await p.scheduler.sendNow()).map((r) => [r.sub.channelId, r.outcome])).toEqual([
      ['c1', 'crashed'],
      ['c2', 'already'],
    ]);
    expect(p.lines.find((l) => l.msg === 'digest delivery crashed')).toMatchObject({ err: { message: 'database is locked' } });
    expect(slack.tries).toHaveLength(2);
    expect(await p.store.delivery('slack', 'c1', '2025-10-31')).toMatchObject({ status: 'claimed' });
    expect(await p.store.get('slack', 'c1')).toMatchObject({ broken: false, lastError: undefined });
    expect(p.lines.some((l) => l.msg === 'digest post failed')).toBe(false);
    expect(p.lines.some((l) => l.msg === 'digest claim taken over by another replica; leaving the retry to it' && l.channelId === 'c2')).toBe(true);
    await p.shutdown();
  });

  it('paces retries to one Slack channel about a second apart', async () => {
    clock('2025-10-30T23:59:00Z');
    const slack = recordingHandle('slack');
    slack.behaviour = (_c, attempt) => {
      if (attempt === 1) throw new PostError('rate-limited', 'ratelimited', 0);
    };
    const p = await boot(tempDir(), [slack]);
    await p.store.subscribe('slack', 'c1', '09:00', 'Asia/Tokyo', new Date());
    await p.scheduler.start();
    await vi.advanceTimersByTimeAsync(2 * MIN);
    const [a, b] = slack.tries.map((t) => t.at.getTime());
    expect(b! - a!).toBeGreaterThanOrEqual(1_000);
    expect(slack.posts).toHaveLength(1);
    await p.shutdown();
  });

  it('subscribes config channels with the default time and zone, keeping existing settings', async () => {
    clock('2025-10-30T12:00:00Z');
    const dir = tempDir();
    const seed = await openTestStore(dir);
    await seed.digest.subscribe('slack', 'C1', '07:00', 'Europe/London', new Date());
    await seed.close();
    const p = await boot(dir, [recordingHandle('discord'), recordingHandle('slack')], { configChannels: { discord: ['123456789012345678'], slack: ['C1', 'C2'] } });
    await p.scheduler.start();
    expect((await p.store.list()).map((s) => [s.platform, s.channelId, s.time, s.timezone])).toEqual([
      ['discord', '123456789012345678', '09:00', 'Asia/Tokyo'],
      ['slack', 'C1', '07:00', 'Europe/London'],
      ['slack', 'C2', '09:00', 'Asia/Tokyo'],
    ]);
    await p.shutdown();
  });

  it('brings a config channel back only if it was never subscribed: a cancel or time change survives restarts', async () => {
    clock('2025-10-30T12:00:00Z');
    const dir = tempDir();
    const configChannels = { discord: [], slack: ['C1', 'C2'] };
    const a = await boot(dir, [recordingHandle('slack')], { configChannels });
    await a.scheduler.start();
    expect(await a.store.unsubscribe('slack', 'C1')).toBe(true);
    await a.store.subscribe('slack', 'C2', '18:00', 'Europe/London', new Date());
    await a.shutdown();
    const b = await boot(dir, [recordingHandle('slack')], { configChannels });
    await b.scheduler.start();
    expect((await b.store.list()).map((s) => [s.channelId, s.time, s.timezone])).toEqual([['C2', '18:00', 'Europe/London']]);
    await b.shutdown();
  });

  it('follows a time change and a cancel made through another replica at its next reload', async () => {
    clock('2025-10-30T23:00:00Z'); // 08:00 in Tokyo
    const dir = tempDir();
    const slack = recordingHandle('slack');
    const p = await boot(dir, [slack], { reloadMs: 10_000 });
    await p.store.subscribe('slack', 'moved', '09:00', 'Asia/Tokyo', new Date());
    await p.store.subscribe('slack', 'cancelled', '09:00', 'Asia/Tokyo', new Date());
    await p.scheduler.start();
    const other = await openTestStore(dir); // the other replica's connection
    await other.digest.subscribe('slack', 'moved', '08:30', 'Asia/Tokyo', new Date());
    await other.digest.unsubscribe('slack', 'cancelled');
    await other.close();
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(slack.posts.map((x) => [x.channelId, x.at.toISOString()])).toEqual([['moved', '2025-10-30T23:30:00.000Z']]);
    await p.shutdown();
  });

  it('sends now to every channel once per slot, and the scheduled post that day is not repeated', async () => {
    clock('2025-10-30T22:00:00Z'); // 07:00 in Tokyo
    const discord = recordingHandle('discord');
    const slack = recordingHandle('slack');
    const p = await boot(tempDir(), [discord, slack]);
    await p.store.subscribe('discord', 'd1', '09:00', 'Asia/Tokyo', new Date());
    await p.store.subscribe('slack', 's1', '09:00', 'Asia/Tokyo', new Date());
    await p.scheduler.start();
    const first = await p.scheduler.sendNow();
    expect(first.map((r) => r.outcome)).toEqual(['posted', 'posted']);
    expect((await p.scheduler.sendNow()).map((r) => r.outcome)).toEqual(['already', 'already']);
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(discord.posts.length + slack.posts.length).toBe(2);
    await vi.advanceTimersByTimeAsync(DAY);
    expect(discord.posts.length + slack.posts.length).toBe(4);
    await p.shutdown();
  });

  it('stop() waits for a post under way', async () => {
    clock('2025-10-30T23:59:59Z');
    const discord = recordingHandle('discord');
    let release!: () => void;
    discord.behaviour = () => new Promise<void>((r) => (release = r));
    const p = await boot(tempDir(), [discord]);
    await p.store.subscribe('discord', 'c1', '09:00', 'Asia/Tokyo', new Date());
    await p.scheduler.start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(discord.tries).toHaveLength(1);
    let stopped = false;
    const stopping = p.scheduler.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(discord.posts).toHaveLength(1);
    expect((await p.store.delivery('discord', 'c1', '2025-10-31'))?.status).toBe('posted');
    await p.shutdown();
  });
});
