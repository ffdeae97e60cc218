// Turns the core's platform-neutral Reply into a Discord embed that Discord never rejects:
// every text is cut cleanly to its limit, and nothing in it can ping anyone.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Reply, ReplyKind } from '../../src/reply.ts';

/** Discord's limits: embed texts (characters, `total` across one embed), field count, autocomplete choices. */
export const LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000, choices: 25, choice: 100 };

/** Sent with every message: no @everyone/@here, role, user or replied-user pings. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

const COLORS: Record<ReplyKind, number> = {
  answer: 0x2b7bb9,
  info: 0x2b7bb9,
  digest: 0x2b7bb9,
  help: 0x5865f2,
  decline: 0x99aab5,
  error: 0xed4245,
};

/** Breaks @everyone, @here and <@id>/<@&id> mention syntax with a zero-width space. */
export function inert(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<@([!&]?)(\d+)>/g, '<@\u200b$1$2>');
}

/**
 * Cuts text to at most `max` characters, at the last sentence end or else the last word break
 * (if one falls in the final 40 %), and marks the cut with " …".
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 3) return '';
  let cut = text.slice(0, max - 2);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const floor = cut.length * 0.6;
  const sentence = Math.max(...['. ', '! ', '? ', '.\n', '\n'].map((end) => cut.lastIndexOf(end) + 1));
  const word = cut.search(/\s\S*$/);
  const at = sentence >= floor ? sentence : word >= floor ? word : cut.length;
  return `${cut.slice(0, at).trimEnd()} …`;
}

function citationField(r: Reply): APIEmbedField[] {
  if (!r.citations.length) return [];
  return [{ name: 'From the article', value: r.citations.map((c) => `> “${c.quote}”`).join('\n') }];
}

export function renderEmbed(r: Reply): APIEmbed {
  let budget = LIMITS.total;
  const take = (text: string, max: number) => {
    const out = clip(inert(text.trim()), Math.min(max, budget));
    budget -= out.length;
    return out;
  };
  const title = take(r.title, LIMITS.title);
  const footer = take(r.footer, LIMITS.footer);
  const description = take(r.body, LIMITS.description);
  const fields: APIEmbedField[] = [];
  for (const f of [...r.fields, ...citationField(r)]) {
    if (fields.length === LIMITS.fields) break;
    const name = take(f.name, LIMITS.fieldName);
    const value = take(f.value, LIMITS.fieldValue);
    if (name && value) fields.push({ name, value });
  }
  return {
    color: COLORS[r.kind],
    ...(title && { title }),
    ...(description && { description }),
    ...(fields.length && { fields }),
    ...(footer && { footer: { text: footer } }),
  };
}

/** The message body (Discord API shape) of every post, reply and interaction response: the embed, pinging nobody. */
export function messageBody(r: Reply) {
  return { embeds: [renderEmbed(r)], allowed_mentions: { parse: [], replied_user: false } };
}

/** An autocomplete choice; Discord allows 100 characters for name and value. */
export function toChoice(text: string) {
  const short = clip(text, LIMITS.choice);
  return { name: short, value: short };
}
