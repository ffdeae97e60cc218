import type { Article, FactBase } from '../facts/schema.ts';
import { latestArticle } from '../facts/pick.ts';
import { createAffinity } from './affinity.ts';
import type { IndexedFact } from './facts.ts';
import { createMatcher, type Ranked } from './match.ts';
import type { Question } from './question.ts';
import type { Lexicon, Vocabulary } from './vocabulary.ts';

// Article choice: each article is ranked as if it were the only one (its own index, its own idea
// of which topics it states), only the articles a question names are ranked at all, and the best
// answer among them wins; a close call goes to the article the question's words point to, else the most recent.

/**
 * An answer from a newer article this close to the best one is preferred: the question fits both
 * (BM25 scores from different articles' indexes are only roughly comparable).
 */
const CLOSE_CALL = 0.75;
const MIN_COVERAGE = 0.6;

export function createArticleRanker(base: FactBase, facts: IndexedFact[], v: Vocabulary, lexicon: Lexicon) {
  const latest = latestArticle(base);
  // Everything an article names: its people, entities and subject.
  const names = new Map(base.articles.map((a) => [a.id, new Set([...a.people.map((p) => p.id), ...a.entities.map((e) => e.id), ...(a.subject ? [a.subject] : [])])]));
  // A person's "who is" fact counts in every article that names the person.
  const isPersonFact = (f: IndexedFact) => f.about.length === 1 && f.id === `person-${f.about[0]}`;
  const inArticle = (a: Article, f: IndexedFact) => f.article.id === a.id || (isPersonFact(f) && names.get(a.id)!.has(f.about[0]!));
  const matchers = new Map(base.articles.map((a) => [a.id, createMatcher(facts.filter((f) => inArticle(a, f)), v, lexicon)]));
  const byAge = [...base.articles].sort((a, b) => b.curator.published.localeCompare(a.curator.published));
  const affinityOf = createAffinity(base.articles, v);

  /** The articles naming most of the people, places and organisations the question names (all when it names none). */
  function articlesFor(q: Question): Article[] {
    const named = q.terms.filter((t) => t.startsWith('@')).map((t) => t.slice(1));
    const hits = byAge.map((a) => named.filter((id) => names.get(a.id)!.has(id)).length);
    const most = Math.max(...hits);
    return most ? byAge.filter((_, i) => hits[i] === most) : byAge;
  }

  /**
   * How well an article's best fact fits, coarsely: it can answer at all, and it states the
   * question's figures ("the 2% goal" is Japan's, not NATO's 5% target).
   */
  const fitOf = (q: Question, r: Ranked) =>
    (r.coverage >= MIN_COVERAGE && (!r.wrongPerson || q.yesno) ? 2 : 0) + (q.numbers.percents.some((p) => r.fact.percents.includes(p)) ? 1 : 0);

  /** Ranked facts of the one article that answers the question best (the newest on a close call). */
  function rank(q: Question): Ranked[] {
    const lists = articlesFor(q)
      .map((a) => ({ id: a.id, list: matchers.get(a.id)!.rank(q) }))
      .filter((l) => l.list.length);
    if (lists.length < 2) return lists[0]?.list ?? [];
    const top = Math.max(...lists.map((l) => fitOf(q, l.list[0]!)));
    const pool = lists.filter((l) => fitOf(q, l.list[0]!) === top);
    const best = pool.reduce((x, y) => (y.list[0]!.score > x.list[0]!.score ? y : x)).list[0]!;
    const close = pool.filter((l) => l.list[0]!.score >= CLOSE_CALL * best.score && l.list[0]!.coverage >= best.coverage);
    // A close call goes to the article the question's own words point to most (src/qa/affinity.ts),
    // and between equals to the newest (the pool is newest first).
    const affinity = affinityOf(q);
    return close.reduce((x, y) => (affinity.get(y.id)! > affinity.get(x.id)! ? y : x)).list;
  }

  /** Share of the question the facts cover, judged within the first fact's article. */
  function coverageOf(q: Question, ...list: IndexedFact[]): number {
    return matchers.get(list[0]!.article.id)!.coverageOf(q, ...list);
  }

  /** The article a summary ("what's the news?") is about: the one the question names, or the latest. */
  function summaryArticle(q: Question): Article {
    const list = articlesFor(q);
    return list.length === base.articles.length ? latest : list[0]!;
  }

  return { rank, coverageOf, summaryArticle };
}
