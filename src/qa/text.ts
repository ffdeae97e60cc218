import { stemmer } from 'stemmer';
import { recent } from './once.ts';

/** Auxiliaries of being, which start a yes/no question ("is it …?") and come before a participle ("why was the agenda trimmed?"). */
export const BE_AUX = ['is', 'are', 'was', 'were'];
/** Auxiliaries after which a question's subject comes ("who did the PM meet?", "will they …?"). */
export const DO_AUX = ['did', 'does', 'do', 'will', 'would', 'can', 'could', 'has', 'have', 'had'];
/** Words as one RegExp alternation: "(?:is|are|was|were)". */
export const anyOf = (ws: readonly string[]) => `(?:${ws.join('|')})`;

// Text normalisation shared by questions, fact keys, aliases and the lexicon, so that all of
// them meet in the same form: lower case, straight quotes, chat markup removed, stems.

/** Number words and what they stand for ("twice" is 2, "thrice" 3). */
export const NUMBER_WORDS: Record<string, string> = {
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
  twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100', thousand: '1000', million: '1000000', billion: '1000000000', trillion: '1000000000000',
  twice: '2', thrice: '3',
};
/** A question's figures also read "one" (a claim's measures do not: "one of three documents"). */
const FIGURE_WORDS: Record<string, string> = { one: '1', ...NUMBER_WORDS };

/** Text that no step of cleanText but the folding of spaces changes: printable ASCII without "<", ":", "~", "@", "`", "*", "_", "|", ">", "#". */
const PLAIN = /^[ !-"$-)+-9;=?A-Z[-^a-{}]*$/;

/**
 * Removes chat markup (mentions, links, formatting) and folds typography. Every pattern runs in
 * linear time whatever the input (no nested or overlapping repeats), so callers need only bound
 * the length for the work to be bounded.
 */
// (One message is cleaned several times, for small talk, help and each reading: the last texts' are kept.)
export const cleanText = recent((input: string): string => {
  // (Printable ASCII without markup characters, as most questions are, only has its spaces folded.)
  if (PLAIN.test(input)) return withApostrophes(input.replace(/\s+/g, ' ').trim());
  return withApostrophes(cleanMarkup(input));
}, 16);

/**
 * A contraction typed without its apostrophe, as chat does, is the contraction: "didnt" → didn't,
 * "theyre" → they're, "whos" → who's, "im" → i'm. (Not where the letters are a word of their own: "were", "well", "shed".)
 */
const withApostrophes = (text: string) =>
  text
    .replace(/\b(do|does|did|is|are|was|were|has|have|had|would|could|should|must|need|ca|wo)nt\b/gi, "$1n't")
    .replace(/\b(they|you)(re|ve|ll|d)\b/gi, "$1'$2")
    .replace(/\b(who|what|where|when|how|that|there|here|he|she)s\b/gi, "$1's")
    .replace(/\b(we)(ve)\b|\b(i)(m|ve)\b|\b(it|that|there|who)(ll)\b/gi, (_, ...g: (string | undefined)[]) => g.slice(0, 6).filter(Boolean).join("'"));

function cleanMarkup(input: string): string {
  return input
    .normalize('NFKC')
    // Discord/Slack mentions and Slack specials (<!channel>); a mention holds no "<", so an
    // unclosed "<@<@<@..." is given up at the next "<" instead of being rescanned to the end.
    .replace(/<[@#!][^<>]*>/g, ' ')
    // Custom emoji (<:pepe:123>, <a:party:456>) and emoji codes (:thinking:); struck-out words, taken back (~~where~~ when).
    .replace(/<a?:\w+:\d+>|:[a-z][\w+-]*:/gi, ' ')
    .replace(/~~[^~]*~~/g, ' ')
    .replace(/@(everyone|here|channel)\b/gi, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\u2018\u2019\u201A\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[*_~|>#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A question's numbers that can clash with the facts: percentages, years and large counts. */
export interface Numbers {
  percents: number[];
  /** Calendar years named (2022). */
  calendarYears: number[];
  counts: number[];
  /** Days named as month and day, "MM-DD". */
  days: string[];
  /** Months named, "MM", with the year when one follows ("2022-04"). */
  months: string[];
  weekdays: string[];
  /** Spans of years named ("two years ahead" → 2). */
  years: number[];
  /** Sums of money named, in units ("€500bn" → 500000000000). */
  money: number[];
}

/** A percentage as written: "5%", "3.5 percent", "2 pct" (its number is the group). */
export const PERCENT = /(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|pct|pc\b|percentage)/;
/** Every percentage of a text (for matchAll and split, which leave its lastIndex alone). */
const PERCENTS = new RegExp(PERCENT.source, 'gi');
/** A text cut at its percentages: the words before, each number, the words after ("a 5% rise" → ["a ", "5", " rise"]). */
export const splitAtPercents = (text: string) => text.split(PERCENTS);
/** A text as a regular expression matching it literally ("U.S." matches only "U.S."). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = `(${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})\\.?`;

function monthDay(month: string, day: string): string {
  const m = MONTHS.findIndex((x) => x.startsWith(month.slice(0, 3))) + 1;
  return `${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const NONE: Numbers = { percents: [], calendarYears: [], counts: [], days: [], months: [], weekdays: [], years: [], money: [] };
/** Words that scale the number before them: "500 billion", "2bn". */
export const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };
/** Whether a text may hold a number, date or weekday at all (most questions do not). */
const MAY_HOLD = new RegExp(`\\d|\\b(?:${Object.keys(FIGURE_WORDS).join('|')}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\\w+day)`, 'i');

// (Compiled once: extractNumbers runs for every text a question is read as. matchAll copies a
// global pattern, so sharing one leaves its lastIndex alone.)
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH}(?![a-z])(?:\\s+(?:of\\s+)?(\\d{4}))?`, 'g');
const WEEKDAY_WORDS = WEEKDAYS.map((d) => new RegExp(`\\b${d}`));
/** The words before which "may" is the month: "in May", "by May", "early May". */
const MAY_MONTH = /\b(?:in|by|since|until|till|from|early|late|mid|last|next|this|during|before|after)\s+$/;

/**
 * What the patterns below need in the lower-cased text to find anything: a digit, a number word
 * they read as one, a weekday, a month's name not run into a longer word, or "half a billion"
 * (MAY_HOLD also passes "decide", "today", "tension": "dec", "…day", "ten").
 */
const HOLDS = new RegExp(`\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifty|hundred)\\b|\\b(?:sun|mon|tues|wednes|thurs|fri|satur)day|\\b${MONTH}(?![a-z])|\\bhalf a (?:trillion|billion)`);

export function extractNumbers(clean: string): Numbers {
  if (!MAY_HOLD.test(clean)) return NONE;
  const lower = clean.toLowerCase();
  if (!HOLDS.test(lower)) return NONE;
  const text = lower.replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|fifty|hundred)\b/g, (w) => FIGURE_WORDS[w]!);
  const percents = [...text.matchAll(PERCENTS)].map((m) => Number(m[1]));
  const calendarYears = [...text.matchAll(/\b(19[0-9]{2}|20[0-9]{2})\b/g)].map((m) => Number(m[1]));
  const counts = [
    ...[...text.matchAll(/\b(\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?=\s*k\b|\s*thousand))(\s*k\b|\s*thousand)?/g)]
      .map((m) => Number(m[1]!.replace(/,/g, '')) * (m[2] ? 1000 : 1))
      .filter((n) => !calendarYears.includes(n)),
    // "four security documents": a small number of things the facts count.
    ...[...text.matchAll(/\b(\d{1,2})\s+(?:\w+\s+)?(?:documents|papers|strategies)\b/g)].map((m) => Number(m[1])),
  ];
  const days = [...[...text.matchAll(MONTH_DAY)].map((m) => monthDay(m[1]!, m[2]!)), ...[...text.matchAll(DAY_MONTH)].map((m) => monthDay(m[2]!, m[1]!))];
  const weekdays = WEEKDAYS.filter((_, i) => WEEKDAY_WORDS[i]!.test(text));
  const months = [...text.matchAll(MONTH_YEAR)]
    // ("may" is the month only with a year or after a word of time: "in May", not "who may veto".)
    .filter((m) => m[1] !== 'may' || m[2] || MAY_MONTH.test(text.slice(0, m.index)))
    .map((m) => `${m[2] ? `${m[2]}-` : ''}${monthDay(m[1]!, '1').slice(0, 2)}`);
  const spans = [...text.matchAll(/\b(\d+(?:\.\d+)?)\s+years?\b/g)].map((m) => Number(m[1]));
  const money = [...text.replace(/\bhalf a (trillion|billion)/g, '0.5 $1').matchAll(/(\d+(?:\.\d+)?)\s*(million|billion|trillion|bn|tn|m)\b/g)].map((m) => Number(m[1]) * SCALE[m[2]!]!);
  return { percents, calendarYears, counts, days, months, weekdays, years: spans, money };
}

/** Splits into word tokens: letters/digits with inner hyphens or apostrophes; "%" stands alone. */
// (One message's texts are split again by each check that reads them: the last texts' words are
// kept, and each caller gets its own copy.)
export const words = (text: string): string[] => wordsOf(text).slice();
const wordsOf = recent((text: string) => tokens(text, false), 32);

/** Where a run of words starts in a list of words ("prime minist" in a question's stems), or -1. */
export const findRun = (list: string[], run: string[]): number => list.findIndex((_, i) => run.every((w, k) => list[i + k] === w));
/** The same, decimals kept as written ("1.5"), for reading figures. */
export const figureWords = (text: string): string[] => tokens(text, true);

function tokens(text: string, decimals: boolean): string[] {
  let t = text.toLowerCase().replace(/'s\b/g, '');
  // (Numbers written "40,000", "40k", "2pc": only a text with a digit has any.)
  if (/\d/.test(t))
    t = t
      .replace(/(\d),(\d{3})/g, '$1$2')
      .replace(/\b(\d+)k\b/g, (_, n: string) => String(Number(n) * 1000))
      .replace(/\b(\d+(?:\.\d+)?)(pc|pct|percent)\b/g, '$1 percent');
  // (Dots join the letters of an abbreviation, "U.S." → us; for a figure's reader, a decimal keeps its point: "£1.5 billion" is not £15 billion.)
  return (t.match(/%|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? []).map((w) => (w.includes('.') && !(decimals && /^\d+\.\d+$/.test(w)) ? w.replace(/\./g, '') : w));
}

/** Reduces a word to the form used for matching: spelling variant folded, then stemmed. */
export function makeStem(spelling: Record<string, string>) {
  const cache = new Map<string, string>();
  return (word: string): string => {
    let s = cache.get(word);
    if (s === undefined) {
      const once = spelling[word] ?? word;
      const w = spelling[once] ?? once; // "def" → "defence" → "defense"
      s = /^\d|%/.test(w) ? w : stemmer(w);
      if (cache.size < 50_000) cache.set(word, s);
    }
    return s;
  };
}
