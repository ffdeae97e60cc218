// What is particular to the SQLite store: the file, its migrations, and waiting for a lock held by
// another process without freezing the event loop.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestStore, removeTemps, tempDir } from './digest-fixture.ts';

afterAll(removeTemps);

const T0 = new Date('2025-10-30T00:00:00Z');

describe('SQLite store', () => {
  it('creates the folder and a WAL database migrated to the latest version, idempotently', async () => {
    const dir = join(tempDir(), 'nested', 'var');
    await (await openTestStore(dir)).close();
    const file = join(dir, 'factdesk.db');
    expect(existsSync(file)).toBe(true);
    await (await openTestStore(dir)).close(); // a second open runs no migration twice
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(['contexts', 'deliveries', 'events', 'seen_articles', 'subscriptions']);
    db.close();
  });

  it('upgrades a database from the first version, keeping its subscriptions, and retries its old claims', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const old = new Database(join(dir, 'factdesk.db'));
    old.exec(`CREATE TABLE subscriptions (platform TEXT NOT NULL, channel_id TEXT NOT NULL, time TEXT NOT NULL, timezone TEXT NOT NULL,
       created_at TEXT NOT NULL, last_post_at TEXT, last_error TEXT, broken INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (platform, channel_id));
     CREATE TABLE deliveries (platform TEXT NOT NULL, channel_id TEXT NOT NULL, slot TEXT NOT NULL,
       status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'skipped')), attempts INTEGER NOT NULL DEFAULT 0, error TEXT,
       updated_at TEXT NOT NULL, PRIMARY KEY (platform, channel_id, slot));
     CREATE TABLE seen_articles (platform TEXT NOT NULL, channel_id TEXT NOT NULL, article_id TEXT NOT NULL, seen_at TEXT NOT NULL,
       PRIMARY KEY (platform, channel_id, article_id));
     INSERT INTO subscriptions VALUES ('slack', 'C1', '08:00', 'UTC', '2025-10-01T00:00:00.000Z', NULL, NULL, 0);
     INSERT INTO deliveries VALUES ('slack', 'C1', '2025-10-30', 'claimed', 0, NULL, '2025-10-30T08:00:00.000Z');
     PRAGMA user_version = 1;`);
    old.close();
    const store = await openTestStore(dir);
    expect(await store.digest.list()).toMatchObject([{ channelId: 'C1', time: '08:00', timezone: 'UTC' }]);
    // A claim left by the old version (no lease) counts as abandoned.
    expect(await store.digest.claim('slack', 'C1', '2025-10-30', 'new', new Date(T0.getTime() + 60_000), T0)).toBe(true);
    await store.close();
  });

  it('waits for a write lock held by another process without blocking the event loop', async () => {
    const dir = tempDir();
    const store = await openTestStore(dir);
    const other = new Database(join(dir, 'factdesk.db'));
    other.exec('BEGIN IMMEDIATE'); // another process holds the write lock
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    let done = false;
    const writing = store.digest.subscribe('slack', 'C1', '09:00', 'UTC', T0).then(() => (done = true));
    const context = store.state.setContext('slack:C1', 'Who?', 60_000);
    await new Promise((r) => setTimeout(r, 400));
    expect(done).toBe(false);
    expect(ticks).toBeGreaterThan(20); // the timer kept running while the write waited
    other.exec('COMMIT');
    await writing;
    await context;
    clearInterval(timer);
    expect(await store.digest.get('slack', 'C1')).toMatchObject({ time: '09:00' });
    expect(await store.state.getContext('slack:C1')).toBe('Who?');
    other.close();
    await store.close();
  });
});
