import type { Article, FactBase } from '../facts/schema.ts';
import { latestArticle } from '../facts/pick.ts';
import { createAffinity } from './affinity.ts';
import type { IndexedFact } from './facts.ts';
import { createMatcher, type Ranked } from './match.ts';
import { latest, recent } from './once.ts';
import type { Question } from './question.ts';
import { articlesStating } from './stated.ts';
import type { Lexicon, Vocabulary } from './vocabulary.ts';

// Article choice: each article is ranked as if it were the only one (its own index, its own idea
// of which topics it states), only the articles a question names (a yes/no question: is about) and
// that share one of its terms are ranked at first, the others sharing its terms only when none of
// those can answer, and the best answer among them wins; a close call goes to the article the
// question's words point to, else the most recent.

/**
 * An answer from a newer article this close to the best one is preferred: the question fits both
 * (BM25 scores from different articles' indexes are only roughly comparable).
 */
const CLOSE_CALL = 0.75;
const MIN_COVERAGE = 0.6;
/** Questions whose rankings are kept: those one message reads. */
const RECENT = 8;

/** An article with its best fact for a question. */
type Top = { article: Article; top: Ranked };

export function createArticleRanker(base: FactBase, facts: IndexedFact[], v: Vocabulary, lexicon: Lexicon) {
  const newest = latestArticle(base);
  // Everything an article names: its people, entities and subject.
  const names = new Map(base.articles.map((a) => [a.id, new Set([...a.people.map((p) => p.id), ...a.entities.map((e) => e.id), ...(a.subject ? [a.subject] : [])])]));
  // A person's "who is" fact counts in every article that names the person.
  const isPersonFact = (f: IndexedFact) => f.id === `person-${f.about[0]}`;
  const inArticle = (a: Article, f: IndexedFact) => f.article.id === a.id || (isPersonFact(f) && names.get(a.id)!.has(f.about[0]!));
  // What each article is about: its title's terms and its lead fact's.
  const framing = (a: Article) => new Set([...v.terms(a.title), ...(facts.find((f) => f.id === a.headline[0] && f.article.id === a.id)?.keyTerms ?? [])]);
  const matchers = new Map(base.articles.map((a) => [a.id, createMatcher(facts.filter((f) => inArticle(a, f)), v, lexicon, framing(a))]));
  const byAge = [...base.articles].sort((a, b) => b.curator.published.localeCompare(a.curator.published));
  // Which articles' indexes hold a term: only those sharing a question term can have a hit.
  // (As places in the list of articles: a question's terms mark them, and only the marked are collected.)
  const holding = new Map<string, number[]>();
  base.articles.forEach((a, at) => {
    for (const t of matchers.get(a.id)!.indexed) holding.get(t)?.push(at) ?? holding.set(t, [at]);
  });
  const marked = new Uint8Array(base.articles.length);
  // A figure the question states points to the articles stating it.
  const stating = articlesStating(facts);
  const sharing = (q: Question) => {
    const ids = stating(q);
    for (const term of q.terms) for (const t of term.split(' ')) for (const at of holding.get(t) ?? []) marked[at] = 1;
    for (let at = 0; at < marked.length; at++) if (marked[at]) (ids.add(base.articles[at]!.id), (marked[at] = 0));
    return ids;
  };
  const { affinity: affinityOf, factAffinity, plainAffinity, titledFor } = createAffinity(base.articles, v);

  /** The articles naming most of the people, places and organisations the question names, and among them those about what it names. */
  // (Read once per question, as it is and as an open question: the tiers, the summary's article and the article named ask.)
  const namedBy = latest((q: Question) => namedAnew(q));
  const namedOpen = latest((q: Question) => namedAnew({ ...q, yesno: false }));
  function namedAnew(q: Question): { naming: Article[]; about: Article[] } {
    const named = q.terms.filter((t) => t.startsWith('@') && !(q.yesno && v.entityKind.get(t.slice(1)) === 'place')).map((t) => t.slice(1));
    const hits = byAge.map((a) => named.filter((id) => names.get(a.id)!.has(id)).length);
    const most = Math.max(...hits);
    const naming = most ? byAge.filter((_, i) => hits[i] === most) : byAge;
    // Among them, the articles about what the question names ("the NATO target" is the NATO
    // article's, not a German one that mentions NATO's old target).
    return { naming, about: naming.filter((a) => a.subject && named.includes(a.subject)) };
  }

  /**
   * The articles to try, narrowest first: those about what the question names, those naming most
   * of the people, places and organisations it names, and (unless it asks yes or no) all. A yes/no
   * question is answered only from the articles it is about: a place it names is a claim to check,
   * not a pointer, and among those naming the rest, the ones whose titles use its words come first.
   * Any other question is first read in the articles stating the figures it states ("what's the 489
   * about?", "3.5 plus 1.5?"), among those it is about or names.
   */
  function tiersFor(q: Question): Article[][] {
    const { naming, about } = namedBy(q);
    if (!q.yesno) {
      const figured = stating(q);
      const withFigures = (list: Article[]) => (figured.size ? list.filter((a) => figured.has(a.id)) : []);
      return [withFigures(about), withFigures(naming), about, naming, byAge];
    }
    const titled = titledFor(q);
    return [naming.filter((a) => titled.has(a.id)), about, naming];
  }

  /**
   * How well an article's best fact fits, coarsely: it can answer at all, and it states the
   * question's figures ("the 2% goal" is Japan's, not NATO's 5% target) or the words it quotes.
   */
  const fitOf = (q: Question, r: Ranked) =>
    (r.coverage >= MIN_COVERAGE && (!r.wrongPerson || q.yesno) ? 2 : 0) +
    (q.numbers.percents.some((p) => r.fact.percents.includes(p)) || q.quoted.some((p) => r.fact.quote.toLowerCase().includes(p)) ? 1 : 0);

  // The engine often ranks the same question again (a check, then the answer; a side of a sum for each reading of a message).
  let ranking = recent((q: Question) => rankAnew(q), RECENT);
  const rank = (q: Question): Ranked[] => ranking(q).ranked;

  /**
   * The article the conversation is on (the one the message's or thread's last answer came from):
   * it wins close calls before the newest does, so "on what day?" after a question about one
   * article is that article's. (Rankings made with another focus are dropped.)
   */
  let focus: string | undefined;
  function focusOn(articleId: string | undefined): void {
    if (articleId === focus) return;
    focus = articleId;
    ranking = recent((q: Question) => rankAnew(q), RECENT);
  }

  /** The article the question is about: the one chosen in the narrowest tier, whether or not it could answer. */
  const aboutArticle = (q: Question): Article | undefined => ranking(q).about;

  /**
   * Ranked facts of the one article that answers the question best. A named thing narrows the
   * articles only as far as they can answer: when none of the narrower ones has a fact that fits,
   * the wider ones sharing the question's terms are tried ("What is the plan called?" is not only
   * for the newest article to answer).
   */
  function rankAnew(q: Question): { ranked: Ranked[]; about?: Article } {
    const shared = sharing(q);
    let first: Article | undefined;
    let partly: Top | undefined;
    const tried = new Set<string>();
    for (const tier of tiersFor(q)) {
      // (Once an article is the fallback, one whose facts cannot cover enough of the question cannot be chosen.)
      const candidates = tier.filter((a) => shared.has(a.id) && (!first || matchers.get(a.id)!.reach(q) >= MIN_COVERAGE));
      // (A tier of the same articles as one tried already would choose the same.)
      const key = candidates.map((a) => a.id).join();
      if (!candidates.length || tried.has(key)) continue;
      tried.add(key);
      const chosen = choose(q, candidates);
      first ??= chosen?.article ?? candidates[0];
      if (!chosen || fitOf(q, chosen.top) < 2) continue;
      // (One covering only part of the question gives way to a wider tier's covering all of it:
      // "what level has Trump asked European NATO members for?" is the EU article's 5%, not the
      // NATO article's fact on Trump that gives no level.)
      if (chosen.top.coverage >= 1 || (partly && chosen.top.coverage > partly.top.coverage)) return { ranked: matchers.get(chosen.article.id)!.rank(q), about: first };
      partly ??= chosen;
    }
    if (partly) return { ranked: matchers.get(partly.article.id)!.rank(q), about: first };
    return { ranked: first ? matchers.get(first.id)!.rank(q) : [], about: first };
  }

  /** The candidate whose best fact answers best, with that fact. */
  function choose(q: Question, candidates: Article[]): Top | undefined {
    if (candidates.length < 2) {
      // (A lone candidate is nearly always the article that answers, and its whole ranking is then
      // the answer's: ranked in full at once, rather than its best fact found first and then all ranked.)
      const top = matchers.get(candidates[0]!.id)!.rank(q)[0];
      return top && { article: candidates[0]!, top };
    }
    // A question that names nobody, nothing and no figure ("defence spending?") is open to every
    // article that fits it; otherwise only to those about as good as the best.
    const unspecific = !q.terms.some((t) => t.startsWith('@')) && !q.numbers.percents.length;
    const affinity = affinityOf(q);
    const tops = topsOf(q, candidates, unspecific, affinity);
    if (!tops.length) return undefined;
    const fit = Math.max(...tops.map((t) => fitOf(q, t.top)));
    const pool = tops.filter((t) => fitOf(q, t.top) === fit);
    const best = pool.reduce((x, y) => (y.top.score > x.top.score ? y : x)).top;
    // (Either way, one covering less of the question is not a close call: "how long was the summit?")
    const most = Math.max(...pool.map((t) => t.top.coverage));
    const close = unspecific ? pool.filter((t) => t.top.coverage >= most) : pool.filter((t) => t.top.score >= CLOSE_CALL * best.score && t.top.coverage >= best.coverage);
    // Among them, the one whose best fact (its sentence, answer and keys) uses most of the
    // question's distinctive words: "which city hosted the meeting?" is the meeting's fact, keyed
    // "city", "host" and "meeting", not a summit's venue in an article saying "hosted" of something
    // else. Between equals, the fact using all the question's other words ("plans", "minister"), then
    // the article the question's words point to most (src/qa/affinity.ts), then the newest (the pool
    // is newest first). In a conversation, its article comes right after the article the words point
    // to, before the weak evidence of the other words: "how much is the fund?" after a question on
    // the German vote is the German fund, not the UK's housing "funding".
    const fits = new Map(close.map((t) => [t, factAffinity(q, t.top.fact)]));
    // (The other words are weak evidence: only a fact using every one of them, as typed, is preferred for them.)
    const plains = new Map(close.map((t) => [t, plainAffinity(q, t.top.fact) >= 1 ? 1 : 0]));
    const leaning = (t: Top) => (focus === undefined ? [plains.get(t)!, affinity.get(t.article.id)!] : [affinity.get(t.article.id)!, Number(t.article.id === focus), plains.get(t)!]);
    const leansMore = (x: Top, y: Top) => leaning(y).map((n, i) => n - leaning(x)[i]!).find((d) => d !== 0) ?? 0;
    const better = (x: Top, y: Top) => fits.get(y)! > fits.get(x)! || (fits.get(y) === fits.get(x) && leansMore(x, y) > 0);
    return close.reduce((x, y) => (better(x, y) ? y : x));
  }

  /**
   * Each candidate's best fact (the whole ranking comes only for the article chosen), leaving out
   * those that cannot score CLOSE_CALL of the best of an article that fits as well as any can. For
   * an unspecific question the articles its words point to most are ranked first, so that bound
   * comes early, up to one that choose() cannot pass over.
   */
  function topsOf(q: Question, candidates: Article[], unspecific: boolean, affinity: Map<string, number>) {
    const order = unspecific ? [...candidates].sort((a, b) => affinity.get(b.id)! - affinity.get(a.id)!) : candidates;
    const bestFit = q.numbers.percents.length || q.quoted.length ? 3 : 2;
    const tops = new Map<string, Ranked>();
    let fitting: number | undefined; // the best score of an article that fits as well as any can
    for (const a of order) {
      const top = matchers.get(a.id)!.best(q, CLOSE_CALL * (fitting ?? 0));
      if (!top) continue;
      tops.set(a.id, top);
      if (fitOf(q, top) !== bestFit) continue;
      fitting = Math.max(fitting ?? 0, top.score);
      // (None after it can beat one covering all the question with a fact using all its words.)
      if (unspecific && top.coverage >= 1 && factAffinity(q, top.fact) >= 1 && plainAffinity(q, top.fact) >= 1) break;
    }
    // (The article the conversation is on is weighed even then: choose() prefers it between equals;
    // for a question naming nothing, however its BM25 score compares with another index's.)
    const focused = candidates.find((a) => a.id === focus && !tops.has(a.id));
    const top = focused && matchers.get(focused.id)!.best(q, unspecific ? 0 : CLOSE_CALL * (fitting ?? 0));
    if (top) tops.set(focused.id, top);
    return candidates.flatMap((a) => (tops.has(a.id) ? [{ article: a, top: tops.get(a.id)! }] : []));
  }

  /**
   * Each article's best fact covering the question as fully as `top` does, best first: the readings
   * of a claim that names no article ("the new target is 4% of GDP").
   */
  function readings(q: Question, top: Ranked): Ranked[] {
    // (The same answer in an older article is the same reading: the newest gives it.)
    const seen = new Set<string>();
    const fitting = byAge.flatMap((a) => matchers.get(a.id)!.best(q) ?? []).filter((r) => !r.wrongPerson && r.coverage >= top.coverage);
    return fitting.filter((r) => !seen.has(r.fact.answer) && seen.add(r.fact.answer)).sort((x, y) => y.score - x.score);
  }

  /** Share of the question the facts cover, judged within the first fact's article. */
  function coverageOf(q: Question, ...list: IndexedFact[]): number {
    return matchers.get(list[0]!.article.id)!.coverageOf(q, ...list);
  }

  /** Whether the fact states the question's term (as coverage reads it, in the fact's article). */
  const covers = (q: Question, f: IndexedFact, t: string) => matchers.get(f.article.id)!.covers(q, f, t);

  /** The article a summary ("what's the news?") is about: the one the question names, else the one the conversation is on, else the latest. */
  const summaryArticle = (q: Question): Article => summaryChosen(q) ?? newest;

  /** The articles a summary of the latest leaves out, newest first: none when the question or the conversation chose its article. */
  const notSummarised = (q: Question): Article[] => (summaryChosen(q) ? [] : byAge.filter((a) => a !== newest));

  /** The article the question names for a summary, else the one the conversation is on. */
  function summaryChosen(q: Question): Article | undefined {
    const { about, naming } = namedOpen(q);
    const list = about.length ? about : naming;
    return list.length === base.articles.length ? base.articles.find((a) => a.id === focus) : list[0];
  }

  /** The one article the question names (by what it is about, else by all it names), if any. */
  function namedArticle(q: Question): Article | undefined {
    const { about, naming } = namedOpen(q);
    return [about, naming].find((list) => list.length === 1)?.[0];
  }

  /** The facts of one article, ranked for the question as if it were the only article. */
  const rankIn = (q: Question, articleId: string) => matchers.get(articleId)!.rank(q);

  return { rank, rankIn, coverageOf, covers, summaryArticle, notSummarised, namedArticle, readings, aboutArticle, focusOn };
}
