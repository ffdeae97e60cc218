// Figures as keys a question and the facts share: "what's the 489 about?" and "3.5 plus 1.5" point
// to the facts (and the article) stating 489, or 3.5% and 1.5%. A percentage is "%2.1", a count or
// count "n:489", a span "d:12", a sum of money "m:500000000000", a year "y:2045".
import { placesBy, type IndexedFact } from './facts.ts';
import { latest, once } from './once.ts';
import type { Question } from './question.ts';

/** A decimal written without a unit ("core 3.5 plus related 1.5"): a percentage or a count. */
const BARE_DECIMAL = /(?<![\d.,])(\d+\.\d+)(?![\d%]|\.\d|\s*(?:%|per ?cent|pct|percentage|bn|billion|million|trillion|tn)\b)/gi;

/** The keys of the figures a fact states. */
export function factFigures(f: IndexedFact): string[] {
  return [...f.percents.map((p) => `%${p}`), ...f.counts.map((n) => `n:${n}`), ...f.spans.map((n) => `d:${n}`), ...f.money.map((m) => `m:${m}`), ...f.years.map((y) => `y:${y}`)];
}

/** Each figure the question states, as the keys that may stand for it (read once per question: every fact's checks ask). */
export const questionFigures = latest((q: Question): string[][] => {
  const n = q.numbers;
  return [
    ...n.percents.map((p) => [`%${p}`]),
    // (Not a small count describing things, "the three documents".)
    // (Nor the number of a sum it names, "326 billion": that figure is the sum.)
    ...n.counts.filter((c) => c >= 100 && !n.money.some((m) => m / c >= 1e6 && Number.isInteger(Math.log10(m / c)))).map((c) => [`n:${c}`]),
    ...n.years.map((y) => [`d:${y}`]),
    ...n.money.map((m) => [`m:${m}`]),
    ...n.calendarYears.map((y) => [`y:${y}`]),
    ...[...q.clean.matchAll(BARE_DECIMAL)].map((m) => [`%${Number(m[1])}`, `n:${Number(m[1])}`]),
  ];
});

/** Whether a set of keys holds the figure (one of its keys). */
export const holds = (keys: Set<string>, figure: string[]) => figure.some((k) => keys.has(k));

/** The articles stating a figure (one of its keys), from the facts stating each (one index for the same facts, however many ask). */
export const figureArticles = once((facts: IndexedFact[]): ((figure: string[]) => Set<string>) => {
  const stating = placesBy(facts, factFigures);
  return (figure) => new Set(figure.flatMap((k) => [...(stating.get(k) ?? [])].map((at) => facts[at]!.article.id)));
});

/** Which articles state every figure a question states (none when it states none). */
export const articlesStating = once((facts: IndexedFact[]): ((q: Question) => Set<string>) => {
  const articlesOf = figureArticles(facts);
  return (q) => {
    const [first, ...rest] = questionFigures(q).map(articlesOf);
    return new Set([...(first ?? [])].filter((id) => rest.every((ids) => ids.has(id))));
  };
});

/** Whether a quote writes a figure's number ("5 percent" in a quote whose typed figure is 2.1%). */
export const writes = (quote: string, key: string) => new RegExp(`(?<![\\d.,])${key.slice(key.indexOf(':') + 1).replace(/^%/, '').replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(quote);
