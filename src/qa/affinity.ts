// Which article a question's own words point to. Concept terms make "the infrastructure fund" and
// NATO's "critical infrastructure" look alike; the words themselves do not: a word only some
// articles use ("fund", "votes", "majority") points to those articles, the more so the fewer use it.
import type { Article } from '../facts/schema.ts';
import type { Question } from './question.ts';
import { words } from './text.ts';
import type { Vocabulary } from './vocabulary.ts';

/** How much being about a word counts beside using it at all: only between articles using the same words. */
const ABOUT = 0.01;
/** An article is about a word when its share of facts using the word is at least this part of the highest. */
const ABOUT_SHARE = 0.7;

/**
 * For a question, each article's share (0–1) of the weight of the question's distinctive words it
 * uses, and the articles it is about: those whose titles use most of its distinctive words and
 * figures ("was the summit in Brussels?" is the summit article's, whatever else names Brussels).
 */
export function createAffinity(articles: Article[], v: Vocabulary) {
  const used = new Map<string, Set<string>>(); // stem → ids of the articles that use it
  // Whether an article is about a word: the share of its facts using it is near the highest any article has.
  const uses = new Map<string, Map<string, number>>(); // stem → article id → 1 (about it) or 0
  // An article's words: its text and its curators' words for its facts (keys, answers, example questions).
  const factText = (f: Article['facts'][number]) => [f.quote, f.answer, ...f.keys, ...f.examples].join(' ');
  for (const a of articles) {
    for (const s of new Set(words([a.text, ...a.facts.map(factText)].join(' ')).map(v.stem))) used.set(s, (used.get(s) ?? new Set()).add(a.id));
    for (const f of a.facts)
      for (const s of new Set(words(factText(f)).map(v.stem))) {
        const byArticle = uses.get(s) ?? uses.set(s, new Map()).get(s)!;
        byArticle.set(a.id, (byArticle.get(a.id) ?? 0) + 1 / a.facts.length);
      }
  }
  for (const byArticle of uses.values()) {
    const most = Math.max(...byArticle.values());
    for (const [id, x] of byArticle) byArticle.set(id, x >= ABOUT_SHARE * most ? 1 : 0);
  }
  const titles = new Map(articles.map((a) => [a.id, { stems: new Set(words(a.title).map(v.stem)), text: a.title }]));
  const n = articles.length;
  /** The question's words that carry meaning here: not function words, generic ones ("happen", "kind"), figures or words every article uses. */
  const distinctive = (q: Question) =>
    [...new Set(q.stems)].filter((s) => {
      const ids = used.get(s);
      return ids && ids.size < n && !v.stop.has(s) && v.phrases.get(s)?.kind !== 'generic' && !/^\d/.test(s);
    });

  function affinity(q: Question): Map<string, number> {
    const share = new Map(articles.map((a) => [a.id, 0]));
    let total = 0;
    for (const s of distinctive(q)) {
      const weight = Math.log(n / used.get(s)!.size);
      total += weight;
      // (Between articles using the same words, the one more about them comes first: "the summit" is the summit article's.)
      for (const id of used.get(s)!) share.set(id, share.get(id)! + weight * (1 + ABOUT * (uses.get(s)?.get(id) ?? 0)));
    }
    if (total > 0) for (const [id, w] of share) share.set(id, w / (total * (1 + ABOUT)));
    return share;
  }

  /** Ids of the articles whose titles use most of the question's distinctive words and percentages (none when no title uses any). */
  function titledFor(q: Question): Set<string> {
    const stems = distinctive(q);
    const hits = articles.map((a) => {
      const t = titles.get(a.id)!;
      return stems.filter((s) => t.stems.has(s)).length + q.numbers.percents.filter((p) => new RegExp(`(^|[^\\d.])${p}%`).test(t.text)).length;
    });
    const most = Math.max(0, ...hits);
    return new Set(most ? articles.filter((_, i) => hits[i] === most).map((a) => a.id) : []);
  }

  return { affinity, titledFor };
}
