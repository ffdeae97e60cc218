// Discord events → core calls → replies. Each command or mention is claimed in the shared state
// first, so a redelivered event, or one that reaches two replicas, is answered once. A slash
// command whose answer is not ready within DEFER_AFTER_MS is deferred (Discord allows 3 s for the
// first response) and the answer edited in. In DMs and threads the last question is kept, so a
// follow-up ("and when was that?") reaches the core with the question before it.
import { InteractionResponseType, MessageFlags, PermissionFlagsBits, Routes, type AutocompleteInteraction, type Channel, type ChatInputCommandInteraction, type Interaction, type Message, type REST } from 'discord.js';
import type { Command, CommandContext } from '../../src/command.ts';
import type { Core } from '../../src/core.ts';
import type { Logger } from '../../src/log.ts';
import { reply, type Reply } from '../../src/reply.ts';
import { inConversation, type SharedState } from '../../src/state.ts';
import { toCommand } from './commands.ts';
import { questionOf } from './question.ts';
import { messageBody, toChoice, LIMITS } from './render.ts';
import { isAlreadyAcknowledged, type Sender } from './send.ts';

const FAILED = reply('error', 'Something went wrong', 'Sorry, that did not work. Please try again in a moment.');
const TOO_LONG = reply('decline', 'Too long', 'That message is too long for me; please ask one short question.');

/** How long a claim on an event holds before another replica may take it over (this one died). */
const LEASE_MS = 60_000;
/** Answers not ready after this long are deferred, well inside Discord's 3-second window. */
const DEFER_AFTER_MS = 1_500;

export interface Deps {
  core: Core;
  log: Logger;
  state: SharedState;
  send: Sender;
  rest: REST;
}

/** Short, token-free description of an error for the log (REST errors carry webhook tokens in their URL). */
export function errorInfo(err: unknown) {
  if (!(err instanceof Error)) return { message: String(err) };
  const { code, status } = err as { code?: unknown; status?: unknown };
  return { name: err.name, message: err.message, code, status };
}

/**
 * A shared-state call that must not cost the user an answer: when the store fails it is logged and
 * `fallback` used (a second answer is then still prevented by the nonce, or refused by Discord as
 * an already acknowledged interaction).
 */
function tolerate<T>(d: Deps, what: string, call: Promise<T>, fallback: T): Promise<T> {
  return call.catch((err: unknown) => {
    d.log.warn({ error: errorInfo(err) }, `shared state: ${what} failed; going on without it`);
    return fallback;
  });
}

/** Handles an event once across retries, restarts and replicas: claimed first, completed after the reply. */
async function once(d: Deps, id: string, handle: () => Promise<void>): Promise<void> {
  const key = `discord:${id}`;
  if (!(await tolerate(d, 'claim', d.state.claimEvent(key, LEASE_MS), true))) return void d.log.info({ event: key }, 'event already handled; skipped');
  await handle();
  await tolerate(d, 'complete', d.state.completeEvent(key), undefined);
}

/** The conversation a DM or thread forms (follow-ups are read there); undefined in a busy channel. */
const conversationOf = (channel: Channel | null) => (channel && (channel.isDMBased() || channel.isThread()) ? `discord:${channel.id}` : undefined);

/**
 * Reads the command and runs the core, with the conversation's previous question for asks; a
 * failure (a malformed event included) becomes the short error reply, logged.
 */
async function answer(d: Deps, read: () => Command, ctx: CommandContext, conversation: string | undefined): Promise<Reply> {
  try {
    const cmd = read();
    // Only a question is read as a follow-up; what any command answered is kept for the next one.
    const run = (previous: string | undefined) => d.core.run(cmd, { ...ctx, previous: cmd.name === 'ask' ? previous : undefined });
    return await inConversation(d.state, conversation, run, (what, call, fallback) => tolerate(d, what, call, fallback));
  } catch (err) {
    d.log.error({ error: errorInfo(err) }, 'command failed');
    return FAILED;
  }
}

export async function onInteraction(i: Interaction, d: Deps): Promise<void> {
  if (i.isAutocomplete()) return suggest(i, d.core);
  if (i.isChatInputCommand()) await once(d, i.id, () => respond(i, d));
}

async function respond(i: ChatInputCommandInteraction, d: Deps): Promise<void> {
  let cmd: Command | undefined;
  const ctx = { platform: 'discord' as const, channelId: i.channelId, canManageChannel: i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false };
  const pending = answer(d, () => (cmd = toCommand(i) ?? { name: 'help' }), ctx, conversationOf(i.channel));
  let timer: NodeJS.Timeout | undefined;
  const early = await Promise.race([pending, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), DEFER_AFTER_MS)))]);
  clearTimeout(timer);
  const callback = (body: unknown) =>
    d.send
      .call('interaction response', () => d.rest.post(Routes.interactionCallback(i.id, i.token), { body, auth: false }))
      .then(() => undefined, acknowledged);
  if (early) return callback({ type: InteractionResponseType.ChannelMessageWithSource, data: interactionData(early) });
  // Discord fixes a deferred reply's visibility at the deferral, so it follows the command's usual one.
  await callback({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: usuallyPrivate(cmd) ? MessageFlags.Ephemeral : 0 } });
  const r = await pending;
  await d.send.call('interaction edit', () => d.rest.patch(Routes.webhookMessage(i.applicationId, i.token, '@original'), { body: messageBody(r), auth: false }));
}

/** An interaction response Discord had already taken (our first try timed out, or another replica answered) is done, not failed. */
function acknowledged(err: unknown): void {
  if (!isAlreadyAcknowledged(err)) throw err;
}

/** Help, digest status and previews are for the asker only (so are errors, when the command could not be read). */
const usuallyPrivate = (cmd: Command | undefined) => !cmd || cmd.name === 'help' || (cmd.name === 'digest' && (cmd.action === 'status' || cmd.action === 'preview'));

const interactionData = (r: Reply) => ({ ...messageBody(r), ...(r.ephemeral && { flags: MessageFlags.Ephemeral }) });

async function suggest(i: AutocompleteInteraction, core: Core): Promise<void> {
  const focused = i.options.getFocused(true);
  const choices = focused.name === 'question' ? core.suggest(String(focused.value), LIMITS.choices) : [];
  // Not claimed (a keystroke is not worth a database write): a replica that answers second is told so, and that is fine.
  await i.respond(choices.slice(0, LIMITS.choices).map(toChoice).filter((c) => c.name)).catch(acknowledged);
}

/** Answers a DM, or a message that mentions the bot by its user id, as a reply to that message. */
export async function onMessage(m: Message, d: Deps, botId: string): Promise<void> {
  if (m.author.bot) return;
  const asked = questionOf(m.content, botId, m.channel.isDMBased());
  if (!asked) return;
  await once(d, m.id, async () => {
    const r = asked.tooLong
      ? TOO_LONG
      : await answer(d, () => (asked.question ? { name: 'ask', question: asked.question } : { name: 'help' }), { platform: 'discord', channelId: m.channelId }, conversationOf(m.channel));
    await d.send.message(m.channelId, { ...messageBody(r), message_reference: { message_id: m.id, fail_if_not_exists: false } }, `discord:${m.id}`);
  });
}
