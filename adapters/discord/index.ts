// The Discord adapter: a discord.js Client with non-privileged intents only (a message that
// mentions the bot carries its content without the Message Content intent).
import { Client, DiscordAPIError, Events, GatewayIntentBits, RateLimitError, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { Config } from '../../src/config.ts';
import type { Core } from '../../src/core.ts';
import { registerSecret, type Logger } from '../../src/log.ts';
import { PostError, type PlatformHandle } from '../../src/platform.ts';
import type { Reply } from '../../src/reply.ts';
import type { SharedState } from '../../src/state.ts';
import { errorInfo, onInteraction, onMessage } from './handlers.ts';
import { NO_MENTIONS, renderEmbed } from './render.ts';

/** Longer rate-limit waits fail fast (RateLimitError) instead of stalling; shorter ones are waited out. */
const MAX_RATE_LIMIT_WAIT_MS = 10_000;

export interface StartDiscordOptions {
  core: Core;
  config: NonNullable<Config['discord']>;
  logger: Logger;
  /** Event claims and conversation context shared with other replicas. */
  state?: SharedState;
}

export async function startDiscord({ core, config, logger }: StartDiscordOptions): Promise<PlatformHandle> {
  registerSecret(config.token);
  const log = logger.child({ platform: 'discord' });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: NO_MENTIONS,
    failIfNotExists: false, // still answer when the question's message was deleted meanwhile
    rest: {
      ...(config.apiUrl && { api: config.apiUrl }),
      rejectOnRateLimit: (limit) => limit.retryAfter > MAX_RATE_LIMIT_WAIT_MS,
    },
  });

  // Every event handler runs tracked and guarded: a failure is logged, never thrown at the client.
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  const guarded =
    <T>(what: string, handle: (event: T) => Promise<void>) =>
    (event: T) => {
      if (stopping) return;
      const done = handle(event)
        .catch((err) => log.error({ error: errorInfo(err) }, `${what} failed`))
        .finally(() => inFlight.delete(done));
      inFlight.add(done);
    };

  client.on(Events.Error, (err) => log.error({ error: errorInfo(err) }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord warning'));
  client.on(Events.ShardReconnecting, () => stopping || log.info('gateway reconnecting'));
  client.on(Events.ShardResume, () => log.info('gateway session resumed'));
  client.on(Events.InteractionCreate, guarded('interaction', (i) => onInteraction(i, core, log)));
  client.on(Events.MessageCreate, guarded('message', (m) => onMessage(m, core, client.user!.id, log)));
  survivePacketErrors(client, log);

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.token);
    await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }
  log.info({ user: client.user?.tag, applicationId: client.application?.id }, 'connected to Discord');

  return {
    platform: 'discord',
    async post(channelId: string, r: Reply) {
      try {
        await client.rest.post(Routes.channelMessages(channelId), { body: { embeds: [renderEmbed(r)], allowed_mentions: { parse: [] } } });
      } catch (err) {
        throw toPostError(err);
      }
    },
    health: () => (client.isReady() ? { ok: true, detail: 'connected' } : { ok: false, detail: 'not connected to the gateway' }),
    async stop() {
      stopping = true;
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

const GONE = new Set<unknown>([RESTJSONErrorCodes.UnknownChannel]);
const FORBIDDEN = new Set<unknown>([RESTJSONErrorCodes.MissingAccess, RESTJSONErrorCodes.MissingPermissions]);

export function toPostError(err: unknown): PostError {
  if (err instanceof RateLimitError) return new PostError('rate-limited', `Discord rate limit on ${err.route}`, err.retryAfter);
  if (err instanceof DiscordAPIError) {
    if (err.status === 404 || GONE.has(err.code)) return new PostError('gone', `Discord: ${err.message}`);
    if (err.status === 403 || FORBIDDEN.has(err.code)) return new PostError('forbidden', `Discord: ${err.message}`);
  }
  return new PostError('transient', `Discord: ${err instanceof Error ? err.message : String(err)}`);
}
