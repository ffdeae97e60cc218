import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DigestStore } from '../src/digest/store.ts';
import { removeTemps, tempDir } from './digest-fixture.ts';

afterAll(removeTemps);

const T0 = new Date('2025-10-30T00:00:00Z');
const T1 = new Date('2025-10-31T00:00:00Z');

describe('digest store', () => {
  it('creates the folder and a WAL database migrated to the latest version, idempotently', () => {
    const dir = join(tempDir(), 'nested', 'var');
    DigestStore.open(dir).close();
    const file = join(dir, 'factdesk.db');
    expect(existsSync(file)).toBe(true);
    DigestStore.open(dir).close(); // a second open runs no migration twice
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(['deliveries', 'seen_articles', 'subscriptions']);
    db.close();
  });

  it('keeps subscriptions across reopen; subscribing again changes time and zone and clears a broken mark', () => {
    const dir = tempDir();
    const a = DigestStore.open(dir);
    a.subscribe('slack', 'C1', '08:30', 'Europe/London', T0);
    a.claim('slack', 'C1', '2025-10-30', T0);
    a.failed('slack', 'C1', '2025-10-30', 1, 'forbidden: not_in_channel', true, T0);
    a.close();
    a.close(); // closing twice is harmless
    const b = DigestStore.open(dir);
    expect(b.get('slack', 'C1')).toMatchObject({ time: '08:30', timezone: 'Europe/London', broken: true, lastError: 'forbidden: not_in_channel' });
    const again = b.subscribe('slack', 'C1', '07:00', 'Asia/Tokyo', T1);
    expect(again).toMatchObject({ time: '07:00', timezone: 'Asia/Tokyo', broken: false, lastError: undefined, createdAt: T0 });
    expect(b.unsubscribe('slack', 'C1')).toBe(true);
    expect(b.unsubscribe('slack', 'C1')).toBe(false);
    expect(b.list()).toEqual([]);
    b.close();
  });

  it('lets exactly one claim win a slot, and a skip never overwrites a claim', () => {
    const dir = tempDir();
    const a = DigestStore.open(dir);
    const b = DigestStore.open(dir); // a second connection, as a second process would have
    a.subscribe('discord', '42', '09:00', 'Asia/Tokyo', T0);
    expect(a.claim('discord', '42', '2025-10-30', T0)).toBe(true);
    expect(b.claim('discord', '42', '2025-10-30', T0)).toBe(false);
    expect(b.skip('discord', '42', '2025-10-30', 'late', T0)).toBe(false);
    expect(b.claim('discord', '42', '2025-10-31', T1)).toBe(true);
    expect(a.delivery('discord', '42', '2025-10-30')).toEqual({ status: 'claimed', attempts: 0, error: undefined });
    a.close();
    b.close();
  });

  it('records a post: ledger, last post time and the articles the channel has seen', () => {
    const s = DigestStore.open(tempDir());
    s.subscribe('discord', '42', '09:00', 'Asia/Tokyo', T0);
    s.claim('discord', '42', '2025-10-31', T1);
    s.posted('discord', '42', '2025-10-31', 2, ['b-article', 'a-article'], T1);
    expect(s.delivery('discord', '42', '2025-10-31')).toEqual({ status: 'posted', attempts: 2, error: undefined });
    expect(s.get('discord', '42')).toMatchObject({ lastPostAt: T1, broken: false });
    expect(s.seenArticles('discord', '42')).toEqual(['a-article', 'b-article']);
    expect(s.seenArticles('slack', '42')).toEqual([]);
    s.close();
  });
});
