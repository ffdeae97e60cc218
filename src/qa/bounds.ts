// Figures a claim bounds rather than states: "more than 60 recommendations", "over 50,000 troops",
// "fewer than 200 votes", "nearly 2% of GDP", "about 150 billion euros". A fact's figure of the same
// kind either meets the bound (62 is more than 60), breaks it (100 is not more than 100), or, where
// the fact bounds its own figure ("up to 12", "more than 50,000"), may do either: nothing is known.
import { NUMBER_WORDS, SCALE } from './text.ts';

/** How a figure is bounded: above it, at least it, below it, at most it, about it, nearly it; or exactly it. */
export type Bound = 'above' | 'atLeast' | 'below' | 'atMost' | 'about' | 'nearly' | 'exact';
export type Kind = 'percent' | 'money' | 'count';

export interface Bounded {
  bound: Bound;
  n: number;
  kind: Kind;
  /** The currency a sum is in, where the text says it (a symbol or a word). */
  currency?: string;
  /** Where the bound and figure stand in the text, and as written. */
  start: number;
  end: number;
  text: string;
}

const BOUND_WORDS: [string, Bound][] = [
  ['considerably more than', 'above'], ['well over', 'above'], ['more than', 'above'], ['greater than', 'above'], ['higher than', 'above'], ['in excess of', 'above'], ['upwards of', 'above'], ['over', 'above'], ['above', 'above'], ['just over', 'above'],
  ['at least', 'atLeast'], ['no fewer than', 'atLeast'], ['no less than', 'atLeast'],
  ['fewer than', 'below'], ['less than', 'below'], ['lower than', 'below'], ['under', 'below'], ['below', 'below'], ['just under', 'below'],
  ['at most', 'atMost'], ['no more than', 'atMost'], ['up to', 'atMost'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['close to', 'about'], ['round about', 'about'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['just shy of', 'nearly'],
];
const BOUND_OF = new Map(BOUND_WORDS);
const BOUND_SOURCE = [...BOUND_WORDS.map(([w]) => w)].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const NUMBER_WORD = Object.keys(NUMBER_WORDS).filter((w) => !['twice', 'thrice', 'thousand', 'million', 'billion', 'trillion', 'hundred'].includes(w)).join('|');
const SCALES = Object.keys(SCALE).join('|');
const CURRENCY_SYMBOL: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY' };
const CURRENCY_WORD: Record<string, string> = { euro: 'EUR', dollar: 'USD', pound: 'GBP', yen: 'JPY' };
/** A time unit after a number makes it a span, which this does not read ("over 12 years", "over four years"). */
const TIME_UNIT = /^\s*(?:hours?|days?|weeks?|months?|years?|decades?|minutes?)\b/i;

/** A bound word (or none) and a figure after it: "more than €150 billion", "nearly 2%", "half a trillion euros". */
const FIGURE = new RegExp(
  `(?:\\b(${BOUND_SOURCE})\\s+)?(?<![\\p{L}\\p{N}])([€$£¥])?\\s?(\\d+(?:,\\d{3})*(?:\\.\\d+)?|${NUMBER_WORD}|half\\s+a|a\\s+dozen|a)(?![\\d.,]\\d)\\s*(${SCALES})?\\b\\s*(%|percent\\b|per\\s?cent\\b|pct\\b|pc\\b)?(?:\\s*(euros?|dollars?|pounds?|yen)\\b)?`,
  'giu',
);

/** The figures a text writes, each with its bound ("exact" when it has none). */
export function figuresWithBounds(text: string): Bounded[] {
  const out: Bounded[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [all, word, symbol, number, scale, percent, currencyWord] = m;
    const start = m.index!;
    const end = start + all!.trimEnd().length;
    if (TIME_UNIT.test(text.slice(end))) continue;
    let n: number;
    const lower = number!.toLowerCase().replace(/\s+/g, ' ');
    if (lower === 'half a') n = 0.5;
    else if (lower === 'a dozen') n = 12;
    else if (lower === 'a') n = 1;
    else n = Number(NUMBER_WORDS[lower] ?? lower.replace(/,/g, ''));
    // ("a" and "half a" are figures only with a scale: "half a trillion euros", not "a fund".)
    if ((lower === 'a' || lower === 'half a') && !scale) continue;
    if (!Number.isFinite(n)) continue;
    const currency = symbol ? CURRENCY_SYMBOL[symbol] : currencyWord ? CURRENCY_WORD[currencyWord.toLowerCase().replace(/s$/, '')] : undefined;
    const kind: Kind = percent ? 'percent' : scale || symbol || currencyWord ? 'money' : 'count';
    // (A sum's scale makes its number a sum: "150 billion"; a count is a number of things.)
    if (kind === 'money' && scale) n *= SCALE[scale.toLowerCase()]!;
    // (A bare "2" or "2025" is a year or a small word; a count needs no year shape: 1900–2099 is a year.)
    if (kind === 'count' && n >= 1900 && n <= 2099 && !/,/.test(number!)) continue;
    out.push({ bound: word ? BOUND_OF.get(word.toLowerCase().replace(/\s+/g, ' '))! : 'exact', n, kind, currency, start, end, text: all!.trim() });
  }
  return out;
}

/** The figures a claim bounds (not those it states exactly, nor "an estimated" figure, which names the article's estimate). */
export const boundsOf = (text: string): Bounded[] => figuresWithBounds(text).filter((b) => b.bound !== 'exact' && !/^(?:an\s+)?estimated\b/i.test(b.text));

/** Which way a hard bound points: a floor ("more than", "at least") or a ceiling ("fewer than", "up to"). */
export const side = (b: Bound) => (b === 'above' || b === 'atLeast' ? 'floor' : b === 'below' || b === 'atMost' ? 'ceiling' : undefined);

/** Off by at most this share of the figure counts as "about" it. */
const ABOUT = 0.05;
/** Below the figure by at most this share counts as "nearly" it. */
const NEARLY = 0.07;

type Range = [lo: number, hi: number, loOpen: boolean, hiOpen: boolean];

/** The values a bounded figure allows. */
function rangeOf(b: Pick<Bounded, 'bound' | 'n'>): Range {
  const { n } = b;
  switch (b.bound) {
    case 'above': return [n, Infinity, true, false];
    case 'atLeast': return [n, Infinity, false, false];
    case 'below': return [-Infinity, n, false, true];
    case 'atMost': return [-Infinity, n, false, false];
    case 'about': return [n * (1 - ABOUT), n * (1 + ABOUT), false, false];
    case 'nearly': return [n * (1 - NEARLY), n, false, false];
    default: return [n, n, false, false];
  }
}

/** Whether every value of `a` is a value of `b`. */
const within = (a: Range, b: Range) => (a[0] > b[0] || (a[0] === b[0] && (!b[2] || a[2]))) && (a[1] < b[1] || (a[1] === b[1] && (!b[3] || a[3])));
const apart = (a: Range, b: Range) => a[1] < b[0] || b[1] < a[0] || (a[1] === b[0] && (a[3] || b[2])) || (b[1] === a[0] && (b[3] || a[2]));

/**
 * Whether a fact's figure meets a claim's bound: 'yes' when every value the fact allows is inside the
 * claim's range, 'no' when none is, 'unknown' otherwise ("more than 10" of "up to 12").
 */
export function meets(claim: Pick<Bounded, 'bound' | 'n'>, fact: Pick<Bounded, 'bound' | 'n'>): 'yes' | 'no' | 'unknown' {
  const c = rangeOf(claim);
  // (The fact's "about 1.9%" is its figure: an estimate is what the article gives.)
  const f = fact.bound === 'about' || fact.bound === 'nearly' ? rangeOf({ bound: 'exact', n: fact.n }) : rangeOf(fact);
  if (within(f, c)) return 'yes';
  if (apart(f, c)) return 'no';
  return 'unknown';
}

/** The same kind of figure, in the same currency where both say one. */
export const sameKind = (a: Bounded, b: Bounded) => a.kind === b.kind && (!a.currency || !b.currency || a.currency === b.currency);
