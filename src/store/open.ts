// The state store every replica shares: SQLite in DATA_DIR by default, PostgreSQL with DATABASE_URL.
import type { Config } from '../config.ts';
import { DigestStore } from '../digest/store.ts';
import { registerSecret, type Logger } from '../log.ts';
import { PostgresSql } from './postgres.ts';
import { SqlState } from './shared-state.ts';
import type { Sql } from './sql.ts';
import { SqliteSql } from './sqlite.ts';

export interface Store {
  digest: DigestStore;
  state: SqlState;
  /** Which database: 'sqlite' or 'postgres' (never the URL, which may hold a password). */
  kind: Sql['dialect'];
  close(): Promise<void>;
}

export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>, logger: Logger): Promise<Store> {
  if (config.databaseUrl) {
    registerSecret(config.databaseUrl);
    registerSecret(decodeURIComponent(new URL(config.databaseUrl).password));
  }
  const sql = config.databaseUrl
    ? await PostgresSql.open(config.databaseUrl, (err) => logger.warn({ err: err.message }, 'database connection lost; reconnecting'))
    : await SqliteSql.open(config.dataDir);
  const state = new SqlState(sql);
  await state.prune(); // event claims and contexts that expired while no replica ran
  return { digest: new DigestStore(sql), state, kind: sql.dialect, close: () => sql.close() };
}
