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

export async function answerText(core: Core, text: string, channelId: string, logger: Logger): Promise<Reply> {
  let cmd: Command | undefined;
  try {
    cmd = parseCommand(fromSlackText(text));
    return await core.run(cmd, { platform: 'slack', channelId, canManageChannel: true });
  } catch (err) {
    logger.error({ err, command: cmd?.name, channelId }, 'failed to answer a Slack request');
    return reply('error', 'Something went wrong', 'Sorry, I could not answer that just now. Please try again in a moment.');
  }
}
