// The question in a Discord message: the text around the bot's mention (any message in a DM).
// Linear in the message's length, and the length is checked first: a huge message is refused
// without being scanned, let alone handed to the core.
import { MAX_QUESTION_CHARS } from '../../src/qa/engine.ts';

/** Discord's own limit on a message's length (with Nitro). */
const MAX_MESSAGE_CHARS = 4000;

export type Asked = { tooLong: true; question?: undefined } | { tooLong: false; question: string };

/** What a message asks the bot, or undefined when it is not addressed to the bot. */
export function questionOf(content: string, botId: string, direct: boolean): Asked | undefined {
  const tags = [`<@${botId}>`, `<@!${botId}>`];
  const addressed = direct || tags.some((t) => content.includes(t));
  if (!addressed) return undefined;
  if (content.length > MAX_MESSAGE_CHARS) return { tooLong: true };
  const question = tags.reduce((text, tag) => text.split(tag).join(' '), content).trim();
  return question.length > MAX_QUESTION_CHARS ? { tooLong: true } : { tooLong: false, question };
}
