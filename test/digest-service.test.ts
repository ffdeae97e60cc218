import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { DigestScheduler } from '../src/digest/scheduler.ts';
import { DigestCommands } from '../src/digest/service.ts';
import { PostError } from '../src/platform.ts';
import type { Reply } from '../src/reply.ts';
import { factBase, memoryLogger, openTestStore, recordingHandle, removeTemps } from './digest-fixture.ts';

const { facts } = factBase();
const defaults = { time: '09:00', timezone: 'Asia/Tokyo' };
const manager = { platform: 'discord' as const, channelId: '111', canManageChannel: true };
const member = { ...manager, canManageChannel: false };

afterAll(removeTemps);
afterEach(() => vi.useRealTimers());

async function setup() {
  const db = await openTestStore();
  const store = db.digest;
  const discord = recordingHandle('discord');
  const scheduler = new DigestScheduler({ store, facts, handles: [discord], logger: memoryLogger().logger, catchupHours: 6, defaults, reloadMs: 10 * 60_000 });
  const service = new DigestCommands({ store, facts, defaults, scheduler });
  const run = (action: 'subscribe' | 'unsubscribe' | 'status' | 'preview', ctx: object = manager, time?: string, timezone?: string) =>
    service.run({ name: 'digest', action, time, timezone }, { ...manager, ...ctx });
  return { store, discord, scheduler, run, close: () => db.close() };
}

const field = (r: Reply, name: string) => r.fields.find((f) => f.name === name)?.value;

describe('digest commands', () => {
  it('subscribes with the defaults and reports the next post in the channel’s zone', async () => {
    const { run, store, close } = await setup();
    const r = await run('subscribe', { now: new Date('2025-10-30T12:00:00Z') });
    expect(r.kind).toBe('info');
    expect(r.body).toContain('every day at 09:00 (Asia/Tokyo)');
    expect(field(r, 'Next digest')).toBe('Friday 31 October 2025, 09:00 (Asia/Tokyo)');
    expect(await store.get('discord', '111')).toMatchObject({ time: '09:00', timezone: 'Asia/Tokyo' });
    await close();
  });

  it('takes a time and zone, fixes the zone’s spelling, and accepts a zone on its own', async () => {
    const { run, store, close } = await setup();
    await run('subscribe', {}, '07:45', 'europe/london');
    expect(await store.get('discord', '111')).toMatchObject({ time: '07:45', timezone: 'Europe/London' });
    await run('subscribe', {}, 'America/New_York');
    expect(await store.get('discord', '111')).toMatchObject({ time: '09:00', timezone: 'America/New_York' });
    await close();
  });

  it('refuses bad times and zones with the expected form, without subscribing', async () => {
    const { run, store, close } = await setup();
    for (const [time, zone, words] of [
      ['25:00', undefined, /not a time\. Use HH:MM/],
      ['9am', undefined, /not a time/],
      ['08:00', 'Mars/Olympus', /not a time zone\. Use an IANA name such as Asia\/Tokyo/],
      ['08:00', 'x'.repeat(10_000), /not a time zone/],
    ] as const) {
      const r = await run('subscribe', {}, time, zone);
      expect(r.kind).toBe('error');
      expect(r.ephemeral).toBe(true);
      expect(r.body).toMatch(words);
      expect(r.body).toContain('/defense digest subscribe [HH:MM] [Area/Zone]');
      expect(r.body.length).toBeLessThan(300);
    }
    expect(await store.list()).toEqual([]);
    await close();
  });

  it('politely refuses subscribe and unsubscribe to people who cannot manage the channel', async () => {
    const { run, store, close } = await setup();
    for (const action of ['subscribe', 'unsubscribe'] as const) {
      const r = await run(action, member);
      expect(r.kind).toBe('error');
      expect(r.body).toMatch(/^Sorry, only people who can manage this channel/);
    }
    expect(await store.list()).toEqual([]);
    expect((await run('status', member)).body).toContain('not subscribed');
    await close();
  });

  it('asks for a channel when run from the console', async () => {
    const { run } = await setup();
    const r = await run('subscribe', { platform: 'console', channelId: undefined });
    expect(r.kind).toBe('error');
    expect(r.body).toContain('run this command in the channel');
  });

  it('shows last post, last error and a broken mark in status', async () => {
    const { run, store, close } = await setup();
    await run('subscribe', { now: new Date('2025-10-29T00:00:00Z') });
    await store.claim('discord', '111', '2025-10-30', 'replica', new Date('2025-10-30T00:00:00Z'), new Date('2025-10-30T00:00:00Z'));
    await store.posted('discord', '111', '2025-10-30', 1, ['x'], new Date('2025-10-30T00:00:00Z'));
    let s = await run('status', { now: new Date('2025-10-30T03:00:00Z') });
    expect(s.ephemeral).toBe(true);
    expect(field(s, 'Last digest')).toBe('Thursday 30 October 2025, 09:00 (Asia/Tokyo)');
    expect(field(s, 'Next digest')).toBe('Friday 31 October 2025, 09:00 (Asia/Tokyo)');
    await store.claim('discord', '111', '2025-10-31', 'replica', new Date('2025-10-31T00:00:00Z'), new Date('2025-10-31T00:00:00Z'));
    await store.failed('discord', '111', '2025-10-31', 1, 'forbidden: Missing Access', true, new Date('2025-10-31T00:00:00Z'));
    s = await run('status');
    expect(field(s, 'Broken')).toBe('forbidden: Missing Access');
    expect(field(s, 'Next digest')).toMatch(/^None/);
    await close();
  });

  it('previews today’s digest, only to the person who asked', async () => {
    const { run, discord } = await setup();
    const r = await run('preview', { platform: 'console', channelId: undefined, now: new Date('2025-10-30T01:00:00Z') });
    expect(r).toMatchObject({ kind: 'digest', ephemeral: true, title: 'Defence digest for Thursday 30 October 2025' });
    expect(discord.tries).toHaveLength(0);
  });

  it('subscribing reschedules live and unsubscribing stops the posts', async () => {
    vi.useFakeTimers({ now: new Date('2025-10-30T23:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { run, discord, scheduler, close } = await setup();
    await scheduler.start();
    await run('subscribe', {}, '08:30', 'Asia/Tokyo'); // 23:30 UTC
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    expect(discord.posts.map((p) => p.at.toISOString())).toEqual(['2025-10-30T23:30:00.000Z']);
    const moved = await run('subscribe', {}, '10:00', 'Asia/Tokyo'); // today's digest is out: the next one is tomorrow
    expect(field(moved, 'Next digest')).toBe('Saturday 1 November 2025, 10:00 (Asia/Tokyo)');
    await vi.advanceTimersByTimeAsync(26 * 3_600_000);
    expect(discord.posts.map((p) => p.at.toISOString())).toEqual(['2025-10-30T23:30:00.000Z', '2025-11-01T01:00:00.000Z']);
    await run('unsubscribe');
    await vi.advanceTimersByTimeAsync(3 * 24 * 3_600_000);
    expect(discord.posts).toHaveLength(2);
    await scheduler.stop();
    await close();
  });

  it('resubscribing a broken channel schedules it again', async () => {
    vi.useFakeTimers({ now: new Date('2025-10-30T23:59:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { run, store, discord, scheduler, close } = await setup();
    discord.behaviour = (_c, attempt) => {
      if (attempt === 1) throw new PostError('forbidden', 'Missing Access');
    };
    await scheduler.start();
    await run('subscribe');
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect((await store.get('discord', '111'))?.broken).toBe(true);
    await run('subscribe');
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(discord.posts.map((p) => p.at.toISOString())).toEqual(['2025-11-01T00:00:00.000Z']);
    await scheduler.stop();
    await close();
  });
});
