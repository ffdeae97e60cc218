import type { Article, Fact, FactBase } from '../facts/schema.ts';
import type { Citation } from '../reply.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A fact ready for matching: where it comes from and the terms its keys and text mean. */
export interface IndexedFact extends Fact {
  article: Article;
  citation: Citation;
  keyTerms: string[];
  textTerms: string[];
}

/** "Who is X?" facts made from each person's curated role. */
function personFacts(a: Article): Fact[] {
  return a.people.map((p) => ({
    id: `person-${p.id}`,
    quote: p.quote,
    answer: `${p.name} is ${p.role}.`,
    keys: ['role', ...p.keys],
    kinds: ['who', 'what', 'yesno'],
    about: [p.id],
    yes: true,
    contradicts: p.contradicts,
    owner: {},
    values: [],
    examples: [`Who is ${p.name}?`],
  }));
}

export function citationFor(a: Article, quote: string): Citation {
  const index = a.sentences.findIndex((s) => s.includes(quote));
  return { articleId: a.id, sentence: index + 1, quote };
}

export function indexFacts(base: FactBase, v: Vocabulary): IndexedFact[] {
  return base.articles.flatMap((a) =>
    [...a.facts, ...personFacts(a)].map((f) => ({
      ...f,
      article: a,
      citation: citationFor(a, f.quote),
      keyTerms: [...new Set(f.keys.flatMap((k) => v.terms(k)))],
      textTerms: [...new Set([f.answer, f.quote, ...f.examples].flatMap((t) => v.terms(t)))],
    })),
  );
}
