// Discord events → core calls → replies. Every handler answers within Discord's 3-second window
// without deferring: the core answers synchronously from memory (digest commands touch only the
// local SQLite file), so one reply request is both faster and simpler than defer + edit.
import { MessageFlags, PermissionFlagsBits, type AutocompleteInteraction, type Interaction, type Message } from 'discord.js';
import type { Core } from '../../src/core.ts';
import type { Logger } from '../../src/log.ts';
import { reply, type Reply } from '../../src/reply.ts';
import { toCommand } from './commands.ts';
import { toChoice, toMessage, LIMITS } from './render.ts';

const FAILED = reply('error', 'Something went wrong', 'Sorry, that did not work. Please try again in a moment.');

/** Short, token-free description of an error for the log (REST errors carry webhook tokens in their URL). */
export function errorInfo(err: unknown) {
  if (!(err instanceof Error)) return { message: String(err) };
  const { code, status } = err as { code?: unknown; status?: unknown };
  return { name: err.name, message: err.message, code, status };
}

/** Runs the core; a failure becomes the short error reply, logged. */
async function runSafely(log: Logger, run: () => Promise<Reply>): Promise<Reply> {
  try {
    return await run();
  } catch (err) {
    log.error({ error: errorInfo(err) }, 'command failed');
    return FAILED;
  }
}

export async function onInteraction(i: Interaction, core: Core, log: Logger): Promise<void> {
  if (i.isAutocomplete()) return suggest(i, core);
  if (!i.isChatInputCommand()) return;
  const ctx = {
    platform: 'discord' as const,
    channelId: i.channelId,
    canManageChannel: i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
  };
  const r = await runSafely(log, () => core.run(toCommand(i) ?? { name: 'help' }, ctx));
  await i.reply({ ...toMessage(r), ...(r.ephemeral && { flags: MessageFlags.Ephemeral }) });
}

async function suggest(i: AutocompleteInteraction, core: Core): Promise<void> {
  const focused = i.options.getFocused(true);
  const choices = focused.name === 'question' ? core.suggest(String(focused.value), LIMITS.choices) : [];
  await i.respond(choices.slice(0, LIMITS.choices).map(toChoice).filter((c) => c.name));
}

/** Answers a message that mentions the bot by its user id, as a reply to that message. */
export async function onMessage(m: Message, core: Core, botId: string, log: Logger): Promise<void> {
  if (m.author.bot) return;
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  const question = m.content.replace(mention, ' ').trim();
  if (question === m.content.trim()) return;
  const r = await runSafely(log, () => core.run(question ? { name: 'ask', question } : { name: 'help' }, { platform: 'discord', channelId: m.channelId }));
  await m.reply(toMessage(r));
}
