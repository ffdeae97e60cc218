// The daily digest: a pure function of the fact base, the day it is posted and what the channel saw.
import { latestArticle } from '../facts/pick.ts';
import { citationFor } from '../qa/facts.ts';
import { escapeRegExp } from '../qa/text.ts';
import type { Article, Fact, FactBase, Value } from '../facts/schema.ts';
import { reply, type Field, type Reply } from '../reply.ts';
import { formatMoney } from '../facts/money.ts';
import { daysBetween, formatDate, localDate, weekday } from './time.ts';

export interface SeenState {
  /** When this channel last got a digest (undefined: never). */
  lastDigestAt?: Date;
  /** Articles this channel has already had in a digest. */
  seenArticleIds: string[];
}

interface Ref {
  article: Article;
  fact: Fact;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** Quoted words in an answer: left exactly as the article has them. */
const QUOTED = /(“[^”]*”|"[^"]*")/;

type DateValue = Extract<Value, { kind: 'date' }>;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "today" / "in 5 days" / "3 days ago", counted in calendar days. */
function fromToday(date: string, today: string): string {
  const d = daysBetween(today, date);
  if (d === 0) return 'today';
  return d > 0 ? `in ${plural(d, 'day')}` : `${plural(-d, 'day')} ago`;
}

/** "is today" / "is in 5 days" / "was 3 days ago". */
function inTime(date: string, today: string): string {
  return `${daysBetween(today, date) < 0 ? 'was' : 'is'} ${fromToday(date, today)}`;
}

function fullDates(fact: Fact): DateValue[] {
  return fact.values.filter((v): v is DateValue => v.kind === 'date' && FULL_DATE.test(v.value));
}

/** A label such as "Wednesday" or "end of this fiscal year, through March" (not "October 21"). */
const isRelative = (label: string) => !(MONTH.test(label) && /\d/.test(label));

/** Inserts " (date)" after the first unquoted `phrase`; false when the phrase is not there. */
function annotate(parts: string[], phrase: string, date: string): boolean {
  const re = new RegExp(`\\b${escapeRegExp(phrase)}\\b`, 'i');
  const i = parts.findIndex((p, j) => j % 2 === 0 && re.test(p));
  if (i < 0) return false;
  parts[i] = parts[i]!.replace(re, (m) => `${m} (${formatDate(date)})`);
  return true;
}

/**
 * The fact's answer with relative words stated as dates: "Wednesday" becomes "Wednesday
 * (29 October 2025)", "the end of this fiscal year" gets its typed date, and a curator-dated event
 * of the fact ("a day before the meeting") gets its date appended. Quoted words are never touched.
 */
function dated({ article, fact }: Ref): string {
  const parts = fact.answer.split(QUOTED);
  const stated = new Set<string>();
  const labelled = [...fact.values, ...article.facts.flatMap((f) => f.values)].filter(
    (v): v is DateValue => v.kind === 'date' && FULL_DATE.test(v.value) && isRelative(v.label),
  );
  for (const v of labelled)
    if (!stated.has(v.value) && [v.label, v.label.split(',')[0]!].some((phrase) => annotate(parts, phrase, v.value))) stated.add(v.value);
  const worked = article.timeline.filter((e) => e.fact === fact.id && e.dateFrom === 'curator' && !stated.has(e.date));
  for (const e of worked) {
    const day = weekday(e.date);
    if (day && annotate(parts, day, e.date)) continue;
    const last = parts.length - 1;
    parts[last] = parts[last]!.replace(/([.!?]?)\s*$/, ` (${formatDate(e.date)})$1`);
  }
  return parts.join('');
}

function refs(article: Article, ids: string[]): Ref[] {
  return ids.flatMap((id) => article.facts.filter((f) => f.id === id).map((fact) => ({ article, fact })));
}

function figure(v: Value, today: string): string | undefined {
  switch (v.kind) {
    case 'percent':
      return `${v.approx ? 'around ' : ''}${v.value}% of ${v.of}`;
    case 'count':
      return `${v.atLeast ? 'at least ' : ''}${v.value.toLocaleString('en-GB')} ${v.unit}`;
    case 'date':
      return `${formatDate(v.value)}${isRelative(v.label) ? ` (${v.label})` : ''}: ${fromToday(v.value, today)}`;
    case 'money':
      return `${formatMoney(v.value, v.currency)}${v.of ? ` (${v.of})` : ''}`;
    default:
      return undefined;
  }
}

const bullets = (lines: string[]) => lines.map((l) => `• ${l}`).join('\n');

function isNew(article: Article, seen: SeenState, tz: string): boolean {
  if (!seen.lastDigestAt) return false;
  return !seen.seenArticleIds.includes(article.id) || article.curator.added > localDate(seen.lastDigestAt, tz);
}

/** Daily "in focus" fact: rotates over every fact by local calendar day. */
function focusOf(all: Ref[], today: string): Ref {
  const day = daysBetween('1970-01-01', today);
  return all[((day % all.length) + all.length) % all.length]!;
}

/** Two or three questions to ask, starting from the fact in focus. */
function questions(all: Ref[], start: Ref): string[] {
  const from = all.indexOf(start);
  const rotated = [...all.slice(from), ...all.slice(0, from)];
  return [...new Set(rotated.flatMap((r) => r.fact.examples.slice(0, 1)))].slice(0, 3);
}

export function composeDigest(base: FactBase, now: Date, timezone: string, seen: SeenState): Reply {
  const today = localDate(now, timezone);
  // An article published after the digest's day is not news on that day.
  const published = base.articles.filter((a) => a.curator.published <= today);
  const facts = published.length ? { ...base, articles: published } : base;
  const lead = latestArticle(facts);
  const all = facts.articles.flatMap((article) => article.facts.map((fact) => ({ article, fact })));
  const inSections = new Set(lead.sections?.flatMap((s) => s.facts));
  const headline = refs(lead, lead.headline.filter((id) => !inSections.has(id)));
  const sections = lead.sections ?? [{ title: 'In brief', facts: lead.summary.filter((id) => !lead.headline.includes(id)) }];
  const deadlines = headline.flatMap((r) => fullDates(r.fact));
  const body = [
    ...headline.map(dated),
    ...deadlines.map((d) => `The deadline — ${d.label}, ${formatDate(d.value)} — ${inTime(d.value, today)}.`),
  ].join('\n');

  const fields: Field[] = [];
  const fresh = facts.articles.filter((a) => isNew(a, seen, timezone));
  if (fresh.length)
    fields.push({
      name: 'New since your last digest',
      value: bullets(fresh.map((a) => `${a.title} (${a.source.name}): ${refs(a, a.headline).map(dated).join(' ')}`)),
    });

  const focus = focusOf(all, today);
  fields.push({ name: 'In focus today', value: dated(focus) });

  const shown = [...headline, focus];
  for (const s of sections) {
    const rs = refs(lead, s.facts);
    if (!rs.length) continue;
    shown.push(...rs);
    fields.push({ name: s.title, value: bullets(rs.map(dated)) });
  }

  // The other articles' headlines, so the digest covers every article, not only the latest.
  const others = facts.articles.filter((a) => a !== lead && !fresh.includes(a)).sort((a, b) => b.curator.published.localeCompare(a.curator.published));
  if (others.length) {
    const leads = others.flatMap((a) => refs(a, a.headline.slice(0, 1)));
    shown.push(...leads);
    fields.push({ name: 'Also in the news', value: bullets(leads.map((r) => `${r.article.title}: ${dated(r)}`)) });
  }

  const numbers = lead.facts.flatMap((f) => f.values.filter((v) => v.kind === 'percent' || v.kind === 'count' || v.kind === 'money'));
  const dates = shown.filter((r) => r.article === lead).flatMap((r) => fullDates(r.fact));
  const figures = [...new Set([...numbers, ...dates].map((v) => figure(v, today)).filter((x) => x !== undefined))];
  if (figures.length) fields.push({ name: 'Key figures', value: bullets(figures) });

  const asks = questions(all, focus);
  if (asks.length) fields.push({ name: 'Ask me', value: bullets(asks.map((q) => `/defense ask ${q}`)) });

  fields.push({
    name: 'Sources',
    value: bullets(
      facts.articles.map((a) => `${a.title}, ${a.source.name}, published ${formatDate(a.curator.published)}${a.source.url ? ` ${a.source.url}` : ''}`),
    ),
  });

  const citations = [...new Map(shown.map((r) => [`${r.article.id}/${r.fact.id}`, citationFor(r.article, r.fact.quote)])).values()];
  return reply('digest', `Defence digest for ${weekday(today)} ${formatDate(today)}`, body, {
    fields,
    citations,
    footer: 'Quotes are word for word from the article. Dates in brackets are worked out from its wording.',
  });
}
