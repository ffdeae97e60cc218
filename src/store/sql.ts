// The little SQL the stores need, the same on SQLite and PostgreSQL: statements are written once
// with `?` placeholders in the SQL both understand (upserts with ON CONFLICT, no dialect functions).

export interface Statement {
  sql: string;
  params?: unknown[];
}

export interface Sql {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs one statement; resolves with the number of rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs statements in one transaction; resolves with each one's changed row count. */
  batch(statements: Statement[]): Promise<number[]>;
  close(): Promise<void>;
}

/**
 * Schema steps, append only: each runs once, in order, in one transaction. `{int8}` is a 64-bit
 * integer column (milliseconds since 1970).
 */
export const MIGRATIONS = [
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
  `ALTER TABLE subscriptions ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE deliveries ADD COLUMN lease_until {int8};
   ALTER TABLE deliveries ADD COLUMN owner TEXT;
   CREATE TABLE events (event_key TEXT PRIMARY KEY, done INTEGER NOT NULL, until_ms {int8} NOT NULL);
   CREATE TABLE contexts (conversation TEXT PRIMARY KEY, question TEXT NOT NULL, until_ms {int8} NOT NULL);`,
];

export function migrationSql(step: string, dialect: Sql['dialect']): string {
  return step.replaceAll('{int8}', dialect === 'sqlite' ? 'INTEGER' : 'BIGINT');
}
