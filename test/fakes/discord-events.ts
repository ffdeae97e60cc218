// Gateway events the fake Discord sends: what Discord dispatches for a `/defense` command,
// an autocomplete keystroke or a channel message. Ids are fresh snowflakes for every event.
import { snowflake, type FakeDiscord } from './discord.ts';

/** View Channel + Send Messages + Read Message History. */
export const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 16n));
/** The member permissions plus Manage Channels. */
export const MANAGER_PERMISSIONS = String(BigInt(MEMBER_PERMISSIONS) | (1n << 4n));

export interface SlashOptions {
  /** Subcommand group, e.g. `digest`. */
  group?: string;
  /** Options of the subcommand: name → string value. */
  values?: Record<string, string>;
  /** Name of the option being typed (autocomplete only). */
  focused?: string;
  permissions?: string;
}

export interface SentInteraction {
  id: string;
  token: string;
}

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot: boolean;
}

export function user(name = 'reader', bot = false): FakeUser {
  return { id: snowflake(), username: name, discriminator: '0', global_name: name, avatar: null, bot };
}

/** The raw INTERACTION_CREATE payload for `/defense [group] sub [options]`; type 4 is autocomplete. */
export function interactionPayload(fake: FakeDiscord, sub: string, opts: SlashOptions = {}, type = 2) {
  const options = Object.entries(opts.values ?? {}).map(([name, value]) => ({
    type: 3,
    name,
    value,
    ...(opts.focused === name ? { focused: true } : {}),
  }));
  const subcommand = { type: 1, name: sub, options };
  return {
    id: snowflake(),
    token: `tok-${snowflake()}`,
    type,
    version: 1,
    application_id: fake.applicationId,
    guild_id: fake.guildId,
    channel_id: fake.channelId,
    channel: { id: fake.channelId, type: 0, guild_id: fake.guildId, name: 'general' },
    member: {
      user: user(),
      roles: [],
      permissions: opts.permissions ?? MEMBER_PERMISSIONS,
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: MEMBER_PERMISSIONS,
    locale: 'en-GB',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': fake.guildId },
    context: 0,
    data: {
      id: snowflake(),
      name: 'defense',
      type: 1,
      options: [opts.group ? { type: 2, name: opts.group, options: [subcommand] } : subcommand],
    },
  };
}

/** Dispatches `/defense ...` and returns the interaction's id and token. */
export function slash(fake: FakeDiscord, sub: string, opts: SlashOptions = {}): SentInteraction {
  const payload = interactionPayload(fake, sub, opts);
  fake.dispatch('INTERACTION_CREATE', payload);
  return { id: payload.id, token: payload.token };
}

/** Dispatches an autocomplete keystroke for `/defense ask question:<typed>`. */
export function autocomplete(fake: FakeDiscord, typed: string): SentInteraction {
  const payload = interactionPayload(fake, 'ask', { values: { question: typed }, focused: 'question' }, 4);
  fake.dispatch('INTERACTION_CREATE', payload);
  return { id: payload.id, token: payload.token };
}

/**
 * Dispatches a message in the fake's channel, or in `channelId` (its thread, say); with `dm`, a
 * direct message in that DM channel. `mentions` lists the users Discord resolved from its content.
 */
export function message(fake: FakeDiscord, content: string, opts: { author?: FakeUser; mentions?: FakeUser[]; channelId?: string; dm?: string } = {}) {
  const payload = {
    id: snowflake(),
    channel_id: opts.dm ?? opts.channelId ?? fake.channelId,
    ...(opts.dm ? { channel_type: 1 } : { guild_id: fake.guildId }), // Discord sends channel_type; 1 is a DM
    author: opts.author ?? user(),
    content,
    mentions: opts.mentions ?? [],
    mention_roles: [],
    mention_everyone: false,
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    tts: false,
    type: 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
  };
  fake.dispatch('MESSAGE_CREATE', payload);
  return payload;
}

/** Resolves with the body of the interaction's callback (the reply) once the client has sent it successfully. */
export async function callbackOf(fake: FakeDiscord, sent: SentInteraction) {
  const req = await fake.waitForRequest(
    (r) => r.method === 'POST' && r.path === `/interactions/${sent.id}/${sent.token}/callback` && r.status < 300,
    `callback for interaction ${sent.id}`,
  );
  return req.body;
}

/** All the text a user sees in a message body's first embed. */
export function embedText(body: { embeds?: any[] }): string {
  const e = body.embeds?.[0] ?? {};
  const fields = (e.fields ?? []).flatMap((f: { name: string; value: string }) => [f.name, f.value]);
  return [e.title, e.description, ...fields, e.footer?.text].filter(Boolean).join('\n');
}

export const EPHEMERAL = 64;
