// Which article a question's own words point to. Concept terms make "the infrastructure fund" and
// NATO's "critical infrastructure" look alike; the words themselves do not: a word only some
// articles use ("fund", "votes", "majority") points to those articles, the more so the fewer use it,
// and fully only to those whose text uses it or whose curators gave it to several facts, not to an
// article one of whose facts has it as a key ("vote", for an election). A figure the question states
// ("513") is such a word too.
import type { Article } from '../facts/schema.ts';
import type { Question } from './question.ts';
import { words } from './text.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Facts of an article using a word for it to point there fully, when its text does not; fewer point there in proportion. */
const FULL_USE = 2;
/** How much a word of the rest of the message counts, against one of the question's own. */
const AROUND = 0.5;

/**
 * For a question, each article's share (0–1) of the weight of the question's distinctive words it
 * uses, and the articles it is about: those whose titles use most of its distinctive words and
 * figures ("was the summit in Brussels?" is the summit article's, whatever else names Brussels).
 */
export function createAffinity(articles: Article[], v: Vocabulary) {
  const used = new Map<string, Map<string, number>>(); // stem → the articles that use it, and how much (0–1)
  // An article's words: its text and, for each fact, its curators' words for it (keys, answers, example questions).
  const factWords = (f: Article['facts'][number]) => [f.quote, f.answer, ...f.keys, ...f.examples].join(' ');
  for (const a of articles) {
    const uses = new Map<string, number>();
    for (const f of a.facts) for (const s of new Set(words(factWords(f)).map(v.stem))) uses.set(s, (uses.get(s) ?? 0) + 1);
    // (The names and aliases of its people and organisations are its words too: "NDS".)
    const names = [...a.people, ...a.entities].flatMap((x) => [x.name, ...x.aliases]);
    for (const s of new Set(words([a.text, ...names].join(' ')).map(v.stem))) uses.set(s, FULL_USE);
    for (const [s, count] of uses) used.set(s, (used.get(s) ?? new Map()).set(a.id, Math.min(1, count / FULL_USE)));
  }
  const titles = new Map(articles.map((a) => [a.id, { stems: new Set(words(a.title).map(v.stem)), text: a.title }]));
  const n = articles.length;
  /** The question's words that carry meaning here: not function words, generic ones ("happen", "kind"), small figures ("2") or words every article uses. */
  const distinctive = (stems: string[]) =>
    [...new Set(stems)].filter((s) => {
      const ids = used.get(s);
      return ids && ids.size < n && !v.stop.has(s) && v.phrases.get(s)?.kind !== 'generic' && (!/^\d/.test(s) || /^\d{3,}$/.test(s));
    });

  function affinity(q: Question): Map<string, number> {
    const share = new Map(articles.map((a) => [a.id, 0]));
    let total = 0;
    const own = distinctive(q.stems);
    // (The rest of the message counts for less than the question's own words.)
    const weighted = [...own.map((s) => [s, 1] as const), ...distinctive(q.around).filter((s) => !own.includes(s)).map((s) => [s, AROUND] as const)];
    for (const [s, factor] of weighted) {
      const weight = Math.log(n / used.get(s)!.size) * factor;
      total += weight;
      for (const [id, strength] of used.get(s)!) share.set(id, share.get(id)! + weight * strength);
    }
    if (total > 0) for (const [id, w] of share) share.set(id, w / total);
    return share;
  }

  /** Ids of the articles whose titles use most of the question's distinctive words and percentages (none when no title uses any). */
  function titledFor(q: Question): Set<string> {
    const stems = distinctive(q.stems);
    const hits = articles.map((a) => {
      const t = titles.get(a.id)!;
      return stems.filter((s) => t.stems.has(s)).length + q.numbers.percents.filter((p) => new RegExp(`(^|[^\\d.])${p}%`).test(t.text)).length;
    });
    const most = Math.max(0, ...hits);
    return new Set(most ? articles.filter((_, i) => hits[i] === most).map((a) => a.id) : []);
  }

  return { affinity, titledFor };
}
