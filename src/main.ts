// npm start: the chat adapters whose tokens are configured (with the digest scheduler), or the
// terminal console when none is.
import dotenv from 'dotenv';
import { startConsole } from '../adapters/console/index.ts';
import { startDiscord } from '../adapters/discord/index.ts';
import { startSlack } from '../adapters/slack/index.ts';
import { loadConfig, type Config } from './config.ts';
import { createCore } from './core.ts';
import { DigestScheduler } from './digest/scheduler.ts';
import { DigestCommands } from './digest/service.ts';
import { DigestStore } from './digest/store.ts';
import { loadFactBase } from './facts/load.ts';
import type { FactBase } from './facts/schema.ts';
import { createLogger, type Logger } from './log.ts';
import type { PlatformHandle } from './platform.ts';

/** Longest a shutdown may take before the process gives up waiting and exits anyway. */
const SHUTDOWN_LIMIT_MS = 4_500;

function onSignals(stop: (signal: NodeJS.Signals) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop(signal));
}

async function runConsole(facts: FactBase): Promise<void> {
  onSignals(() => process.exit(0));
  await startConsole({ core: createCore({ facts }) });
}

async function runPlatforms(config: Config, facts: FactBase, logger: Logger): Promise<void> {
  const store = DigestStore.open(config.dataDir);
  const handles: PlatformHandle[] = [];
  const scheduler = new DigestScheduler({
    store,
    facts,
    handles,
    logger,
    catchupHours: config.digest.catchupHours,
    defaults: config.digest,
    configChannels: { discord: config.digest.discordChannels, slack: config.digest.slackChannels },
  });
  const core = createCore({ facts, digest: new DigestCommands({ store, facts, defaults: config.digest, scheduler }) });

  let stopping: Promise<void> | undefined;
  const stop = (reason: string) =>
    (stopping ??= (async () => {
      logger.info({ reason }, 'shutting down');
      setTimeout(() => {
        logger.error('shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_LIMIT_MS).unref();
      await scheduler.stop();
      await Promise.allSettled(handles.map((h) => h.stop()));
      store.close();
    })());
  onSignals((signal) => void stop(signal).then(() => process.exit(0)));
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));

  try {
    if (config.discord) handles.push(await startDiscord({ core, config: config.discord, logger }));
    if (config.slack) handles.push(await startSlack({ core, config: config.slack, logger }));
  } catch (e) {
    await stop('start-up failed');
    throw e;
  }
  scheduler.start();
  logger.info({ platforms: handles.map((h) => h.platform) }, 'factdesk is running');
}

async function main(): Promise<void> {
  dotenv.config({ path: process.env.DOTENV_CONFIG_PATH, quiet: true });
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const facts = loadFactBase(config.articlesDir);
  if (config.discord || config.slack) await runPlatforms(config, facts, logger);
  else await runConsole(facts);
}

// Configuration, fact-base and start-up problems are reported in one short message, no stack trace.
main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
