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
import type { SharedState } from '../../src/state.ts';
import { openStore } from '../../src/store/open.ts';
import type { StartDiscordOptions } from '../../adapters/discord/index.ts';
import { FakeDiscord } from '../fakes/discord.ts';

export const TOKEN = 'fake-bot-token.MTIzNDU2Nzg5.secret-part';

export interface TestBot {
  fake: FakeDiscord;
  handle: PlatformHandle;
  /** JSON log lines the adapter wrote. */
  logs: string[];
  /** Replaces core.run for the following events (undefined restores the real core). */
  overrideRun(run?: Core['run']): void;
  /** The real core.run, for overrides that wrap it. */
  realRun: Core['run'];
  stop(): Promise<void>;
}

export interface TestBotOptions {
  /** Another bot's fake Discord to connect to (a second replica); it is then left open on stop. */
  fake?: FakeDiscord;
  /** Default: the SQLite state store in the bot's own data folder. */
  state?: SharedState;
  retry?: StartDiscordOptions['retry'];
  onFatal?: StartDiscordOptions['onFatal'];
}

export async function startTestBot(opts: TestBotOptions = {}): Promise<TestBot> {
  const fake = opts.fake ?? (await FakeDiscord.start());
  const ownFake = !opts.fake;
  const dataDir = mkdtempSync(join(tmpdir(), 'factdesk-discord-'));
  const store = await openStore({ dataDir }, createLogger({ level: 'silent' }));
  const facts = loadFactBase(DEFAULT_ARTICLES_DIR);
  const real = createCore({ facts, digest: new DigestCommands({ store: store.digest, facts, defaults: { time: '09:00', timezone: 'Asia/Tokyo' } }) });
  let run: Core['run'] | undefined;
  const core: Core = { ...real, run: (cmd, ctx) => (run ?? real.run)(cmd, ctx) };
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line) => logs.push(line) } });
  const { state = store.state, retry, onFatal } = opts;
  const handle = await startDiscord({ core, config: { token: TOKEN, apiUrl: fake.apiUrl }, logger, state, retry, onFatal }).catch(async (err) => {
    if (ownFake) await fake.close();
    await store.close();
    throw err;
  });
  return {
    fake,
    handle,
    logs,
    realRun: real.run,
    overrideRun: (r) => {
      run = r;
    },
    async stop() {
      await handle.stop();
      if (ownFake) await fake.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
