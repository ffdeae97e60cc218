// The Discord adapter: a discord.js Client with non-privileged intents only (a message that
// mentions the bot, or a DM, carries its content without the Message Content intent).
import { Client, Events, GatewayCloseCodes, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../../src/config.ts';
import type { Core } from '../../src/core.ts';
import { registerSecret, type Logger } from '../../src/log.ts';
import type { PlatformHandle } from '../../src/platform.ts';
import type { Reply } from '../../src/reply.ts';
import { MemoryState, type SharedState } from '../../src/state.ts';
import { errorInfo, onInteraction, onMessage, type Deps } from './handlers.ts';
import { messageBody, NO_MENTIONS } from './render.ts';
import { createSender, DEFAULT_RETRY, type RetryPolicy } from './send.ts';

export interface StartDiscordOptions {
  core: Core;
  config: NonNullable<Config['discord']>;
  logger: Logger;
  /** Event claims and conversation context, shared by every replica (default: this process only). */
  state?: SharedState;
  /** Called once when Discord closes the gateway for good (bad token, disallowed intents...) after start-up; during it, startDiscord fails. */
  onFatal?: (reason: string) => void;
  retry?: Partial<RetryPolicy>;
}

/** Gateway closes after which discord.js gives up, with what the operator should do about them. */
const FATAL_CLOSES: Record<number, string> = {
  [GatewayCloseCodes.AuthenticationFailed]: 'Discord rejected the bot token (gateway close 4004); check DISCORD_TOKEN',
  [GatewayCloseCodes.InvalidShard]: 'Discord rejected the shard (gateway close 4010)',
  [GatewayCloseCodes.ShardingRequired]: 'Discord requires sharding for this bot (gateway close 4011)',
  [GatewayCloseCodes.InvalidAPIVersion]: 'Discord rejected the gateway API version (gateway close 4012)',
  [GatewayCloseCodes.InvalidIntents]: 'Discord rejected the gateway intents (gateway close 4013)',
  [GatewayCloseCodes.DisallowedIntents]: 'Discord refused intents the bot is not approved for (gateway close 4014); check the bot settings in the Developer Portal',
};

export async function startDiscord({ core, config, logger, state = new MemoryState(), onFatal, retry }: StartDiscordOptions): Promise<PlatformHandle> {
  registerSecret(config.token);
  const log = logger.child({ platform: 'discord' });
  const policy = { ...DEFAULT_RETRY, ...retry };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel], // DM channels are not cached; without this their messages are dropped
    allowedMentions: NO_MENTIONS,
    rest: {
      ...(config.apiUrl && { api: config.apiUrl }),
      timeout: policy.timeoutMs,
      retries: 0, // retried by send.ts, with backoff and a bound
      rejectOnRateLimit: () => true, // waited out by send.ts, up to a cap
    },
  });
  const stopped = new AbortController();
  const deps: Deps = { core, log, state, rest: client.rest, send: createSender(client.rest, policy, log, stopped.signal) };

  // Every event handler runs tracked and guarded: a failure is logged, never thrown at the client.
  const inFlight = new Set<Promise<void>>();
  const guarded =
    <T>(what: string, handle: (event: T) => Promise<void>) =>
    (event: T) => {
      if (stopped.signal.aborted) return;
      const done = handle(event)
        .catch((err) => log.error({ error: errorInfo(err) }, `${what} failed`))
        .finally(() => inFlight.delete(done));
      inFlight.add(done);
    };

  let fatal: string | undefined;
  let connected = false;
  const failed = new Promise<never>((_, reject) =>
    client.on(Events.ShardDisconnect, ({ code }) => {
      fatal = FATAL_CLOSES[code] ?? `Discord closed the gateway for good (code ${code})`;
      log.error({ code, reason: fatal }, 'Discord connection lost for good');
      reject(new Error(fatal)); // while connecting, startDiscord fails with it
      if (connected) onFatal?.(fatal);
    }),
  );
  failed.catch(() => {}); // only awaited while connecting

  client.on(Events.Error, (err) => log.error({ error: errorInfo(err) }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord warning'));
  client.on(Events.ShardReconnecting, () => stopped.signal.aborted || log.info('gateway reconnecting'));
  client.on(Events.ShardResume, () => log.info('gateway session resumed'));
  client.on(Events.InteractionCreate, guarded('interaction', (i) => onInteraction(i, deps)));
  client.on(Events.MessageCreate, guarded('message', (m) => onMessage(m, deps, client.user!.id)));
  survivePacketErrors(client, log);

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await Promise.race([client.login(config.token).then(() => ready), failed]);
  } catch (err) {
    await client.destroy();
    throw fatal ? new Error(fatal) : err;
  }
  connected = true;
  log.info({ user: client.user?.tag, applicationId: client.application?.id }, 'connected to Discord');

  return {
    platform: 'discord',
    post: (channelId: string, r: Reply, opts?: { idempotencyKey?: string }) => deps.send.message(channelId, messageBody(r), opts?.idempotencyKey),
    health: () =>
      fatal ? { ok: false, detail: fatal } : client.isReady() ? { ok: true, detail: 'connected' } : { ok: false, detail: 'not connected to the gateway' },
    async stop() {
      stopped.abort();
      await Promise.allSettled(inFlight);
      await client.destroy();
    },
  };
}

/**
 * discord.js parses each gateway dispatch inside an async WebSocket callback, so a structurally
 * broken payload (say INTERACTION_CREATE without `data`) would surface as an unhandled rejection,
 * which ends a Node process. Its (private) packet handler is wrapped to log and drop such events.
 */
function survivePacketErrors(client: Client, log: Logger): void {
  const ws = client.ws as unknown as { handlePacket(packet?: { t?: string }, shard?: unknown): boolean };
  const handle = ws.handlePacket.bind(ws);
  ws.handlePacket = (packet, shard) => {
    try {
      return handle(packet, shard);
    } catch (err) {
      log.warn({ error: errorInfo(err), event: packet?.t }, 'dropped a malformed gateway event');
      return false;
    }
  };
}
