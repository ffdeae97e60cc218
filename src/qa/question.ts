import { distance } from 'fastest-levenshtein';
import type { QuestionKind } from '../facts/schema.ts';
import { claimsOf, type Claims } from './claims.ts';
import { isEnglishWord } from './dictionary.ts';
import { anyOf, BE_AUX, cleanText, DO_AUX, extractNumbers, words, type Numbers } from './text.ts';
import { once } from './once.ts';
import { DETERMINERS, matchAt, nounAt, PARTICLES, phraseAt, root, type Vocabulary } from './vocabulary.ts';
import { inWordNet, memberOf, mostlyVerb, numeralOf, relatedTo, sensesOf, type Link } from './wordnet.ts';

/** What the bot understood of a question. */
export interface Question {
  clean: string;
  /** Concept and entity terms ("spending", "@hegseth"), in order, without repeats. */
  terms: string[];
  /** Words it does not know, even allowing for a typo. */
  unknown: string[];
  /** Typos it fixed: [typed, understood]. */
  corrected: [string, string][];
  kind: QuestionKind;
  yesno: boolean;
  numbers: Numbers;
  /** Every word's stem, typos fixed. */
  stems: string[];
  /** People named by name, and people (or titles) named by title: "Is Koizumi the PM?". */
  named: string[];
  titled: string[];
  /** The title a who-question asks the holder of ("which **Japanese prime minister** met Trump?"): its key and the person the vocabulary reads it as. */
  askedTitle?: { key: string; holder: string };
  /** Compares two things: "Is the pledge the same figure as the goal?". */
  comparison: boolean;
  /** Asks about being somewhere: a country or place right after "in", "at", "to" or "visit". */
  location: boolean;
  /** Words of a person's title next to their name ("Japan's new defence chief", "the Pentagon boss"): the term → whom it describes. */
  describes: Record<string, string>;
  /** Owner named for a concept: "US defence budget" → { spending: "us" }. */
  owners: Record<string, string>;
  /** What a yes/no answer must find stated: people and places together, figures. */
  claims: Claims;
  /**
   * Terms of the phrase the question ends on after a preposition ("when did the Bundestag vote
   * **on the debt brake**?", "… under the new deal?"): they may only say which story it is about.
   */
  framing: string[];
  /** Words the question quotes, lower case: "what was Merz's 'whatever it takes' line about?". */
  quoted: string[];
  /** The question's words that some fact uses as written (stems): "fund", "majority". */
  words: string[];
  /** Each concept term's own words (stems), which a fact may state instead: spending ← "fund". */
  sources: Record<string, string[]>;
  /**
   * Terms read from a word through WordNet on thin evidence (one verb relative, a derived form, a
   * broader term), with the word, where it is and its own stem: they count where a fact states
   * them, and otherwise the word is as unknown as before (see the engine).
   */
  soft: { term: string; word: string; at: number; stem: string; loose?: boolean; own?: boolean }[];
}

/** "Which allies besides Spain opposed …", "who hosted …": a question asking who did it, with no auxiliary. */
export const SUBJECT_ASK = new RegExp(String.raw`^\W*(who|which|what)\s+(?!(?:\w+\s+){0,3}?${anyOf([...BE_AUX, ...DO_AUX, 'should', 'must'])}\b)(.+)$`, 'i');

/** Auxiliary verbs, which start a yes/no question and come before its subject ("does the US have"). */
/** Auxiliaries after which a question's subject comes ("who did the PM meet?"), unlike "is"/"was" ("who was PM?"). */
const DOING = new Set(DO_AUX);

export const AUX = new Set([...BE_AUX, ...DO_AUX, 'should', 'shall', 'may', 'might', 'must', 'isnt', 'wasnt', 'didnt', 'doesnt', 'wont', 'hasnt', 'havent', 'arent',
  // "wasn't" read as words: "wasn" "t".
  'isn', 'wasn', 'didn', 'doesn', 'hasn', 'haven', 'aren', 'weren']);
/** "..., didn't he?", "..., right?" */
const TAG_QUESTION = / (didn't|didnt|did|doesn't|doesnt|isn't|isnt|wasn't|wasnt|won't|wont|hasn't|hasnt|aren't|right|correct|true|no) (he|she|it|they|we)? ?$/;
/** Forms of "become" (stems), a verb of taking a post ("when did Koizumi become minister?") or a link to a quality. */
const BECOME = new Set(['becom', 'becam']);
const COMPARING = new Set(['more', 'less']);
/** Words ending the phrase after "become": "become climate neutral **by** 2045". */
const PHRASE_END = new Set(['by', 'in', 'on', 'at', 'for', 'after', 'before', 'when', 'than', 'and', 'or', 'under', 'with', 'from', 'since', 'until']);
/**
 * "Become" linking its subject to a quality asks about the quality, not about taking a post: "how
 * much more lethal will the army become?", "did Europe become more secure?", "by when must Germany
 * become climate neutral?" (the phrase after it a comparison or ending on a word WordNet knows
 * mostly as an adjective; at the question's end, a comparison before it). "When did Koizumi become
 * defence minister?" still asks when he took the post.
 */
function linking(t: Token, surface: string[]): boolean {
  if (t.from?.length !== 1 || !BECOME.has(t.from[0]!)) return false;
  const after = surface.slice(t.at + 1).map((w) => w.toLowerCase());
  const end = after.findIndex((w) => PHRASE_END.has(w));
  const phrase = end < 0 ? after : after.slice(0, end);
  if (!phrase.length) return surface.slice(0, t.at).some((w) => COMPARING.has(w.toLowerCase()));
  if (COMPARING.has(phrase[0]!)) return true;
  const { noun, verb, adj } = sensesOf(phrase.at(-1)!);
  return adj > noun + verb;
}
/** Verbs of wishing, whose "to …" says the act asked about (stems). */
const WISH = new Set(['want', 'hope', 'wish']);
const LEAD_IN = new Set(['so', 'and', 'but', 'ok', 'okay', 'hey', 'hi', 'please', 'also', 'then', 'well', 'factdesk', 'bot', 'btw', 'quick', 'question']);

function questionKind(ws: string[]): { kind: QuestionKind; yesno: boolean } {
  const text = ` ${ws.join(' ')} `;
  let i = 0;
  while (i < ws.length - 1 && LEAD_IN.has(ws[i]!)) i++;
  const first = (ws[i] ?? '').replace(/'/g, '');
  if (/ how (many|much (of )?(the )?(us |american |u\.s\. )?(soldiers?|troops?|forces|personnel|people|men|bases)) /.test(text) || / number of (troops|soldiers|us|american|forces|personnel) /.test(text)) return { kind: 'howmany', yesno: false };
  if (/ how (much|big|large|high) / .test(text) || / what (percentage|percent|%|share|level|amount|figure) /.test(text)) return { kind: 'howmuch', yesno: false };
  if (/^ (was|is|were|did) (it|that) /.test(text) || /^ (confirm|verify|check|is it true|true or false)\b/.test(text)) return { kind: 'yesno', yesno: true };
  // "Had Koizumi been minister long when he met Hegseth?" asks yes or no, whatever follows.
  if (AUX.has(first) && !/ or /.test(text)) return { kind: 'yesno', yesno: true };
  // The question word that comes first decides: "Where was he when he met Koizumi?" asks where.
  const asked = WH.map(([kind, re]) => ({ kind, at: text.search(re) }))
    .filter((w) => w.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (asked) return { kind: asked.kind, yesno: false };
  if ((AUX.has(first) && !/ or /.test(text)) || TAG_QUESTION.test(text)) return { kind: 'yesno', yesno: true };
  // "after the meeting did they hold a press conference?": the verb comes first after a lead-in.
  if (/ (?:did|does|do|is|are|was|were|will|has|have|had) (?:they|he|she|it|the|both) /.test(text) && !/ (?:or|what|whats|which|how) /.test(text)) return { kind: 'yesno', yesno: true };
  if (/ which /.test(text)) return { kind: 'which', yesno: false };
  if (/ how /.test(text)) return { kind: 'how', yesno: false };
  return { kind: 'what', yesno: false };
}

const WH: [QuestionKind, RegExp][] = [
  ['when', / (when|(?:what|which) (?:(?:exact|precise|specific|particular) )?(?:date|day|time|year|month)|by when|how long ago|how soon) /],
  ['where', / (where|which city|what city|what place|which place|what location|which country did|what venue) /],
  // ("What was Merz's reason for refusing …?", "what were the motives behind …", "what prompted …": a reason asked in other words.)
  ['why', / (why|how come|what(?: \S+){0,3} (?:reasons?|motives?|motivation|rationale) (?:for|behind|to|that)|what reasons?|what drove|what drives|what is driving|what's driving|whats driving|what is behind|what's behind|what (?:prompted|motivated)) /],
  ['who', / (who|whom|whose|(which|what) (\S+ ){0,2}(official|officials|person|minister|leader|secretary|politician|people|man|woman|president|premier|pm|chief|head)) /],
];

/** Whether the text itself asks when ("What date in 2026 is the summit?"), not only names an event ("the 2035 deadline"). */
export const asksWhen = (text: string) => WH[0]![1].test(` ${words(text).join(' ')} `);

/** "hegsteh" for "hegseth": two neighbouring letters swapped. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/**
 * The closest known word for a typo, if one is close enough to be sure. Real English words are
 * not typos. Words of five letters or more may be one edit off a meaningful word (two from eight
 * letters); any known word, function words included, may be two letters swapped ("abuot") or, for
 * a four-letter non-word, one letter short of a word ("japn") or one edit off a function word ("whay").
 * A letter typed over and over is typed once or twice ("hiii", "sooo", "pleeease"), and a
 * three-letter non-word may be the one word it is a letter short of ("mny" → many). A name's
 * possessive typed without its apostrophe is the name ("leyns" → leyen).
 */
function correct(v: Vocabulary, word: string): string | undefined {
  if (v.corrections.has(word)) return v.corrections.get(word);
  let best: string | undefined;
  const known = (w: string) => v.phrases.has(v.stem(w)) || v.stop.has(v.stem(w));
  if (/([a-z])\1\1/.test(word)) best = [word.replace(/([a-z])\1{2,}/g, '$1'), word.replace(/([a-z])\1{2,}/g, '$1$1')].find(known);
  else if (word.length === 3 && /^[a-z]+$/.test(word) && !isEnglishWord(word)) {
    const longer = (v.typoTargets.get(`${word[0]}4`) ?? []).filter((t) => distance(word, t.word) === 1);
    if (longer.length === 1) best = longer[0]!.word;
  } else if (word.length >= 4 && !/\d/.test(word) && !isEnglishWord(word)) {
    const limit = word.length >= 8 ? 2 : 1;
    let bestDistance = limit + 1;
    for (let length = word.length - limit; length <= word.length + limit; length++)
      for (const { word: candidate, plain } of v.typoTargets.get(`${word[0]}${length}`) ?? []) {
        const swapped = isTransposition(word, candidate);
        const d = swapped ? 1 : distance(word, candidate);
        const allowed = word.length === 4 ? d === 1 && (plain || length === 5) : !plain || swapped;
        if (allowed && d < bestDistance) [best, bestDistance] = [candidate, d];
      }
  }
  // (A name's possessive typed without its apostrophe, misspelt too: "von der leyns plan" → leyen;
  // not a word that only comes near a common one: "charles" is not "charge".)
  if (!best && word.length >= 5 && word.endsWith('s') && !/\d/.test(word) && !isEnglishWord(word)) {
    const head = word.slice(0, -1);
    const name = known(head) ? head : correct(v, head);
    if (name && v.nameWords.has(name) && !isEnglishWord(name)) best = name;
  }
  if (v.corrections.size < 10_000) v.corrections.set(word, best);
  return best;
}

/** How much each kind of WordNet link counts for a concept: a derived form is the word itself in another class ("approval" → approve). */
const LINK_VOTES: Record<Link, number> = { same: 1, derived: 2, broader: 0.5 };

/**
 * A real word (or phrasal verb, "turn down") the vocabulary does not know, read as the concept its
 * WordNet relatives agree on: "outlays" → spending (outlay's synonyms spending and expenditure both
 * mean it), "approval" → approve (its derived verb). One synonym alone is not enough for a noun
 * ("weather" → conditions is not the security environment); for a verb, whose relatives are ways of
 * saying the same act, one is enough ("convene" → meet, "turn down" → refuse), unless the word is
 * more often a noun ("last quarter") or a determiner makes it one ("tell me a joke").
 */
/** The word is the verb a wh-question (perhaps "what date", "how many", not "what else") asks about: "what did Zelensky eat …?", "what date did Hegseth arrive …?". */
// (Read without a pattern per word: each compiled pattern kept about 12 KB of machine code, and a
// running bot meets thousands of words. The word is one of the three words after the auxiliary, or
// the word right after it, whichever of the two ways the question's opening reads.)
export function asksVerb(word: string, text: string): boolean {
  const w = word.replace(/[^\w-]/g, '');
  return verbPlaces(text).some((from) => {
    let at = from;
    for (let skipped = 0; ; skipped++) {
      if (startsWith(text, w, at)) return true;
      if (skipped === 3) return false;
      WORD_AND_SPACE.lastIndex = at;
      if (!WORD_AND_SPACE.test(text)) return false;
      at = WORD_AND_SPACE.lastIndex;
    }
  });
}
/** Where the words after a wh-question's auxiliary start, with and without a word after the question word ("what date did …"). */
function verbPlaces(text: string): number[] {
  // (Asked for most words of one question in turn: read once per text.)
  if (lastPlaces?.text !== text) lastPlaces = { text, places: [ASKING_WITH_WORD, ASKING].flatMap((re) => re.exec(text)?.[0].length ?? []) };
  return lastPlaces.places;
}
let lastPlaces: { text: string; places: number[] } | undefined;
const ASKING_WITH_WORD = new RegExp(String.raw`^\W*(?:what|which|who|whom|where|when|why|how) (?!else\b)\w+\s+${anyOf(DO_AUX)}\s+`, 'i');
const ASKING = new RegExp(String.raw`^\W*(?:what|which|who|whom|where|when|why|how)\s+${anyOf(DO_AUX)}\s+`, 'i');
const WORD_AND_SPACE = /\S+\s+/y;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** The text has `w` at `at`, ASCII letters in either case, with a word boundary after it (as /…w\b/i reads it). */
function startsWith(text: string, w: string, at: number): boolean {
  if (at + w.length > text.length) return false;
  for (let i = 0; i < w.length; i++) {
    const a = text.charCodeAt(at + i);
    const b = w.charCodeAt(i);
    if (a !== b && !(isLetter(a) && isLetter(b) && (a | 32) === (b | 32))) return false;
  }
  const end = at + w.length;
  return isWordChar(text.charCodeAt(end - 1)) !== isWordChar(text.charCodeAt(end));
}
/**
 * The word is the verb right after "who" or a "which" noun phrase, what a question about who or
 * which did something asks: "who owns …?", "which officials besides Koizumi attended …?" (not
 * "which ally was allowed to skip …?", whose verb is "allowed").
 */
export function follows(word: string, text: string): boolean {
  const w = word.replace(/[^\w-]/g, '');
  return new RegExp(`${WHO_OR_WHICH}\\s+${w}\\b`, 'i').test(text);
}
/** "who" or "which" and a noun phrase of up to four words, not an auxiliary, opening a question (the word after it is what follows() asks about). */
const WHO_OR_WHICH = `^\\W*(?:who|which(?:\\s+(?!(?:${[...AUX].join('|')})\\b)[\\w'-]+){1,4})`;

/**
 * How a word stands in its question: a phrasal verb, after a determiner (a noun), or the verb a
 * wh-question asks about (never read as a generic verb: "arrive" is "come", but "what date did
 * Hegseth arrive?" asks about arriving).
 */
interface Place {
  phrasal?: boolean;
  noun?: boolean;
  asked?: boolean;
}

function synonym(v: Vocabulary, word: string, { phrasal = false, noun = false, asked = false }: Place = {}): { stem: string; soft: boolean; others?: string[] } | undefined {
  if (word.length < 3 || /\d/.test(word)) return undefined;
  const votes = new Map<string, { all: number; same: number; verb: number; stem: string }>();
  const verb = !noun && (phrasal || mostlyVerb(word));
  for (const r of relatedTo(word, phrasal)) {
    const stems = r.word.split(/[\s-]+/).map(v.stem);
    const meaning = /\d/.test(r.word) || stems.some((s) => !s) || (stems.length === 1 && v.stop.has(stems[0]!)) ? undefined : v.phrases.get(stems.join(' '));
    // (A verb whose relatives are the lexicon's generic verbs, "hold", "carry", "include", is one: "contain". Not a noun: "father" is no "man".)
    if (meaning?.kind !== 'concept' && !(meaning?.kind === 'generic' && r.verb && verb && !asked)) continue;
    const id = meaning.kind === 'concept' ? meaning.id : '';
    const vote = votes.get(id) ?? { all: 0, same: 0, verb: 0, stem: stems.join(' ') };
    vote.all += LINK_VOTES[r.link];
    if (r.link === 'same') vote.same += 1;
    if (r.verb && r.link !== 'broader') vote.verb += 1;
    else if (r.verb) vote.verb += 0.5;
    votes.set(id, vote);
  }
  // (Sorted stably: between a verb's equals, the commonest sense's lemma, "reject" before "refuse".)
  const ranked = (by: 'all' | 'same' | 'verb') => [...votes.values()].sort((a, b) => b[by] - a[by]);
  // (Two synonyms agreeing are sure; anything less is a reading the facts must bear out.)
  // (A generic reading is sure as well: it only says the word asks nothing of its own.)
  const generic = (x: { stem: string }) => v.phrases.get(x.stem)?.kind === 'generic';
  const [same, other] = ranked('same');
  if (same && same.same >= 2 && same.same > (other?.same ?? 0)) return { stem: same.stem, soft: false };
  const [first, second] = ranked('all');
  if (first && first.all >= 2 && first.all > (second?.all ?? 0)) return { stem: first.stem, soft: !generic(first) };
  // (A verb's relatives may be several concepts of the facts, "refuse" and "reject": each is a reading.)
  const verbs = !verb ? [] : ranked('verb').filter((x) => x.verb >= 0.5 && !generic(x)).slice(0, MAX_READINGS);
  return verbs.length ? { stem: verbs[0]!.stem, soft: true, others: verbs.slice(1).map((x) => x.stem) } : undefined;
}

/** A quotation: quote marks around a few words, not an apostrophe ("Merz's"). */
const QUOTED = /(?:^|\s)['"]([^'"]{3,80}?)['"](?=[\s?.,!]|$)/g;
/** Where a quotation may open (QUOTED starts so): most questions have none, and need not be searched for one. */
const QUOTE_OPENS = /(?:^|\s)['"]/;
const COMPARISON = /\b(same|compare[ds]?|comparison|both|differ|different|difference|versus|vs|match(es)?|equal|consistent)\b/i;
/** Concepts that only say what a person is: "Who runs Japan's government now?". */
export const PERSON_WORDS = new Set(['role', 'current', 'lead', 'government', 'official-name']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'to', 'for', 'with', 'besid', 'into', 'than', 'by', 'of', 'about']);
const LOCATION_WORDS = new Set(['in', 'at', 'to', 'visit']);
/** Prepositions whose phrase at the end of a question may only frame it ("… on the debt brake?"; not "in", "to": "troops in Japan", "goes to the states"). */
const FRAMING = new Set(['on', 'about', 'under', 'of', 'for', 'at', 'during', 'over', 'regarding']);
/** The framing phrase's words, its preposition included: "on Merz's debt brake reform". */
const MAX_FRAMING_WORDS = 5;
/** "How many soldiers does Japan itself have?" */
const OWN = new Set(['itself', 'own', 'themselv']);
const OWNER_VERBS = new Set(['have', 'ha', 'keep', 'maintain', 'field', 'station', 'deploy', 'spend']);
const MAX_CORRECTIONS = 6;
/** WordNet look-ups per question: a message of many unknown words is not a paraphrase. */
const MAX_SYNONYM_LOOKUPS = 3;
/** Verb-particle pairs looked up per question ("turned down", "hand in"). */
const MAX_PHRASALS = 2;
/** Readings kept of a verb whose relatives are several concepts. */
const MAX_READINGS = 3;

/** A word read through WordNet on thin evidence, and its readings besides the one in its place. */
interface Reading {
  word: string;
  others: string[];
  /** A loose word of the lexicon: the facts may bear it out even where the question names nothing else. */
  loose?: boolean;
  /** The word is one the articles write: its first reading is the word itself. */
  own?: boolean;
}
/** The word follows a determiner somewhere in the text: "the weather", "a pass". */
export function afterDeterminer(word: string, text: string): boolean {
  const ws = words(text);
  return ws.some((w, i) => w === word.toLowerCase() && DETERMINERS.has(ws[i - 1] ?? ''));
}

interface Token {
  term?: string;
  entity?: string;
  title?: string;
  stem: string;
  /** Index of its first word. */
  at: number;
  /** The stems of its words. */
  from?: string[];
}

/**
 * Stems of the words, typos fixed where sure; words of a known phrase as typed ("boots on the
 * ground") are left alone. Returns the stems and the words it could not place.
 */
function fixTypos(v: Vocabulary, surface: string[], yesno = false): { fixed: string[]; unknown: string[]; corrected: [string, string][]; soft: Map<number, Reading>; inThing: Set<number> } {
  const unknown: string[] = [];
  const soft = new Map<number, Reading>(); // word index → the word read on thin evidence
  const corrected: [string, string][] = [];
  const raw = surface.map(v.stem);
  const inPhrase = new Set<number>();
  for (let i = 0; i < raw.length; i++) {
    const m = matchAt(v, raw, i, surface);
    if (m && m.length > 1) for (let k = i; k < i + m.length; k++) inPhrase.add(k);
  }
  let lookups = 0;
  let phrasals = 0;
  const text = surface.join(' ');
  const taken = new Set<number>(); // particles of phrasal verbs read with their verb
  const things = wordnetRuns(v, surface, inPhrase);
  const inThing = new Set<number>(); // the other words of a thing WordNet names in several
  const fixed = surface.map((w, i) => {
    const s = raw[i]!;
    if (taken.has(i)) return s;
    // ("war chest" → fund: words WordNet reads as one thing, as the thing one level up the facts name.)
    const thing = things.get(i);
    const reading = thing && lookups++ < MAX_SYNONYM_LOOKUPS ? compoundReading(v, surface.slice(i, i + thing)) : undefined;
    if (reading) {
      for (let k = i + 1; k < i + thing!; k++) {
        taken.add(k);
        inThing.add(k);
      }
      soft.set(i, { word: surface.slice(i, i + thing!).join(' '), others: reading.slice(1) });
      return reading[0]!;
    }
    // "turned down" → reject, "hand in" → submit: a verb and its particle as WordNet reads them.
    // (Only for a verb it does not know: "run through March", "cast in favour" keep their words;
    // or one the lexicon calls generic, which says nothing alone: "let off" → exempt, "set aside"
    // → earmark. Its reading is then one the facts must bear out, and the verb otherwise asks
    // nothing, as before.)
    const generic = v.phrases.get(s)?.kind === 'generic' && !inPhrase.has(i);
    const phrasal = PARTICLES.has(surface[i + 1] ?? '') && !nounAt(surface, i) && (!v.phrases.has(s) || generic) && !v.stop.has(s) && phrasals++ < MAX_PHRASALS ? synonym(v, `${v.spell(w)} ${surface[i + 1]}`, { phrasal: true, asked: asksVerb(w, text) }) : undefined;
    if (phrasal) {
      taken.add(i + 1);
      // (The verb alone is a reading too, where WordNet reads the pair in other senses: "fix up" is
      // "arrange" there, "fix" "repair".)
      const alone = phrasal.soft && !generic && lookups++ < MAX_SYNONYM_LOOKUPS ? synonym(v, v.spell(w), { asked: asksVerb(w, text) }) : undefined;
      const others = [...(phrasal.others ?? []), ...(alone ? [alone.stem, ...(alone.others ?? [])] : [])];
      if (phrasal.soft || generic) soft.set(i, { word: `${w} ${surface[i + 1]}`, others, ...(generic ? { loose: true } : {}) });
      return phrasal.stem;
    }
    // A loose word ("attack", "room") is its concept only where the answering fact states it; a
    // word the facts use is also itself there ("attack submarines").
    const loose = inPhrase.has(i) ? undefined : v.loose.get(s);
    if (loose) {
      const meaning = v.phrases.get(s);
      const own = meaning?.kind === 'concept' && meaning.id === s ? [s] : [];
      // (The word as the articles write it is a reading too: "attack submarines".)
      const [first, ...others] = [...own, ...loose];
      soft.set(i, { word: w, others, loose: true, own: own.length > 0 });
      return first!;
    }
    if (v.phrases.has(s) || v.stop.has(s) || inPhrase.has(i) || /^\d+(?:bn|tn|m)?$|^%$/.test(w)) return s;
    const c = corrected.length < MAX_CORRECTIONS ? correct(v, w) : undefined;
    if (c) {
      corrected.push([w, c]);
      return v.stem(c);
    }
    // ("the trio of documents": a word naming a number is that number; in a yes/no question it is
    // a count the claims do not check, so it stays unknown and is never confirmed: "did the trio meet?")
    const numeral = !yesno && lookups < MAX_SYNONYM_LOOKUPS ? numeralOf(w) : undefined;
    if (numeral) return numeral;
    // ("the Spaniards", "the Brits": a people the curators gave no alias is the country WordNet says they belong to.)
    const country = lookups < MAX_SYNONYM_LOOKUPS ? countryOfPeople(v, w) : undefined;
    if (country) return country;
    const same = lookups++ < MAX_SYNONYM_LOOKUPS ? synonym(v, v.spell(w), { noun: DETERMINERS.has(surface[i - 1] ?? ''), asked: asksVerb(w, text) }) : undefined;
    if (same?.soft) soft.set(i, { word: w, others: same.others ?? [] });
    if (same) return same.stem;
    unknown.push(w);
    return s;
  });
  return { fixed, unknown, corrected, soft, inThing };
}

/** The stem is the word less an ending at most ("funds" → fund), not a shorter word ("authorization" → author). */
const isFormOfStem = (word: string, stem: string) => word.length - stem.length <= 3;

/** Longest run of words WordNet may list as one thing ("head of state"). */
const MAX_RUN = 4;

/**
 * Runs of the question's words that WordNet lists as one noun and the vocabulary does not know as a
 * phrase, ending in a word the vocabulary cannot place ("war chest"), by the index of the first
 * word and the run's length. (Tried: idioms WordNet lists as adjectives or adverbs, "in return",
 * "off the hook", as asking nothing; "on average" then stopped vetoing a question it should.)
 */
function wordnetRuns(v: Vocabulary, surface: string[], inPhrase: Set<number>): Map<number, number> {
  const things = new Map<number, number>();
  const unplaced = (w: string, k: number) => !inPhrase.has(k) && !v.phrases.has(v.stem(w)) && !v.stop.has(v.stem(w));
  for (let i = 0; i < surface.length - 1; i++) {
    for (let n = Math.min(MAX_RUN, surface.length - i); n >= 2; n--) {
      const run = surface.slice(i, i + n);
      // (Its last word, the kind of thing it is, unknown: "white paper" is a paper the vocabulary knows, read as written.)
      if (run.some((w) => !/^[a-z]+$/.test(w)) || !unplaced(run.at(-1)!, i + n - 1)) continue;
      const { noun, verb, adj, adv } = sensesOf(run.join(' '));
      if (!noun || verb || adj || adv) continue;
      things.set(i, n);
      i += n - 1;
      break;
    }
  }
  return things;
}

/**
 * What the facts call a thing WordNet names in several words: the concepts its other names, derived
 * forms and broader terms are, the nearest first ("war chest" → fund); none if no relative is one.
 */
function compoundReading(v: Vocabulary, run: string[]): string[] | undefined {
  const order: Link[] = ['same', 'derived', 'broader'];
  const stems = order.flatMap((link) =>
    relatedTo(run.join(' '))
      .filter((r) => r.link === link)
      .flatMap((r) => {
        // (A word the facts write, as the facts write it: "authorization" is no "author".)
        const key = words(r.word).map(v.stem).join(' ');
        return v.phrases.get(key)?.kind === 'concept' && words(r.word).every((w) => v.stated.has(root(v.stem(w))) && isFormOfStem(w, v.stem(w))) ? [key] : [];
      }),
  );
  const unique = [...new Set(stems)].slice(0, MAX_READINGS);
  return unique.length ? unique : undefined;
}

/**
 * A people's country as the vocabulary names it: the whole WordNet says the word's commonest sense
 * is a member of ("Spaniards" → Spain), where that whole is a country or place the facts name.
 */
function countryOfPeople(v: Vocabulary, word: string): string | undefined {
  for (const whole of memberOf(word)) {
    const key = words(whole).map(v.stem).join(' ');
    const meaning = v.phrases.get(key);
    const kind = meaning?.kind === 'entity' ? v.entityKind.get(meaning.id) : undefined;
    if (kind === 'country' || kind === 'place') return key;
  }
  return undefined;
}

/**
 * An auxiliary the lexicon also reads as a concept, standing as the auxiliary: before a verb and not
 * after a determiner ("who **might** veto …?", not "the might of the alliance", "Japan's military might").
 */
function modalAt(surface: string[], i: number): boolean {
  const [before, word, after] = [surface[i - 1], surface[i]!.toLowerCase(), surface[i + 1]];
  return AUX.has(word) && after !== undefined && /^[a-z]+$/.test(after) && sensesOf(after).verb > 0 && !DETERMINERS.has(before ?? '') && !/'s$/.test(before ?? '');
}

/** The stems read as phrases (longest first), each with its meaning; and the word indexes phrases cover. */
function readPhrases(v: Vocabulary, fixed: string[], surface: string[]): { seq: Token[]; inPhrase: Set<number> } {
  const seq: Token[] = [];
  const inPhrase = new Set<number>();
  for (let i = 0; i < fixed.length; ) {
    // (A phrase opening with a function word gives way to one after it reaching further: see phraseAt.)
    const m = phraseAt(v, fixed, i, surface);
    const stem = fixed[i]!;
    if (!m || (m.length === 1 && modalAt(surface, i))) {
      seq.push({ stem, at: i++ });
      continue;
    }
    for (let k = i; k < i + m.length; k++) inPhrase.add(k);
    const meaning = m.meaning;
    if (meaning.kind === 'concept') seq.push({ term: meaning.id, stem, at: i, from: fixed.slice(i, i + m.length) });
    else if (meaning.kind === 'entity') seq.push({ term: `@${meaning.id}`, entity: meaning.id, title: meaning.title, stem, at: i, from: fixed.slice(i, i + m.length) });
    else seq.push({ stem, at: i });
    i += m.length;
  }
  return { seq, inPhrase };
}

/**
 * Who owns an ownable concept: the nearest country (or a person's country) just before it ("US
 * troops", "Japan's budget"), or the subject after it ("troops does Japan have").
 */
function ownersOf(v: Vocabulary, seq: Token[]): Record<string, string> {
  const owners: Record<string, string> = {};
  const countryOf = (e?: string) => (e === undefined ? undefined : v.entityKind.get(e) === 'country' ? e : v.countryOf.get(e));
  seq.forEach((t, i) => {
    if (!t.term || t.entity) return;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const p = seq[j]!;
      const owner = countryOf(p.entity);
      if (owner) {
        owners[t.term] = owner;
        return;
      }
      if (p.term || PREPOSITIONS.has(p.stem)) break;
    }
    for (let j = i + 1; j < seq.length && j <= i + 4; j++) {
      const p = seq[j]!;
      const owner = countryOf(p.entity);
      const verb = seq.slice(j + 1).find((x) => !OWN.has(x.stem));
      if (owner && OWNER_VERBS.has(verb?.stem ?? '')) {
        owners[t.term] = owner;
        return;
      }
      if (p.term) break;
    }
  });
  return owners;
}

/**
 * The terms of a person's titles right before their name, or after a title ("new" in "Japan's new
 * defence chief", "lead" in "the Pentagon boss"; not in "the SPD leader who negotiated with Merz"
 * nor in "Koizumi's leadership"), and a word of tenure right before a title ("the new PM"), each
 * with whom it describes.
 */
function describedBy(v: Vocabulary, seq: Token[]): Record<string, string> {
  const out: Record<string, string> = {};
  seq.forEach((t, i) => {
    const titles = t.entity && v.entityKind.get(t.entity) === 'person' ? v.titleTerms.get(t.entity)! : [];
    // ("the new PM": a word for how long someone has held a title, right before it, says which holder.)
    const fits = (term: string, step: number) => titles.includes(term) || (t.title !== undefined && step < 0 && TENURE.has(term));
    for (const step of t.title ? [-1, 1] : [-1]) for (let j = i + step; seq[j]?.term && !seq[j]!.entity && fits(seq[j]!.term!, step); j += step) out[seq[j]!.term!] = t.entity!;
  });
  return out;
}

/**
 * A title with a country ("Germany's president", "the prime minister of Spain") names whoever
 * holds it there: that country's holder when the facts know one, else someone they never name
 * ("other-official"), not the holder of the same title elsewhere.
 */
function holdersByCountry(v: Vocabulary, seq: Token[], byName: Set<string>): void {
  const country = (t?: Token) => (t?.entity && v.entityKind.get(t.entity) === 'country' ? t.entity : undefined);
  // "Spain got an exception. Who is their PM?": "their" is the one country the message names.
  const countries = [...new Set(seq.flatMap((t) => country(t) ?? []))];
  const theirs = (t?: Token) => (t && POSSESSIVES.has(t.stem) && countries.length === 1 ? countries[0] : undefined);
  seq.forEach((t, i) => {
    if (!t.title || !t.entity || byName.has(t.entity)) return;
    // ("the prime minister of the UK": the article before the country.)
    const of = seq[i + 1]?.stem === 'of' ? (country(seq[i + 2]) ?? (seq[i + 2]?.stem === 'the' ? country(seq[i + 3]) : undefined)) : undefined;
    // (A word of tenure between them still says whose: "Lithuania's current prime minister".)
    const before = seq[i - 1]?.term && TENURE.has(seq[i - 1]!.term!) ? seq[i - 2] : seq[i - 1];
    const c = country(before) ?? of ?? theirs(before);
    // (A title naming its own country keeps it: "the Japan–US defence ministers".)
    const own = v.phrases.get(t.title.split(' ')[0]!);
    if (!c || v.countryOf.get(t.entity) === c || (own?.kind === 'entity' && v.entityKind.get(own.id) === 'country')) return;
    const other = [...v.titles].find(([id, titles]) => v.countryOf.get(id) === c && heldAs(titles, t.title!).some((x) => x.includes(t.title!)))?.[0] ?? holderByWords(v, c, t.title);
    if (other) [t.entity, t.term] = [other, `@${other}`];
    else [t.entity, t.title, t.term] = [undefined, undefined, 'other-official'];
  });
}

/** Words between a verb and the title it takes: "start as defence minister", "became the prime minister". */
const BEFORE_TITLE = new Set(['as', 'the', 'a', 'an']);

/**
 * The sense of a loose word its neighbours give: right before a title, its concept ("when did
 * Hegseth become defence secretary?" asks when he took office; "how lethal will the army become?"
 * does not).
 */
function looseSense(v: Vocabulary, seq: Token[], soft: Map<number, Reading>): void {
  seq.forEach((t, i) => {
    const reading = soft.get(t.at);
    const loose = reading?.loose ? v.loose.get(v.stem(reading.word)) : undefined;
    if (!loose) return;
    let j = i + 1;
    while (seq[j] && !seq[j]!.term && BEFORE_TITLE.has(seq[j]!.stem)) j++;
    const concepts = loose.flatMap((stem) => {
      const m = v.phrases.get(stem);
      return m?.kind === 'concept' ? [m.id] : [];
    });
    // (… and one of whose concepts another word of the question gives means that one: "did Merz win
    // the election?" is about being elected.)
    const given = concepts.find((id) => seq.some((o) => o !== t && o.term === id && !soft.has(o.at)));
    const meant = given ?? (seq[j]?.title ? concepts[0] : undefined);
    if (!meant) return;
    t.term = meant;
    soft.delete(t.at);
  });
}

/** Concepts saying how long someone has held a title: "the new PM", "the current defence chief". */
const TENURE = new Set(['new', 'current']);

/** A title someone held before ("former prime minister of Lithuania"), as the vocabulary stems it. */
const PAST_TITLE = /(?:^| )(?:former|ex|previou) /;

/**
 * Someone's titles that can be what a question's title asks: a title held before only when the
 * question's title says so too ("Lithuania's prime minister" is not Kubilius, a former one; "the
 * ex-Lithuanian PM" is).
 */
const heldAs = (titles: string[], asked: string) => (PAST_TITLE.test(asked) ? titles : titles.filter((x) => !PAST_TITLE.test(x)));

/** Words pointing back to a country: "their PM", "its president". */
const POSSESSIVES = new Set(['their', 'its']);

/** Words that rank a title rather than name the office: "top", "chief", "official". */
const RANK_WORDS = ['top', 'senior', 'chief', 'head', 'boss', 'official', 'leader', 'new'];

/**
 * The one person of the country whose titles have every word of another title that names the
 * office ("Japan's top defence official" → the defence minister, "Japan's military chief" → the
 * minister in charge of the military); none when two fit ("Japan's foreign minister").
 */
function holderByWords(v: Vocabulary, country: string, title: string): string | undefined {
  const rank = new Set(RANK_WORDS.map(v.stem));
  const asked = title.split(' ').filter((w) => !v.stop.has(w) && !rank.has(w));
  if (!asked.length) return undefined;
  const fits = [...v.titles].filter(([id, titles]) => v.countryOf.get(id) === country && asked.every((w) => heldAs(titles, title).some((x) => x.split(' ').includes(w))));
  return fits.length === 1 ? fits[0]![0] : undefined;
}

/** Shortest part of a word read as two ("cyber" of "cybersecurity"). */
const MIN_PART = 4;
/** Shortest verb before a particle written with it ("sit" of "sitdown"). */
const MIN_HEAD = 3;
/** Particles written together with a verb as its noun: "meetup", "sitdown", "kickoff". */
const NOUN_PARTICLES = ['up', 'down', 'off', 'out', 'over', 'back'];

/**
 * A word written as one that neither the vocabulary nor WordNet knows, but a known verb and its
 * particle ("meetup") or two known words together, one of them a concept ("cybersecurity" → cyber security, "defencespending"), as its two words; any
 * other word alone.
 */
function compoundParts(v: Vocabulary, word: string): string[] {
  if (/\d/.test(word) || v.phrases.has(v.stem(word)) || inWordNet(word)) return [word];
  const kind = (w: string) => v.phrases.get(v.stem(w))?.kind;
  // A known word and a particle written as one, the noun of a phrasal verb, is that word: "meetup" → "meet".
  // (Particles that make nouns of verbs; "talkin" is "talking" typed short, not "talk in".)
  const particle = NOUN_PARTICLES.find((p) => word.endsWith(p) && word.length - p.length >= MIN_HEAD);
  const head = particle ? word.slice(0, -particle.length) : '';
  if (particle && kind(head) === 'concept') return [head];
  if (word.length < 2 * MIN_PART) return [word];
  for (let at = MIN_PART; at <= word.length - MIN_PART; at++) {
    const [a, b] = [kind(word.slice(0, at)), kind(word.slice(at))];
    if (a && b && a !== 'entity' && b !== 'entity' && (a === 'concept' || b === 'concept')) return [word.slice(0, at), word.slice(at)];
  }
  return [word];
}

/** The parts of a hyphenated word the vocabulary does not know whole: a person's name without an unknown word after it ("koizumi-san" → koizumi). */
function hyphenParts(v: Vocabulary, word: string): string[] {
  const [first, ...rest] = word.split('-');
  const meaning = v.phrases.get(v.stem(first!));
  const person = meaning?.kind === 'entity' && v.entityKind.get(meaning.id) === 'person';
  return person && rest.every((w) => !v.phrases.has(v.stem(w)) && !v.stop.has(v.stem(w)) && !/\d/.test(w)) ? [first!] : [first!, ...rest];
}

/** The words a written word is read as (hyphenParts, compoundParts), worked out once per word: every question using it asks. */
const partsOf = once((v: Vocabulary) => {
  const known = new Map<string, string[]>();
  return (w: string): string[] => {
    let parts = known.get(w);
    if (!parts) {
      parts = w.includes('-') && !v.phrases.has(v.stem(w)) ? hyphenParts(v, w) : compoundParts(v, w);
      if (known.size < MAX_KNOWN_WORDS) known.set(w, parts);
    }
    return parts;
  };
});
/** Words whose reading is kept (a bound: a bot's memory must not grow with every new word typed). */
const MAX_KNOWN_WORDS = 20_000;

export function analyse(v: Vocabulary, input: string): Question {
  const clean = cleanText(input);
  // Hyphenated words the bot does not know as a whole are read as their parts ("Takaichi-Trump"),
  // but a person's name with a word the bot does not know hyphenated after it is the name: an
  // honorific or nickname ("Koizumi-san", "Merz-sama").
  const surface = words(clean).flatMap(partsOf(v));
  const read = questionKind(surface.map(v.spell));
  const { yesno } = read;
  const { fixed, unknown, corrected, soft, inThing } = fixTypos(v, surface, yesno);
  const { seq: read0, inPhrase } = readPhrases(v, fixed, surface);
  // (The other words of a thing WordNet names in several, "chest" of "war chest", are not topics of their own.)
  const seq = read0.filter((t) => !inThing.has(t.at));
  looseSense(v, seq, soft);
  const person = (e?: string) => e !== undefined && v.entityKind.get(e) === 'person';
  // "Where does the 326 billion estimate come from?" asks what it comes from, not a place ("Where is
  // Koizumi from?", about a person, still asks where).
  const source = read.kind === 'where' && fixed.at(-1) === 'from' && !seq.some((t) => person(t.entity));
  const kind = source ? 'what' : read.kind;
  // A title names the person the question names who holds it: "Was Kishida the prime minister...".
  const byName = new Set(seq.flatMap((t) => (t.entity && !t.title ? [t.entity] : [])));
  for (const t of seq) {
    if (!t.title) continue;
    const holder = [...byName].find((id) => id !== t.entity && (v.titles.get(id) ?? []).some((title) => title.includes(t.title!)));
    if (holder) [t.entity, t.term] = [holder, `@${holder}`];
  }
  holdersByCountry(v, seq, byName);
  // "Is Japan moving faster or slower?", "Who took office first, Takaichi or Koizumi?": the
  // alternative after "or" is not a topic of its own.
  const lastOr = fixed.lastIndexOf('or');
  const or = lastOr > 0 && (AUX.has(surface[0] ?? '') || fixed.length - lastOr <= 4) ? lastOr : -1;
  const stillUnknown = unknown.filter((w) => {
    const idx = surface.indexOf(w);
    return !inPhrase.has(idx) && (or < 0 || idx < or);
  });
  // "Where is Koizumi from?" asks where a person comes from, which the facts never say.
  if (kind === 'where' && fixed.at(-1) === 'from' && seq.some((t) => person(t.entity))) seq.push({ term: 'biography', stem: 'from', at: fixed.length });
  // "Who was defence minister before Koizumi?": asks for a predecessor the facts never name.
  if (kind === 'who') seq.forEach((t, i) => i > 0 && t.entity && v.entityKind.get(t.entity) === 'person' && seq[i - 1]!.stem === 'befor' && (seq[i - 1]!.term = 'predecessor'));
  const place = (e?: string) => e !== undefined && v.entityKind.get(e) !== 'person' && (v.entityKind.get(e) === 'country' || v.countryOf.has(e));
  const location = seq.some((t, i) => place(t.entity) && LOCATION_WORDS.has(seq[i - 1]?.stem ?? ''));
  // "Which prime minister approved the papers?", "Who was PM when they were approved?": in a
  // who-question about something else, a title right after the question word is what is asked,
  // not a name ("Who is the PM?" keeps it; "Which US president met the Japanese premier?" keeps the premier).
  const asksTitle = kind === 'who' && seq.some((t) => t.term && !t.entity && !PERSON_WORDS.has(t.term));
  const which = fixed.findIndex((s) => s === 'which' || s === 'what' || s === 'who');
  // ("Who did Japan's premier meet?": after "did" the title is the subject, not what is asked.)
  const subjectNext = (t: Token) => fixed.slice(which + 1, t.at).some((s) => DOING.has(s));
  const asked = asksTitle && which >= 0 ? seq.find((t) => t.title && !byName.has(t.entity!) && t.at - which <= 2 && !subjectNext(t)) : undefined;
  // "When were the papers first approved?": "first" before a verb's past form says "originally", not which one.
  const originally = (t: Token) => t.term === 'first' && /ed$/.test(surface[t.at + 1] ?? '');
  // "When does Britain hope to get to 3%?", "which clause did the Commission want to activate?": in
  // an open question, wanting or hoping to do something asks about the act, not the wish (expecting
  // to do it is a forecast, which a fact must state: "when does Japan expect to reach 3%?").
  const wish = (t: Token) => !yesno && t.from?.length === 1 && WISH.has(t.from[0]!) && fixed[t.at + 1] === 'to';
  const kept = seq.filter((t) => t.term && (or < 0 || t.at < or) && t !== asked && !originally(t) && !wish(t) && !linking(t, surface));
  // "What % of GDP does Japan spend today?" asks the current level, which the article does not give.
  // ("What % is Japan aiming for right now?" asks the goal as it stands, not the level; "how many
  // allies currently meet the target?" counts those at the level now.)
  const goal = kind !== 'howmany' && kept.some((t) => t.term === 'goal' || t.term === 'pledge');
  const current = kept.some((t) => t.term === 'spending' || t.term === 'percent' || t.term === 'amount') && !goal;
  // ("Who runs the EIB these days?", "which country holds the presidency rn?": who holds it as the articles tell, not a topic of its own.)
  const asOfNow = (t: Token) => t.term === 'current' && !current && (kind === 'who' || kind === 'which');
  const terms = [...new Set(kept.filter((t) => !asOfNow(t)).map((t) => (t.term === 'current' && current ? 'current-level' : t.term!)))];
  // Words read through WordNet on thin evidence, with every reading (a term the question also gives in a word of its own is none).
  const softTerms = kept.flatMap((t) => {
    const reading = soft.get(t.at);
    if (!reading) return [];
    const others = reading.others.flatMap((stem) => (v.phrases.get(stem)?.kind === 'concept' ? [(v.phrases.get(stem) as { id: string }).id] : []));
    return [t.term!, ...others].filter((term) => !kept.some((o) => o.term === term && !soft.has(o.at))).map((term) => ({ term, word: reading.word, at: t.at, stem: v.stem(surface[t.at]!), ...(reading.loose ? { loose: true } : {}), ...(reading.own ? { own: true } : {}) }));
  });
  for (const s of softTerms) if (!terms.includes(s.term)) terms.push(s.term);
  // (… and asks its source: the concept "source" is read as.)
  const sourceTerm = v.phrases.get(v.stem('source'));
  if (source && sourceTerm?.kind === 'concept' && !terms.includes(sourceTerm.id)) terms.push(sourceTerm.id);
  // "Did the meeting take place in Osaka?" asks where the meeting was.
  if (yesno && location && terms.includes('meet') && !terms.includes('place')) terms.push('place');
  const named = [...new Set(seq.flatMap((t) => (t.entity && !t.title && v.entityKind.get(t.entity) === 'person' ? [t.entity] : [])))];
  const titled = [...new Set(seq.flatMap((t) => (t.entity && t.title ? [t.entity] : [])))];
  const sources: Record<string, string[]> = {};
  // (A phrase's words only say what the phrase says: "current defence spending" is not "spending",
  // nor "which country" "country"; a word and the function words after it, "change the", is that word.)
  for (const t of kept) {
    const [first, ...rest] = t.from ?? [];
    if (!t.entity && first && !v.stop.has(first) && rest.every((s) => v.stop.has(s)) && !(t.term! in sources)) sources[t.term!] = [root(first)];
  }
  // (The level now asked in words of time, "spend on defence this year", keeps them: a fact may
  // write the same phrase of its figure.)
  const now = kept.find((t) => t.term === 'current' && current && t.from && t.from.length > 1);
  if (now && !('current-level' in sources)) sources['current-level'] = now.from!;
  // (A noun phrase of a few words: not "… in charge of the military sit down with?".)
  const framedFrom = fixed.findLastIndex((s) => FRAMING.has(s));
  const framesIt = framedFrom >= 0 && fixed.length - framedFrom <= MAX_FRAMING_WORDS && !AUX.has(fixed.at(-1)!) && !FRAMING.has(fixed.at(-1)!);
  return {
    framing: !framesIt ? [] : [...new Set(kept.filter((t) => t.at > framedFrom && !t.entity).map((t) => t.term!))],
    quoted: QUOTE_OPENS.test(clean) ? [...clean.matchAll(QUOTED)].map((m) => m[1]!.toLowerCase()) : [],
    // (Names are matched as names: "Japanese minister" is Koizumi, whatever words a fact uses for
    // him; generic words, "how many", say nothing.)
    words: [...new Set(fixed.filter((s, i) => !inThing.has(i) && v.phrases.get(s)?.kind !== 'generic' && !seq.some((t) => t.entity && t.at <= i && i < t.at + t.from!.length)).map(root).filter((s) => v.stated.has(s)))],
    sources,
    clean,
    terms,
    named,
    titled,
    ...(asked?.title && asked.entity ? { askedTitle: { key: asked.title, holder: asked.entity } } : {}),
    comparison: COMPARISON.test(clean),
    stems: fixed,
    unknown: stillUnknown,
    // (A term the question also gives in a word of its own is no reading.)
    soft: softTerms,
    corrected,
    kind,
    yesno,
    numbers: extractNumbers(clean),
    location,
    owners: ownersOf(v, seq),
    describes: describedBy(v, seq),
    // Only a yes/no verdict checks claims.
    claims: yesno ? claimsOf(clean, v, [...named, ...titled]) : { groups: [], named: [], figures: new Set(), quotes: [], measures: [], directions: [], shares: [], dated: false },
  };
}
