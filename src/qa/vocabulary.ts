import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { FactBase } from '../facts/schema.ts';
import { titlesOf } from './facts.ts';
import { findRun, makeStem, words } from './text.ts';

// The words the bot understands: lexicon concepts, people and entity aliases, and every word of
// the curated facts and articles. Built once at start-up.

export const lexiconSchema = z.object({
  spelling: z.record(z.string(), z.string()),
  concepts: z.record(z.string(), z.array(z.string())),
  genericPhrases: z.array(z.string()),
  /** How much a concept counts when ranking (default 1): the verbs that decide what is asked. */
  weights: z.record(z.string(), z.number().positive()),
  /** Concepts that only qualify a topic ("GDP" in "2% of GDP"): never a question's whole topic. */
  modifiers: z.array(z.string()),
  /** Concepts whose words name different things of one kind ("taxes", "borrowing"): a yes/no claim's word must be the fact's own. */
  alternatives: z.array(z.string()),
  /** Words that mean a concept in one of their senses only ("attack": criticise, not in "attack submarines"): in a question, a reading the answering fact must bear out; in a fact, the word itself. */
  loose: z.record(z.string(), z.array(z.string())),
  generic: z.array(z.string()),
  stop: z.array(z.string()),
});
export type Lexicon = z.infer<typeof lexiconSchema>;

export function loadLexicon(file: string): Lexicon {
  return lexiconSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** What a run of words means: a concept ("spending"), an entity ("@koizumi"), or nothing (generic). */
export type Meaning = { kind: 'concept'; id: string } | { kind: 'entity'; id: string; title?: string } | { kind: 'generic' };

export interface TypoTarget {
  word: string;
  /** A function or generic word: a typo becomes it only by swapped letters ("abuot"), or from four letters ("whay"). */
  plain: boolean;
}

export interface Vocabulary {
  stem(word: string): string;
  /** A word as the lexicon spells it ("wen" → "when", "defence" → "defense"). */
  spell(word: string): string;
  /** Stem sequences joined by spaces → meaning; longest match wins. */
  phrases: Map<string, Meaning>;
  /** A stem → the most words of a phrase it starts (a stem starting none reads as one word alone). */
  longestFrom: Map<string, number>;
  /** The phrases of two or more words and their beginnings of two or more words ("a b c": "a b", "a b c"): a longer phrase can only go on from one of these. */
  phraseStarts: Set<string>;
  /** Concepts whose words name different things of one kind (the lexicon's alternatives). */
  alternatives: Set<string>;
  /** A loose word's stem → the stems naming the concepts it may mean ("attack" → criticis). */
  loose: Map<string, string[]>;
  stop: Set<string>;
  /** Words a typo may be corrected to, by first letter and length ("h7" → hegseth, …). */
  typoTargets: Map<string, TypoTarget[]>;
  /** Corrections already worked out (typos recur). */
  corrections: Map<string, string | undefined>;
  /** Every word of the people's and entities' names and aliases, lower case. */
  nameWords: Set<string>;
  /** Words the lexicon calls generic whose stem a concept has only from another word ("like" ← "likes", "related" ← "relations"): generic as written. */
  genericAsWritten: Set<string>;
  /** Entity id → country / place / person etc. */
  entityKind: Map<string, string>;
  /** Person or place id → its country. */
  countryOf: Map<string, string>;
  /** Person id → the titles (as stem keys) people call them by: "prime minist", "pentagon chief". */
  titles: Map<string, string[]>;
  /** Person id → the terms of their titles' words, one by one: "Japan's new defence boss" → @japan, new, defense, lead. */
  titleTerms: Map<string, string[]>;
  /** Turns a key phrase into the terms it means (same analysis as questions, without typo fixing). */
  terms(text: string): string[];
  /** The words of a text that carry meaning, as stems: no function words or numbers, hyphenated words by their parts. */
  contentStems(text: string): string[];
  /** The content stems of a text that it does not read as a lexicon concept: "going" in "going to", "fund" read as fund. */
  plainStems(text: string): string[];
  /** Every content stem the facts use (quotes, answers, keys): the words an article itself gives. */
  stated: Set<string>;
  /** Words an article uses as written whose stem is a generic word's ("majority", stemmed "major"): they mean themselves. */
  ownWords: Set<string>;
}

/** Words a title may use for the same part of it. */
const TITLE_WORDS = [['prime minister', 'pm', 'premier'], ['former', 'ex']];

/** A title in every wording TITLE_WORDS allows: "former Estonian PM", "ex Estonian premier", … */
function titleVariants(title: string): string[] {
  let out = [title];
  for (const group of TITLE_WORDS)
    out = out.flatMap((t) => {
      const used = group.find((w) => new RegExp(`\\b${w}\\b`, 'i').test(t));
      return used ? group.map((w) => t.replace(new RegExp(`\\b${used}\\b`, 'i'), w)) : [t];
    });
  return [...new Set([title, ...out, ...out.flatMap(departmentsOf), ...out.flatMap(ofVariants)])];
}

/** A job title in a question: "Is Koizumi the foreign minister?", "Secretary of State". */
export const ROLE_NOUN = /\b(minister|secretary|president|premier|pm|chief|head|leader|boss|chancellor|ambassador|governor|general|admiral|spokes(?:man|woman|person))\b/i;

/**
 * A title of words before its role noun also said with "of" ("conservative leader" → "leader of the
 * conservative", which reads "Is Merz the leader of the conservatives?" as his title); not a title
 * naming its holder's country first ("German conservative leader" keeps only its own words).
 */
function ofVariants(title: string): string[] {
  const ws = words(title);
  const noun = ws.at(-1) ?? '';
  if (ws.length < 2 || ws.includes('of') || !ROLE_NOUN.test(noun) || ROLE_NOUN.test(ws.at(-2)!)) return [];
  const rest = ws.slice(0, -1).join(' ');
  return [`${noun} of ${rest}`, `${noun} of the ${rest}`];
}

/** A title's last word naming one who heads a department: "defence minister", "secretary of war". */
const HEAD_OF_DEPARTMENT = /^(?:(.+?)\s+)?(minister|secretary)(?:\s+of\s+(.+))?$/i;

/**
 * The department a title's holder heads, in the words people call it by: "defence minister" →
 * "defence ministry", "ministry of defence", "defence department"; "UK defence secretary" → "UK
 * defence ministry", "UK ministry of defence" ("who heads the UK defence ministry?" asks who holds
 * the title). Not a title ranking its holder above ministers, "prime minister".
 */
function departmentsOf(title: string): string[] {
  const m = HEAD_OF_DEPARTMENT.exec(title.trim());
  if (!m || (!m[1] && !m[3]) || (m[1] && m[3])) return [];
  const before = words(m[1] ?? '');
  if (before.at(-1)?.toLowerCase() === 'prime') return [];
  // The field ("defence", "war") and who owns the department ("UK", "Japan's").
  const [owner, field] = m[3] ? [before, m[3]] : [before.slice(0, -1), before.at(-1)!];
  const own = owner.length ? `${owner.join(' ')} ` : '';
  return ['ministry', 'department'].flatMap((d) => [`${own}${field} ${d}`, `${own}${d} of ${field}`]);
}

/**
 * Each organisation's names: its name, its aliases, and, for a name of three words or more, its
 * last word, which names it alone in a title ("the European Investment Bank" → "bank"), unless that
 * word is another entity's name ("Alternative for Germany").
 */
function organisationNames(entities: FactBase['entities']): string[][] {
  const named = new Set(entities.flatMap((e) => [e.name, ...e.aliases].map((n) => words(n).join(' '))));
  return entities
    .filter((e) => e.kind === 'organisation')
    .map((e) => {
      const name = words(e.name.replace(/\([^)]*\)/g, ' ')).filter((w, i) => i > 0 || w !== 'the');
      const last = name.length >= 3 && !named.has(name.at(-1)!) ? [name.at(-1)!] : [];
      return [...new Set([...[e.name, ...e.aliases].map((n) => words(n).join(' ')), ...last])].filter(Boolean);
    });
}

/** A title naming an organisation by one of its names, in its other names as well. */
function organisationVariants(title: string, organisations: string[][]): string[] {
  const ws = words(title);
  const out = [title];
  for (const names of organisations) {
    const byLength = [...names].sort((a, b) => b.length - a.length);
    for (const name of byLength) {
      const parts = name.split(' ');
      const at = findRun(ws, parts);
      if (at < 0) continue;
      for (const other of names) if (other !== name) out.push([...ws.slice(0, at), other, ...ws.slice(at + parts.length)].join(' '));
      break;
    }
  }
  return [...new Set(out)];
}

export function buildVocabulary(lexicon: Lexicon, base: FactBase): Vocabulary {
  const stem = makeStem(lexicon.spelling);
  const phrases = new Map<string, Meaning>();
  const key = (text: string) => words(text).map(stem).join(' ');
  // (A hyphenated name or phrase is also typed without its hyphens: "chancellor in waiting".)
  const add = (text: string, meaning: Meaning) => {
    for (const k of new Set([key(text), key(text.replace(/-/g, ' '))])) if (k && !phrases.has(k)) phrases.set(k, meaning);
  };
  const entityKind = new Map<string, string>();
  const titles = new Map<string, string[]>();
  const countryOf = new Map<string, string>();
  const organisations = organisationNames(base.entities);
  for (const p of base.people) {
    entityKind.set(p.id, 'person');
    countryOf.set(p.id, p.country);
    const personTitles = new Set(titlesOf(p));
    for (const given of [p.name, ...p.aliases]) {
      const isTitle = personTitles.has(given);
      // (A title is also known in the other words for its parts: "former Estonian PM" as "ex-Estonian
      // premier", and by the other names of an organisation it names: "EU top diplomat" as "the bloc's
      // top diplomat", "EIB boss" as "the bank's boss".)
      for (const alias of isTitle ? titleVariants(given).flatMap((t) => organisationVariants(t, organisations)) : [given]) {
        add(alias, { kind: 'entity', id: p.id, title: isTitle ? key(alias) : undefined });
        if (isTitle) titles.set(p.id, [...(titles.get(p.id) ?? []), key(alias)]);
      }
    }
  }
  for (const e of base.entities) {
    entityKind.set(e.id, e.kind);
    if (e.country) countryOf.set(e.id, e.country);
    for (const alias of [e.name, ...e.aliases]) add(alias, { kind: 'entity', id: e.id });
  }
  for (const [id, list] of Object.entries(lexicon.concepts)) for (const w of [id, ...list]) add(w, { kind: 'concept', id });
  for (const w of [...lexicon.genericPhrases, ...lexicon.generic]) add(w, { kind: 'generic' });
  // (An inflection of a concept's word, "saying" of "say", stays the concept; so do words the lexicon respells, "rn" → now.)
  const conceptWords = Object.entries(lexicon.concepts).flatMap(([id, list]) => [id, ...list].map((w) => ({ id, w })));
  const genericAsWritten = new Set(
    lexicon.generic.filter((w) => {
      const m = phrases.get(key(w));
      return m?.kind === 'concept' && !(w in lexicon.spelling) && !conceptWords.some((c) => c.id === m.id && inflections(w).includes(c.w));
    }),
  );
  const stop = new Set(lexicon.stop.flatMap((w) => words(w).map(stem)));
  const loose = new Map<string, string[]>();
  for (const [id, list] of Object.entries(lexicon.loose)) {
    // (The concept by a word of its own: "venue" itself is read as a place.)
    const named = [id, ...(lexicon.concepts[id] ?? [])].map(key).find((k) => {
      const m = phrases.get(k);
      return m?.kind === 'concept' && m.id === id;
    });
    if (!named) throw new Error(`lexicon: loose words of "${id}", which is no concept`);
    for (const w of list) loose.set(key(w), [...new Set([...(loose.get(key(w)) ?? []), named])]);
  }

  // Every other word of the facts and articles is its own concept.
  // Typo targets: words that carry meaning (generic words would only hide unknown ones).
  const surface = new Set<string>([...Object.keys(lexicon.spelling), ...Object.values(lexicon.concepts).flat().flatMap(words)]);
  const texts = [
    ...base.articles.flatMap((a) => [a.text, a.title, ...a.facts.flatMap((f) => [f.answer, ...f.keys, ...f.examples, ...f.contradicts])]),
    ...base.people.flatMap((p) => [p.name, p.role, ...p.aliases, ...p.keys, ...p.contradicts]),
    ...base.entities.flatMap((e) => [e.name, ...e.aliases]),
  ];
  // Hyphenated words of the facts count by their parts ("Koizumi–Hegseth" is two names).
  for (const w of texts.flatMap(words).flatMap((x) => x.split('-'))) {
    surface.add(w);
    const s = stem(w);
    if (!phrases.has(s) && !stop.has(s) && !/^\d/.test(s)) phrases.set(s, { kind: 'concept', id: s });
  }
  const typoTargets = new Map<string, TypoTarget[]>();
  // Function and generic words are typo targets only for swapped letters ("abuot"), so that
  // "party" does not become "part".
  const plain = new Set([...lexicon.stop, ...lexicon.generic].filter((w) => !surface.has(w)));
  for (const word of new Set([...surface, ...plain])) {
    const s = stem(word);
    // Only words that mean something alone: "dollars" is not "dollar" of "dollar figure".
    if (word.length < 3 || /\d/.test(word) || !(phrases.has(s) || stop.has(s))) continue;
    const key = `${word[0]}${word.length}`;
    typoTargets.set(key, [...(typoTargets.get(key) ?? []), { word, plain: plain.has(word) || stop.has(s) }]);
  }

  // A word of the articles that only shares its stem with a generic word ("majority" with "major",
  // "past" with "paste"), not being one of its forms ("tells", "separately"), keeps its meaning.
  const genericForms = new Map<string, string[]>(); // stem → the generic words with it
  for (const g of [...lexicon.generic, ...lexicon.genericPhrases]) genericForms.set(stem(g), [...(genericForms.get(stem(g)) ?? []), g.toLowerCase()]);
  const ownWords = new Set(
    [...new Set(texts.flatMap(words))].filter((w) => {
      const s = stem(w);
      if (phrases.get(s)?.kind !== 'generic' || stop.has(s)) return false;
      const once = lexicon.spelling[w] ?? w;
      const written = lexicon.spelling[once] ?? once; // "def" → "defence" → "defense", as stem() reads it
      return !(genericForms.get(s) ?? []).some((g) => isFormOf(written, g) || isFormOf(g, written));
    }),
  );
  const longestFrom = new Map<string, number>();
  for (const [first, ...rest] of [...phrases.keys()].map((k) => k.split(' '))) longestFrom.set(first!, Math.max(longestFrom.get(first!) ?? 1, rest.length + 1));
  const phraseStarts = new Set([...phrases.keys()].flatMap((k) => k.split(' ').flatMap((_, j, all) => (j ? [all.slice(0, j + 1).join(' ')] : []))));
  const contentStems = (text: string) => words(text).flatMap((w) => w.split('-')).map(stem).filter((s) => s && !stop.has(s) && !/^\d|%/.test(s)).map(root);
  const stated = new Set(
    [...base.articles.flatMap((a) => a.facts.flatMap((f) => [f.quote, f.answer, ...f.keys])), ...base.people.flatMap((p) => [p.quote, p.role, ...p.keys])].flatMap(contentStems),
  );
  const nameWords = new Set([...base.people.flatMap((p) => [p.name, ...p.aliases]), ...base.entities.flatMap((e) => [e.name, ...e.aliases])].flatMap(words));
  const vocab: Vocabulary = { stem, spell: (w) => lexicon.spelling[w] ?? w, phrases, longestFrom, phraseStarts, alternatives: new Set(lexicon.alternatives), loose, stop, typoTargets, corrections: new Map(), nameWords, genericAsWritten, entityKind, titles, titleTerms: new Map(), countryOf, terms: () => [], plainStems: () => [], contentStems, stated, ownWords };
  vocab.plainStems = (text: string) => {
    const surface = words(text).flatMap((w) => w.split('-'));
    const stems = surface.map(stem);
    const out: string[] = [];
    for (let i = 0; i < stems.length; ) {
      const m = matchAt(vocab, stems, i, surface);
      const n = m?.length ?? 1;
      const plain = !m || m.meaning.kind === 'generic' || (m.meaning.kind === 'concept' && m.meaning.id === stems[i]);
      if (plain) out.push(...stems.slice(i, i + n));
      i += n;
    }
    return out.filter((s) => !stop.has(s) && !/^\d|%/.test(s)).map(root);
  };
  vocab.terms = (text: string) => {
    // Hyphenated words split as a question's are ("two-thirds" → two, thirds), unless a phrase.
    const surface = words(text).flatMap((w) => (w.includes('-') && !phrases.has(stem(w)) ? w.split('-') : [w]));
    const stems = surface.map(stem);
    const out: string[] = [];
    for (let i = 0; i < stems.length; ) {
      const m = phraseAt(vocab, stems, i, surface);
      if (m) {
        if (m.meaning.kind === 'concept') out.push(m.meaning.id);
        if (m.meaning.kind === 'entity') out.push(`@${m.meaning.id}`);
        i += m.length;
      } else i++;
    }
    return out;
  };
  for (const p of base.people) vocab.titleTerms.set(p.id, titlesOf(p).flatMap(words).flatMap((w) => vocab.terms(w)));
  return vocab;
}

/** The word and its possible base forms under regular inflection: "studied" → studi, study; "relations" → relation. */
function inflections(word: string): string[] {
  const out = [word];
  for (const [suffix, base] of [['ies', 'y'], ['ied', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['d', ''], ['ing', ''], ['ing', 'e']] as const)
    if (word.endsWith(suffix) && word.length > suffix.length + 1) out.push(word.slice(0, -suffix.length) + base);
  return out;
}

/** The people among a text's terms, in order: "@trump", "spending", "@japan" → trump. */
export const peopleIn = (v: Vocabulary, terms: string[]): string[] => terms.flatMap((t) => (t.startsWith('@') && v.entityKind.get(t.slice(1)) === 'person' ? [t.slice(1)] : []));

/** A stem with a final "e" the stemmer sometimes keeps ("goes" → goe, "going" → go) dropped, for comparing words as written. */
export const root = (stem: string): string => (stem.length >= 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem);

/** A text's content stems, names aside: "reaching 5% would be unreasonable" → reach, unreason. */
export const topicStems = (v: Vocabulary, text: string): string[] => v.contentStems(text).filter((s) => v.phrases.get(s)?.kind !== 'entity');

/**
 * The longest phrase starting at `i`. Given the words as written, a one-word name is not read from
 * another form of the word, a verb's: "commissioned" is not the Commission, but the word itself.
 */
export function matchAt(v: Vocabulary, stems: string[], i: number, surface?: string[]): { meaning: Meaning; length: number } | undefined {
  // The keys of the phrases that may start here, one word longer each ("a", "a b", …), up to the
  // longest with a phrase going on from it.
  const keys = [stems[i]!];
  for (let n = 2, most = Math.min(v.longestFrom.get(stems[i]!) ?? 1, stems.length - i); n <= most; n++) {
    const key = `${keys[n - 2]} ${stems[i + n - 1]}`;
    if (!v.phraseStarts.has(key)) break;
    keys.push(key);
  }
  for (let n = keys.length; n >= 1; n--) {
    const meaning = v.phrases.get(keys[n - 1]!);
    if (!meaning) continue;
    // (A verb and its particle, "count on", "voted in", only where the word is a verb: not "the vote in parliament".)
    if (n > 1 && surface && PARTICLES.has(surface[i + n - 1] ?? '') && nounAt(surface, i)) continue;
    if (n === 1 && meaning.kind === 'concept' && surface && v.genericAsWritten.has(surface[i] ?? '')) return { meaning: { kind: 'generic' }, length: 1 };
    // (As a word the facts use, it is its own concept, as every such word is.)
    if (n === 1 && meaning.kind === 'entity' && surface && VERB_FORM.test(surface[i] ?? '') && !v.nameWords.has(surface[i]!))
      return v.stated.has(root(stems[i]!)) ? { meaning: { kind: 'concept', id: stems[i]! }, length: 1 } : undefined;
    if (n === 1 && meaning.kind === 'generic' && surface && v.ownWords.has(surface[i] ?? '')) return { meaning: { kind: 'concept', id: stems[i]! }, length: 1 };
    return { meaning, length: n };
  }
  return undefined;
}

/**
 * The phrase starting at a word, as a text is read: one opening with a function word gives way to
 * one after it reaching further ("the conservative leader" is Merz's title, not "the Conservatives"
 * and a word; "the Greens parliamentary leader" is Dröge's, not "the Greens" and two words).
 */
export function phraseAt(v: Vocabulary, stems: string[], i: number, surface?: string[]): { meaning: Meaning; length: number } | undefined {
  const m = matchAt(v, stems, i, surface);
  const next = m && m.length > 1 && v.stop.has(stems[i]!) ? matchAt(v, stems, i + 1, surface) : undefined;
  return next && 1 + next.length > m!.length ? undefined : m;
}

const VERB_FORM = /(?:ed|ing)$/;

/** Words after which a word is a noun ("a pass", "the deal"). */
export const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'any', 'some', 'every', 'each', 'no']);
/** Particles of phrasal verbs ("turn down", "count on", "vote in"). */
export const PARTICLES = new Set(['up', 'down', 'in', 'out', 'off', 'through', 'over', 'back', 'away', 'aside', 'on']);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 's', 'whats', 'wheres', 'hows']);
/** Words before which a verb may stand: auxiliaries, "to", and the words opening a clause ("… who sat down with …"). */
const BEFORE_VERB = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had', 'to', 'not', 'who', 'which', 'that', 'what', 'when', 'where', 'why', 'how']);
/** A determiner or a number: what opens a noun phrase ("the vote", "513 votes"). */
const opensNoun = (word = '') => DETERMINERS.has(word) || /^\d/.test(word);

/**
 * The word at `i` (as written) stands as a noun, not a verb: right after a determiner or a number
 * ("the vote in parliament", "513 votes in favour"), or in its plain form in a noun phrase after a
 * form of "be" ("what was the vote count on …": a verb there would be "counted"); not "what did the
 * allies count on?", "will Merz be sworn in?".
 */
export function nounAt(surface: string[], i: number): boolean {
  if (opensNoun(surface[i - 1])) return true;
  if (VERB_FORM.test(surface[i] ?? '')) return false;
  let phrase = false;
  for (let j = i - 1; j >= 0; j--) {
    const w = surface[j]!;
    if (opensNoun(w)) phrase = true;
    else if (BE.has(w)) return phrase;
    else if (BEFORE_VERB.has(w)) return false;
  }
  return false;
}
const SUFFIXES = ['s', 'es', 'd', 'ed', 'ing', 'ly', 'r', 'er'];
/** `form` is `word` as written, or with an ending ("take" → "takes", "taking"; "late" → "lately"). */
const isFormOf = (word: string, form: string) => word === form || SUFFIXES.some((x) => form === word + x || (word.endsWith('e') && form === word.slice(0, -1) + x));
