// Which article a question's own words point to. Concept terms make "the infrastructure fund" and
// NATO's "critical infrastructure" look alike; the words themselves do not: a word only some
// articles use ("fund", "votes", "majority") points to those articles, the more so the fewer use it,
// and more to an article whose text uses it than to one whose curators only listed it ("vote" as a
// key of an election fact). A figure the question states ("513") is such a word too. The same words
// also weigh each article's best fact for a question, which comes before the article as a whole.
import type { Article } from '../facts/schema.ts';
import { AUX, type Question } from './question.ts';
import { MONTHS, WEEKDAYS, words } from './text.ts';
import type { Vocabulary } from './vocabulary.ts';
import { titlesOf, type IndexedFact } from './facts.ts';
import { latest, once } from './once.ts';

/** Words that frame any question: question words and auxiliaries. */
const FRAME = new Set(['what', 'whats', 'who', 'whos', 'whom', 'whose', 'which', 'when', 'where', 'why', 'how', 'hows', ...AUX]);

/** How much a word only an article's curators use (keys, answers, examples) points to it, against one its text uses. */
const CURATED = 0.5;

/**
 * For a question, each article's share (0–1) of the weight of the question's distinctive words it
 * uses, and the articles it is about: those whose titles use most of its distinctive words and
 * figures ("was the summit in Brussels?" is the summit article's, whatever else names Brussels).
 */
export function createAffinity(articles: Article[], v: Vocabulary) {
  const used = new Map<string, Map<string, number>>(); // stem → the articles that use it, 1 in their text, else CURATED
  // An article's words: its text and its curators' words for its facts (keys, answers, example questions).
  const curated = (a: Article) => a.facts.flatMap((f) => [f.answer, ...f.keys, ...f.examples]).join(' ');
  for (const a of articles) {
    const own = new Set(words(a.text).map(v.stem));
    for (const s of new Set([...own, ...words(curated(a)).map(v.stem)])) used.set(s, (used.get(s) ?? new Map()).set(a.id, own.has(s) ? 1 : CURATED));
  }
  const titles = new Map(articles.map((a) => [a.id, { stems: new Set(words(a.title).map(v.stem)), text: a.title }]));
  const n = articles.length;
  /** The question's words that carry meaning here: not function words, generic ones ("happen", "kind"), small figures ("2") or words every article uses. */
  // (Read once per question: the articles' and each candidate fact's affinity ask.)
  const distinctive = latest((q: Question) =>
    [...new Set(q.stems)].filter((s) => {
      const ids = used.get(s);
      return ids && ids.size < n && !v.stop.has(s) && v.phrases.get(s)?.kind !== 'generic' && (!/^\d/.test(s) || /^\d{3,}$/.test(s));
    }),
  );

  // (Read once per question: each tier of articles tried asks.)
  const affinity = latest((q: Question): Map<string, number> => {
    const share = new Map(articles.map((a) => [a.id, 0]));
    let total = 0;
    for (const s of distinctive(q)) {
      const weight = Math.log(n / used.get(s)!.size);
      total += weight;
      for (const [id, strength] of used.get(s)!) share.set(id, share.get(id)! + weight * strength);
    }
    if (total > 0) for (const [id, w] of share) share.set(id, w / total);
    return share;
  });

  // A fact's words: its sentence in the article and its curators' words (keys, answer, examples).
  const factWords = once((f: IndexedFact) => new Set(words([f.sentence, f.quote, f.answer, ...f.keys, ...f.examples].join(' ')).map(v.stem)));

  /**
   * The share (0–1) of the weight of the question's distinctive words that a fact uses. The day or
   * month a yes/no question claims is checked, not looked for ("they met on a Tuesday, right?": a
   * fact of another meeting saying "Tuesday" is no better than the meeting's own, on Wednesday).
   */
  const calendar = new Set([...WEEKDAYS, ...MONTHS].map(v.stem));
  function factAffinity(q: Question, f: IndexedFact): number {
    const own = factWords(f);
    let total = 0;
    let share = 0;
    for (const s of distinctive(q).filter((x) => !q.yesno || !calendar.has(x))) {
      const weight = Math.log(n / used.get(s)!.size);
      total += weight;
      if (own.has(s)) share += weight;
    }
    // (A question without such words is no better fitted by one fact than another.)
    return total > 0 ? share / total : 1;
  }

  /**
   * The share (0–1) of the question's other words, those every article or the lexicon's generic
   * list has ("plans", "reporters", "minister"), that a fact uses, half for the word's stem and half
   * for the word as typed: between facts using as many of its distinctive words, "who reported the
   * plans?" is the fact saying "reported the plans", not one saying "told reporters" as someone
   * "presented the plan". Question words, auxiliaries and figures say nothing.
   */
  const frame = new Set([...FRAME].map(v.stem));
  const plainOf = latest((q: Question) => {
    const skip = new Set(distinctive(q));
    const typed = [...new Set(words(q.clean).map((w) => v.spell(w.toLowerCase())))];
    return typed.map((w) => ({ w, s: v.stem(w) })).filter(({ w, s }) => used.has(s) && !v.stop.has(w) && !v.stop.has(s) && !frame.has(s) && !/^\d/.test(s) && !skip.has(s));
  });
  // (With the titles of the people it is about: "the minister" is Koizumi's fact, whose sentence calls him by name.)
  const titlesBy = new Map(articles.flatMap((a) => a.people.map((p) => [p.id, titlesOf(p).join(' ')] as const)));
  const factTyped = once((f: IndexedFact) => new Set(words([f.sentence, f.quote, f.answer, ...f.keys, ...f.examples, ...f.about.map((id) => titlesBy.get(id) ?? '')].join(' ')).map((w) => v.spell(w.toLowerCase()))));
  const factStems = once((f: IndexedFact) => new Set([...factWords(f), ...[...factTyped(f)].map(v.stem)]));
  function plainAffinity(q: Question, f: IndexedFact): number {
    const plain = plainOf(q);
    if (!plain.length) return 1;
    const typed = factTyped(f);
    const own = factStems(f);
    return plain.reduce((n, { w, s }) => n + (own.has(s) ? 0.5 : 0) + (typed.has(w) ? 0.5 : 0), 0) / plain.length;
  }

  /** Ids of the articles whose titles use most of the question's distinctive words and percentages (none when no title uses any). */
  function titledFor(q: Question): Set<string> {
    const stems = distinctive(q);
    const percents = q.numbers.percents.map((p) => new RegExp(`(^|[^\\d.])${p}%`));
    const hits = articles.map((a) => {
      const t = titles.get(a.id)!;
      return stems.filter((s) => t.stems.has(s)).length + percents.filter((p) => p.test(t.text)).length;
    });
    const most = Math.max(0, ...hits);
    return new Set(most ? articles.filter((_, i) => hits[i] === most).map((a) => a.id) : []);
  }

  return { affinity, factAffinity, plainAffinity, titledFor };
}
