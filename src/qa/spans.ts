// Time between two dated facts ("how many years between the Wales summit and The Hague summit?",
// "how long after it was commissioned was the review published?"), or from the article's date to
// one ("how many years do allies have to reach 5%?"), in the days, months or years the two dates
// are precise to. Each side of the question is matched to a dated fact by the usual ranking.
import { daysBetween, formatDate } from '../digest/time.ts';
import type { Deriving } from './derive.ts';
import type { IndexedFact } from './facts.ts';
import type { Ranked } from './match.ts';
import type { Question } from './question.ts';
import { figureConflict } from './verdict.ts';

export const SPAN_ASKED = /\bhow (?:many|much) (?:(days?|weeks?|months?|years?)|time)\b|\bhow long\b|\bhow soon\b/i;
/** "How long did the meeting between X and Y last?", "how many days did Hegseth stay?": how long one event went on, not the time between two. */
const ONE_EVENT = /\b(?:last|lasted|stay|stayed)\W*$/i;
/** "… after X did Y", "… between X and Y", "… from X to Y": X starts after one of these, Y after a verb or link word. */
const OPENER = /\b(?:after|since|following|before|prior to|between|from)\b/i;
const LINK = /\b(?:did|was|were|does|do|is|are|will|would|has|have|had|and|to|until|till|that)\b/gi;
/** "How many years do allies have to reach X?", "how long until X?": from the article's date to X. */
const UNTIL = /\bhow (?:many \w+|long|much time) (?:do|does|will|did) .+? (?:have|get|take) (?:left )?(?:to|until|for) (.+)$|\bhow (?:many \w+|long) (?:is it )?(?:until|till) (.+)$/i;

/** Two events before the question: "X to Y, how many years?", "X and Y - about how many weeks is that?". */
const ENDS = /^(.+?)\b(?:to|and)\b(.+?)[\s,;:-]+(?:about |roughly |so )?how (?:many|long|much)\b/i;

type Unit = 'days' | 'weeks' | 'months' | 'years';
const count = (n: number, unit: string) => `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`;

/** The time from a to b (a first) in the unit asked, or the finest both dates allow; undefined when they are not that precise. */
function between(a: string, b: string, asked?: Unit): string | undefined {
  const precise = Math.min(a.length, b.length);
  const unit = asked ?? (precise === 10 ? 'days' : precise === 7 ? 'months' : 'years');
  if (unit === 'days' || unit === 'weeks') {
    if (precise < 10) return undefined;
    const days = daysBetween(a, b);
    if (unit === 'days') return days > 0 ? count(days, 'days') : undefined;
    if (days <= 0) return undefined;
    // ("About 3 weeks (23 days)": weeks as near as they go, with the exact days.)
    return days % 7 === 0 ? count(days / 7, 'weeks') : days >= 7 ? `about ${count(Math.round(days / 7), 'weeks')} (${count(days, 'days')})` : undefined;
  }
  const years = Number(b.slice(0, 4)) - Number(a.slice(0, 4));
  if (precise === 4) return unit === 'years' && years > 0 ? count(years, 'years') : undefined;
  const months = years * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
  if (months <= 0 || (precise === 10 && a.slice(8) !== b.slice(8))) return undefined;
  if (unit === 'months') return months >= 12 ? `${count(months, 'months')} (${inYears(months)})` : count(months, 'months');
  return months % 12 === 0 ? count(months / 12, 'years') : inYears(months);
}

const inYears = (months: number) => [count(Math.floor(months / 12), 'years'), months % 12 ? count(months % 12, 'months') : ''].filter(Boolean).join(' and ');

export interface Span {
  text: string;
  facts: IndexedFact[];
}

export function spans(d: Deriving) {
  /**
   * The dated facts a description of an event may mean: the best match, within the given article
   * first (and only there when the description names nothing), and a second event of the same
   * article about as likely on another date ("the vote": the Bundestag's or the Bundesrat's).
   */
  function datedFacts(text: string, precise: boolean, article?: IndexedFact['article']): { named: boolean; found: IndexedFact[] } {
    const q = d.analyse(text);
    const named = q.terms.some((t) => t.startsWith('@'));
    if (!q.terms.length || q.unknown.length) return { named, found: [] };
    const dated = (f: IndexedFact) => f.dates.some((x) => !precise || x.length === 10);
    const asked = { ...q, kind: 'when' as const, yesno: false };
    // (Not a fact giving another figure than the description: "its 2.1%" is not a 2.5% target's date.)
    const fitting = (list: Ranked[]) => list.filter((r) => r.coverage >= 0.6 && dated(r.fact) && !figureConflict(q, r.fact));
    // Within an article first, even for an event naming someone ("his meeting with Trump": at the summit, not in Tokyo).
    const within = article ? fitting(d.rankIn(asked, article.id)) : [];
    const [best, next] = within.length || (article && !named) ? within : fitting(d.rank(asked));
    if (!best) return { named, found: [] };
    // (Not the other event of the best one's sentence, "met on Wednesday, a day after talks between …": the sentence tells them apart.)
    const sameSentence = (f: IndexedFact) => f.quote.includes(best.fact.quote) || best.fact.quote.includes(f.quote);
    const close = (share: number) =>
      next && next.fact.article.id === best.fact.article.id && next.score >= share * best.score && next.coverage >= best.coverage && next.fact.dates[0] !== best.fact.dates[0] && !sameSentence(next.fact);
    // (Read within an article, about as likely; as another reading of an event named by nothing, nearly as likely.)
    return { named, found: close(article ? 0.8 : 0.9) ? [best.fact, next!.fact] : [best.fact] };
  }

  /** The one dated fact a description of an event means; none when, read within an article, another event of it is about as likely. */
  function datedFact(text: string, precise: boolean, article?: IndexedFact['article']): IndexedFact | undefined {
    const { found } = datedFacts(text, precise, article);
    return article && found.length > 1 ? undefined : found[0];
  }

  /** Two dated facts for the two sides, from one article unless each side names its own, and what each side may mean. */
  function pairFor(x: string, y: string): { pair: [IndexedFact, IndexedFact]; sides: ReturnType<typeof datedFacts>[] } | undefined {
    const sides = [datedFacts(x, false), datedFacts(y, false)];
    let [a, b]: (IndexedFact | undefined)[] = sides.map((side) => side.found[0]);
    if (a && b && a.article.id !== b.article.id) [a, b] = [datedFact(x, false, b.article), datedFact(y, false, a.article)];
    return a && b ? { pair: [a, b], sides } : undefined;
  }

  /** Every way the question splits into two events: after each opener, at each link word that follows. */
  function splits(clean: string): [string, string][] {
    const open = OPENER.exec(clean);
    if (!open) {
      // "the Türkiye summit to the 2035 deadline, how many years?", "X and Y: about how many weeks is that?"
      const ends = ENDS.exec(clean);
      return ends ? [[ends[1]!, ends[2]!]] : [];
    }
    const rest = clean.slice(open.index + open[0].length);
    return [...rest.matchAll(LINK)].map((m) => [rest.slice(0, m.index), rest.slice(m.index! + m[0].length)]);
  }

  const when = (f: IndexedFact) => `${formatDate(f.dates[0]!)} (${f.answer.replace(/\.$/, '')})`;

  function span(q: Question): Span | undefined {
    const asked = SPAN_ASKED.exec(q.clean);
    if (!asked || ONE_EVENT.test(q.clean)) return undefined;
    const unit = asked[1] ? (`${asked[1].toLowerCase().replace(/s$/, '')}s` as Unit) : undefined;
    const until = UNTIL.exec(q.clean);
    if (until) {
      const f = datedFact(until[1] ?? until[2]!, false);
      const from = f?.article.curator.published;
      const text = f && from && between(from, f.dates[0]!, unit);
      return text ? { text: `${text}: from the article's date, ${formatDate(from!)}, to ${when(f!)}.`, facts: [f!] } : undefined;
    }
    // Every split that finds two dated facts must come to the same answer ("before the pledge | was
    // adopted did …" and "before the pledge was adopted | did …" read different events).
    // An event two facts may mean counts both ways ("the vote" of 18 or of 21 March to the 25th: 7 or 4 days).
    const answers = splits(q.clean).flatMap(([x, y]) => {
      const paired = pairFor(x, y);
      if (!paired) return [];
      const { pair: found, sides } = paired;
      // (Another reading of a side naming nothing against one naming someone of the same article,
      // and not the other side's event: "the vote" against "the newly elected Bundestag".)
      const readings = found.map((f, i) => {
        const other = found[1 - i]!;
        if (f.article.id !== other.article.id || sides[i]!.named || !sides[1 - i]!.named) return [f];
        return [f, ...sides[i]!.found.filter((g) => g !== f && g !== other && g.article.id === f.article.id)];
      });
      return readings[0]!.flatMap((a) => readings[1]!.map((b) => {
        const [first, second] = [a, b].sort((p, r) => p.dates[0]!.localeCompare(r.dates[0]!));
        const text = between(first!.dates[0]!, second!.dates[0]!, unit);
        return text ? { text: `${text}: ${when(first!)}, then ${when(second!)}.`, facts: [first!, second!] } : undefined;
      }));
    });
    const [one] = answers;
    return one && answers.every((a) => a?.text === one.text) ? one : undefined;
  }

  return { span, datedFact };
}
