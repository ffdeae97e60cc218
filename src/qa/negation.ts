// A claim the fact states with "not": "Did Zelensky say the meeting went the way it was supposed to?"
// against "the meeting in Washington 'did not go the way it was supposed to be'". The claim's verb,
// said in the fact only after a negation and of the same words after it, is denied.
// A claim negating its own act ("is it true that Koizumi did not meet Hegseth?") is read against
// the fact's own negation (claimPolarity); an open question asking what was not done ("who wasn't
// at the dinner?") needs a fact saying something was not done (asksNot, saysNot).
import type { IndexedFact } from './facts.ts';
import { latest, once } from './once.ts';
import { anyOf, BE_AUX, DO_AUX, words } from './text.ts';
import { root, type Vocabulary } from './vocabulary.ts';

/** Words that negate the word after them (within two words): "did not go", "didn't go", "never met", "refused to take part", "failed to set". */
const NEGATION = new Set(['not', 'never', 't', 'no', 'nor', 'without', 'refuse', 'refused', 'refuses', 'refusing', 'decline', 'declined', 'declines', 'fail', 'failed', 'fails', 'failing']);
const REACH = 2;
/** Past forms whose stem is not the verb's. */
const BASE: Record<string, string> = { went: 'go', gone: 'go', met: 'meet', held: 'hold', led: 'lead', made: 'make', said: 'say', told: 'tell', took: 'take', taken: 'take', gave: 'give', given: 'give', came: 'come', won: 'win' };
/** Content words after the claim's word that must follow it in the fact too ("the way it was supposed to"). */
const AFTER = 2;
const FACT_AFTER = 4;

interface Word {
  s: string;
  negated: boolean;
}

/** A text's words as roots of their stems, each with whether a negation (of `negations`) stands just before it. */
function read(text: string, v: Vocabulary, negations = NEGATION): Word[] {
  const ws = words(text).map((w) => BASE[w] ?? w);
  return ws.map((w, i) => ({ s: root(v.stem(w)), negated: ws.slice(Math.max(0, i - REACH), i).some((x) => negations.has(x)) }));
}

const content = (v: Vocabulary) => (w: Word) => !v.stop.has(w.s) && !/^\d/.test(w.s) && v.phrases.get(w.s)?.kind !== 'entity';

/** A fact's words (read once per fact) and a question's (once per question). */
const factWords = once((f: Pick<IndexedFact, 'quote' | 'answer'>, v: Vocabulary) => read(`${f.quote} ${f.answer}`, v));
const claimWords = latest((q: { clean: string }, v: Vocabulary) => read(q.clean, v));

/**
 * Whether the fact says with a negation, and only so, what the claim says without one: the claim's
 * word, negated in the fact wherever the fact uses it, followed there by the words that follow it in the claim.
 */
export function negatedInFact(q: { clean: string }, f: Pick<IndexedFact, 'quote' | 'answer'>, v: Vocabulary): boolean {
  const asked = claimWords(q, v);
  if (asked.some((x) => x.negated)) return false;
  const told = factWords(f, v);
  const isContent = content(v);
  return asked.some((w, i) => {
    if (!isContent(w)) return false;
    const at = told.flatMap((x, j) => (x.s === w.s ? [j] : []));
    if (!at.length || !at.every((j) => told[j]!.negated)) return false;
    const next = asked.slice(i + 1).filter(isContent).slice(0, AFTER);
    // (The word right after it, its object, must follow it there too; a later one only where the fact
    // writes it at all: "raise taxes to pay for it" of "financed … without raising taxes".)
    const written = new Set(told.map((x) => x.s));
    return (
      next.length > 0 &&
      at.some((j) => {
        const after = new Set(told.slice(j + 1).filter(isContent).slice(0, FACT_AFTER).map((x) => x.s));
        return after.has(next[0]!.s) && next.every((x) => after.has(x.s) || !written.has(x.s));
      })
    );
  });
}

/**
 * What a fact says was not done: the stems it negates, the concepts they read as together ("did not
 * take part" → taking part; "did not request any amount" → request) and its keys' concepts that no
 * word it states without a negation gives (its curators' "attend", not the "meet" of "summit"), and
 * the concepts of the words it states without one (plain), read once per fact.
 */
export const negatedTerms = once((f: Pick<IndexedFact, 'quote' | 'answer' | 'keyTerms'>, v: Vocabulary) => {
  const told = factWords(f, v);
  const stems = new Set(told.filter((w) => w.negated).map((w) => w.s));
  const ws = words(`${f.quote} ${f.answer}`);
  const negatedAt = new Set(ws.flatMap((w, i) => (NEGATION.has(w) ? [i, ...Array.from({ length: REACH + 1 }, (_, k) => i + 1 + k)] : [])));
  const phrases = ws.flatMap((w, i) => (NEGATION.has(w) ? [ws.slice(i + 1, i + 2 + REACH).join(' ')] : []));
  const plain = new Set(v.terms(ws.filter((_, i) => !negatedAt.has(i)).join(' ')));
  return { stems, terms: new Set([...phrases.flatMap((p) => v.terms(p)), ...f.keyTerms.filter((t) => !plain.has(t))]), plain };
});

/** The auxiliaries a question word's negation hangs on. */
const NOT_AUX = anyOf([...BE_AUX, ...DO_AUX]);
/** A question word, then within a few words a negated auxiliary: "who didn't take part?", "what did Hegseth not ask for?", "which ally never agreed?". */
const ASKS_NOT = new RegExp(String.raw`^\W*(?:(?:and|so|ok|okay|but)\s+)?(?:who|whom|what|which|where|when|why)\b(?:\s+\S+){0,3}?\s+(?:${NOT_AUX}n['’]?t\b|(?:${NOT_AUX}(?:\s+\S+){0,2}\s+)?(?:not|never)\b)`, 'i');

/** Words saying that something was not done, or done against: "did not take part", "an exception", "207 against". */
const SAYS_NOT = new Set([...NEGATION, 'against', 'exception', 'reject', 'rejected', 'block', 'blocked', 'oppose', 'opposed', 'absent']);

/** Whether an open question asks what was not done ("who wasn't at the dinner?"). */
export const asksNot = (q: { clean: string; yesno: boolean }) => !q.yesno && ASKS_NOT.test(q.clean);

/** Whether a fact says that something was not done (or done against), in any of its words. */
export const saysNot = once((f: Pick<IndexedFact, 'quote' | 'answer' | 'yes'>) => !f.yes || words(`${f.quote} ${f.answer}`).some((w) => SAYS_NOT.has(w)));

/**
 * A negative question's opening ("didn't Spain secure an exception?", "hey, wasn't it Kishida …?"):
 * it asks the claim without the negation, so that "not" is no part of the claim.
 */
const OPENING_NOT = /^\W*(?:(?:hey|hi|yo|ok|okay|so|but|and|wait|um|hmm|uh|oh|well|really|sorry|quick q(?:uestion)?)\W+)*(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|wo|ca)n['’]t\b/i;
/** Negations of a contrast or an alternative ("not only …", "whether or not"), which deny nothing of the claim's act. */
const CONTRAST_NOT = /\b(?:not only|not just|or not|if not|not least)\b/gi;

/**
 * How a claim that negates its own act ("is it true that Koizumi did not meet Hegseth?", "Hegseth
 * didn't ask for an amount, right?") stands to the fact: 'agrees' where the fact negates the same
 * word, 'denies' where the fact states it without a negation ("met Hegseth"), 'unsaid' where the
 * fact uses none of the negated words; undefined for a claim negating nothing.
 */
export function claimPolarity(q: { clean: string }, f: Pick<IndexedFact, 'quote' | 'answer'>, v: Vocabulary): 'agrees' | 'denies' | 'unsaid' | undefined {
  const own = ownClaim(q, v);
  const isContent = content(v);
  const negated = own.filter((w) => w.negated && isContent(w));
  if (!negated.length) return undefined;
  const told = factWords(f, v);
  for (const w of negated) {
    const at = told.filter((x) => x.s === w.s);
    if (at.length) return at.some((x) => !x.negated) ? 'denies' : 'agrees';
  }
  return 'unsaid';
}

/**
 * A claim's own words (read once per question), a negative question's opening and contrasts aside.
 * Only plain negations count: refusing or failing to do something is how an act came about
 * (framing.ts), "no" is said of things ("no clear date"), not of the act.
 */
const ownClaim = latest((q: { clean: string }, v: Vocabulary) => read(q.clean.replace(OPENING_NOT, (m) => m.replace(/n['’]t$/i, '')).replace(CONTRAST_NOT, ' '), v, PLAIN_NEGATION));
const PLAIN_NEGATION = new Set(['not', 'never', 't', 'without']);
