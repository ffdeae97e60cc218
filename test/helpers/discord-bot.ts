// Starts the real Discord adapter (real discord.js Client, real core, real digest commands on a
// temporary SQLite file) against a fresh fake Discord, capturing its log lines.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDiscord } from '../../adapters/discord/index.ts';
import { createCore, DEFAULT_ARTICLES_DIR, type Core } from '../../src/core.ts';
import { DigestCommands } from '../../src/digest/service.ts';
import { loadFactBase } from '../../src/facts/load.ts';
import { createLogger } from '../../src/log.ts';
import type { PlatformHandle } from '../../src/platform.ts';
import { openStore } from '../../src/store/open.ts';
import { FakeDiscord } from '../fakes/discord.ts';

export const TOKEN = 'fake-bot-token.MTIzNDU2Nzg5.secret-part';

export interface TestBot {
  fake: FakeDiscord;
  handle: PlatformHandle;
  /** JSON log lines the adapter wrote. */
  logs: string[];
  /** Replaces core.run for the following events (undefined restores the real core). */
  overrideRun(run?: Core['run']): void;
  stop(): Promise<void>;
}

export async function startTestBot(): Promise<TestBot> {
  const fake = await FakeDiscord.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'factdesk-discord-'));
  const store = await openStore({ dataDir }, createLogger({ level: 'silent' }));
  const facts = loadFactBase(DEFAULT_ARTICLES_DIR);
  const real = createCore({ facts, digest: new DigestCommands({ store: store.digest, facts, defaults: { time: '09:00', timezone: 'Asia/Tokyo' } }) });
  let run: Core['run'] | undefined;
  const core: Core = { ...real, run: (cmd, ctx) => (run ?? real.run)(cmd, ctx) };
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line) => logs.push(line) } });
  const handle = await startDiscord({ core, config: { token: TOKEN, apiUrl: fake.apiUrl }, logger }).catch(async (err) => {
    await fake.close();
    throw err;
  });
  return {
    fake,
    handle,
    logs,
    overrideRun: (r) => {
      run = r;
    },
    async stop() {
      await handle.stop();
      await fake.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
