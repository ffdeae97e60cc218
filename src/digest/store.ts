// Digest state in the shared database (SQLite or PostgreSQL): subscriptions, the delivery ledger
// with its leases, and which articles each channel has seen.
import type { Sql } from '../store/sql.ts';

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
  /** Until when the replica posting a `claimed` slot holds it; after that any replica may retry it. */
  leaseUntil?: Date;
}

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
    broken: Number(r.broken) === 1,
  };
}

// Sorted here, not in SQL: PostgreSQL's collation would order differently from SQLite's.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const SUBSCRIPTION = 'SELECT platform, channel_id, time, timezone, created_at, last_post_at, last_error, broken FROM subscriptions';
const ACTIVE = 'cancelled = 0';

/** A new ledger entry, or one taking over a claim whose lease has expired. */
const UPSERT_DELIVERY = `INSERT INTO deliveries (platform, channel_id, slot, status, error, updated_at, lease_until, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (platform, channel_id, slot) DO UPDATE
  SET status = excluded.status, error = COALESCE(excluded.error, deliveries.error), updated_at = excluded.updated_at,
      lease_until = excluded.lease_until, owner = excluded.owner
  WHERE deliveries.status = 'claimed' AND COALESCE(deliveries.lease_until, 0) <= ?`;

export class DigestStore {
  constructor(private readonly sql: Sql) {}

  /** Subscribes a channel, or changes its time and zone; clears a broken mark and a cancellation. */
  async subscribe(platform: DigestPlatform, channelId: string, time: string, timezone: string, now: Date): Promise<Subscription> {
    await this.sql.run(
      `INSERT INTO subscriptions (platform, channel_id, time, timezone, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (platform, channel_id) DO UPDATE SET time = excluded.time, timezone = excluded.timezone, broken = 0, last_error = NULL,
         created_at = CASE WHEN subscriptions.cancelled = 1 THEN excluded.created_at ELSE subscriptions.created_at END, cancelled = 0`,
      [platform, channelId, time, timezone, now.toISOString()],
    );
    return (await this.get(platform, channelId))!;
  }

  /**
   * Subscribes a channel from config unless it has ever been subscribed: a time change or an
   * unsubscribe made through a command survives restarts. True when it subscribed.
   */
  async subscribeIfAbsent(platform: DigestPlatform, channelId: string, time: string, timezone: string, now: Date): Promise<boolean> {
    const changed = await this.sql.run(
      `INSERT INTO subscriptions (platform, channel_id, time, timezone, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (platform, channel_id) DO NOTHING`,
      [platform, channelId, time, timezone, now.toISOString()],
    );
    return changed === 1;
  }

  /** Cancels a subscription (kept as cancelled, so config does not bring it back). */
  async unsubscribe(platform: DigestPlatform, channelId: string): Promise<boolean> {
    return (await this.sql.run(`UPDATE subscriptions SET cancelled = 1 WHERE platform = ? AND channel_id = ? AND ${ACTIVE}`, [platform, channelId])) > 0;
  }

  async get(platform: DigestPlatform, channelId: string): Promise<Subscription | undefined> {
    const rows = await this.sql.all<SubscriptionRow>(`${SUBSCRIPTION} WHERE platform = ? AND channel_id = ? AND ${ACTIVE}`, [platform, channelId]);
    return rows[0] && toSubscription(rows[0]);
  }

  async list(): Promise<Subscription[]> {
    const rows = await this.sql.all<SubscriptionRow>(`${SUBSCRIPTION} WHERE ${ACTIVE}`);
    return rows.map(toSubscription).sort((a, b) => byText(`${a.platform} ${a.channelId}`, `${b.platform} ${b.channelId}`));
  }

  /**
   * Claims a slot for posting until `leaseUntil`. False when the slot was posted, failed or skipped,
   * or another replica holds a live claim; a claim whose lease expired (its replica died) is taken over.
   */
  async claim(platform: DigestPlatform, channelId: string, slot: string, owner: string, leaseUntil: Date, now: Date): Promise<boolean> {
    const params = [platform, channelId, slot, 'claimed', null, now.toISOString(), leaseUntil.getTime(), owner, now.getTime()];
    return (await this.sql.run(UPSERT_DELIVERY, params)) === 1;
  }

  /** Records a slot missed for good (also over an abandoned claim); false when the slot is otherwise handled. */
  async skip(platform: DigestPlatform, channelId: string, slot: string, reason: string, now: Date): Promise<boolean> {
    const params = [platform, channelId, slot, 'skipped', reason, now.toISOString(), null, null, now.getTime()];
    return (await this.sql.run(UPSERT_DELIVERY, params)) === 1;
  }

  /** Extends `owner`'s claim after a failed try; false when the claim is no longer its own. */
  async retrying(platform: DigestPlatform, channelId: string, slot: string, owner: string, attempts: number, error: string, leaseUntil: Date, now: Date): Promise<boolean> {
    const changed = await this.sql.run(
      `UPDATE deliveries SET attempts = ?, error = ?, lease_until = ?, updated_at = ?
       WHERE platform = ? AND channel_id = ? AND slot = ? AND status = 'claimed' AND owner = ?`,
      [attempts, error, leaseUntil.getTime(), now.toISOString(), platform, channelId, slot, owner],
    );
    return changed === 1;
  }

  async delivery(platform: DigestPlatform, channelId: string, slot: string): Promise<Delivery | undefined> {
    const [row] = await this.sql.all<{ status: DeliveryStatus; attempts: number; error: string | null; lease_until: number | null }>(
      'SELECT status, attempts, error, lease_until FROM deliveries WHERE platform = ? AND channel_id = ? AND slot = ?',
      [platform, channelId, slot],
    );
    if (!row) return undefined;
    const d: Delivery = { status: row.status, attempts: Number(row.attempts), error: row.error ?? undefined };
    if (row.status === 'claimed') d.leaseUntil = new Date(Number(row.lease_until ?? 0));
    return d;
  }

  /** Records a posted slot: ledger, last post time and the articles the channel has now seen. */
  async posted(platform: DigestPlatform, channelId: string, slot: string, attempts: number, articleIds: string[], now: Date): Promise<void> {
    const at = now.toISOString();
    await this.sql.batch([
      this.finish(platform, channelId, slot, 'posted', attempts, null, at),
      { sql: 'UPDATE subscriptions SET last_post_at = ?, last_error = NULL WHERE platform = ? AND channel_id = ?', params: [at, platform, channelId] },
      ...articleIds.map((id) => ({
        sql: 'INSERT INTO seen_articles (platform, channel_id, article_id, seen_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
        params: [platform, channelId, id, at],
      })),
    ]);
  }

  /** Records a failed slot; `broken` marks the subscription so no more posts are tried. */
  async failed(platform: DigestPlatform, channelId: string, slot: string, attempts: number, error: string, broken: boolean, now: Date): Promise<void> {
    const at = now.toISOString();
    await this.sql.batch([
      this.finish(platform, channelId, slot, 'failed', attempts, error, at),
      {
        sql: 'UPDATE subscriptions SET last_error = ?, broken = CASE WHEN ? = 1 THEN 1 ELSE broken END WHERE platform = ? AND channel_id = ?',
        params: [error, broken ? 1 : 0, platform, channelId],
      },
    ]);
  }

  private finish(platform: DigestPlatform, channelId: string, slot: string, status: DeliveryStatus, attempts: number, error: string | null, at: string) {
    return {
      sql: 'UPDATE deliveries SET status = ?, attempts = ?, error = ?, updated_at = ?, lease_until = NULL WHERE platform = ? AND channel_id = ? AND slot = ?',
      params: [status, attempts, error, at, platform, channelId, slot],
    };
  }

  async seenArticles(platform: DigestPlatform, channelId: string): Promise<string[]> {
    const rows = await this.sql.all<{ article_id: string }>('SELECT article_id FROM seen_articles WHERE platform = ? AND channel_id = ?', [platform, channelId]);
    return rows.map((r) => r.article_id).sort(byText);
  }
}
