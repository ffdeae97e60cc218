import { z } from 'zod';

// The shape of the articles folder (data/articles, or ARTICLES_DIR):
//   registry.json        people and entities shared by the articles (each defined once)
//   <slug>/article.txt   the article, verbatim
//   <slug>/facts.json    curated, cited facts (validated by this schema, then checked against article.txt)

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id (letters, digits, dashes)');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const QUESTION_KINDS = ['who', 'what', 'when', 'where', 'which', 'why', 'how', 'howmany', 'howmuch', 'yesno'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A typed value stated by the article (numbers and dates are data, not only prose). */
export const value = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), value: z.number(), of: z.string(), approx: z.boolean().default(false) }),
  z.object({ kind: z.literal('count'), value: z.number(), unit: z.string(), atLeast: z.boolean().default(false) }),
  /** A day, a month or a year ("by 2035": {"value": "2035", "label": "by 2035"}). */
  z.object({ kind: z.literal('date'), value: isoDate, label: z.string() }),
  z.object({ kind: z.literal('duration'), value: z.number(), unit: z.enum(['days', 'weeks', 'months', 'years']) }),
  /** An amount of money: {"value": 500000000000, "currency": "EUR"} for €500 billion. */
  z.object({ kind: z.literal('money'), value: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO currency code such as EUR'), of: z.string().optional() }),
]);
export type Value = z.infer<typeof value>;

/** A person as the registry defines them (once, for every article). */
export const registryPerson = z.object({
  id,
  name: z.string().min(1),
  role: z.string().min(1),
  country: id,
  /** Other ways people refer to them: titles, surnames, nicknames. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Extra words that point at this person in a question ("leads the government"). */
  keys: z.array(z.string().min(1)).default([]),
  /** Words that make "Is X ...?" a no (e.g. "still" for a former office holder). */
  contradicts: z.array(z.string().min(1)).default([]),
});
/** A person as an article has them: with a verbatim quote from it that supports the role. */
export const person = registryPerson.extend({ quote: z.string().min(1) });
export type Person = z.infer<typeof person>;
/** An article naming a registry person: {"id": "trump", "quote": "US President Donald Trump"}. */
export const personMention = z.strictObject({ id, quote: z.string().min(1) });

export const entity = z.object({
  id,
  name: z.string().min(1),
  kind: z.enum(['country', 'place', 'organisation', 'document']),
  aliases: z.array(z.string().min(1)).default([]),
  /** The country a place is in ("Tokyo" also stands for Japan's government). */
  country: id.optional(),
});
export type Entity = z.infer<typeof entity>;

export const fact = z.object({
  id,
  /** Verbatim words from the article (curly quotes and whitespace are normalised when checked). */
  quote: z.string().min(1),
  /** The answer in plain prose, grounded in the quote. */
  answer: z.string().min(1),
  /** Words and phrases that signal this fact in a question, strongest first. */
  keys: z.array(z.string().min(1)).min(1),
  /** Kinds of question the fact answers. */
  kinds: z.array(z.enum(QUESTION_KINDS)).min(1),
  /** People and entities the fact is about (ids from people / entities). */
  about: z.array(id).default([]),
  /** How a yes/no question that matches this fact is answered. */
  yes: z.boolean().default(true),
  /** Words that turn a yes/no question into a "no" (e.g. "improving" for a worsening trend). */
  contradicts: z.array(z.string().min(1)).default([]),
  /** Concepts whose owner is fixed by the fact, e.g. {"spending": "japan"}: "the US budget" is not this fact. */
  owner: z.record(z.string(), id).default({}),
  values: z.array(value).default([]),
  /** Curator's note shown after the answer (e.g. a date worked out from "Wednesday"); never a quote. */
  note: z.string().optional(),
  /** A short heading for the fact in cards such as /defense spending. */
  label: z.string().optional(),
  /** Questions this fact answers, for suggestions and autocomplete. */
  examples: z.array(z.string().min(1)).default([]),
});
export type Fact = z.infer<typeof fact>;

/** Dated events, for /defense timeline and the digest. Dates not stated in the text are curator metadata. */
export const event = z.object({
  date: isoDate,
  label: z.string().min(1),
  fact: id,
  /** "article" when the text states the date; "curator" when it was worked out (e.g. "Wednesday"). */
  dateFrom: z.enum(['article', 'curator']),
});
export type Event = z.infer<typeof event>;

/** registry.json in the articles folder: people and entities shared by articles. */
export const registryFile = z.object({
  people: z.array(registryPerson).default([]),
  entities: z.array(entity).default([]),
});
export type RegistryFile = z.infer<typeof registryFile>;

export const articleFile = z.object({
  id,
  title: z.string().min(1),
  /** The country the news is about (an entity id): every fact involves it. */
  subject: id.optional(),
  source: z.object({ name: z.string().min(1), url: z.url().optional() }),
  /** Curator metadata: never presented as a quote. */
  curator: z.object({
    published: isoDate,
    added: isoDate,
    notes: z.array(z.string()).default([]),
  }),
  /** People in the article: registry people named with a supporting quote, or defined here (with name, role, country). */
  people: z.array(z.union([person, personMention])).default([]),
  /** Entities in the article: registry ids, or defined here. */
  entities: z.array(z.union([id, entity])).default([]),
  facts: z.array(fact).min(1),
  timeline: z.array(event).default([]),
  /** Ids of the facts that make up the headline (for /defense spending and the digest). */
  headline: z.array(id).min(1),
  /** Ids of the facts behind /defense spending: the headline figures and the responses to them. */
  spending: z.array(id).min(1),
  /** The /defense spending card's title (default: the article title). */
  spendingTitle: z.string().min(1).optional(),
  /** Ids of the facts that make up a summary ("what's the news?"). */
  summary: z.array(id).min(1),
  /** Optional digest sections in order, e.g. {"title": "The US position", "facts": ["us-expects"]}. */
  sections: z.array(z.object({ title: z.string().min(1), facts: z.array(id).min(1) })).optional(),
});
export type ArticleFile = z.infer<typeof articleFile>;

export interface Article extends Omit<ArticleFile, 'people' | 'entities'> {
  /** Its people, registry ones completed, each with the article's supporting quote. */
  people: Person[];
  entities: Entity[];
  /** The article text, verbatim. */
  text: string;
  /** The article split into sentences (1-based numbering in citations). */
  sentences: string[];
}

export interface FactBase {
  articles: Article[];
  /** Every person and entity of the loaded articles, once each. */
  people: Person[];
  entities: Entity[];
}
