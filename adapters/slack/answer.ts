// Text typed in Slack → a core reply. The one place the adapter calls the core.
import type { Command } from '../../src/command.ts';
import { parseCommand } from '../../src/command.ts';
import type { Core } from '../../src/core.ts';
import type { Logger } from '../../src/log.ts';
import { MAX_QUESTION_CHARS } from '../../src/qa/engine.ts';
import { reply, type Reply } from '../../src/reply.ts';

/** Text longer than this is no question: it is left as it is, for the core to decline as too long. */
export const MAX_SLACK_TEXT_CHARS = 4 * MAX_QUESTION_CHARS;

/**
 * Slack's wire format → the question as the user meant it: mentions (`<@U1>`, `<!here>`, including
 * the bot's own) carry no question and are dropped, `<#C1|news>` → `#news`, `<https://x|label>` →
 * `label`, and `&amp;`/`&lt;`/`&gt;` are decoded. Linear in the text's length: no pattern scans past
 * the next `<`, so unclosed `<@<@<@…` costs one pass.
 */
export function fromSlackText(text: string): string {
  if (text.length > MAX_SLACK_TEXT_CHARS) return text;
  return text
    .replace(/<[@!][^<>]*>/g, ' ')
    .replace(/<#([^|<>]+)(?:\|([^<>]*))?>/g, (_m, id: string, name?: string) => `#${name || id}`)
    .replace(/<([^|<>]+)(?:\|([^<>]*))?>/g, (_m, url: string, label?: string) => label || url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Who asked, where, and the conversation's previous question (threads and DMs). */
export interface Asker {
  channelId: string;
  userId?: string;
  previous?: string;
}

export interface AnswerDeps {
  core: Core;
  logger: Logger;
  /** Whether the user may change the channel's digest (asked only for such changes). */
  canManage(userId: string, channelId: string): Promise<boolean>;
}

const isChange = (cmd: Command) => cmd.name === 'digest' && (cmd.action === 'subscribe' || cmd.action === 'unsubscribe');

export async function answerText(deps: AnswerDeps, text: string, asker: Asker): Promise<Reply> {
  let cmd: Command | undefined;
  try {
    cmd = parseCommand(fromSlackText(text));
    const canManageChannel = isChange(cmd) && asker.userId !== undefined && (await deps.canManage(asker.userId, asker.channelId));
    return await deps.core.run(cmd, { platform: 'slack', channelId: asker.channelId, canManageChannel, previous: asker.previous });
  } catch (err) {
    deps.logger.error({ err, command: cmd?.name, channelId: asker.channelId }, 'failed to answer a Slack request');
    return reply('error', 'Something went wrong', 'Sorry, I could not answer that just now. Please try again in a moment.');
  }
}
