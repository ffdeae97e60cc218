// Which article a question's own words point to. Concept terms make "the infrastructure fund" and
// NATO's "critical infrastructure" look alike; the words themselves do not: a word only some
// articles use ("fund", "votes", "majority") points to those articles, the more so the fewer use it.
import type { Article } from '../facts/schema.ts';
import type { Question } from './question.ts';
import { words } from './text.ts';
import type { Vocabulary } from './vocabulary.ts';

/** For a question, each article's share (0–1) of the weight of the question's distinctive words it uses. */
export function createAffinity(articles: Article[], v: Vocabulary): (q: Question) => Map<string, number> {
  const used = new Map<string, Set<string>>(); // stem → ids of the articles that use it
  // An article's words: its text and its curators' words for its facts (keys, answers, example questions).
  const textOf = (a: Article) => [a.text, ...a.facts.flatMap((f) => [f.answer, ...f.keys, ...f.examples])].join(' ');
  for (const a of articles) for (const s of new Set(words(textOf(a)).map(v.stem))) used.set(s, (used.get(s) ?? new Set()).add(a.id));
  const n = articles.length;
  return (q) => {
    const share = new Map(articles.map((a) => [a.id, 0]));
    let total = 0;
    for (const s of new Set(q.stems)) {
      const ids = used.get(s);
      // Only words that carry meaning: not function words or generic ones ("happen", "kind").
      if (!ids || ids.size === n || v.stop.has(s) || v.phrases.get(s)?.kind === 'generic' || /^\d/.test(s)) continue;
      const weight = Math.log(n / ids.size);
      total += weight;
      for (const id of ids) share.set(id, share.get(id)! + weight);
    }
    if (total > 0) for (const [id, w] of share) share.set(id, w / total);
    return share;
  };
}
