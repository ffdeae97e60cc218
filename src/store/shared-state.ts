// SharedState (event claims and conversation context) in the shared database, so a Slack event
// redelivered to another replica, or a follow-up answered by another one, sees what this one did.
import type { SharedState } from '../state.ts';
import type { Sql } from './sql.ts';

const DONE_MS = 24 * 3_600_000;

export class SqlState implements SharedState {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => number = Date.now,
  ) {}

  async claimEvent(key: string, leaseMs: number): Promise<boolean> {
    const now = this.now();
    const changed = await this.sql.run(
      `INSERT INTO events (event_key, done, until_ms) VALUES (?, 0, ?)
       ON CONFLICT (event_key) DO UPDATE SET done = 0, until_ms = excluded.until_ms WHERE events.until_ms <= ?`,
      [key, now + leaseMs, now],
    );
    return changed === 1;
  }

  async completeEvent(key: string): Promise<void> {
    await this.sql.run(
      `INSERT INTO events (event_key, done, until_ms) VALUES (?, 1, ?)
       ON CONFLICT (event_key) DO UPDATE SET done = 1, until_ms = excluded.until_ms`,
      [key, this.now() + DONE_MS],
    );
  }

  async isEventDone(key: string): Promise<boolean> {
    const rows = await this.sql.all<{ done: number }>('SELECT done FROM events WHERE event_key = ? AND done = 1 AND until_ms > ?', [key, this.now()]);
    return rows.length > 0;
  }

  async getContext(conversation: string): Promise<string | undefined> {
    const rows = await this.sql.all<{ question: string }>('SELECT question FROM contexts WHERE conversation = ? AND until_ms > ?', [conversation, this.now()]);
    return rows[0]?.question;
  }

  async setContext(conversation: string, question: string, ttlMs: number): Promise<void> {
    await this.sql.run(
      `INSERT INTO contexts (conversation, question, until_ms) VALUES (?, ?, ?)
       ON CONFLICT (conversation) DO UPDATE SET question = excluded.question, until_ms = excluded.until_ms`,
      [conversation, question, this.now() + ttlMs],
    );
  }

  /** Deletes event claims and contexts that have expired. */
  async prune(): Promise<void> {
    const now = this.now();
    await this.sql.batch([
      { sql: 'DELETE FROM events WHERE until_ms <= ?', params: [now] },
      { sql: 'DELETE FROM contexts WHERE until_ms <= ?', params: [now] },
    ]);
  }
}
