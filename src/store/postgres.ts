// PostgreSQL through a pg Pool (DATABASE_URL), for replicas that share one database. The schema is
// migrated under an advisory lock, so replicas starting together migrate once.
import pg from 'pg';
import { migrationSql, MIGRATIONS, type Sql, type Statement } from './sql.ts';

const INT8 = 20;
const MIGRATION_LOCK = 7_402_301; // any constant: the advisory lock the replicas migrate under

// BIGINT columns hold milliseconds since 1970, well inside a JS number.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** `?` placeholders to PostgreSQL's `$1, $2, ...` (the stores' SQL has no `?` in literals). */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export class PostgresSql implements Sql {
  readonly dialect = 'postgres';

  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string, onError: (err: Error) => void): Promise<PostgresSql> {
    const pool = new pg.Pool({ connectionString: url, types, max: 4, connectionTimeoutMillis: 10_000 });
    pool.on('error', onError); // an idle connection dropped by the server: the pool reconnects
    const sql = new PostgresSql(pool);
    try {
      await sql.transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        await client.query('CREATE TABLE IF NOT EXISTS factdesk_schema (version INTEGER NOT NULL)');
        const { rows } = await client.query<{ version: number }>('SELECT version FROM factdesk_schema');
        const version = rows[0]?.version ?? 0;
        for (const step of MIGRATIONS.slice(version)) await client.query(migrationSql(step, 'postgres'));
        if (!rows.length) await client.query('INSERT INTO factdesk_schema (version) VALUES ($1)', [MIGRATIONS.length]);
        else await client.query('UPDATE factdesk_schema SET version = $1', [MIGRATIONS.length]);
      });
    } catch (e) {
      await pool.end();
      const where = new URL(url);
      const why = (e as Error).message || (e as { code?: string }).code || String(e); // a refused connection to localhost can be an AggregateError with no message
      throw new Error(`Cannot use the PostgreSQL database at ${where.host}${where.pathname} (DATABASE_URL): ${why}`);
    }
    return sql;
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  async all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(numbered(sql), params)).rows as T[];
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    return (await this.pool.query(numbered(sql), params)).rowCount ?? 0;
  }

  batch(statements: Statement[]): Promise<number[]> {
    return this.transaction(async (client) => {
      const counts: number[] = [];
      for (const s of statements) counts.push((await client.query(numbered(s.sql), s.params ?? [])).rowCount ?? 0);
      return counts;
    });
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
