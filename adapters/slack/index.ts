// Slack adapter: a Bolt App in Socket Mode (when an app-level token is set) or HTTP mode, turning
// /defense commands, @mentions and DMs into core calls and rendering the replies as Block Kit.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, SocketModeReceiver } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import type { Core } from '../../src/core.ts';
import { healthReport, writeHealth, type HealthReport } from '../../src/health.ts';
import { registerSecret, type Logger } from '../../src/log.ts';
import type { PlatformHandle } from '../../src/platform.ts';
import type { RetryPolicy } from '../../src/retry.ts';
import { MemoryState, type SharedState } from '../../src/state.ts';
import { answerText, type Asker } from './answer.ts';
import { registerCommands } from './commands.ts';
import { registerEvents, RetryLater } from './events.ts';
import { boltLogger } from './logger.ts';
import { canManageChannel } from './permissions.ts';
import { DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from './retry.ts';
import { Sender } from './send.ts';

export type SlackConfig = NonNullable<Config['slack']>;

export interface SlackHandle extends PlatformHandle {
  /** Local base URL of the HTTP receiver (HTTP mode only), e.g. http://127.0.0.1:3000 */
  readonly url?: string;
}

export interface SlackOptions {
  core: Core;
  config: SlackConfig;
  logger: Logger;
  /** Event claims and conversation context, shared by every replica. */
  state?: SharedState;
  /** What GET /healthz on the HTTP receiver reports (every platform's health); without it, this adapter's own. */
  health?: () => HealthReport;
  /** Timeout of each Web API call and response_url post. */
  timeoutMs?: number;
  retry?: RetryPolicy;
}

const reason = (err: unknown) => (err as { data?: { error?: string } }).data?.error ?? (err as Error).message;

export async function startSlack(opts: SlackOptions): Promise<SlackHandle> {
  const { core, config, logger, state = new MemoryState(), timeoutMs = DEFAULT_TIMEOUT_MS, retry = DEFAULT_RETRY } = opts;
  for (const secret of [config.botToken, config.signingSecret, config.appToken]) registerSecret(secret);
  const log = logger.child({ platform: 'slack' });
  const socketMode = Boolean(config.appToken);
  let handle: SlackHandle | undefined;
  const health = opts.health ?? (() => healthReport(['slack'], handle ? [handle] : []));
  // The client never retries by itself (a repeated chat.postMessage could post twice): retry.ts does.
  const clientOptions = { slackApiUrl: config.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 }, timeout: timeoutMs };
  // Socket Mode's receiver is made here so that health() can follow its connection.
  const socket = config.appToken
    ? new SocketModeReceiver({ appToken: config.appToken, logger: boltLogger(log), installerOptions: { clientOptions } })
    : undefined;
  let connection = 'connecting';
  for (const state of ['connected', 'reconnecting', 'disconnected'] as const) socket?.client.on(state, () => (connection = state));
  const app = new App({
    token: config.botToken,
    signingSecret: config.signingSecret,
    receiver: socket,
    socketMode,
    port: socketMode ? undefined : config.port,
    // The HTTP response to an event is sent once its answer is posted: a crash before that makes Slack deliver it again.
    processBeforeResponse: !socketMode,
    customRoutes: socket ? undefined : [{ path: '/healthz', method: 'GET', handler: (_req, res) => writeHealth(res, health()) }],
    logger: boltLogger(log),
    convoStore: false,
    clientOptions,
    deferInitialization: true,
  });
  // One auth.test: checks the token and learns the bot's own ids for every later event.
  await app.init().catch((err: unknown) => {
    throw new Error(`Slack did not accept SLACK_BOT_TOKEN (auth.test: ${reason(err)})`);
  });

  // Listeners and replies still being worked on, so stop() can let them finish. Each listener tracks
  // its own work (no global middleware: that would be one more step for every request).
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    const forget = () => inFlight.delete(work);
    void work.then(forget, forget);
    return work;
  };
  app.error(async (error) => {
    const cause = (error as { original?: unknown }).original ?? error;
    if (cause instanceof RetryLater) log.info({ reason: cause.message }, 'asking Slack to deliver the event again later');
    else log.error({ err: cause }, 'Slack listener failed');
    // Over HTTP, a failed event is answered 500 so Slack delivers it again (Socket Mode has acknowledged it already).
    if (!socketMode) throw error;
  });

  const sender = new Sender(app.client, log, retry);
  const answerDeps = { core, logger: log, canManage: (userId: string, channelId: string) => canManageChannel(app.client, retry, log, userId, channelId) };
  const answer = (text: string, asker: Asker) => answerText(answerDeps, text, asker);
  registerCommands(app, { answer, track, logger: log, timeoutMs, policy: retry });
  registerEvents(app, { answer, sender, state, logger: log, track });

  const started = await app.start().catch((err: unknown) => {
    throw new Error(socketMode ? `Slack Socket Mode did not connect (${reason(err)}); check SLACK_APP_TOKEN` : `Slack could not listen on port ${config.port} (${reason(err)})`);
  });
  const url = socketMode ? undefined : `http://127.0.0.1:${((started as Server).address() as AddressInfo).port}`;
  log.info({ mode: socketMode ? 'socket' : 'http', port: socketMode ? undefined : config.port }, 'Slack adapter started');

  let stopped: Promise<void> | undefined;
  handle = {
    platform: 'slack',
    url,
    // With a key, Slack is searched for it first: the post may have been made before a crash or by another replica.
    post: (channelId, reply, { idempotencyKey } = {}) => sender.deliver({ channel: channelId, key: idempotencyKey }, reply, { checkFirst: Boolean(idempotencyKey) }),
    health() {
      if (stopped) return { ok: false, detail: 'stopped' };
      return socket ? { ok: connection === 'connected', detail: `socket mode: ${connection}` } : { ok: true, detail: 'http' };
    },
    stop() {
      stopped ??= (async () => {
        await app.stop();
        await Promise.allSettled([...inFlight]);
        log.info('Slack adapter stopped');
      })();
      return stopped;
    },
  };
  return handle;
}
