// The running bot: the chat adapters that are configured, the core they call, the digest scheduler
// behind `/defense digest`, and the state store they share with other replicas (SQLite or
// PostgreSQL). Used by `npm start` and `npm run digest -- --send-now`.
import { startDiscord } from '../adapters/discord/index.ts';
import { startSlack } from '../adapters/slack/index.ts';
import type { Config } from './config.ts';
import { createCore } from './core.ts';
import { DigestScheduler } from './digest/scheduler.ts';
import { DigestCommands } from './digest/service.ts';
import type { FactBase } from './facts/schema.ts';
import { healthReport, startHealthServer } from './health.ts';
import type { Logger } from './log.ts';
import type { PlatformHandle } from './platform.ts';
import { openStore } from './store/open.ts';

export interface App {
  handles: PlatformHandle[];
  /** Base URL of the HEALTH_PORT server, when one runs. */
  healthUrl?: string;
  scheduler: DigestScheduler;
  /** Stops the scheduler (waiting for posts under way), the adapters, then closes the database. Safe to call twice. */
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Called when a platform's connection is lost for good (say Discord rejects the token); the app should exit. */
  onFatal?: (platform: PlatformHandle['platform'], reason: string) => void;
}

export async function startApp(config: Config, facts: FactBase, logger: Logger, opts: AppOptions = {}): Promise<App> {
  const store = await openStore(config, logger);
  logger.info({ database: store.kind }, 'state store open');
  const handles: PlatformHandle[] = [];
  const scheduler = new DigestScheduler({
    store: store.digest,
    facts,
    handles,
    logger,
    catchupHours: config.digest.catchupHours,
    defaults: config.digest,
    configChannels: { discord: config.digest.discordChannels, slack: config.digest.slackChannels },
    reloadMs: config.digest.reloadMs,
    postTimeoutMs: config.digest.postTimeoutMs,
  });
  const core = createCore({ facts, digest: new DigestCommands({ store: store.digest, facts, defaults: config.digest, scheduler }) });
  const configured = (['discord', 'slack'] as const).filter((p) => config[p]);
  const health = () => healthReport(configured, handles);
  let healthServer: Awaited<ReturnType<typeof startHealthServer>> | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await scheduler.stop();
      await Promise.allSettled(handles.map((h) => h.stop()));
      await healthServer?.close();
      await store.close();
    })());
  try {
    const state = store.state;
    const onFatal = (reason: string) => opts.onFatal?.('discord', reason);
    if (config.discord) handles.push(await startDiscord({ core, config: config.discord, logger, state, onFatal }));
    if (config.slack) handles.push(await startSlack({ core, config: config.slack, logger, state, health }));
    // Slack's HTTP receiver serves /healthz itself; otherwise a small server does, when HEALTH_PORT is set.
    if (config.healthPort !== undefined && !(config.slack && !config.slack.appToken)) healthServer = await startHealthServer(config.healthPort, health, logger);
  } catch (e) {
    await stop();
    throw e;
  }
  return { handles, scheduler, stop, healthUrl: healthServer?.url };
}
