// Reply → Slack Block Kit message, within Slack's limits, with every piece of user or article
// text escaped so that nothing in it can become a mention, link or broadcast.
import type { types } from '@slack/bolt';
import type { Reply } from '../../src/reply.ts';

export const LIMITS = { header: 150, section: 3000, context: 3000, blocks: 50, fallback: 3000 } as const;

export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** Escapes Slack's control characters so `<!everyone>` or `<@U123>` typed by anyone stays plain text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Where escaped text may be split, best first: paragraphs, lines, sentences, words.
const BREAKS: [RegExp, string][] = [
  [/\n{2,}/, '\n\n'],
  [/\n/, '\n'],
  [/(?<=[.!?…”"])\s+/, ' '],
  [/\s+/, ' '],
];

/** Splits escaped text into pieces of at most `max` characters, at the cleanest boundary available. */
export function splitText(text: string, max: number, level = 0): string[] {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed ? [trimmed] : [];
  if (level >= BREAKS.length) return hardCut(trimmed, max);
  const [pattern, joiner] = BREAKS[level];
  const pieces = trimmed.split(pattern).flatMap((p) => splitText(p, max, level + 1));
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last !== undefined && last.length + joiner.length + piece.length <= max) out[out.length - 1] = last + joiner + piece;
    else out.push(piece);
  }
  return out;
}

/** Cuts a word longer than `max`, never inside an HTML entity or a surrogate pair. */
function hardCut(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = max;
    const amp = rest.lastIndexOf('&', cut - 1);
    if (amp > cut - 5 && !rest.slice(amp, cut).includes(';')) cut = amp;
    if (/[\uD800-\uDBFF]/.test(rest[cut - 1])) cut -= 1;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

/** Escapes and shortens `text` to at most `max` characters, cut at a word and ending with "…" when cut. */
export function clip(text: string, max: number): string {
  const escaped = escapeMrkdwn(text.trim());
  if (escaped.length <= max) return escaped;
  const [head] = hardCut(escaped, max - 1);
  const atWord = head.replace(/\s+\S*$/, '');
  return `${atWord.length > max / 2 ? atWord : head}…`;
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text, verbatim: true });

function sections(escaped: string): types.KnownBlock[] {
  return splitText(escaped, LIMITS.section).map((text) => ({ type: 'section', text: mrkdwn(text) }));
}

export function renderReply(reply: Reply): SlackMessage {
  const fields = reply.fields.map((f) => `*${escapeMrkdwn(f.name)}*\n${escapeMrkdwn(f.value)}`).join('\n\n');
  const quotes = reply.citations.map((c) => `>${escapeMrkdwn(`“${c.quote}”`)}`).join('\n');
  const footer: types.KnownBlock[] = reply.footer.trim()
    ? [{ type: 'context', elements: [mrkdwn(clip(reply.footer, LIMITS.context))] }]
    : [];
  const header: types.KnownBlock[] = reply.title.trim()
    ? [{ type: 'header', text: { type: 'plain_text', text: clip(reply.title, LIMITS.header), emoji: true } }]
    : [];
  let content = [...sections(escapeMrkdwn(reply.body)), ...sections(fields), ...sections(quotes)];
  const room = LIMITS.blocks - header.length - footer.length;
  if (content.length > room) {
    content = content.slice(0, room - 1);
    content.push({ type: 'context', elements: [mrkdwn('_Shortened to fit in Slack; ask a narrower question for the rest._')] });
  }
  const summary = [reply.title, reply.body].map((s) => s.trim()).filter(Boolean).join(': ');
  return { text: clip(summary || 'factdesk', LIMITS.fallback), blocks: [...header, ...content, ...footer] };
}
