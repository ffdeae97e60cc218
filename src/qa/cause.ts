import type { IndexedFact } from './facts.ts';
import { once, latest } from './once.ts';
import type { Question } from './question.ts';
import { anyOf, BE_AUX, DO_AUX, words } from './text.ts';
import { matchAt, root, type Vocabulary } from './vocabulary.ts';
import { sensesOf } from './wordnet.ts';

// A why-question asks the cause of an act. A fact that gives the act as the cause of something
// else ("Trump ordered the pause following a heated exchange …" for "why did Zelensky and Trump
// clash?"), or names the act only as the subject of what it led to ("Their approval … marked a
// major shift" for "why did Kishida's government approve the documents?"), does not say why.

/** "why did the Kishida government approve …": the subject, then the act. */
const WHY_DO = new RegExp(String.raw`^\W*why\s+${anyOf(DO_AUX)}\s+(.+)$`, 'i');
/** "why was the agenda trimmed?": the subject, then the act as a participle. */
const WHY_BE = new RegExp(String.raw`^\W*why\s+${anyOf(BE_AUX)}\s+(.+)$`, 'i');
const PARTICIPLE = /^[a-z]{3,}(?:ed|en)$/i;
/** "what was Merz's reason for **refusing** …", "what prompted the Commission to …": a reason asked in other words, then the act. */
const REASON_FOR = /^\W*what\b.*?\b(?:(?:reasons?|motives?|motivation|rationale)\s+(?:for|behind|to|that)|prompted|motivated)\s+(.+)$/i;
/** Words of the subject the act may come after: "Zelensky and Trump", "the Kishida government". */
const MAX_SUBJECT_WORDS = 4;
/** Words opening what a fact gives as a cause: "ordered the pause **following** a heated exchange". */
const CAUSE = new Set(['following', 'after', 'because', 'amid', 'due', 'owing']);
/** Words giving a reason of their own: "trimmed the agenda **to** avoid open disputes", "**because** …". */
const REASON = new Set(['to', 'because', 'so']);
/** Words before a noun naming the act as the fact's subject: "**Their** approval …". */
const DETERMINER = /^(?:the|their|its|his|her|this|that)$/i;
/** Endings of a noun made from a verb: "approval", "agreement", "decision". */
const NOUN_OF_ACT = /(?:al|ment|ion|ance|ence|ure)$/i;

/** What a word or phrase at each place of a text means: a concept or entity term, and the word's root stem. */
const meaningsAt = (text: string, v: Vocabulary): Set<string>[] => {
  const stems = words(text).map(v.stem);
  const at = stems.map((s) => new Set([root(s)]));
  stems.forEach((_, i) => {
    const m = matchAt(v, stems, i);
    if (!m || m.meaning.kind === 'generic') return;
    const term = m.meaning.kind === 'entity' ? `@${m.meaning.id}` : m.meaning.id;
    for (let j = i; j < i + m.length; j++) at[j]!.add(term);
  });
  return at;
};

/** A fact's answer read word by word, once. */
const answerMeanings = once((f: IndexedFact, v: Vocabulary) => meaningsAt(f.answer, v));

/** The act a why-question asks the cause of, as the word and the terms it may be stated by ("approve"), and the question's other topics. */
const whyAsked = latest((q: Question, v: Vocabulary): { word?: string; act: string[]; topics: string[]; done: boolean } | undefined => {
  if (q.kind !== 'why' || q.yesno) return undefined;
  const reason = REASON_FOR.exec(q.clean);
  const m = WHY_DO.exec(q.clean) ?? WHY_BE.exec(q.clean) ?? reason;
  if (!m) return undefined;
  const done = !WHY_BE.test(q.clean);
  const after = words(m[1]!);
  const isAct = (w: string) => !v.stop.has(v.stem(w)) && !v.terms(w).some((t) => t.startsWith('@')) && sensesOf(w).verb > 0 && (done || PARTICIPLE.test(w));
  // (After "reason for", the act may come first: "… reason for **refusing** to reform …".)
  const word = after.find((w, i) => i >= (reason && m === reason ? 0 : 1) && i <= MAX_SUBJECT_WORDS && isAct(w));
  const act = word ? [...new Set([root(v.stem(word)), ...v.terms(word)])] : [];
  return { word, act, topics: q.terms.filter((t) => !act.includes(t)), done };
});

/**
 * The fact names the act the why-question asks about only as the cause of its own act, giving no
 * reason for it, or only as a noun it opens with ("Their approval …"): it does not say why the act
 * happened.
 */
export function causeNotGiven(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const asked = whyAsked(q, v);
  if (!asked) return false;
  const at = answerMeanings(f, v);
  const has = (i: number, terms: string[]) => terms.some((t) => at[i]!.has(t));
  const ws = words(f.answer);
  // ("Their approval in December 2022 marked …": what the act did, not why; "why did … approve?".)
  const opens = asked.done && asked.word && ws.length > 1 && DETERMINER.test(ws[0]!) && NOUN_OF_ACT.test(ws[1]!) && ws[1]!.toLowerCase() !== asked.word.toLowerCase() && has(1, asked.act);
  if (opens && !at.some((_, i) => i > 1 && has(i, asked.act))) return true;
  const cause = ws.findIndex((w) => CAUSE.has(w.toLowerCase()));
  if (cause < 0) return false;
  /** A reason of its own after a place: "… trimmed the agenda **to avoid** open disputes". */
  const reasonAfter = (from: number) => ws.some((w, i) => i > from && REASON.has(w.toLowerCase()) && sensesOf(ws[i + 1] ?? '').verb > 0);
  const before = (terms: string[]) => at.some((_, i) => i < cause && has(i, terms));
  const after = (terms: string[]) => at.some((_, i) => i > cause && has(i, terms));
  // The act itself decides where the fact states it: before the cause, the cause is its own; only
  // after it, the fact gives the act a reason only past the act ("… after organisers trimmed the
  // agenda to avoid open disputes"), not in the words right after it, which complete it ("…
  // because 'this is about security', while criticising Merz for his past refusal to reform …"
  // gives the Greens' reason, not Merz's).
  if (asked.act.length && before(asked.act)) return false;
  if (asked.act.length && after(asked.act)) return !reasonAfter(at.findLastIndex((_, i) => has(i, asked.act)) + 1);
  // (A cause that has a reason of its own answers.)
  if (reasonAfter(cause)) return false;
  // Otherwise the question's other topics decide: more of them stated only in the cause than stated before it.
  const located = asked.topics.filter((t) => before([t]) || after([t]));
  const onlyCause = located.filter((t) => !before([t])).length;
  return onlyCause > 0 && onlyCause > located.length - onlyCause;
}
