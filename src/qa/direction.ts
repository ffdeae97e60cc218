// Direction claims: "Did Starmer raise overseas aid?" is denied by "funded by cutting overseas aid",
// "fewer than 50,000 soldiers" by "more than 50,000 soldiers", "a day before the talks" by "a day
// after talks". A word of one side of a pair and a word of the other side deny each other when they
// are said of the same thing: the words next to them.
import { stemmer } from 'stemmer';
import { MONTHS, WEEKDAYS, words } from './text.ts';

/** Pairs of opposite sides (English words, stemmed below). */
const OPPOSITES: [string[], string[]][] = [
  [['raise', 'rise', 'rose', 'risen', 'increase', 'boost', 'grow', 'grew', 'expand', 'expansion', 'hike', 'lift'], ['cut', 'reduce', 'decrease', 'slash', 'shrink', 'lower']],
  [['more', 'over', 'above', 'exceed', 'higher', 'greater', 'bigger', 'larger', 'longer'], ['fewer', 'less', 'under', 'below', 'smaller', 'shorter']],
  [['most', 'biggest', 'largest', 'longest', 'highest'], ['least', 'smallest', 'shortest', 'lowest']],
  [['loosen', 'relax', 'ease'], ['tighten']],
  [['accept', 'approve', 'uphold'], ['reject', 'refuse', 'dismiss', 'overturn']],
  // (Rejecting is the opposite of accepting and of backing: "has the Netherlands backed joint borrowing?" of "have rejected joint borrowing".)
  [['back', 'backed', 'support', 'endorse', 'favour', 'favor', 'champion'], ['oppose', 'against', 'resist', 'object', 'reject']],
  [['praise', 'hail'], ['criticise', 'criticize', 'condemn', 'slam']],
  [['current', 'present', 'incumbent', 'sitting'], ['former', 'previous', 'outgoing', 'ex']],
  [['start', 'begin', 'beginning', 'opening', 'outset'], ['close', 'end', 'conclusion', 'finish']],
  [['meet', 'meeting', 'reach', 'hit', 'achieve'], ['miss', 'short', 'fail']],
  [['exempt', 'exempted', 'spared'], ['subject']],
];
/** The pair of a change of amount: raise against cut. */
const CHANGE = 0;
/** The pair of a stance: backing against opposing. */
const STANCE = OPPOSITES.findIndex(([a]) => a.includes('back'));
/** Stem → each [pair, side] it is on (a word may be in two pairs: "reject"). */
const SIDE = new Map<string, [number, number][]>();
OPPOSITES.forEach(([a, b], pair) => [a, b].forEach((side, i) => side.forEach((w) => SIDE.set(stemmer(w), [...(SIDE.get(stemmer(w)) ?? []), [pair, i]]))));

const BEFORE = new Set(['before', 'earlier', 'prior', 'ahead'].map((w) => stemmer(w)));
const AFTER = new Set(['after', 'later', 'following'].map((w) => stemmer(w)));
/** "going up", "went down": a change of amount in two words. */
const GO_UP = /\b(?:go|goes|going|went|gone)\s+(up|down)\b/gi;
/** A claim's tags ("… really?", "right?"), which say nothing about what a direction is said of. */
const TAGS = new Set(['really', 'right', 'true', 'correct']);

/**
 * A text's clauses as the stems that may be a direction, an order or what they are said of: the
 * vocabulary's function words (`stop`, stems) are left out, except the sides' own ("over", "under").
 */
export function directionClauses(text: string, stop: Set<string>): string[][] {
  return text.split(/[.;]\s/).map((clause) =>
    words(clause.replace(/(\p{L})[-–](?=\p{L})/gu, '$1 ').replace(GO_UP, (_, way: string) => (way.toLowerCase() === 'up' ? 'rise' : 'reduce')))
      .filter((w) => !TAGS.has(w))
      .map((w) => stemmer(w))
      .filter((w) => SIDE.has(w) || BEFORE.has(w) || AFTER.has(w) || !stop.has(w)),
  );
}

/** The sides nearest to an object word in the fact's text, within `within` words (three unless told). */
function sidesNear(fact: string[], object: string, pair: number, within = 3): number[] {
  let best = within + 1;
  let sides: number[] = [];
  fact.forEach((w, i) => {
    if (w !== object) return;
    fact.forEach((d, j) => {
      const side = SIDE.get(d)?.find((s) => s[0] === pair);
      const apart = Math.abs(i - j);
      if (!side || apart > within || apart > best) return;
      if (apart < best) [best, sides] = [apart, []];
      sides.push(side[1]);
    });
  });
  return sides;
}

/** Words before a side word where a number is what it is said of: "207 against", "207 lawmakers voted against". */
const FIGURE_WORDS = 3;
/** Words after a side word that say what it is said of ("oppose the debt-brake package"). */
const OBJECT_WORDS = 3;

/**
 * Whether the fact says the opposite of a direction the question claims: for a question word of one
 * side, the nearest of the words around it (one before, three after, up to another side word) that
 * the fact says a side of is, in the fact, nearest to the other side only.
 */
export function opposed(question: string[][], factClauses: string[][]): boolean {
  const fact = factClauses.flat();
  return sidesClaimed(question.flat()).some(({ sides, figure, before, after }) => {
    const objects = [...figure, ...before, ...after];
    return sides.some(([pair, side]) => {
      // (The nearest word the fact says a side of decides: "raise overseas aid to fund defence" is about the aid.)
      const found = objects.map((o) => sidesNear(fact, o, pair)).find((x) => x.length > 0) ?? [];
      return found.length > 0 && found.every((s) => s !== side);
    });
  });
}

/**
 * Each side word of a claim with the words it is said of: one before (three when nothing follows), up to three after (stopping
 * at the next side word: in "pay for the increase by cutting aid" the aid is cut, not increased),
 * and a number up to three words before it ("207 votes against", "207 lawmakers voted against" are the 207).
 */
function sidesClaimed(q: string[]): { sides: [number, number][]; figure: string[]; before: string[]; after: string[]; last: boolean }[] {
  return q.flatMap((w, i) => {
    const sides = SIDE.get(w);
    if (!sides) return [];
    const next = q.slice(i + 1).findIndex((o) => SIDE.has(o));
    const after = q.slice(i + 1, i + 1 + Math.min(OBJECT_WORDS, next < 0 ? OBJECT_WORDS : next)).filter((o) => !SIDE.has(o));
    // (The nearest number, and not past another side word: in "513 in favour and 207 against" the 513 is in favour, in "513 for and 207 against" the 207 is against.)
    const before = q.slice(Math.max(0, i - FIGURE_WORDS), i);
    const figure = before.slice(before.findLastIndex((o) => SIDE.has(o)) + 1).filter((o) => /^\d/.test(o)).slice(-1);
    // (A side word ending its clause is said of what comes before it: "is the UK aid budget rising?", nearest first.)
    const last = i === q.length - 1;
    const subject = q.slice(Math.max(0, i - (last ? OBJECT_WORDS : 1)), i).reverse();
    return [{ sides, figure, before: subject.filter((o) => !SIDE.has(o)), after, last }];
  });
}

/** For each "before"/"after" in a text's clauses: the words of what came first and of what came next. */
function orders(clauses: string[][]): [Set<string>, Set<string>][] {
  return clauses.flatMap((ws) => {
    return ws.flatMap((w, i) => {
      if (!BEFORE.has(w) && !AFTER.has(w)) return [];
      const [left, right] = [new Set(ws.slice(0, i)), new Set(ws.slice(i + 1))];
      return [BEFORE.has(w) ? [left, right] : [right, left]] as [Set<string>, Set<string>][];
    });
  });
}

/** Words after "before"/"after" that make it a time, not another event: "before March", "after the end of the year". */
const TIMES = new Set([...MONTHS, ...WEEKDAYS, 'end', 'start', 'begin', 'close', 'deadline', 'year', 'month', 'week', 'day', 'summer', 'winter', 'spring', 'autumn', 'then', 'that', 'this'].map((w) => stemmer(w)));

/**
 * Whether a question puts two events in an order ("the AfD went to court after the vote") that the
 * fact does not: a fact giving no order between events neither confirms nor denies it.
 */
export function unordered(question: string[][], factClauses: string[][]): boolean {
  const events = question.some((ws) => ws.some((w, i) => (BEFORE.has(w) || AFTER.has(w)) && i > 0 && ws[i + 1] !== undefined && !TIMES.has(ws[i + 1]!) && !/^\d/.test(ws[i + 1]!)));
  return events && orders(factClauses).length === 0;
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

/**
 * Whether the fact puts two things the question orders the other way round: "Was the meeting a day
 * before the talks?" against "They met a day after talks …". "A before B" and "B after A" agree.
 */
export function misordered(question: string[][], factClauses: string[][]): boolean {
  const asked = orders(question);
  const told = orders(factClauses);
  return asked.some(([first, next]) => {
    const verdicts = told.map(([f, n]) => shared(first, n) + shared(next, f) - shared(first, f) - shared(next, n));
    return verdicts.some((v) => v >= 2) && !verdicts.some((v) => v < 0);
  });
}

/** A relative clause set off by commas (", which are meant to help poorer regions catch up,"): not where something goes. */
const RELATIVE = /,\s*(?:which|who|whose)\b[^,]*(?:,|$)/gi;
/** "from X to Y", "from X into Y". */
const FLOW = /\bfrom\s+([^,;?!]+?)\s+(?:to|into|towards?)\s+([^,;?!]+)/gi;
/** Words of each end of a flow that say what it is. */
const END_WORDS = 4;

/** What a text says goes from where to where, as the stems of each end: "money from the cohesion funds to defence projects". */
export function flows(text: string, stop: Set<string>): [Set<string>, Set<string>][] {
  const ends = (t: string) => new Set(words(t).map((w) => stemmer(w)).filter((w) => !stop.has(w) && w !== '%').slice(0, END_WORDS));
  return [...text.replace(RELATIVE, ' ').matchAll(FLOW)].map((m) => [ends(m[1]!), ends(m[2]!)]);
}

/**
 * Whether the fact has something going the other way round from the question: "move money from
 * defence projects into the cohesion funds" against "redirect money from the cohesion funds to
 * defence projects"; "from 0.3% to 0.5%" against "from 0.5% to 0.3%".
 */
export function reversed(question: [Set<string>, Set<string>][], fact: [Set<string>, Set<string>][]): boolean {
  return question.some(([from, to]) => fact.some(([f, t]) => shared(from, t) > 0 && shared(to, f) > 0 && shared(from, f) === 0 && shared(to, t) === 0));
}

/** How far from a direction word the fact may name what it is said of ("loosen the country's strict constitutional limits"). */
const SAID_OF_WORDS = 6;

/**
 * Whether the fact says a direction the question claims only of other things: "Did Starmer cut
 * defence spending?" against "The increase is funded by cutting overseas aid" (the aid is cut, not
 * the spending; "did Germany's debt rise?" against "a massive increase in defence spending"). A Yes
 * needs the direction said of the question's thing, and a fact stating a change (`statesChange`: in
 * other words too, "surged") at all.
 */
export function misdirected(question: string[][], factClauses: string[][], statesChange = true, isName = (_: string) => false): boolean {
  const fact = factClauses.flat();
  return sidesClaimed(question.flat()).some(({ sides, before, after, last }) => {
    if (!after.length && !last) return false;
    // (What changes is the thing, not whose it is: in "did Japan's economy grow?" the economy, not Japan.)
    const things = [...before, ...after].filter((o) => !isName(o));
    const objects = things.length ? things : [...before, ...after];
    // (Only a change of amount, raise or cut: the thing it changes is the claim; "approve", "meet", "back" are said of what their sentence is about.)
    return sides.some(([pair, side]) => {
      // (A fact stating no change at all, in these words or others (`statesChange`), says none of
      // the claim's thing: "is the German economy growing?" of "Germany spent about 2.1% of GDP".)
      if (pair === CHANGE && !statesChange && !fact.some((d) => SIDE.get(d)?.some((s) => s[0] === pair))) return true;
      const said = pair === CHANGE && fact.some((d) => SIDE.get(d)?.some((s) => s[0] === pair && s[1] === side));
      return said && !objects.some((o) => sidesNear(fact, o, pair, SAID_OF_WORDS).includes(side));
    });
  });
}

/** The pairs of a side someone takes: backing or opposing, accepting or rejecting, praising or criticising. */
const TAKEN = OPPOSITES.flatMap(([a], pair) => (['back', 'accept', 'praise'].includes(a[0]!) ? [pair] : []));
/** Backing and accepting say the same side, as do opposing and rejecting. */
const SAME_SIDE = TAKEN.slice(0, 2);
/** Voting for something, or to do it, is backing it: "parliament voted to loosen …". */
const VOTED_FOR = /\bvot(?:e|es|ed|ing) (?:to|for|in favou?r)\b/i;

/**
 * Whether the claim says someone took a side the fact does not state at all: "did the Bundestag vote
 * against the changes?" is not confirmed by "The Bundestag approved the constitutional changes", which
 * says no one was against anything ("against" is a function word, so no count of unsaid words sees it).
 */
export function sideUnsaid(question: string[][], factClauses: string[][], factText: string): boolean {
  const fact = factClauses.flat();
  const told = (pair: number, side: number) =>
    fact.some((d) => SIDE.get(d)?.some((s) => s[1] === side && (s[0] === pair || (SAME_SIDE.includes(s[0]) && SAME_SIDE.includes(pair))))) || (side === 0 && SAME_SIDE.includes(pair) && VOTED_FOR.test(factText));
  return sidesClaimed(question.flat()).some(({ sides }) => sides.some(([pair]) => TAKEN.includes(pair)) && !sides.some(([pair, side]) => told(pair, side)));
}

/**
 * Whether a question asks how many took a side ("how many states opposed the reform?") of a fact
 * saying no side at all ("the Bundesrat … is scheduled to vote"): the fact counts others.
 */
export function stanceUnsaid(question: string[][], factClauses: string[][]): boolean {
  const asked = sidesClaimed(question.flat()).some(({ sides }) => sides.some(([pair]) => pair === STANCE));
  return asked && !factClauses.flat().some((d) => SIDE.get(d)?.some(([pair]) => pair === STANCE));
}
