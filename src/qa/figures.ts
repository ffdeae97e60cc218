// Answers worked out from the facts' typed figures (percentages, counts, sums of money): the
// difference between two ("how much higher is NATO's new target than the old 2%?"), how many
// times one is the other, their total, one's share of the other, an amount per year, and whether
// one is more than double (or N times) the other. Each side of the question is matched to a fact
// (the usual ranking) and to one of its figures (by the words around it in the quote); the two
// must be the same kind of figure in the same unit, or the question is not worked out (or, for
// sums in different currencies, declined). Each answer quotes the facts it used.
import { voteSides } from './tally.ts';
import { formatMoney } from '../facts/money.ts';
import type { Value } from '../facts/schema.ts';
import type { Deriving } from './derive.ts';
import { placesBy, type IndexedFact } from './facts.ts';
import type { Question } from './question.ts';
import { percentBases } from './crux.ts';
import { askedCurrency, currenciesOf, withoutCurrency } from './currency.ts';
import { articlesStating } from './stated.ts';
import { recent } from './once.ts';
import { root } from './vocabulary.ts';

type Amount = Extract<Value, { kind: 'percent' | 'count' | 'money' }>;

/** A figure of a fact, and the word stems that say what it measures (its unit, and the quote around it). */
interface Figure {
  fact: IndexedFact;
  index: number;
  value: Amount;
  label: Set<string>;
  near: Set<string>;
  /** Where the quote states it (figures a fact gives "from … to …" come in that order). */
  at: number;
}

/** A figure as a side of the question: how well it fits that side. */
interface Pick {
  figure: Figure;
  score: number;
  /** The side names what the figure counts. */
  named: boolean;
}

/** What the question works out, with the facts it used; not answered when the figures cannot be put together. */
export interface Outcome {
  answered: boolean;
  text: string;
  facts: IndexedFact[];
}

type Operation = 'difference' | 'ratio' | 'sum' | 'share' | 'perYear' | 'perUnit' | 'change' | 'multiple' | 'convert' | 'addsUp' | 'besides';

const RATIO = /\bhow many times\b|\bwhat multiple\b|\btimes (?:as )?(?:bigger|larger|more|higher|greater|smaller|much|big|large|high)\b|\bratio\b/;
const SHARE = /\bwhat (?:share|proportion|fraction|percentage|percent|%) of\b/;
const CHANGE = /\bby (?:what|how many|how much) (?:percentage\b|percent\b|%)(?! points?)/;
const PER_YEAR = /\b(?:per|a|each|every) year\b|\bannual(?:ly)?\b|\bper annum\b|\byearly\b/;
/** "per base", "each of the 12 new submarines": an amount divided among things counted. */
const PER_UNIT = /\bper (?!year\b|cent\b|annum\b|the\b|an?\b|this\b|that\b|its\b|their\b|his\b|her\b)([a-z]+)|\beach of (?:the |its |their )?(?:[\w-]+ ){0,3}?([a-z]+s)\b/;
const SUM = /\b(?:in total|total|combined|together|altogether|in all|add(?:ed)? up|sum|plus)\b/;
const DIFFERENCE =
  /\bhow (?:many|much) (?:more|fewer|less|higher|lower|bigger|larger|smaller|extra|further|above|below|over|under|short)\b|\bby how (?:many|much)\b|\bhow (?:far|much) (?:above|below|short|over|under|ahead|behind|higher|lower)\b|\b(?:gap|difference)\b|\bhow many (?:percentage )?points\b|\bhow big (?:a|the) (?:jump|rise|increase|cut|gap)\b|\bhow many (?:\w+ ){1,2}(?:more|fewer|extra)\b|\bminus\b|\bto spare\b/;
/** The words of any operation, taken out of a side before it is read. */
const OPERATION_WORDS = new RegExp(`${DIFFERENCE.source}|${RATIO.source}|${SUM.source}|${SHARE.source}`, 'g');
/** "Do 3.5% and 1.5% add up to the 5% target?": a total a yes/no question checks. */
const ADDS_UP = /\b(?:add(?:s|ed)? up to|sum to|total|make up|come to)\b/;
/** "How many allies besides Spain …?": a count less the one the question leaves out. */
const BESIDES = /\b(?:besides|apart from|other than|except(?: for)?|excluding|aside from|not counting)\s+(.+?)(?=,|\s+(?:how|what|which|did|do|does|have|has|signed|are|were|is|was)\b|\?|$)/;
const FACTORS: Record<string, number> = { half: 0.5, double: 2, twice: 2, triple: 3, treble: 3, two: 2, three: 3, four: 4, five: 5, ten: 10 };
/** "more than double", "ten times", "twice": a multiple a yes/no question checks. */
const MULTIPLE = /\b(?:(more|less|bigger|larger|higher|greater|smaller|lower|over|under|at least) (?:than )?)?(half|double|twice|triple|treble|(\d+(?:\.\d+)?|two|three|four|five|ten) times)\b/;

/** "… as many votes in favour as against": what is counted, the first side's words and the second's. */
const AS_MANY = /^\s*as (?:many|much) (\S+) (.+?) as (.+)$/;

/** Where a clause ends between two figures: a comma, a semicolon, or "and"/"but" joining them. */
const CLAUSE_BREAK = /[,;]\s*|\s(?:and|but)\s/i;

/** How the question splits into its two sides ("X than Y", "between X and Y", "from X to Y"). */
const SPLITS: RegExp[] = [
  /^(.*)\bthan\b(.*)$/,
  /\bbetween (.+) and (.+)$/,
  /\bfrom (.+?) (?:to|until|till) (.+)$/,
  /^(.*)\b(?:vs\.?|versus|compared (?:to|with))\b(.*)$/,
  /\b(?:short of|below|above|under|over|beyond) (.+?) (?:is|are|was|were|does|do|did) (.+)$/,
  /\btimes (.+?) (?:is|are|was|were) (.+)$/,
  /\bmultiple of (.+?) (?:is|are|was|were) (.+)$/,
  /^(.*)\b(?:half|double|twice|triple|treble|times)\b(.*)$/,
  // "yes votes minus the 489 needed", "Germany's 2.1% beat NATO's 2% by how much?", "a jump from X to Y", "X is how far short of Y?", "how many points of X sit above Y?"
  /^(.*)\b(?:minus|beat|beats|exceeded|exceeds|from|short of|behind|ahead of|above|below|over|under)\b(.*)$/,
];
/** "what share of X goes to Y", "what fraction of X is Y". */
const SHARE_SPLIT = /\bof (.+?) (?:(?:goes|go|went|is|are|was|were|will go|gets?) (?:to|for|on|in)|is|are|was|were) (.+)$/;
const SUM_SPLIT = /^(.*)\b(?:and|plus)\b(.*)$/;

/** Words that say what is asked, not which figure. */
const FUNCTION_WORDS = new Set(
  'a an the of to in on for by at and or than is are was were be been will would did does do has have had how many much more less what which who its their it they that this there with from per percent percentag point time share total combin togeth vs versus compar between short abov below over under higher lower bigger larger smaller extra further far big gap differ ratio doubl twice tripl half all year annual get goe go went spend spent new old'
    .split(' '),
);

const round = (x: number) => Number(x.toFixed(2));
const num = (x: number) => round(x).toLocaleString('en-GB');

function show(v: Amount): string {
  if (v.kind === 'money') return formatMoney(v.value, v.currency);
  if (v.kind === 'percent') return `${v.approx ? 'about ' : ''}${num(v.value)}%${v.of ? ` of ${v.of}` : ''}`;
  return `${v.atLeast ? 'at least ' : ''}${num(v.value)} ${v.unit}`;
}

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The amount written in a quote: "500" for €500 billion, "50,000", or the word for a small count ("seven"). */
function written(v: Amount): RegExp {
  const scale = v.kind === 'money' ? ([1e12, 1e9, 1e6].find((s) => v.value >= s) ?? 1) : 1;
  const n = v.value / scale;
  const forms = [String(n), n.toLocaleString('en')];
  const word = SMALL_NUMBERS[n];
  if (word) forms.push(word);
  return new RegExp(`(?<![\\d.,])(?:${forms.map((f) => f.replace(/[.]/g, '\\.')).join('|')})(?![\\d]|[.,]\\d)`, 'gi');
}

function createFigures(d: Deriving) {
  const stemsOf = (text: string) => new Set(d.analyse(text).stems.filter((s) => !FUNCTION_WORDS.has(s) && !/^\d/.test(s)));
  const cache = new Map<string, Figure[]>();
  // Each fact's place among the facts, and the facts stating each typed value: a side's facts are
  // looked up, not sought among every article's facts.
  const position = new Map(d.facts.map((f, at) => [f.id, at]));
  const stating = placesBy(d.facts, (f) => f.values.flatMap((x) => ('value' in x ? [Number(x.value)] : [])));
  /** The stems of what the facts' percentages are of ("GDP"). */
  const bases = percentBases(d.facts, stemsOf);
  /** "What share of GDP goes to cyber defence?" asks for a percentage of GDP, not one figure's share of another. */
  const onlyBase = (whole: string) => {
    const stems = [...stemsOf(whole)];
    return stems.length > 0 && stems.every((s) => bases.has(s));
  };
  /** The facts at these places, once each, in the facts' order. */
  const inOrder = (places: number[]) => [...new Set(places)].sort((a, b) => a - b).map((at) => d.facts[at]!);

  /** A fact's amounts, each with the words of its unit and those around it in the quote (to the next figure, a few words either side). */
  function figuresOf(f: IndexedFact): Figure[] {
    const known = cache.get(f.id);
    if (known) return known;
    const quote = f.quote;
    const used = new Set<number>();
    const found = f.values.flatMap((value, index) => {
      if (value.kind !== 'percent' && value.kind !== 'count' && value.kind !== 'money') return [];
      const at = [...quote.matchAll(written(value))].map((m) => m.index!).find((i) => !used.has(i));
      if (at !== undefined) used.add(at);
      return [{ value, index, at }];
    });
    const places = found.flatMap((x) => (x.at === undefined ? [] : [x.at])).sort((a, b) => a - b);
    const figures = found.map(({ value, index, at }): Figure => {
      const unit = value.kind === 'count' ? value.unit : (value.of ?? '');
      let near = '';
      if (at !== undefined) {
        // (Words between two figures up to a clause break are the earlier one's, after it the later
        // one's: "513 votes in favour and 207 against, comfortably above the two-thirds majority of 489".)
        const previous = places.filter((p) => p < at);
        const between = quote.slice(Math.max(0, ...previous), at);
        const broken = previous.length ? CLAUSE_BREAK.exec(between) : null;
        const before = (broken ? between.slice(broken.index + broken[0].length) : between).split(/\s+/).slice(-5, -1);
        const next = places.find((p) => p > at) ?? quote.length;
        const rest = quote.slice(at, next);
        const stop = next < quote.length ? /[,;]/.exec(rest) : null;
        const after = (stop ? rest.slice(0, stop.index) : rest).split(/\s+/).slice(1, 8);
        near = [...before, ...after].join(' ');
      }
      return { fact: f, index, value, label: stemsOf(unit), near: stemsOf(near), at: at ?? quote.length };
    });
    cache.set(f.id, figures);
    return figures;
  }

  /** How well a figure's words fit a side's: its unit counts fully, the words around it half. */
  function wordFit(side: Set<string>, fig: Figure): number {
    if (!side.size) return 0;
    let hits = 0;
    for (const s of side) hits += fig.label.has(s) ? 1 : fig.near.has(s) ? 0.5 : 0;
    return hits / side.size;
  }

  /** Numbers a side states ("the old 2%", "€500bn"), calendar years aside. */
  function statedIn(text: string): number[] {
    const n = d.analyse(text).numbers;
    const small = [...text.matchAll(/(?<![\d.,])(\d+(?:\.\d+)?)(?![\d]|\.\d)(?!\s*(?:%|percent|per cent|bn|billion|million|m\b|tn|trillion))/g)].map((m) => Number(m[1]));
    return [...n.percents, ...n.money, ...n.counts, ...small.filter((x) => !n.calendarYears.includes(x))];
  }

  /** The figures that may be a side of the question, scored: facts ranked for the side (and for the whole question), numbers it states, words it uses. */
  function picks(q: Question, text: string, pool: IndexedFact[]): Pick[] {
    const side = d.analyse(text);
    const named = side.terms.some((t) => t.startsWith('@'));
    const context = q.terms.filter((t) => t.startsWith('@'));
    const tries = named || !context.length ? [side] : [side, { ...side, terms: [...side.terms, ...context] }];
    const factScore = new Map<string, number>();
    for (const t of tries) {
      if (!t.terms.length) continue;
      const ranked = d.rank(asWhat(t)).filter((r) => r.coverage >= 0.5 && !r.wrongPerson);
      for (const r of ranked) factScore.set(r.fact.id, Math.max(factScore.get(r.fact.id) ?? 0, r.coverage));
    }
    // The side's topics among the fact's curated keys ("target" is the 5% fact's, not the split's).
    const topics = side.terms.filter((t) => !t.startsWith('@'));
    const keyFit = (f: IndexedFact) => (topics.length ? (0.5 * topics.filter((t) => f.keyTerms.includes(t)).length) / topics.length : 0);
    const stated = statedIn(text);
    const words = stemsOf(text);
    const facts = new Map([...pool, ...inOrder([...factScore.keys()].map((id) => position.get(id)!))].map((f) => [f.id, f]));
    // A side stating a figure is that figure; a bare number several articles state ("2 plus 2") is none
    // of them (one text published twice is one article).
    const statedBy = inOrder(stated.flatMap((x) => [...(stating.get(x) ?? [])]));
    const bare = !side.numbers.percents.length && !side.numbers.money.length;
    if (bare && !words.size && !named && new Set(statedBy.map((f) => f.article.text)).size > 1) return [];
    for (const f of statedBy) facts.set(f.id, f);
    return [...facts.values()].flatMap((f) =>
      figuresOf(f).flatMap((figure) => {
        if (stated.length && !stated.includes(figure.value.value)) return [];
        const score = (factScore.get(f.id) ?? 0) + keyFit(f) + wordFit(words, figure) + (stated.length ? 1 : 0);
        return score >= 0.5 ? [{ figure, score, named: [...words].some((w) => figure.label.has(w)) }] : [];
      }),
    );
  }

  /** The same kind of figure in the same unit: percentages of the same thing, sums in one currency, counts of the same things. */
  function comparable(a: Pick, b: Pick): boolean {
    const [x, y] = [a.figure.value, b.figure.value];
    if (x.kind === 'percent' && y.kind === 'percent') return x.of.toLowerCase() === y.of.toLowerCase();
    if (x.kind === 'money' && y.kind === 'money') return x.currency === y.currency;
    // Counts of the same things, or of things each side names ("submarines" … "the Astute boats").
    if (x.kind === 'count' && y.kind === 'count') return [...a.figure.label].some((s) => b.figure.label.has(s)) || (a.named && b.named);
    return false;
  }

  /** One figure stated twice (the same amount of the same thing) is not two figures. */
  const same = (a: Figure, b: Figure) =>
    (a.fact.id === b.fact.id && a.index === b.index) || (a.value.value === b.value.value && [...a.label].join() === [...b.label].join() && a.fact.article.id === b.fact.article.id);

  /**
   * The best pair of figures for the two sides, or undefined when there is none or when another
   * pair fits about as well and gives another result. Two equal figures are compared only when
   * equalAllowed (a sum, a share): "how much more" between equal figures is one figure found twice.
   */
  function pair(as: Pick[], bs: Pick[], result: (a: Amount, b: Amount) => number | undefined, equalAllowed: boolean): [Figure, Figure] | undefined {
    const pairs = as.flatMap((a) =>
      bs.flatMap((b) => {
        if (!comparable(a, b) || same(a.figure, b.figure) || (!equalAllowed && a.figure.value.value === b.figure.value.value)) return [];
        const r = result(a.figure.value, b.figure.value);
        // Between equals, two figures of one article (a question naming two articles names both).
        const together = a.figure.fact.article.id === b.figure.fact.article.id ? 0.2 : 0;
        return r === undefined ? [] : [{ a: a.figure, b: b.figure, score: a.score + b.score + together, r }];
      }),
    );
    pairs.sort((x, y) => y.score - x.score);
    const best = pairs[0];
    if (!best || pairs.some((p) => p.score >= best.score * 0.95 && round(p.r) !== round(best.r))) return undefined;
    return [best.a, best.b];
  }

  return { picks, pair, figuresOf, comparable, stemsOf, onlyBase, stating: articlesStating(d.facts) };
}


function operationOf(t: string, yesno: boolean): Operation | undefined {
  if (askedCurrency(t)) return 'convert';
  if (yesno) return MULTIPLE.test(t) ? 'multiple' : ADDS_UP.test(t) ? 'addsUp' : undefined;
  if (BESIDES.test(t) && /\bhow many\b/.test(t)) return 'besides';
  if (RATIO.test(t)) return 'ratio';
  if (CHANGE.test(t)) return 'change';
  if (SHARE.test(t)) return 'share';
  if (PER_YEAR.test(t) && /\bhow much\b|\bwhat\b/.test(t) && !/\bhow many years\b/.test(t)) return 'perYear';
  if (PER_UNIT.test(t) && /\bhow (?:many|much)\b/.test(t)) return 'perUnit';
  if (DIFFERENCE.test(t)) return 'difference';
  if (SUM.test(t) && /\bhow (?:many|much)\b|\bwhat\b/.test(t)) return 'sum';
  return undefined;
}

/** The question's two sides, as the operation reads them (for a share: the part, then the whole). */
function sidesOf(t: string, op: Operation): [string, string] | undefined {
  if (op === 'share') {
    const m = SHARE_SPLIT.exec(t);
    return m ? [m[2]!, m[1]!] : undefined;
  }
  if (op === 'multiple') {
    const m = MULTIPLE.exec(t)!;
    // "twice as many votes for as against": the two sides are after it.
    const as = AS_MANY.exec(t.slice(m.index + m[0].length));
    return as ? [`${as[1]!} ${as[2]!}`, `${as[1]!.split(' ')[0]} ${as[3]!}`] : [t.slice(0, m.index), t.slice(m.index + m[0].length)];
  }
  const m = (op === 'sum' ? [SUM_SPLIT, ...SPLITS] : SPLITS).map((re) => re.exec(t)).find((x) => x && x[1]!.trim() && x[2]!.trim());
  return m ? [m[1]!, m[2]!] : undefined;
}

/** "5% of GDP (NATO leaders agreed …)": a figure with the fact it comes from (once, when two figures share it). */
function quoted(figs: Figure[]): string[] {
  return figs.map((f, i) => (figs.slice(i + 1).some((g) => g.fact.id === f.fact.id) ? show(f.value) : `${show(f.value)} (${f.fact.answer.replace(/\.$/, '')})`));
}

const factsOf = (figs: Figure[]) => [...new Map(figs.map((f) => [f.fact.id, f.fact])).values()];
const worked = (text: string, figs: Figure[]): Outcome => ({ answered: true, text, facts: factsOf(figs) });

/** "3 percentage points", "€400 billion", "306". */
function amount(like: Amount, x: number): string {
  if (like.kind === 'percent') return `${num(x)} percentage point${round(x) === 1 ? '' : 's'}`;
  if (like.kind === 'money') return formatMoney(x, like.currency);
  return num(x);
}

const sorts = new WeakMap<IndexedFact[], ReturnType<typeof createFigures>>();

/** A question read as asking what (the same object for the same question, so its ranking is kept). */
const asWhat = recent((q: Question): Question => ({ ...q, kind: 'what', yesno: false }), 8);

/** An answer worked out from two typed figures, a decline when the figures cannot be put together, or undefined. */
export function figured(d: Deriving, q: Question): Outcome | undefined {
  const t = voteSides(q.clean.toLowerCase());
  const op = operationOf(t, q.yesno);
  if (!op) return undefined;
  let fig = sorts.get(d.facts);
  if (!fig) sorts.set(d.facts, (fig = createFigures(d)));
  const pool = d
    .rank(asWhat(q))
    .filter((r) => r.coverage >= 0.5)
    .slice(0, 5)
    .map((r) => r.fact);
  // A question naming nothing ("3.5 plus 1.5?") is about the articles stating all the figures it states.
  const home = q.terms.some((x) => x.startsWith('@')) ? undefined : fig.stating(q);
  const best = (text: string) =>
    fig
      .picks(q, text, pool)
      .filter((p) => !home?.size || home.has(p.figure.fact.article.id))
      .sort((a, b) => b.score - a.score);

  if (op === 'convert') {
    const [top] = best(withoutCurrency(t));
    const wanted = askedCurrency(t)!;
    if (!top || top.score < 1 || currenciesOf(top.figure.fact).has(wanted)) return undefined;
    return { answered: false, text: `The article gives ${show(top.figure.value)}, not an amount in ${wanted}, and no exchange rate to work it out.`, facts: [top.figure.fact] };
  }
  if (op === 'perYear') {
    const picks = best(t.replace(PER_YEAR, ' ')).filter((p) => p.figure.value.kind === 'money');
    const close = picks.filter((p) => p.score >= (picks[0]?.score ?? 0) * 0.95);
    if (!close.length || close[0]!.score < 1 || close.some((p) => p.figure.value.value !== close[0]!.figure.value.value)) return undefined;
    // The amount as a fact that also says over how many years, if one does.
    const yearsIn = (f: IndexedFact) => f.values.flatMap((v) => (v.kind === 'duration' && v.unit === 'years' ? [v.value] : []))[0];
    const top = close.find((p) => yearsIn(p.figure.fact)) ?? close[0]!;
    const years = yearsIn(top.figure.fact);
    const v = top.figure.value;
    // The years are those of the sum stated nearest them ("the €500 billion fund will be spent over
    // 12 years, with €100 billion going to …": the €500 billion's).
    if (years && nearestSum(fig.figuresOf(top.figure.fact), top.figure.fact.quote, years) !== top.figure) return undefined;
    if (!years) return { answered: false, text: `The article gives ${quoted([top.figure])[0]}, but not over how many years, so it cannot be put per year.`, facts: [top.figure.fact] };
    return worked(`${amount(v, v.value / years)} a year: ${quoted([top.figure])[0]!.replace(' (', ` over ${years} years (`)}.`, [top.figure]);
  }
  if (op === 'perUnit') return perUnit(d, fig, t, pool);
  if (op === 'addsUp') return addsUp(fig, best, t);
  if (op === 'besides') return besides(d, fig, best, t, q.clean);
  const sides = sidesOf(t, op);
  if (!sides) return op === 'difference' || op === 'change' ? fromTo(fig, best(t), op) : undefined;
  if (op === 'share' && fig.onlyBase(sides[1])) return undefined;
  const strip = (s: string) => s.replace(OPERATION_WORDS, ' ');
  const [as, bs] = sides.map((s) => best(strip(s))) as [Pick[], Pick[]];
  const result: Record<Exclude<Operation, 'convert' | 'perYear' | 'perUnit' | 'addsUp' | 'besides'>, (a: number, b: number) => number | undefined> = {
    difference: (a, b) => Math.abs(a - b),
    change: (a, b) => Math.abs(a - b),
    ratio: (a, b) => (Math.min(a, b) > 0 ? Math.max(a, b) / Math.min(a, b) : undefined),
    sum: (a, b) => a + b,
    share: (part, whole) => (whole > 0 && part < whole ? (100 * part) / whole : undefined),
    multiple: (a, b) => (b > 0 ? a / b : undefined),
  };
  const found = fig.pair(as, bs, (a, b) => result[op](a.value, b.value), op === 'sum' || op === 'share');
  if (!found) {
    const [a, b] = [as[0]?.figure.value, bs[0]?.figure.value];
    if (a?.kind === 'money' && b?.kind === 'money' && a.currency !== b.currency && as[0]!.score >= 1 && bs[0]!.score >= 1)
      return { answered: false, text: `The article gives ${show(a)} and ${show(b)}, in different currencies, and no exchange rate to put them together.`, facts: factsOf([as[0]!.figure, bs[0]!.figure]) };
    return undefined;
  }
  const [a, b] = found;
  const r = result[op](a.value.value, b.value.value)!;
  const [qa, qb] = quoted([a, b]);
  if (op === 'difference' || op === 'change') return worked(`A difference of ${amount(a.value, r)}: ${qa} against ${qb}.`, found);
  if (op === 'ratio') {
    const [big, small] = a.value.value >= b.value.value ? [qa, qb] : [qb, qa];
    return worked(`${num(r)} times: ${big} is ${num(r)} times ${small}.`, found);
  }
  if (op === 'sum') return worked(`${amount(a.value, r)} in total: ${qa} plus ${qb}.`, found);
  if (op === 'share') return worked(`${num(r)}%: ${qa} of ${qb}.`, found);
  const m = MULTIPLE.exec(t)!;
  const factor = FACTORS[m[2]!] ?? FACTORS[m[3] ?? ''] ?? Number(m[3]);
  const relation = m[1] ?? '';
  const holds = /more|bigger|larger|higher|greater|over/.test(relation) ? r > factor : /less|smaller|lower|under/.test(relation) ? r < factor : relation === 'at least' ? r >= factor : Math.abs(r - factor) <= factor * 0.005;
  return worked(`${holds ? 'Yes' : 'No'}: ${qa} is ${num(r)} times ${qb}.`, found);
}

/** "Do the 3.5% and the 1.5% add up to the 5% target?": two figures and the total they are said to make, all the same kind. */
function addsUp(fig: ReturnType<typeof createFigures>, best: (text: string) => Pick[], t: string): Outcome | undefined {
  const m = ADDS_UP.exec(t)!;
  const parts = SUM_SPLIT.exec(t.slice(0, m.index));
  const [total] = best(t.slice(m.index + m[0].length));
  if (!parts || !total || total.score < 1) return undefined;
  // The parts of a total are figures of its article.
  const of = (text: string) => best(text).filter((p) => p.figure.fact.article.id === total.figure.fact.article.id);
  const found = fig.pair(of(parts[1]!), of(parts[2]!), (a, b) => a.value + b.value, true);
  if (!found || !found.every((f) => fig.comparable({ figure: f, score: 0, named: false }, total)) || found.includes(total.figure)) return undefined;
  const [a, b] = found;
  const sum = a.value.value + b.value.value;
  const holds = round(sum) === round(total.figure.value.value);
  const [qa, qb, qt] = quoted([a, b, total.figure]);
  return worked(`${holds ? 'Yes' : 'No'}: ${qa} plus ${qb} ${holds ? 'is' : `is ${amount(a.value, sum).replace(/ percentage points?$/, '%')}, not`} ${qt}.`, [a, b, total.figure]);
}

/**
 * "How many allies besides Spain signed up?": the count of the things asked less one, when the
 * article has the one left out among them (the count's own quote names it, or a fact about it
 * calls it one of them: "Spain was the only ally …").
 */
function besides(d: Deriving, fig: ReturnType<typeof createFigures>, best: (text: string) => Pick[], t: string, clean: string): Outcome | undefined {
  const m = BESIDES.exec(t)!;
  const left = clean.slice(m.index + m[0].length - m[1]!.length, m.index + m[0].length).trim(); // as written
  // The things counted: the words after "how many" ("how many other documents").
  const counted = /\bhow many (?:other |more )?((?:[\w-]+ ){0,2}?[\w-]+s)\b/.exec(t.replace(m[0], ' '));
  const [top] = counted ? best(counted[1]!).filter((p) => p.figure.value.kind === 'count' && p.named) : [];
  if (!top || top.score < 1) return undefined;
  const words = [...fig.stemsOf(m[1]!)].map(root);
  const inQuote = (f: IndexedFact) => words.length > 0 && words.every((w) => f.wordStems.has(w));
  const among = [top.figure.fact, ...d.facts.filter((f) => f.article.id === top.figure.fact.article.id && f !== top.figure.fact)].find(
    (f) => inQuote(f) && (f === top.figure.fact || [...top.figure.label].some((w) => f.wordStems.has(w))),
  );
  if (!among) return undefined;
  const v = top.figure.value;
  return worked(`${num(v.value - 1)}: ${quoted([top.figure])[0]}, ${left} among them${among === top.figure.fact ? '' : ` (${among.answer.replace(/\.$/, '')})`}.`, [top.figure, ...(among === top.figure.fact ? [] : [{ ...top.figure, fact: among }])]);
}

/** "By how many points did Starmer cut overseas aid?": the two figures of one fact that goes from one to the other. */
function fromTo(fig: ReturnType<typeof createFigures>, picks: Pick[], op: Operation): Outcome | undefined {
  const top = picks[0];
  if (!top || top.score < 1) return undefined;
  const figs = fig.figuresOf(top.figure.fact).filter((f) => fig.comparable({ figure: f, score: 0, named: false }, { figure: top.figure, score: 0, named: false }));
  if (figs.length !== 2) return undefined;
  const [from, to] = figs.sort((x, y) => x.at - y.at) as [Figure, Figure];
  const change = to.value.value - from.value.value;
  const relative = op === 'change' ? `, ${change < 0 ? 'a cut' : 'a rise'} of ${num((100 * Math.abs(change)) / from.value.value)}%` : '';
  return worked(`${amount(from.value, Math.abs(change))}${relative}: from ${show(from.value)} to ${quoted([from, to])[1]}.`, [from, to]);
}

/**
 * "How many soldiers per base?", "How much does each of the submarines cost?": an amount of the
 * fact that counts the things, divided by their count; declined when the article counts no such
 * things, or gives no amount with their count.
 */
function perUnit(d: Deriving, fig: ReturnType<typeof createFigures>, t: string, pool: IndexedFact[]): Outcome | undefined {
  const m = PER_UNIT.exec(t)!;
  const thing = (m[1] ?? m[2])!;
  const read = d.analyse(thing);
  const stem = read.stems[0];
  const article = pool[0]?.article.id;
  // ("per Koizumi" is "according to".)
  if (!stem || !article || read.terms.some((x) => x.startsWith('@'))) return undefined;
  const counted = d.facts.filter((f) => f.article.id === article).flatMap((f) => fig.figuresOf(f)).filter((f) => f.value.kind === 'count' && f.label.has(stem));
  if (!counted.length) return { answered: false, text: `The article gives no number of ${thing.replace(/s$/, '')}s, so nothing can be worked out per ${thing.replace(/s$/, '')}.`, facts: [] };
  const wanted = /\bhow much\b/.test(t) ? 'money' : 'count';
  const shares = counted.flatMap((c) => fig.figuresOf(c.fact).filter((f) => f.value.kind === wanted && f !== c && (wanted === 'money' || !f.label.has(stem))).map((a) => [a, c] as const));
  const results = new Set(shares.map(([a, c]) => round(a.value.value / c.value.value)));
  if (results.size > 1) return undefined;
  if (!shares.length) return { answered: false, text: `The article gives ${quoted([counted[0]!])[0]}, but no ${wanted === 'money' ? 'sum' : 'number'} to share among them.`, facts: [counted[0]!.fact] };
  const [a, c] = shares[0]!;
  const each = a.value.value / c.value.value;
  const bound = c.value.kind === 'count' && c.value.atLeast ? 'at most ' : '';
  return worked(`${bound}${amount(a.value, each)} each: ${quoted([a, c]).join(' for ')}.`, [a, c]);
}

/** The sum of money a fact states last before its "N years" ("€500 billion … over 12 years"), or else first after. */
function nearestSum(figs: Figure[], quote: string, years: number): Figure | undefined {
  const at = quote.search(new RegExp(`(?<![\\d.])(?:${years}|${SMALL_NUMBERS[years] ?? years}) years?\\b`, 'i'));
  const sums = figs.filter((f) => f.value.kind === 'money').sort((a, b) => a.at - b.at);
  return at < 0 ? undefined : (sums.filter((f) => f.at < at).at(-1) ?? sums.find((f) => f.at > at));
}
