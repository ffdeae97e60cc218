// The running bot: the chat adapters that are configured, the core they call, and the digest
// scheduler and store behind `/defense digest`. Used by `npm start` and `npm run digest -- --send-now`.
import { startDiscord } from '../adapters/discord/index.ts';
import { startSlack } from '../adapters/slack/index.ts';
import type { Config } from './config.ts';
import { createCore } from './core.ts';
import { DigestScheduler } from './digest/scheduler.ts';
import { DigestCommands } from './digest/service.ts';
import { DigestStore } from './digest/store.ts';
import type { FactBase } from './facts/schema.ts';
import type { Logger } from './log.ts';
import type { PlatformHandle } from './platform.ts';

export interface App {
  handles: PlatformHandle[];
  scheduler: DigestScheduler;
  /** Stops the scheduler (waiting for posts under way), the adapters, then closes the database. Safe to call twice. */
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Called when a platform's connection is lost for good (say Discord rejects the token); the app should exit. */
  onFatal?: (platform: PlatformHandle['platform'], reason: string) => void;
}

export async function startApp(config: Config, facts: FactBase, logger: Logger, opts: AppOptions = {}): Promise<App> {
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
  const stop = () =>
    (stopping ??= (async () => {
      await scheduler.stop();
      await Promise.allSettled(handles.map((h) => h.stop()));
      store.close();
    })());
  try {
    if (config.discord) handles.push(await startDiscord({ core, config: config.discord, logger, onFatal: (reason) => opts.onFatal?.('discord', reason) }));
    if (config.slack) handles.push(await startSlack({ core, config: config.slack, logger }));
  } catch (e) {
    await stop();
    throw e;
  }
  return { handles, scheduler, stop };
}
