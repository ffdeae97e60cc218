// SQLite through better-sqlite3 without ever blocking the event loop on a lock: busy_timeout is 0,
// and a statement that finds the database locked (another process writing) is retried after an
// async wait that doubles, up to LOCK_WAIT_MS in all.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrationSql, MIGRATIONS, type Sql, type Statement } from './sql.ts';

const LOCK_WAIT_MS = 15_000;

const isBusy = (e: unknown) => {
  const code = (e as { code?: string }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code?.startsWith('SQLITE_BUSY_') === true;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function unlocked<T>(work: () => T): Promise<T> {
  for (let waited = 0, wait = 2; ; waited += wait, wait = Math.min(wait * 2, 250)) {
    try {
      return work();
    } catch (e) {
      if (!isBusy(e) || waited >= LOCK_WAIT_MS) throw e;
    }
    await sleep(wait);
  }
}

export class SqliteSql implements Sql {
  readonly dialect = 'sqlite';
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(private readonly db: Database.Database) {}

  /** Opens (creating folder and file) `${dataDir}/factdesk.db` and brings its schema up to date. */
  static async open(dataDir: string): Promise<SqliteSql> {
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, 'factdesk.db'));
    db.pragma('busy_timeout = 0');
    await unlocked(() => db.pragma('journal_mode = WAL'));
    const migrate = db.transaction(() => {
      const version = db.pragma('user_version', { simple: true }) as number;
      MIGRATIONS.slice(version).forEach((step, i) => {
        db.exec(migrationSql(step, 'sqlite'));
        db.pragma(`user_version = ${version + i + 1}`);
      });
    });
    await unlocked(() => migrate.immediate());
    return new SqliteSql(db);
  }

  private prepare(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return unlocked(() => this.prepare(sql).all(...params) as T[]);
  }

  run(sql: string, params: unknown[] = []): Promise<number> {
    return unlocked(() => this.prepare(sql).run(...params).changes);
  }

  batch(statements: Statement[]): Promise<number[]> {
    const tx = this.db.transaction(() => statements.map((s) => this.prepare(s.sql).run(...(s.params ?? [])).changes));
    return unlocked(() => tx.immediate());
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
