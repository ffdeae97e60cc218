// Follow-ups read against the question before them: "and when was that?", "where?", "what about
// Takaichi?", "what did he say?". The result is a standalone question the engine answers as usual.
import { analyse, type Question } from './question.ts';
import { anyOf, BE_AUX, DO_AUX, words } from './text.ts';
import { matchAt, type Vocabulary } from './vocabulary.ts';

const WH = /\b(who|whom|whose|what|when|where|which|why|how(?: (?:many|much|long|far|big))?)\b/i;
const WH_LEAD = /^\W*(?:(?:and|so|ok|okay|also|but)\s+)?(?:(?:on|in|at|by|for|from|since|until|till|to)\s+)?(?:who|whom|whose|what|when|where|which|why|how)(?:\s+(?:many|much|long|far|big|date|day|year|city|place))?\b/i;
const ABOUT = /^\W*(?:and\s+|so\s+|ok\s+|okay\s+)?(?:what|how)\s+about\s+(.+?)\W*$/i;
/** "and the Bundesrat?": "and" with something to put in place of the last question's subject (no question word). */
const AND_ALONE = /^\W*and\s+(?!(?:who|whom|whose|what|when|where|which|why|how|in)\b)(.+?)\W*$/i;
/** "who said that?", "how much was it again?": the thing asked about is the last question's. */
const BACK_OBJECT = /\b(?:that|this|it|those|these)(?:\s+(?:again|then|exactly))?\W*$/i;
/** "… is that (again)": pointing back at the last question's thing. */
const IS_THAT = /\s+(?:is|was|are|were)\s+(?:that|it|this|they)(?:\s+again)?$/i;
/** Words of a follow-up's own question phrase put before the last question ("on what day", "what day of the week"). */
const MAX_PHRASE_WORDS = 5;
/** "and the rest?", "and to the climate fund?": a few words after "and", with no question word of their own. */
const AND_FEW = /^\W*and\s+(?!(?:who|whom|whose|what|when|where|which|why|how)\b)(?:\S+\s+){0,3}\S+\W*$/i;
/** "and", "so": a follow-up's lead, which asks nothing. */
const LEAD = /^\W*(?:and|so|ok|okay|also|but)\s+/i;
/** "on what day?", "in which year?": the preposition of a question phrase. */
const PREPOSITION = /^\W*(?:on|in|at|by|for|from|since|until|till|to)\s+/i;
const AUX = new RegExp(String.raw`\b${anyOf([...BE_AUX, ...DO_AUX])}\b`, 'i');
/** "how many percentage points?", "in days?": the unit the question before is asked in. */
const IN_UNITS = /^\W*(?:(?:and|so|ok|okay)\s+)?(?:how (?:many|much)|in)\s+(?:percentage\s+)?(?:points?|percent|%|days|weeks|months|years)\W*$/i;
const PRONOUN = /\b(he|him|his|she|her|hers|they|them|their)\b/i;
/** "their PM", "its target": owned by a country (or organisation) named before. */
const OWNER = /\b(?:their|its)\b/i;
/** "who signed off on it?": a thing the question before named ("is it true …?" points at nothing). */
const IT = /\bit\b(?!\s+true\b)/i;

/** What the engine knows of a question's words, for deciding whether it stands alone. */
export interface Reading {
  /** The people and other entities it names, in order ("@koizumi"). */
  entities: string[];
  /** The people it names by name (not by title: "their PM"). */
  named: string[];
  /** Its topic terms (concepts), without names. */
  topics: string[];
  unknown: string[];
}

export const readingOf = (q: Question): Reading => ({
  entities: q.terms.filter((t) => t.startsWith('@')),
  named: q.named,
  topics: q.terms.filter((t) => !t.startsWith('@')),
  unknown: q.unknown,
});

/**
 * A message naming nothing of its own, whose thing is the last question's: it ends on "that" or
 * "it" ("who said that?", "how much was it again?"), or is a question word and a word at most ("by when?").
 * Read alone it would be a guess, so without a question before it the user is asked for the full one.
 */
export const isBare = (text: string, r: Reading) => r.entities.length === 0 && r.unknown.length === 0 && r.topics.length <= MAX_BARE_TOPICS && bareShape(text);

/** Topics a bare question may have: its verb and one more ("how much was it again?"). */
const MAX_BARE_TOPICS = 2;

/**
 * A question word, no he/she/they (whose own question it is: "where he posted it"), and it ends on
 * "that" or "it" or has a word at most besides ("by when?", "what day?").
 */
const bareShape = (text: string) => WH.test(text) && !PRONOUN.test(text) && (BACK_OBJECT.test(text) || words(text.replace(LEAD, '').replace(PREPOSITION, '')).length <= 2);

/** "and the rest?", "and the Bundesrat?": a few words carrying on from the message before. */
export const continues = (text: string) => AND_FEW.test(text) && !AUX.test(text);

/**
 * A message that cannot be answered alone: no name and no topic ("and when was that?", "where?",
 * "what about him?"), or "what about X?" / "and X?" naming only something to put in place of the
 * last question's subject.
 */
export function isFollowUp(text: string, r: Reading): boolean {
  if (ABOUT.test(text) || IN_UNITS.test(text) || isBare(text, r) || continues(text)) return true;
  if (r.unknown.length || r.topics.length) return false;
  return /^\W*and\b/i.test(text) || (r.entities.length === 0 && (WH.test(text) || PRONOUN.test(text)));
}

/**
 * A question that may point back at the last one: a pronoun and no name ("what did he say?", "who
 * signed off on it?"), or a title that is someone's ("who is their PM?").
 */
export const refersBack = (text: string, r: Reading) => (r.entities.length === 0 && (PRONOUN.test(text) || IT.test(text))) || (r.named.length === 0 && OWNER.test(text));

/**
 * The follow-up as a standalone question, from the previous one:
 * - "what about Takaichi?" puts Takaichi in place of the previous question's first name of the same kind;
 * - "where?", "and when was that?" asks the previous question with the new question word;
 * - "what did he say?" names the previous question's first person for the pronoun ("their PM" its
 *   country), or else, from `said` (the previous question's answer), whom that answer names.
 */
export function resolveFollowUp(text: string, previous: string, v: Vocabulary, said = ''): string {
  const names = (t: string) => namesIn(t, v);
  const before = names(previous);
  const andAlone = AND_ALONE.exec(text);
  const about = ABOUT.exec(text) ?? (andAlone && names(andAlone[1]!).length ? andAlone : null);
  if (about) {
    const added = names(about[1]!);
    // (A name of the same kind, else a country for an organisation and so on: "NATO's target" → "Japan's target"; people only for people.)
    const person = (x: { kind: string }) => x.kind === 'person';
    const swap = added[0] && (before.find((b) => b.kind === added[0]!.kind) ?? before.find((b) => !person(b) && !person(added[0]!)));
    // ("when did the Bundestag vote?" + "and the Bundesrat?": one "the".)
    // ("what is Japan's target?" + "and NATO's?": one "'s".)
    if (swap && added[0]) return previous.replace(new RegExp(`\\b(?:the\\s+)?${swap.written.replace(/ /g, '\\W+')}\\b`, 'i'), about[1]!.replace(/[?.!\s]+$/, '').replace(/['’]s$/i, ''));
    return `${previous.replace(/[?.!\s]+$/, '')} ${about[1]}?`;
  }
  const wh = WH.exec(text)?.[0];
  // (The person as the question reads them: "Spain's PM" is Sánchez, not whoever "PM" alone names.)
  const { named: byName, titled } = analyse(v, previous);
  const held = [...byName, ...titled][0];
  const person = held ? { id: held, kind: 'person', written: held.replace(/-/g, ' ') } : undefined;
  const ownEntities = names(text).length > 0;
  // "who said that?" after a question naming who: the last question again, whose answer says it.
  if (!ownEntities && bareShape(text) && wh && /^who/i.test(wh) && person) return previous;
  if (wh && !ownEntities && !PRONOUN.test(text) && !IT.test(text)) {
    // The previous question without its own question word ("Who did Koizumi meet?" → "did Koizumi
    // meet?") after the new one: "where", or a short phrase as typed ("on what day").
    const rest = previous.replace(WH_LEAD, '').trim() || previous;
    // ("what day of the week is that?": the phrase before "is that".)
    const phrase = text.replace(LEAD, '').replace(/[?.!\s]+$/, '').replace(IS_THAT, '');
    const asked = phrase.split(/\s+/).length <= MAX_PHRASE_WORDS && !AUX.test(phrase) && !BACK_OBJECT.test(phrase) ? phrase : wh;
    return `${asked} ${rest.replace(/^\W*(?:is it true that\s+)?/i, '')}`;
  }
  // "he", "their": the last question's person, else its country; else those its answer names ("who hosted the summit?" → "what did he say?").
  const answerNames = said ? names(said) : [];
  const country = (list: typeof before) => list.find((b) => !['person', 'place', 'document'].includes(b.kind));
  const owner = (list: typeof before) => (OWNER.test(text) ? country(list) : undefined);
  const named = (person ? undefined : owner(before)) ?? person ?? owner(answerNames) ?? answerNames.find((b) => b.kind === 'person');
  const pronoun = named?.kind === 'person' ? PRONOUN : OWNER;
  if (named && pronoun.test(text)) return text.replace(new RegExp(pronoun, 'gi'), (p) => (/^(his|their|hers|its)$/i.test(p) ? `${named.written}'s` : named.written));
  // "which agency reported it?" before or after "how many documents are being revised?": "it" is what the other question asks about.
  const asked = previous.replace(WH_LEAD, '').replace(/^\W*(?:s|is|are|was|were|did|does|do)\s+/i, '').replace(/[?.!\s]+$/, '');
  if (IT.test(text) && !PRONOUN.test(text) && asked !== previous.replace(/[?.!\s]+$/, '')) return text.replace(IT, asked);
  return `${text.replace(/[?.!\s]+$/, '')} (${previous.replace(/[?.!\s]+$/, '')})?`;
}

/** The entities a text names, each with the words it was written as. */
function namesIn(text: string, v: Vocabulary): { id: string; kind: string; written: string }[] {
  const surface = words(text);
  const stems = surface.map(v.stem);
  const out: { id: string; kind: string; written: string }[] = [];
  for (let i = 0; i < stems.length; ) {
    const m = matchAt(v, stems, i);
    if (m?.meaning.kind === 'entity') out.push({ id: m.meaning.id, kind: v.entityKind.get(m.meaning.id) ?? '', written: surface.slice(i, i + m.length).join(' ') });
    i += m?.length ?? 1;
  }
  return out;
}
