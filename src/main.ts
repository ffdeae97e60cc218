// npm start: the chat adapters whose tokens are configured (with the digest scheduler), or the
// terminal console when none is.
import dotenv from 'dotenv';
import { startConsole } from '../adapters/console/index.ts';
import { startApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { createCore } from './core.ts';
import { loadFactBase } from './facts/load.ts';
import type { FactBase } from './facts/schema.ts';
import { createLogger, type Logger } from './log.ts';

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
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
  // A platform lost for good (say Discord rejected the token) stops the bot with a failure, so a
  // supervisor restarts it or reports it, instead of it running on deaf.
  const started = startApp(config, facts, logger, {
    onFatal: (platform, reason) => {
      logger.fatal({ platform, reason }, `${platform} failed for good; exiting`);
      exit(1);
    },
  });
  const exit = (code: number) => {
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    void started.then((app) => app.stop()).finally(() => process.exit(code));
  };
  const app = await started;
  onSignals((signal) => {
    logger.info({ signal }, 'shutting down');
    exit(0);
  });
  await app.scheduler.start();
  logger.info({ platforms: app.handles.map((h) => h.platform) }, 'factdesk is running');
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
