// What a "Yes" needs beyond the names, figures and dates of a claim: the reason it gives ("because
// of climate protection"), how many acted ("did the three meet?"), and what it says each sum is for
// ("the €100 billion for the climate fund for the military"). A fact that does not state them
// neither confirms nor denies the claim.
import { factClauses } from './claims.ts';
import type { IndexedFact } from './facts.ts';
import { NUMBER_WORDS, SCALE, words } from './text.ts';
import { peopleIn, root, topicStems, type Vocabulary } from './vocabulary.ts';
import { mostlyVerb } from './wordnet.ts';

/** A reason a claim gives, and the words of it: "back it because of climate protection" → "climate protection". */
const REASON = /\b(?:because(?: of)?|due to|owing to|thanks to|as a result of|in order to|so as to|so that|in exchange for|in return for)\s+([^?,;!]+)/i;
/** How a fact states a reason. */
const CAUSE = /\b(?:because|due to|owing to|thanks to|as a result|in order to|so as to|so that|in exchange|in return|reasons?|caus(?:e|ed|es|ing)|led to|prompt\w*|why|aimed at|to (?:secure|win|get|meet|avoid|fund|pay))\b/i;

/** Whether a claim gives a reason the fact does not state as one, in its words: "did the Greens back it because of climate protection?" of "secured €100 billion for climate protection". */
export function reasonUnsaid(clean: string, f: Pick<IndexedFact, 'quote' | 'answer' | 'wordStems'>, v: Vocabulary): boolean {
  const m = REASON.exec(clean);
  // ("due to vote on Friday" is a schedule, not a reason.)
  if (!m || (/^(?:due|owing)/i.test(m[0]) && mostlyVerb(words(m[1]!)[0] ?? ''))) return false;
  const said = topicStems(v, m[1]!);
  return !CAUSE.test(`${f.quote} ${f.answer}`) || said.some((s) => !f.wordStems.has(root(s)));
}

/** "the three", "all four leaders": a claim that so many people acted, when a verb follows ("did the three meet?", "did the four leaders meet?"). */
const COUNTED = /\b(?:the|all|those|these)\s+([a-z]+|\d+)(?:\s+of\s+them)?\s+([a-z]+)(?:\s+([a-z]+))?/gi;

/** Capitalised words joined by a dash: "the Koizumi–Hegseth meeting" (or a name of one person: "Willem-Alexander"). */
const NAMES_PAIRED = /\p{Lu}[\p{L}'’]+(?:[-–]\p{Lu}[\p{L}'’]+)+/gu;
const isPerson = (v: Vocabulary, w: string) => peopleIn(v, v.terms(w)).length > 0;

/** Words for people who may be counted: "the four leaders". */
const PEOPLE = /^(?:leaders|ministers|officials|men|women|people|politicians|presidents|heads)$/i;

/**
 * Whether a claim says more people acted than the fact names in any one clause, and the fact does
 * not give the number: "did the three meet together?" of "Koizumi met Hegseth in Tokyo".
 */
export function countedUnsaid(clean: string, f: Pick<IndexedFact, 'answer' | 'about' | 'figures'>, v: Vocabulary): boolean {
  return [...clean.matchAll(COUNTED)].some((m) => {
    const n = /^\d+$/.test(m[1]!) ? m[1]! : NUMBER_WORDS[m[1]!.toLowerCase()];
    const acts = mostlyVerb(m[2]!) || (PEOPLE.test(m[2]!) && !!m[3] && mostlyVerb(m[3]));
    if (!n || Number(n) < 2 || Number(n) > 12 || !acts || f.figures.has(n)) return false;
    // (People named as a pair before a noun did not act in the clause: "talks a day before the Koizumi–Hegseth meeting".)
    const clauses = factClauses({ answer: f.answer.replace(NAMES_PAIRED, (pair) => (pair.split(/[-–]/).every((w) => isPerson(v, w)) ? ' ' : pair)), about: f.about }, v);
    const most = Math.max(0, ...clauses.map((c) => c.filter((id) => v.entityKind.get(id) !== 'place').length));
    return most < Number(n);
  });
}

const PURPOSE_WORD = /^(?:for|towards?|into)$/;
const AFTER_FIGURE = 12;

/**
 * Whether a claim says a sum is for several things, one after another ("the €100 billion for the
 * climate fund for the military"), and the fact's words have nothing of one of them.
 */
export function purposesUnsaid(clean: string, f: Pick<IndexedFact, 'wordStems'>, v: Vocabulary): boolean {
  const ws = words(clean);
  const at = ws.findIndex((w, i) => /^\d/.test(w) && SCALE[ws[i + 1] ?? ''] !== undefined);
  if (at < 0) return false;
  const after = ws.slice(at + 2, at + 2 + AFTER_FIGURE);
  const cuts = after.flatMap((w, i) => (PURPOSE_WORD.test(w) ? [i] : []));
  if (cuts.length < 2) return false;
  return cuts.some((c, k) => {
    const part = after.slice(c + 1, cuts[k + 1] ?? after.length).filter((w) => !/^\d/.test(w));
    const said = topicStems(v, part.join(' '));
    return said.length > 0 && !said.some((s) => f.wordStems.has(root(s)));
  });
}
