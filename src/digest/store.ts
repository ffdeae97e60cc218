// Digest state in SQLite: subscriptions, the delivery ledger and which articles each channel has seen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type DigestPlatform = 'discord' | 'slack';
export type DeliveryStatus = 'claimed' | 'posted' | 'failed' | 'skipped';

export interface Subscription {
  platform: DigestPlatform;
  channelId: string;
  /** HH:MM in `timezone`. */
  time: string;
  timezone: string;
  createdAt: Date;
  lastPostAt?: Date;
  lastError?: string;
  broken: boolean;
}

export interface Delivery {
  status: DeliveryStatus;
  attempts: number;
  error?: string;
}

// Append only: each entry runs once, in order, and bumps PRAGMA user_version.
const MIGRATIONS = [
  `CREATE TABLE subscriptions (
     platform TEXT NOT NULL, channel_id TEXT NOT NULL, time TEXT NOT NULL, timezone TEXT NOT NULL,
     created_at TEXT NOT NULL, last_post_at TEXT, last_error TEXT, broken INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (platform, channel_id));
   CREATE TABLE deliveries (
     platform TEXT NOT NULL, channel_id TEXT NOT NULL, slot TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'skipped')),
     attempts INTEGER NOT NULL DEFAULT 0, error TEXT, updated_at TEXT NOT NULL,
     PRIMARY KEY (platform, channel_id, slot));
   CREATE TABLE seen_articles (
     platform TEXT NOT NULL, channel_id TEXT NOT NULL, article_id TEXT NOT NULL, seen_at TEXT NOT NULL,
     PRIMARY KEY (platform, channel_id, article_id));`,
];

interface SubscriptionRow {
  platform: DigestPlatform;
  channel_id: string;
  time: string;
  timezone: string;
  created_at: string;
  last_post_at: string | null;
  last_error: string | null;
  broken: number;
}

function toSubscription(r: SubscriptionRow): Subscription {
  return {
    platform: r.platform,
    channelId: r.channel_id,
    time: r.time,
    timezone: r.timezone,
    createdAt: new Date(r.created_at),
    lastPostAt: r.last_post_at ? new Date(r.last_post_at) : undefined,
    lastError: r.last_error ?? undefined,
    broken: r.broken === 1,
  };
}

export class DigestStore {
  private constructor(private readonly db: Database.Database) {}

  /** Opens (creating folder and file) `${dataDir}/factdesk.db` and brings its schema up to date. */
  static open(dataDir: string): DigestStore {
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, 'factdesk.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    MIGRATIONS.slice(version).forEach((sql, i) =>
      db.transaction(() => {
        db.exec(sql);
        db.pragma(`user_version = ${version + i + 1}`);
      })(),
    );
    return new DigestStore(db);
  }

  /** Subscribes a channel, or changes its time and zone; clears a broken mark. */
  subscribe(platform: DigestPlatform, channelId: string, time: string, timezone: string, now: Date): Subscription {
    this.db
      .prepare(
        `INSERT INTO subscriptions (platform, channel_id, time, timezone, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (platform, channel_id) DO UPDATE SET time = excluded.time, timezone = excluded.timezone, broken = 0, last_error = NULL`,
      )
      .run(platform, channelId, time, timezone, now.toISOString());
    return this.get(platform, channelId)!;
  }

  unsubscribe(platform: DigestPlatform, channelId: string): boolean {
    return this.db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?').run(platform, channelId).changes > 0;
  }

  get(platform: DigestPlatform, channelId: string): Subscription | undefined {
    const row = this.db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?').get(platform, channelId);
    return row ? toSubscription(row as SubscriptionRow) : undefined;
  }

  list(): Subscription[] {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY platform, channel_id').all() as SubscriptionRow[]).map(toSubscription);
  }

  /** Claims a slot for posting; false when any process already claimed, posted, failed or skipped it. */
  claim(platform: DigestPlatform, channelId: string, slot: string, now: Date): boolean {
    return this.insertDelivery(platform, channelId, slot, 'claimed', now, null);
  }

  /** Records a slot that was missed for good; false when the slot already has a ledger entry. */
  skip(platform: DigestPlatform, channelId: string, slot: string, reason: string, now: Date): boolean {
    return this.insertDelivery(platform, channelId, slot, 'skipped', now, reason);
  }

  private insertDelivery(platform: DigestPlatform, channelId: string, slot: string, status: DeliveryStatus, now: Date, error: string | null): boolean {
    const insert = this.db.prepare(
      `INSERT INTO deliveries (platform, channel_id, slot, status, error, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform, channel_id, slot) DO NOTHING`,
    );
    return this.db.transaction(() => insert.run(platform, channelId, slot, status, error, now.toISOString()).changes === 1)();
  }

  delivery(platform: DigestPlatform, channelId: string, slot: string): Delivery | undefined {
    const row = this.db
      .prepare('SELECT status, attempts, error FROM deliveries WHERE platform = ? AND channel_id = ? AND slot = ?')
      .get(platform, channelId, slot) as { status: DeliveryStatus; attempts: number; error: string | null } | undefined;
    return row ? { status: row.status, attempts: row.attempts, error: row.error ?? undefined } : undefined;
  }

  /** Records a posted slot: ledger, last post time and the articles the channel has now seen. */
  posted(platform: DigestPlatform, channelId: string, slot: string, attempts: number, articleIds: string[], now: Date): void {
    const at = now.toISOString();
    this.db.transaction(() => {
      this.finish(platform, channelId, slot, 'posted', attempts, null, at);
      this.db.prepare('UPDATE subscriptions SET last_post_at = ?, last_error = NULL WHERE platform = ? AND channel_id = ?').run(at, platform, channelId);
      const seen = this.db.prepare('INSERT OR IGNORE INTO seen_articles (platform, channel_id, article_id, seen_at) VALUES (?, ?, ?, ?)');
      for (const id of articleIds) seen.run(platform, channelId, id, at);
    })();
  }

  /** Records a failed slot; `broken` marks the subscription so no more posts are tried. */
  failed(platform: DigestPlatform, channelId: string, slot: string, attempts: number, error: string, broken: boolean, now: Date): void {
    const at = now.toISOString();
    this.db.transaction(() => {
      this.finish(platform, channelId, slot, 'failed', attempts, error, at);
      this.db
        .prepare('UPDATE subscriptions SET last_error = ?, broken = MAX(broken, ?) WHERE platform = ? AND channel_id = ?')
        .run(error, broken ? 1 : 0, platform, channelId);
    })();
  }

  private finish(platform: DigestPlatform, channelId: string, slot: string, status: DeliveryStatus, attempts: number, error: string | null, at: string): void {
    this.db
      .prepare('UPDATE deliveries SET status = ?, attempts = ?, error = ?, updated_at = ? WHERE platform = ? AND channel_id = ? AND slot = ?')
      .run(status, attempts, error, at, platform, channelId, slot);
  }

  seenArticles(platform: DigestPlatform, channelId: string): string[] {
    return (
      this.db.prepare('SELECT article_id FROM seen_articles WHERE platform = ? AND channel_id = ? ORDER BY article_id').all(platform, channelId) as {
        article_id: string;
      }[]
    ).map((r) => r.article_id);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
