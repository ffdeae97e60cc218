// A claim worded like its fact but for one word: a negating prefix ("deactivating" against
// "activating", "reasonable" against "unreasonable"), another describing word before the same
// noun ("fiscally generous countries" against "fiscally cautious countries", "a simple majority"
// against "a two-thirds majority"), another time ("this year" against "last year"), or something
// the fact says only could or will happen ("did Orbán block it?" against "could block") or only as
// someone's threat ("Is Spain going to pay twice as much?" against "threatening that it would").
import type { IndexedFact } from './facts.ts';
import { once } from './once.ts';
import { words } from './text.ts';
import { root, type Vocabulary } from './vocabulary.ts';
import { mostlyVerb, relatedTo, sensesOf } from './wordnet.ts';

const NEGATING = ['un', 'in', 'im', 'ir', 'il', 'dis', 'de', 'non'];

/** A fact's answer and quote as words, in order (read once per fact). */
const factWords = once((f: Pick<IndexedFact, 'answer' | 'quote'>) => words(`${f.answer} ${f.quote}`).flatMap((w) => w.split('-')));
/** The same as stems, in order (read once per fact). */
const factStems = once((f: Pick<IndexedFact, 'answer' | 'quote'>, v: Vocabulary) => factWords(f).map((w) => root(v.stem(w))));

/** Whether a claim word and a fact word differ by a negating prefix only ("activ"/"deactiv", "reason"/"unreason"). */
const negates = (a: string, b: string) => a.length >= 4 && b.length >= 4 && NEGATING.some((p) => a === p + b || b === p + a);

/**
 * A claim word the fact states with a negating prefix added or taken away: "deny" when a word next
 * to it is next to the fact's too ("did the Commission propose deactivating the escape clause?"),
 * "unsaid" otherwise ("is the reform unconstitutional?" of "constitutional limits"), else undefined.
 */
export function prefixNegated(clean: string, f: IndexedFact, v: Vocabulary): 'deny' | 'unsaid' | undefined {
  const told = factStems(f, v).filter((t) => !v.stop.has(t));
  const claimed = v.contentStems(clean);
  let found: 'deny' | 'unsaid' | undefined;
  claimed.forEach((s, i) => {
    if (told.includes(s)) return;
    told.forEach((t, j) => {
      if (!negates(s, t)) return;
      const near = [claimed[i - 1], claimed[i + 1]].filter(Boolean);
      found = found === 'deny' || near.some((x) => x === told[j - 1] || x === told[j + 1]) ? 'deny' : 'unsaid';
    });
  });
  return found;
}

/** Whether WordNet reads the word mostly as an adjective ("generous", "simple", "national", "next"). */
function describing(word: string): boolean {
  const { noun, verb, adj } = sensesOf(word);
  return adj > 0 && adj >= noun && adj >= verb;
}

/** Whether WordNet reads the word as a noun and never as a verb ("defence" in "defence secretary"). */
function modifyingNoun(word: string): boolean {
  const { noun, verb } = sensesOf(word);
  return noun > 0 && verb === 0;
}

/** A claim's tags ("is it true", "right?"), which describe nothing. */
const TAGS = new Set(['true', 'right', 'correct', 'real', 'legit', 'sure']);
/** Words before a noun saying how much of it ("a two-thirds majority"): describing it as an adjective does. */
const PARTS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths']);

/** Words of size, weight or speed, which paraphrase each other freely ("a big shift" for "a major shift"). */
const DEGREE = new Set(['big', 'large', 'huge', 'major', 'significant', 'important', 'key', 'main', 'great', 'massive', 'substantial', 'considerable', 'quick', 'fast', 'rapid', 'prompt', 'strong', 'serious', 'small', 'little', 'minor', 'historic', 'dramatic']);

/** Whether two words mean the same to the vocabulary or WordNet ("military"/"defence", "quick"/"prompt"). */
function sameMeaning(a: string, b: string, v: Vocabulary): boolean {
  if (DEGREE.has(a) || DEGREE.has(b)) return true;
  const concepts = new Set(v.terms(a).filter((t) => !t.startsWith('@')));
  if (v.terms(b).some((t) => !t.startsWith('@') && concepts.has(t))) return true;
  const related = (x: string, y: string) => relatedTo(x).some((r) => r.link !== 'broader' && root(v.stem(r.word)) === root(v.stem(y)));
  return related(a, b) || related(b, a);
}

/**
 * Whether a describing word of the claim that the fact does not use stands right before a word the
 * fact has, there after another describing word not meaning the same: "fiscally generous
 * countries" against "fiscally cautious countries", "a simple majority" against "a two-thirds majority".
 */
export function otherModifier(clean: string, f: IndexedFact, v: Vocabulary): boolean {
  // (Not a question asking for something it describes: "can u paste what Hegseth tweeted after the meeting?".)
  if (/\b(?:what|which|who|whom|where)\b/i.test(clean)) return false;
  const told = factWords(f);
  const toldStems = factStems(f, v);
  const claimed = words(clean).flatMap((w) => w.split('-')).filter((w) => !v.stop.has(v.stem(w)) && !TAGS.has(w));
  const stems = new Set(claimed.map((w) => root(v.stem(w))));
  const named = new Set([...clean.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}'’-]*/gu)].flatMap((m) => words(m[0])));
  return claimed.some((w, i) => {
    const next = claimed[i + 1];
    // (A word of a name describes nothing: "the Strategic Defence Review".)
    if (!next || /^\d/.test(w) || f.wordStems.has(root(v.stem(w))) || !describing(w) || named.has(w)) return false;
    const n = root(v.stem(next));
    return toldStems.some((t, j) => {
      const before = told[j - 1];
      if (t !== n || !before || /^\d/.test(before) || v.stop.has(v.stem(before)) || stems.has(toldStems[j - 1]!)) return false;
      // (A noun before it describes it too: "British foreign secretary" against "British defence secretary".)
      // (Two words the lexicon calls generic ask nothing of each other: "military spending" for "defence spending".)
      const generic = [w, before].every((x) => v.phrases.get(v.stem(x))?.kind === 'generic');
      return (describing(before) || PARTS.has(before) || modifyingNoun(before)) && !generic && !sameMeaning(w, before, v);
    });
  });
}

/** A time said relative to now: "this year", "last week", "the next parliament". */
const RELATIVE = /\b(this|last|next|past|coming|previous|current)\s+(year|week|month|parliament|term|decade|summer|winter|spring|autumn)\b/gi;

/** Whether the claim puts something in another relative time than the fact does for the same unit: "this year" against "last year". */
export function otherTime(clean: string, f: Pick<IndexedFact, 'answer' | 'quote'>): boolean {
  const claimed = [...clean.matchAll(RELATIVE)];
  if (!claimed.length) return false;
  const told = [...`${f.answer} ${f.quote}`.matchAll(RELATIVE)].map((m) => [m[1]!.toLowerCase(), m[2]!.toLowerCase()]);
  return claimed.some((m) => {
    const [when, unit] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    const same = told.filter(([, u]) => u === unit);
    return same.length > 0 && same.every(([w]) => w !== when);
  });
}

/** What may or will happen, not what has: "could block", "is expected to attend", "will be published". */
const HEDGE = /^(?:could|may|might|would|will|likely|expected|due|set|plans?|planned|aims?|intends?|hopes?|wants?)$/;
/** A claim that something has happened: "did …", "was … published", "has … been". */
const DONE_CLAIM = /^\W*(?:[\w',]+\s+){0,6}?(?:did|was|were|has|have|had)\b/i;
/** A claim asking about what may or will happen ("could Orbán block it?", "will it be published?", "is he expected to attend?"). */
const HEDGED_CLAIM = /\b(?:could|can|may|might|would|will|likely|expected|due|set to|plans?|planned|planning|aims?|intends?|going to|gonna|wants?|possible|possibly|threat\w*)\b/i;

/**
 * Whether the fact says the claim's act (its subject's first word after it) only may or will happen ("could block a joint statement"),
 * and the claim says it did or does ("did Orbán block the statement?"): the fact does not state it.
 */
export function onlyHedged(clean: string, act: string | undefined, f: Pick<IndexedFact, 'answer'>, v: Vocabulary): boolean {
  // (Only a claim that it has happened: "is Costa chairing the summit?" may ask of what is arranged.)
  if (!act || HEDGED_CLAIM.test(clean) || !DONE_CLAIM.test(clean)) return false;
  const { stems } = answerWords(f, v);
  return stems.includes(act) ? actOnlyAfter(f, act, v, HEDGE, HEDGE_WORDS) : actsOnlyHedged(f, v);
}

/** Hedges only before "to" ("set to", "due to"). */
const ONLY_BEFORE_TO = new Set(['set', 'due']);
/** Words between a hedge and its act: "could be blocked", "is expected to attend". */
const LINKING = new Set(['be', 'to', 'have', 'been', 'not', 'also', 'still', 'soon']);

/**
 * For a claim whose act the fact's answer writes in other words (a key: "did Hungary veto the
 * statement?" of "could block a joint statement"): every act the answer states, saying aside, only
 * may or will happen.
 */
function actsOnlyHedged(f: Pick<IndexedFact, 'answer'>, v: Vocabulary): boolean {
  const { told } = answerWords(f, v);
  const lower = told.map((w) => w.toLowerCase());
  // ("set" and "due" hedge only before "to": "is now set two years ahead" has happened.)
  const hedge = (i: number) => HEDGE.test(lower[i]!) && (!ONLY_BEFORE_TO.has(lower[i]!) || lower[i + 1] === 'to');
  const hedgedAt = (i: number) => lower.slice(Math.max(0, i - HEDGE_WORDS), i).some((_, k) => hedge(Math.max(0, i - HEDGE_WORDS) + k));
  // The acts: words right after a hedge (past linking words), and the other words mostly verbs.
  const afterHedge = new Set<number>();
  lower.forEach((_, i) => {
    if (!hedge(i)) return;
    let j = i + 1;
    while (j < lower.length && LINKING.has(lower[j]!)) j++;
    if (j < lower.length) afterHedge.add(j);
  });
  if (!afterHedge.size) return false;
  const acts = lower.flatMap((w, i) => {
    if (hedge(i) || LINKING.has(w)) return [];
    if (afterHedge.has(i)) return [i];
    const saying = v.terms(w).includes('say');
    return mostlyVerb(w) && !v.stop.has(v.stem(w)) && !saying ? [i] : [];
  });
  return acts.every(hedgedAt);
}

/** A threat or warning someone made ("threatening that it would be made to pay"). */
const THREAT = /^(?:threat(?:s|en|ens|ened|ening)?|warn(?:s|ed|ing)?)$/i;
/** How far before the act a threat may be: "threatening that it would be made to pay “twice as much” in trade talks". */
const THREAT_WORDS = 15;

/**
 * Whether the fact says the claim's acts (its verbs the fact writes) only as what someone
 * threatened or warned ("Trump … threatening that it would be made to pay “twice as much”"), and
 * the claim does not say so ("Is Spain going to pay twice as much in trade talks?"): the fact does
 * not state them.
 */
export function onlyThreatened(clean: string, f: Pick<IndexedFact, 'answer' | 'wordStems'>, v: Vocabulary): boolean {
  const claimed = words(clean);
  if (claimed.some((w) => THREAT.test(w))) return false;
  const acts = claimed.flatMap((w) => (mostlyVerb(w) && f.wordStems.has(root(v.stem(w))) ? [root(v.stem(w))] : []));
  return acts.length > 0 && acts.every((act) => actOnlyAfter(f, act, v, THREAT, THREAT_WORDS));
}

/** How far before the act a hedge may be: "could block". */
const HEDGE_WORDS = 3;

/** A fact's answer as words, with their stems (read once per fact). */
const answerWords = once((f: Pick<IndexedFact, 'answer'>, v: Vocabulary) => {
  const told = words(f.answer);
  return { told, stems: told.map((w) => root(v.stem(w))) };
});

/** Whether every place the fact's answer says the act has, within `span` words before it, a word `before` matches. */
function actOnlyAfter(f: Pick<IndexedFact, 'answer'>, act: string, v: Vocabulary, before: RegExp, span: number): boolean {
  const { told, stems } = answerWords(f, v);
  const at = stems.flatMap((s, i) => (s === act ? [i] : []));
  return at.length > 0 && at.every((i) => told.slice(Math.max(0, i - span), i).some((w) => before.test(w)));
}
