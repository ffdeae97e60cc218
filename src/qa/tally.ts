// A tally is two numbers read together, the votes for and against: "was the vote 513 to 489?" is
// not confirmed by a fact giving 513 in favour, 207 against and 489 required, though it states both
// numbers. A claimed tally sharing a number with the fact's but not the other, or the other way
// round, is denied.
import { once } from './once.ts';

const N = '(\\d{1,3}(?:,\\d{3})+|\\d+)';
/** "513 to 207", "513-207", "513 votes to 207", "513 in favour and 207 against", "513 for, 207 against", "513 yes and 207 no". */
const TALLIES = [
  new RegExp(`(?<![\\d.,]|from\\s)${N}\\s*(?:votes?\\s+)?(?:to|-|:|vs\\.?|versus)\\s*${N}(?![\\d%]|\\.\\d|\\s*(?:%|per\\s?cent|percent))`, 'gi'),
  new RegExp(`(?<![\\d.,])${N}\\s+(?:votes?\\s+)?(?:in\\s+favou?r|for|yes|ayes?)(?:\\s*,\\s*|\\s+(?:and|with|to)\\s+)${N}\\s+(?:votes?\\s+)?(?:against|no|noes|nays?)\\b`, 'gi'),
];
const YEAR = /^(?:19|20)\d\d$/;

/** The tallies a text gives, as [for, against]. */
export function talliesOf(text: string): [number, number][] {
  return TALLIES.flatMap((re) =>
    [...text.matchAll(re)].flatMap((m) => {
      // (Years are a span of time, "2014-2035", not a tally.)
      if (YEAR.test(m[1]!) && YEAR.test(m[2]!)) return [];
      return [[Number(m[1]!.replace(/,/g, '')), Number(m[2]!.replace(/,/g, ''))] as [number, number]];
    }),
  );
}

const factTallies = once((f: { answer: string; quote: string }) => talliesOf(`${f.answer} ${f.quote}`));

/** Whether the question claims a tally the fact gives otherwise: one number the same, the other not, or both swapped. */
export function tallyConflict(clean: string, f: { answer: string; quote: string }): boolean {
  const told = factTallies(f);
  if (!told.length) return false;
  return talliesOf(clean).some(([a, b]) => !told.some(([c, d]) => a === c && b === d) && told.some(([c, d]) => a === c || b === d || a === d || b === c));
}

/** The sides of a vote as the articles write them: "the yes votes" and "votes for" (as a side: "… as against") are the votes in favour, "the no votes" those against. */
export function voteSides(text: string): string {
  return text
    .replace(/\b(?:yes[- ](?:votes?|side|camp)|ayes)\b/gi, 'votes in favour')
    .replace(/\b(?:no[- ](?:votes?|side|camp)|noes|nays)\b/gi, 'votes against')
    .replace(/\b(votes?) for\b(?=\s+(?:as|than|and|or|vs|versus|compared)\b|\s*[?,.]|$)/gi, '$1 in favour');
}
