// Answers worked out from the facts' typed values rather than read from one sentence: the weekday
// of a dated event ("what weekday were the Takaichi–Trump talks?"), an original deadline from a
// new one and how far ahead of the previous commitment it is ("what was Japan's original deadline
// for 2%?"), the time between two dated events (spans.ts: "how many days after Takaichi's election
// did Koizumi meet Hegseth?"), and arithmetic on two figures (figures.ts: "how much higher is
// NATO's new target than the old 2%?"). Each is shown with the facts it rests on, and marked as
// worked out; figures that cannot be put together (two currencies) are declined, saying why.
import type { Answer as FullAnswer } from '../core.ts';
import { formatDate, weekday } from '../digest/time.ts';
import type { IndexedFact } from './facts.ts';
import { once } from './once.ts';
import { figured } from './figures.ts';
import type { Ranked } from './match.ts';
import type { Question } from './question.ts';
import { SPAN_ASKED, spans } from './spans.ts';

type Answer = Omit<FullAnswer, 'asked'>;

const WEEKDAY_ASKED = /\b(?:what|which) (?:day of the week|weekday)\b|\bwhat day (?:of the week )?(?:was|is|were|did)\b.*\bweek\b|\bweekday\b|\bwhich day (?:was|is|were)\b/i;


const dayOf = (f: IndexedFact) => f.dates.find((d) => d.length === 10);

export interface Deriving {
  analyse(text: string): Question;
  rank(q: Question): Ranked[];
  /** The facts of one article, ranked for the question. */
  rankIn(q: Question, articleId: string): Ranked[];
  facts: IndexedFact[];
}

const ORIGINAL_ASKED = /\b(?:original(?:ly)?|previous(?:ly)?|old|initial(?:ly)?|prior)\b/gi;
/** The same, for test() (not global: no lastIndex carried from one question to the next). */
const ASKS_ORIGINAL = new RegExp(ORIGINAL_ASKED.source, 'i');
const DEADLINE_ASKED = /\b(?:deadline|target date|date|when|timeline|timeframe|by when|what year|which year)\b/i;
/** A fact that moves a goal ahead: "two years ahead of its previous commitment". */
const AHEAD = /\b(?:ahead of|earlier than|sooner than)\b[^.]*\b(?:previous|original|earlier|prior|old)\b/i;

/** The facts that move a goal ahead by some years. */
const shiftsIn = once((facts: IndexedFact[]) => facts.filter((f) => AHEAD.test(f.answer) && f.values.some((x) => x.kind === 'duration' && x.unit === 'years')));

const plusYears = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;

/**
 * "What was the original deadline?": the deadline a fact dates, moved back by the years another fact
 * of the same article says it is ahead of the previous commitment (the two share a typed figure).
 */
function originalDeadline(d: Deriving, q: Question): Answer | undefined {
  const shifts = shiftsIn(d.facts);
  // The deadline meant: the best dated answer to the question without "original".
  const asked = d.analyse(q.clean.replace(ORIGINAL_ASKED, ' '));
  const dated = d
    .rank({ ...asked, kind: 'when', yesno: false })
    .filter((r) => r.coverage >= 0.6)
    .map((r) => r.fact)
    .find((f) => dayOf(f) && shifts.some((s) => s.article.id === f.article.id && s.percents.some((p) => f.percents.includes(p))));
  const shift = dated && shifts.find((s) => s.article.id === dated.article.id && s.percents.some((p) => dated.percents.includes(p)));
  const years = shift?.values.find((x) => x.kind === 'duration')?.value;
  if (!dated || !shift || !years) return undefined;
  const iso = dayOf(dated)!;
  return worked(`${formatDate(plusYears(iso, years))}: the new deadline, ${formatDate(iso)}, is ${years} years ahead of the previous commitment.`, [dated, shift]);
}


function worked(text: string, facts: IndexedFact[], from: 'dates' | 'figures' = 'dates'): Answer {
  const notes = [...new Set(facts.flatMap((f) => (f.note ? [f.note] : [])))];
  return {
    answered: true,
    text: `${text}\n(Worked out from the ${from} of the facts quoted${notes.length ? `. Note: ${notes.join(' ')}` : ''})`,
    citations: facts.map((f) => f.citation),
    confidence: 0.8,
    factIds: facts.map((f) => f.id),
    suggestions: [],
  };
}

/** A figure worked out, or what the article does give when the figures cannot be put together. */
function fromFigures(d: Deriving, q: Question): Answer | undefined {
  const out = figured(d, q);
  if (!out) return undefined;
  if (out.answered) return worked(out.text, out.facts, 'figures');
  return { answered: false, text: out.text, citations: out.facts.map((f) => f.citation), confidence: 0, factIds: out.facts.map((f) => f.id), suggestions: [] };
}

/** An answer worked out from dates, or undefined when the question does not ask for one or the facts do not date it. */
export function derived(d: Deriving, q: Question): Answer | undefined {
  if (WEEKDAY_ASKED.test(q.clean)) {
    // What follows the question words is the event asked about ("if they met Wednesday, which day were the talks?").
    const after = q.clean.slice(q.clean.search(WEEKDAY_ASKED)).replace(WEEKDAY_ASKED, ' ');
    const { datedFact } = spans(d);
    const f = datedFact(after, true) ?? datedFact(q.clean.replace(WEEKDAY_ASKED, ' '), true);
    const iso = f && dayOf(f);
    return f && iso ? worked(`${weekday(iso)}: that was ${weekday(iso)} ${formatDate(iso)}.`, [f]) : undefined;
  }
  if (ASKS_ORIGINAL.test(q.clean) && DEADLINE_ASKED.test(q.clean) && !SPAN_ASKED.test(q.clean)) return originalDeadline(d, q);
  const span = spans(d).span(q);
  if (span) return worked(span.text, span.facts);
  return SPAN_ASKED.test(q.clean) ? undefined : fromFigures(d, q);
}
