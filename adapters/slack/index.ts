// Slack adapter: a Bolt App in Socket Mode (when an app-level token is set) or HTTP mode, turning
// /defense commands, @mentions and DMs into core calls and rendering the replies as Block Kit.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import type { Core } from '../../src/core.ts';
import { registerSecret, type Logger } from '../../src/log.ts';
import type { PlatformHandle } from '../../src/platform.ts';
import type { SharedState } from '../../src/state.ts';
import { answerText } from './answer.ts';
import { registerCommands } from './commands.ts';
import { registerEvents } from './events.ts';
import { boltLogger } from './logger.ts';
import { deliver } from './send.ts';

export type SlackConfig = NonNullable<Config['slack']>;

export interface SlackHandle extends PlatformHandle {
  /** Local base URL of the HTTP receiver (HTTP mode only), e.g. http://127.0.0.1:3000 */
  readonly url?: string;
}

export interface SlackOptions {
  core: Core;
  config: SlackConfig;
  logger: Logger;
  /** Event claims and conversation context shared with other replicas. */
  state?: SharedState;
}

const reason = (err: unknown) => (err as { data?: { error?: string } }).data?.error ?? (err as Error).message;

export async function startSlack({ core, config, logger }: SlackOptions): Promise<SlackHandle> {
  for (const secret of [config.botToken, config.signingSecret, config.appToken]) registerSecret(secret);
  const log = logger.child({ platform: 'slack' });
  const socketMode = Boolean(config.appToken);
  const app = new App({
    token: config.botToken,
    signingSecret: config.signingSecret,
    appToken: config.appToken,
    socketMode,
    port: socketMode ? undefined : config.port,
    customRoutes: socketMode ? [] : [{ path: '/healthz', method: 'GET', handler: (_req, res) => res.writeHead(200).end('ok') }],
    logger: boltLogger(log),
    // 429s reach send.ts, which waits out Retry-After; the client itself only retries network failures.
    clientOptions: { slackApiUrl: config.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 2 } },
    deferInitialization: true,
  });
  // One auth.test: checks the token and learns the bot's own ids for every later event.
  await app.init().catch((err: unknown) => {
    throw new Error(`Slack did not accept SLACK_BOT_TOKEN (auth.test: ${reason(err)})`);
  });

  // Replies still being worked on, so stop() can let them finish.
  const inFlight = new Set<Promise<unknown>>();
  app.use(async ({ next }) => {
    const work = next();
    inFlight.add(work);
    await work.finally(() => inFlight.delete(work));
  });
  app.error(async (error) => {
    log.error({ err: error }, 'Slack listener failed');
  });

  const answer = (text: string, channelId: string) => answerText(core, text, channelId, log);
  registerCommands(app, { answer });
  registerEvents(app, { answer, deliver: (to, reply) => deliver(app.client, to, reply, log), logger: log });

  const started = await app.start().catch((err: unknown) => {
    throw new Error(socketMode ? `Slack Socket Mode did not connect (${reason(err)}); check SLACK_APP_TOKEN` : `Slack could not listen on port ${config.port} (${reason(err)})`);
  });
  const url = socketMode ? undefined : `http://127.0.0.1:${((started as Server).address() as AddressInfo).port}`;
  log.info({ mode: socketMode ? 'socket' : 'http', port: socketMode ? undefined : config.port }, 'Slack adapter started');

  let stopped: Promise<void> | undefined;
  return {
    platform: 'slack',
    url,
    post: (channelId, reply) => deliver(app.client, { channel: channelId }, reply, log),
    health: () => (stopped ? { ok: false, detail: 'stopped' } : { ok: true, detail: socketMode ? 'socket mode' : 'http' }),
    stop() {
      stopped ??= (async () => {
        await app.stop();
        await Promise.allSettled([...inFlight]);
        log.info('Slack adapter stopped');
      })();
      return stopped;
    },
  };
}
