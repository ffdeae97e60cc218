import type { Article, Fact, FactBase, Person } from '../facts/schema.ts';
import type { Citation } from '../reply.ts';
import { clausesDated, factAgents, factClauses, factFigures, factMeasures, factRecipients, sharesOf, type Measure, type Share } from './claims.ts';
import { ownWords, percentsOf } from './percents.ts';
import { directionClauses } from './direction.ts';
import { words } from './text.ts';
import { kindsOf } from './wordnet.ts';
import { PERSON_WORDS } from './question.ts';
import { FORMER } from './tenure.ts';
import type { Vocabulary } from './vocabulary.ts';
import { once } from './once.ts';

/** A word or phrase a fact denies ("improving", "Truth Social"), as written and as terms. */
export interface Denial {
  text: string;
  terms: string[];
  /** Counts only as written. */
  phrase: boolean;
  /** A name ("China", "Truth Social"): something else in the fact's place. */
  name: boolean;
}

/** A fact ready for matching: where it comes from and what its words mean, worked out once. */
export interface IndexedFact extends Fact {
  article: Article;
  citation: Citation;
  /** The article's sentence its quote is from. */
  sentence: string;
  keyTerms: string[];
  /** The terms of its answer, quote and example questions. */
  textTerms: string[];
  /** What the entities it is about are, by their aliases' head nouns ("parliament" of the Bundestag): covered, not searched. */
  describedTerms: string[];
  /** The terms its answer and quote state (an example question may ask what it denies: "Did the court block the vote?"). */
  statedTerms: Set<string>;
  /** Its own words as stems (quote, answer, keys), to match a question's words as written. */
  wordStems: Set<string>;
  /** Those of its quote and answer that mean no lexicon concept there ("going"), which may stand for the question's ("goes": travel). */
  plainStems: Set<string>;
  denials: Denial[];
  /** Countries it involves: its own, its people's, and its article's subject country. */
  countries: Set<string>;
  /** What its counts and spans count ("soldier", "year"). */
  unitTerms: string[];
  /** Calendar years it states, in typed dates or its quote, or counted from the article's date ("last year"). */
  years: number[];
  /** Those counted from the article's date only. */
  relativeYears: number[];
  /** Its typed values by kind. */
  percents: number[];
  counts: number[];
  spans: number[];
  /** Sums of money it gives, in units. */
  money: number[];
  dates: string[];
  /** The people and places of each of its clauses, and the figures it gives (for yes/no claims). */
  clauses: string[][];
  figures: Set<string>;
  /** Its numbers with what they measure, typed and as written ("513 votes in favour"). */
  measures: Measure[];
  /** Its answer's clauses as the words that may say a direction or an order (src/qa/direction.ts). */
  directions: string[][];
  /** Who or what it is first about, and their country: whom a denial is of ("Hegseth", "us"). */
  subject: string[];
  /** Who it says did what, by name ("led by George Robertson"). */
  agents: { act: string[]; people: string[] }[];
  /** Whom it says someone wrote or spoke to, by the verb's stem ("wrote to Rutte"). */
  recipients: { act: string; people: string[] }[];
  /** Which of its clauses give a date, a month, a year or a weekday. */
  clausesDated: boolean[];
  /** Its percentages with what they are shares of ("1% of GDP"). */
  shares: Share[];
  /** When it gives several percentages, the words its answer says of each alone. */
  percentWords: ReturnType<typeof ownWords>;
}

/** The aliases that are titles, not names: "prime minister", "Pentagon chief" (not "Takaichi"). */
export function titlesOf(p: Pick<Person, 'name' | 'aliases'>): string[] {
  const name = new Set(words(p.name));
  return p.aliases.filter((alias) => !words(alias).some((w) => name.has(w)));
}

/**
 * "Who is X?" facts made from each person's curated role, once a person, cited from the newest
 * article that names them. Their titles count word by word, so that "who runs NATO?" finds
 * "head of NATO" (head → lead), and what the titles name (organisations, countries) is what the
 * fact is about after the person.
 */
function personFacts(base: FactBase, v: Vocabulary): [Article, Fact][] {
  return base.people.map((p) => {
    // Only what says who they are: "head" (lead), "NATO"; not "state" of "head of state".
    const titleTerms = v.titleTerms.get(p.id)!;
    const named = titleTerms.filter((t) => t.startsWith('@') && t !== `@${p.id}` && v.entityKind.get(t.slice(1)) !== 'person');
    const personWords = titleTerms.filter((t) => PERSON_WORDS.has(t));
    // In that article's own words ("who runs NATO?" is the NATO summit's Rutte, not the EU plan's).
    const article = base.articles.filter((a) => a.people.some((x) => x.id === p.id)).reduce((x, y) => (y.curator.published > x.curator.published ? y : x));
    return [article, {
    id: `person-${p.id}`,
    quote: article.people.find((x) => x.id === p.id)!.quote,
    answer: `${p.name} is ${p.role}.`,
    // (Someone described as a former holder of a title answers what they did before.)
    keys: ['role', ...p.keys, ...new Set(personWords), ...(FORMER.test(p.role) ? ['previous'] : [])],
    kinds: ['who', 'what', 'yesno'],
    about: [p.id, ...new Set(named.map((t) => t.slice(1)))],
    yes: true,
    contradicts: p.contradicts,
    owner: {},
    values: [],
    examples: [`Who is ${p.name}?`],
  }];
  });
}

/** What the things a fact counts are kinds of, as stems: "how many countries signed?" counts the "32 allies". */
const kindStems = (unit: string, v: Vocabulary) => words(unit).flatMap(kindsOf).filter((w) => !w.includes(' ')).map(v.stem);

/**
 * The facts under each key `keysOf` gives them (their places in `facts`, in order): what a question
 * shares with them (a kind, a year, a name, a figure) looks them up rather than trying every fact.
 */
export function placesBy<K>(facts: IndexedFact[], keysOf: (f: IndexedFact) => Iterable<K>): Map<K, Set<number>> {
  const by = new Map<K, Set<number>>();
  facts.forEach((f, at) => {
    for (const k of keysOf(f)) by.set(k, (by.get(k) ?? new Set()).add(at));
  });
  return by;
}

export function citationFor(a: Article, quote: string): Citation {
  const index = a.sentences.findIndex((s) => s.includes(quote));
  return { articleId: a.id, title: a.title, source: a.source.name, sentence: index + 1, quote };
}

/**
 * What each entity is, in the lower-case head nouns of its aliases that are not its name ("German
 * parliament", "lower house", "EU's lending arm"): a fact about the Bundestag states "parliament"
 * ("when did the parliament vote?"), one about the EIB "bank", as a person's title words do.
 */
function entityWords(base: FactBase, v: Vocabulary): Map<string, string[]> {
  // (Not a country's: "the Japanese government" names its government, not the country.)
  return new Map(base.entities.filter((e) => e.kind !== 'country').map((e) => {
    const name = new Set(words(e.name));
    // (Each alias's last word, its head noun, when written in lower case: not "lower" of "lower house".)
    const own = e.aliases.map((alias) => alias.split(/\s+/).at(-1)!).filter((w) => /^\p{Ll}/u.test(w)).flatMap(words).filter((w) => !name.has(w));
    // (A document's name says what it is by its last word: "the Stability and Growth Pact" is a pact.)
    const head = e.kind === 'document' ? words(e.name).slice(-1).map((w) => w.toLowerCase()) : [];
    return [e.id, [...new Set([...own, ...head].flatMap((w) => v.terms(w)).filter((t) => !t.startsWith('@')))]];
  }));
}

export function indexFacts(base: FactBase, v: Vocabulary): IndexedFact[] {
  const described = entityWords(base, v);
  const all = [...base.articles.flatMap((a) => a.facts.map((f): [Article, Fact] => [a, f])), ...personFacts(base, v)];
  return all.map(([a, f]): IndexedFact => {
    const citation = citationFor(a, f.quote);
    const stated = new Set([f.answer, f.quote].flatMap((t) => v.terms(t)));
    const relative = relativeYears(f.quote, a.curator.published);
    return {
      ...f,
      article: a,
      citation,
      sentence: a.sentences[citation.sentence - 1] ?? f.quote,
      keyTerms: [...new Set(f.keys.flatMap((k) => v.terms(k)))],
      textTerms: [...new Set([...stated, ...f.examples.flatMap((t) => v.terms(t))])],
      // (Not its article's subject, which nearly every fact of the article is about: NATO's "allies".)
      describedTerms: [...new Set(f.about.filter((id) => id !== a.subject).flatMap((id) => described.get(id) ?? []))],
      statedTerms: stated,
      // Phrases and names ("Truth Social", "Osaka") count only as written; other words by meaning.
      wordStems: new Set([f.quote, f.answer, ...f.keys].flatMap(v.contentStems)),
      plainStems: new Set([f.quote, f.answer].flatMap(v.plainStems)),
      denials: f.contradicts.map((c) => ({ text: c.toLowerCase(), terms: v.terms(c).filter((t) => !t.startsWith('@')), phrase: c.includes(' ') || /^[A-Z]/.test(c), name: /^\p{Lu}/u.test(c) })),
      subject: f.about.slice(0, 1).flatMap((id) => [id, ...(v.countryOf.has(id) ? [v.countryOf.get(id)!] : [])]),
      countries: new Set([...(a.subject ? [a.subject] : []), ...f.about.map((id) => v.countryOf.get(id) ?? id)]),
      unitTerms: f.values.flatMap((x) => (x.kind === 'count' || x.kind === 'duration' ? [v.stem(x.unit), ...v.terms(x.unit).filter((t) => !t.startsWith('@')), ...(x.kind === 'count' ? kindStems(x.unit, v) : [])] : [])),
      years: [...f.values.flatMap((x) => (x.kind === 'date' ? [Number(x.value.slice(0, 4))] : [])), ...(f.quote.match(/\b(19|20)\d{2}\b/g) ?? []).map(Number), ...relative],
      relativeYears: relative,
      percents: f.values.flatMap((x) => (x.kind === 'percent' ? [x.value] : [])),
      counts: f.values.flatMap((x) => (x.kind === 'count' ? [x.value] : [])),
      spans: f.values.flatMap((x) => (x.kind === 'duration' ? [x.value] : [])),
      money: f.values.flatMap((x) => (x.kind === 'money' ? [x.value] : [])),
      dates: f.values.flatMap((x) => (x.kind === 'date' ? [x.value] : [])),
      clauses: factClauses(f, v),
      figures: factFigures(f),
      measures: factMeasures(f, v),
      directions: directionClauses(f.answer, v.stop),
      agents: factAgents(f, v),
      recipients: factRecipients(f, v),
      clausesDated: clausesDated(f),
      shares: sharesOf(`${f.answer} ${f.quote}`, v),
      percentWords: ownWords(percentsOf(f.answer, v), v),
    };
  });
}

/** "last year", "this year", "next year": a year counted from the article's date. */
const RELATIVE_YEAR = /\b(last|this|next) year\b/gi;
const YEAR_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

/** The calendar years a text names relative to its article's date ("spent … last year" in an article of March 2025 → 2024). */
export function relativeYears(text: string, published: string): number[] {
  return [...text.matchAll(RELATIVE_YEAR)].map((m) => Number(published.slice(0, 4)) + YEAR_OFFSET[m[1]!.toLowerCase()]!);
}

/** The stems of a fact's sentence (its quote), of its answer, and of both: the words it writes, not its keys. */
export const sentenceStems = once((f: IndexedFact, v: Vocabulary) => {
  const [quote, answer] = [new Set(v.contentStems(f.quote)), new Set(v.contentStems(f.answer))];
  return { quote, answer, written: new Set([...quote, ...answer]) };
});
