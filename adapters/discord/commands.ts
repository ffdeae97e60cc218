// The /defense slash command: its definition for Discord, how an invocation maps back to a core
// Command, and the bulk overwrite that registers it.
import { Routes, SlashCommandBuilder, type ChatInputCommandInteraction, type REST } from 'discord.js';
import { DIGEST_ACTIONS, type Command, type DigestAction } from '../../src/command.ts';

export const COMMAND_NAME = 'defense';

// No default member permissions: everyone may read the facts. Digest subscribe/unsubscribe are
// checked by the core at run time (Manage Channels, passed as canManageChannel), because Discord's
// default_member_permissions can only gate the whole command, not one subcommand.
export const defenseCommand = new SlashCommandBuilder()
  .setName(COMMAND_NAME)
  .setDescription('Facts from the curated defence news, quoted from the articles')
  .addSubcommand((s) =>
    s
      .setName('spending')
      .setDescription('The headline spending figures, in numbers')
      .addStringOption((o) => o.setName('article').setDescription('Which article: its id or words of its title (default: the latest)').setMaxLength(100)),
  )
  .addSubcommand((s) =>
    s
      .setName('ask')
      .setDescription('Ask a question about the article')
      .addStringOption((o) =>
        o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(1000).setAutocomplete(true),
      ),
  )
  .addSubcommand((s) => s.setName('people').setDescription('Who is who in the story'))
  .addSubcommand((s) => s.setName('timeline').setDescription('What happened when'))
  .addSubcommand((s) => s.setName('sources').setDescription('Where the facts come from'))
  .addSubcommand((s) => s.setName('help').setDescription('What this bot can do'))
  .addSubcommandGroup((g) =>
    g
      .setName('digest')
      .setDescription('A daily digest posted in this channel')
      .addSubcommand((s) =>
        s
          .setName('subscribe')
          .setDescription('Post the daily digest in this channel (needs Manage Channels)')
          .addStringOption((o) => o.setName('time').setDescription('Time of day as HH:MM, e.g. 08:30').setMinLength(4).setMaxLength(5))
          .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. Asia/Tokyo').setMaxLength(64)),
      )
      .addSubcommand((s) => s.setName('unsubscribe').setDescription('Stop the daily digest here (needs Manage Channels)'))
      .addSubcommand((s) => s.setName('status').setDescription("This channel's digest subscription"))
      .addSubcommand((s) => s.setName('preview').setDescription("Show today's digest, only to you")),
  );

const isDigestAction = (s: string | null): s is DigestAction => (DIGEST_ACTIONS as readonly (string | null)[]).includes(s);

/** The core command for a chat-input invocation, or undefined when it is not one we define. */
export function toCommand(i: ChatInputCommandInteraction): Command | undefined {
  if (i.commandName !== COMMAND_NAME) return undefined;
  const group = i.options.getSubcommandGroup(false);
  const sub = i.options.getSubcommand(false);
  if (group === 'digest') {
    if (!isDigestAction(sub)) return undefined;
    const time = i.options.getString('time') ?? undefined;
    const timezone = i.options.getString('timezone') ?? undefined;
    return { name: 'digest', action: sub, time, timezone };
  }
  if (group) return undefined;
  switch (sub) {
    case 'ask':
      return { name: 'ask', question: i.options.getString('question', true) };
    case 'spending':
      return { name: 'spending', article: i.options.getString('article') ?? undefined };
    case 'people':
    case 'timeline':
    case 'sources':
    case 'help':
      return { name: sub };
    default:
      return undefined;
  }
}

/** Overwrites the bot's command set: in one guild (instant) or globally. Returns Discord's answer. */
export function registerCommands(rest: REST, applicationId: string, guildId?: string): Promise<unknown> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  return rest.put(route, { body: [defenseCommand.toJSON()] });
}
