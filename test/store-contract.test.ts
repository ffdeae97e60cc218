// The state store every replica shares, held to one contract on SQLite (the default) and on a real
// PostgreSQL (DATABASE_URL): two connections stand for two replicas.
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/store/open.ts';
import { openTestStore, removeTemps, tempDir } from './digest-fixture.ts';
import { freshDatabase } from './postgres.ts';

afterAll(removeTemps);

const T0 = new Date('2025-10-30T00:00:00Z');
const T1 = new Date('2025-10-31T00:00:00Z');
const later = (at: Date, ms: number) => new Date(at.getTime() + ms);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens two connections ("replicas") on one new database; `reopen` opens another one later. */
type Backend = () => Promise<{ a: Store; b: Store; reopen: () => Promise<Store> }>;

const backends: [string, Backend][] = [
  [
    'SQLite',
    async () => {
      const dir = tempDir();
      return { a: await openTestStore(dir), b: await openTestStore(dir), reopen: () => openTestStore(dir) };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const url = await freshDatabase();
      const [a, b] = await Promise.all([openTestStore(tempDir(), url), openTestStore(tempDir(), url)]); // two replicas migrating at once
      return { a, b, reopen: () => openTestStore(tempDir(), url) };
    },
  ],
];

describe.each(backends)('state store on %s', (_name, open) => {
  it('keeps subscriptions; subscribing again changes time and zone and clears a broken mark; a cancel is kept', async () => {
    const { a, b, reopen } = await open();
    await a.digest.subscribe('slack', 'C1', '08:30', 'Europe/London', T0);
    await a.digest.claim('slack', 'C1', '2025-10-30', 'r1', later(T0, 60_000), T0);
    await a.digest.failed('slack', 'C1', '2025-10-30', 1, 'forbidden: not_in_channel', true, T0);
    await a.close();
    await a.close(); // closing twice is harmless
    expect(await b.digest.get('slack', 'C1')).toMatchObject({ time: '08:30', timezone: 'Europe/London', broken: true, lastError: 'forbidden: not_in_channel' });
    const again = await b.digest.subscribe('slack', 'C1', '07:00', 'Asia/Tokyo', T1);
    expect(again).toMatchObject({ time: '07:00', timezone: 'Asia/Tokyo', broken: false, lastError: undefined, createdAt: T0 });
    expect(await b.digest.unsubscribe('slack', 'C1')).toBe(true);
    expect(await b.digest.unsubscribe('slack', 'C1')).toBe(false);
    expect(await b.digest.list()).toEqual([]);
    // Config does not bring a cancelled channel back; a new subscribe does, as new.
    expect(await b.digest.subscribeIfAbsent('slack', 'C1', '09:00', 'Asia/Tokyo', T1)).toBe(false);
    expect(await b.digest.subscribeIfAbsent('slack', 'C2', '09:00', 'Asia/Tokyo', T1)).toBe(true);
    const c = await reopen();
    expect((await c.digest.list()).map((s) => s.channelId)).toEqual(['C2']);
    expect(await c.digest.subscribe('slack', 'C1', '10:00', 'UTC', T1)).toMatchObject({ createdAt: T1 });
    expect((await c.digest.list()).map((s) => `${s.platform} ${s.channelId}`)).toEqual(['slack C1', 'slack C2']);
    await b.close();
    await c.close();
  });

  it('lets exactly one of many simultaneous claims win a slot, and a skip never overwrites a live claim', async () => {
    const { a, b } = await open();
    await a.digest.subscribe('discord', '42', '09:00', 'Asia/Tokyo', T0);
    const lease = later(T0, 60_000);
    const wins = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).digest.claim('discord', '42', '2025-10-30', `r${i}`, lease, T0)),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect(await b.digest.skip('discord', '42', '2025-10-30', 'late', T0)).toBe(false);
    expect(await b.digest.claim('discord', '42', '2025-10-31', 'r1', later(T1, 60_000), T1)).toBe(true);
    expect(await a.digest.delivery('discord', '42', '2025-10-30')).toEqual({ status: 'claimed', attempts: 0, error: undefined, leaseUntil: lease });
    await a.close();
    await b.close();
  });

  it('hands a claim whose lease expired to another replica, and only the holder may extend it', async () => {
    const { a, b } = await open();
    const slot = ['slack', 'C1', '2025-10-30'] as const;
    expect(await a.digest.claim(...slot, 'dead', later(T0, 30_000), T0)).toBe(true);
    expect(await b.digest.claim(...slot, 'alive', later(T0, 60_000), later(T0, 29_999))).toBe(false);
    expect(await a.digest.retrying(...slot, 'dead', 1, 'transient: no answer', later(T0, 40_000), T0)).toBe(true);
    expect(await b.digest.claim(...slot, 'alive', later(T0, 90_000), later(T0, 40_000))).toBe(true);
    // The dead replica's late retry finds its claim gone.
    expect(await a.digest.retrying(...slot, 'dead', 2, 'transient: no answer', later(T0, 99_000), T0)).toBe(false);
    expect(await b.digest.delivery(...slot)).toEqual({ status: 'claimed', attempts: 1, error: 'transient: no answer', leaseUntil: later(T0, 90_000) });
    await b.digest.posted(...slot, 2, ['x'], later(T0, 41_000));
    expect(await a.digest.claim(...slot, 'third', later(T1, 1), T1)).toBe(false);
    expect(await a.digest.skip(...slot, 'late', T1)).toBe(false);
    expect(await a.digest.delivery(...slot)).toEqual({ status: 'posted', attempts: 2, error: undefined });
    // An abandoned claim too late to post is recorded as skipped.
    expect(await a.digest.claim('slack', 'C1', '2025-10-31', 'dead', later(T1, 30_000), T1)).toBe(true);
    expect(await b.digest.skip('slack', 'C1', '2025-10-31', 'missed by 7 h', later(T1, 7 * 3_600_000))).toBe(true);
    expect(await b.digest.delivery('slack', 'C1', '2025-10-31')).toMatchObject({ status: 'skipped', error: 'missed by 7 h' });
    await a.close();
    await b.close();
  });

  it('records a post (ledger, last post time, seen articles) and a permanent failure', async () => {
    const { a, b } = await open();
    await a.digest.subscribe('discord', '42', '09:00', 'Asia/Tokyo', T0);
    await a.digest.claim('discord', '42', '2025-10-31', 'r1', later(T1, 1000), T1);
    await a.digest.posted('discord', '42', '2025-10-31', 2, ['b-article', 'a-article', 'B-upper'], T1);
    expect(await b.digest.delivery('discord', '42', '2025-10-31')).toEqual({ status: 'posted', attempts: 2, error: undefined });
    expect(await b.digest.get('discord', '42')).toMatchObject({ lastPostAt: T1, broken: false });
    expect(await b.digest.seenArticles('discord', '42')).toEqual(['B-upper', 'a-article', 'b-article']);
    expect(await b.digest.seenArticles('slack', '42')).toEqual([]);
    await b.digest.claim('discord', '42', '2025-11-01', 'r2', later(T1, 1000), T1);
    await b.digest.failed('discord', '42', '2025-11-01', 1, 'gone: Unknown Channel', true, T1);
    expect(await a.digest.get('discord', '42')).toMatchObject({ broken: true, lastError: 'gone: Unknown Channel', lastPostAt: T1 });
    expect(await a.digest.delivery('discord', '42', '2025-11-01')).toEqual({ status: 'failed', attempts: 1, error: 'gone: Unknown Channel' });
    await a.close();
    await b.close();
  });

  it('claims an inbound event once across replicas, again only after its lease lapses, never once handled', async () => {
    const { a, b } = await open();
    const claims = await Promise.all([a.state.claimEvent('Ev1', 150), b.state.claimEvent('Ev1', 150), a.state.claimEvent('Ev1', 150)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await b.state.claimEvent('Ev2', 60_000)).toBe(true);
    await b.state.completeEvent('Ev2');
    await sleep(200);
    expect(await b.state.claimEvent('Ev1', 60_000)).toBe(true); // the first claimer died: a redelivery is answered
    expect(await a.state.claimEvent('Ev1', 60_000)).toBe(false);
    expect(await a.state.claimEvent('Ev2', 1)).toBe(false);
    // Handled, as against still claimed by a replica at work on it.
    expect(await a.state.isEventDone('Ev2')).toBe(true);
    expect(await a.state.isEventDone('Ev1')).toBe(false);
    expect(await a.state.isEventDone('Ev3')).toBe(false);
    await a.close();
    await b.close();
  });

  it('shares the last question of a conversation until its TTL', async () => {
    const { a, b } = await open();
    expect(await a.state.getContext('slack:C1:1700000000.000100')).toBeUndefined();
    await a.state.setContext('slack:C1:1700000000.000100', 'Who is the defence minister?', 60_000);
    await a.state.setContext('discord:9', 'How much?', 100);
    expect(await b.state.getContext('slack:C1:1700000000.000100')).toBe('Who is the defence minister?');
    await b.state.setContext('slack:C1:1700000000.000100', 'And the budget?', 60_000);
    expect(await a.state.getContext('slack:C1:1700000000.000100')).toBe('And the budget?');
    await sleep(150);
    expect(await b.state.getContext('discord:9')).toBeUndefined();
    await b.state.prune();
    expect(await a.state.getContext('slack:C1:1700000000.000100')).toBe('And the budget?');
    await a.close();
    await b.close();
  });
});
