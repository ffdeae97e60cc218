// The /defense command set, as data: what each platform turns its own event into.

export const SUBCOMMANDS = ['spending', 'ask', 'people', 'timeline', 'sources', 'help', 'digest'] as const;
export const DIGEST_ACTIONS = ['subscribe', 'unsubscribe', 'status', 'preview'] as const;

export type DigestAction = (typeof DIGEST_ACTIONS)[number];

export type Command =
  | { name: 'people' | 'timeline' | 'sources' | 'help' }
  /** `article`: the article's id or words of its title (default: the latest). */
  | { name: 'spending'; article?: string }
  | { name: 'ask'; question: string }
  | { name: 'digest'; action: DigestAction; time?: string; timezone?: string };

export interface CommandContext {
  platform: 'discord' | 'slack' | 'console';
  /** Channel the command came from (needed by digest subscriptions). */
  channelId?: string;
  /** Whether the caller may change channel settings (Discord: Manage Channels). */
  canManageChannel?: boolean;
  /** Clock override for tests and previews. */
  now?: Date;
  /** The conversation's previous question (thread, DM, console session), for follow-ups. */
  previous?: string;
}

/**
 * Parses command text as typed in Slack or the console: "/defense spending", "spending nato",
 * "people", "ask how much?", "digest subscribe 08:30 Europe/London". Anything that is not a known
 * subcommand is a question (the core answers "spending <words>" naming no article as one too).
 */
export function parseCommand(text: string): Command {
  const trimmed = text.trim().replace(/^\/?defen[cs]e\b\s*/i, '');
  const [head = '', ...rest] = trimmed.split(/\s+/);
  const word = head.toLowerCase();
  const tail = rest.join(' ').trim();
  switch (word) {
    case '':
    case 'help':
      return tail ? { name: 'ask', question: trimmed } : { name: 'help' };
    case 'spending':
      return tail ? { name: 'spending', article: tail } : { name: 'spending' };
    case 'people':
    case 'timeline':
    case 'sources':
      return tail ? { name: 'ask', question: trimmed } : { name: word };
    case 'ask':
      return tail ? { name: 'ask', question: tail } : { name: 'help' };
    case 'digest': {
      const [action = 'status', time, timezone] = rest;
      const a = action.toLowerCase();
      if ((DIGEST_ACTIONS as readonly string[]).includes(a)) return { name: 'digest', action: a as DigestAction, time, timezone };
      return { name: 'help' };
    }
    default:
      return { name: 'ask', question: trimmed };
  }
}
