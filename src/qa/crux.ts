import { forElse, measuresOf } from './claims.ts';
import { sentenceStems, type IndexedFact } from './facts.ts';
import { asksWhen, AUX, SUBJECT_ASK, type Question } from './question.ts';
import { kindsOf, lightVerb, mostlyVerb, sensesOf } from './wordnet.ts';
import { anyOf, DO_AUX, words } from './text.ts';
import { latest, once } from './once.ts';
import { contradicted, TO_COME } from './verdict.ts';
import { matchAt, root, topicStems, type Vocabulary } from './vocabulary.ts';

// What a question asks for, checked against what a fact gives: a fact that shares most of a
// question's words but gives a figure of another thing, another country's figure, or a date of
// another kind does not answer it.

/** Words that end the name of a counted or paid-for thing: "how many factories | will be built". */
const PREPOSITIONS_OF_PURPOSE = new Set(['on', 'in', 'into', 'for', 'to']);
const MAX_THING_WORDS = 4;
/** Words that name what money goes to after any verb: "put into", "go on", "set aside for". */
const SPENT_ON = new Set(['on', 'into', 'for']);

/** The stems of a fact's counted things and the things its money is for ("munitions factories"). */
export function thingStems(f: IndexedFact, v: Vocabulary): Set<string> {
  const phrases = f.values.flatMap((x) => (x.kind === 'count' ? [x.unit] : x.kind === 'money' && x.of ? [x.of] : []));
  return new Set(phrases.flatMap((p) => p.split(/[^\p{L}\p{N}]+/u)).map(v.stem).filter((s) => s && !v.stop.has(s)));
}

/** The stems after position `from` that name a thing, up to a function word: "munitions factories". */
function thingAt(q: Question, v: Vocabulary, from: number): string[] {
  const out: string[] = [];
  let i = from;
  while (i < q.stems.length && v.stop.has(q.stems[i]!)) i++; // "the", "its"
  for (; i < q.stems.length && out.length < MAX_THING_WORDS; i++) {
    const s = q.stems[i]!;
    if (v.stop.has(s)) break;
    const meaning = v.phrases.get(s);
    if (meaning?.kind !== 'entity') out.push(s);
  }
  return out;
}

/** What a "how much" question says the money goes to: after "spend on", "put into", "go on" ("core defence"); none without one. */
const spentOn = latest((q: Question, v: Vocabulary): string[] | undefined => {
  if (q.kind !== 'howmuch') return undefined;
  const at = q.stems.findIndex((s, i) => {
    const m = v.phrases.get(s);
    return m?.kind === 'concept' && m.id === 'spending' && PREPOSITIONS_OF_PURPOSE.has(q.stems[i + 1] ?? '');
  });
  if (at >= 0) return thingAt(q, v, at + 2);
  // (After any verb: "How much do allies put into core defence?" is not about the allies.)
  const into = q.stems.findIndex((s, i) => i > 0 && SPENT_ON.has(s) && !v.stop.has(q.stems[i - 1]!));
  return into >= 0 ? thingAt(q, v, into + 1) : undefined;
});

/**
 * What a figure question counts or prices: the words after "how many" ("how many munitions
 * factories"), or what the money goes to ("how much will the UK spend on submarines").
 */
export const askedThing = latest((q: Question, v: Vocabulary): string[] => {
  if (q.kind === 'howmany') {
    const at = q.stems.findIndex((s, i) => s === 'how' && v.stem('many') === q.stems[i + 1]);
    return at >= 0 ? thingAt(q, v, at + 2) : [];
  }
  if (q.kind !== 'howmuch') return [];
  // Without "spend on", any word may name it: "How much will the long-range weapons cost?", up to
  // an "of" naming the whole it is part of ("how big is the loan part of the plan?").
  // (Not after a share or an amount, "what percentage of GDP …", which asks of what follows.)
  const measure = (s: string) => { const m = v.phrases.get(s); return m?.kind === 'concept' && (m.id === 'percent' || m.id === 'amount'); };
  const of = q.stems.findIndex((s, i) => s === 'of' && i > 0 && !v.stop.has(q.stems[i - 1]!) && !measure(q.stems[i - 1]!));
  return spentOn(q, v) ?? q.stems.slice(0, of < 0 ? undefined : of).filter((s) => !v.stop.has(s) && v.phrases.get(s)?.kind !== 'entity');
});

/**
 * "How much of GDP must go on core defence?": a fact that does not name what the money goes to,
 * when the article names it elsewhere, gives another figure (the 5% total, not the 3.5% core share).
 */
export function spentOnOther(q: Question, v: Vocabulary, articleWords: Set<string>, f: IndexedFact): boolean {
  const thing = (spentOn(q, v) ?? []).filter((s) => v.phrases.get(s)?.kind !== 'generic').map(root);
  return thing.some((s) => articleWords.has(s) && !f.wordStems.has(s));
}

/**
 * A figure question about a thing the article gives a figure for elsewhere ("how many munitions
 * factories" when this fact counts long-range weapons) is not answered by this fact: each word of
 * the asked thing that names a counted or paid-for thing in the article must name one here.
 */
export function countsOtherThing(asked: string[], articleThings: Set<string>, factThings: Set<string>, f: IndexedFact): boolean {
  // A fact giving only a share of something ("Poland plans to spend about 4.7% of its GDP on
  // defence", "allies will need to spend more than 3%") counts and prices nothing: a word of a "how
  // much" question it uses itself, naming who spends ("allies") or on what ("defence"), is no other
  // thing (one it does not use still is: "what share of GDP is the €500bn fund?").
  // (Nor is the unit of a span the fact gives, "over a period of four years", nor what its sum is
  // said to be for, "€800 billion … for European defence": those are the fact's things too.)
  return asked.some((s) => articleThings.has(s) && !factThings.has(s) && !(sharesOnly(f) && f.wordStems.has(s)) && !f.unitTerms.includes(s) && !f.measures.some((m) => m.purpose && m.for?.includes(s)));
}

/** The fact's figures are all percentages: it gives no count and no sum. */
const sharesOnly = (f: IndexedFact) => f.values.some((x) => x.kind === 'percent') && !f.values.some((x) => x.kind === 'count' || x.kind === 'money');

/** "How much did the summit cost?": the thing paid for comes before "cost". */
const COST = /\bhow much (?:did|does|do|will|would|could|is|was|were|are)\s+(.+?)\s+costs?\b/i;
const costOf = latest((q: Question, v: Vocabulary): string[] => {
  const m = COST.exec(q.clean);
  return m ? topicStems(v, m[1]!) : [];
});

/**
 * "How much did the summit cost?" asks the price of the summit: a fact whose sums are for other
 * things (what a summit proposed to mobilise) does not answer it.
 */
export function costsOther(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const thing = costOf(q, v);
  if (thing.length > 0) return !f.measures.some((m) => thing.some((s) => m.of.includes(s)));
  // "How much is Britain's defence budget (in pounds)?" asks a sum of the budget: sums the fact gives of other things do not say it.
  const named = sumNamed(q, v);
  const sums = f.measures.filter((m) => m.sum || f.money.includes(m.n));
  return named.length > 0 && sums.length > 0 && !sums.some((m) => named.some((s) => [...m.of, ...(m.for ?? []), ...(m.kinds ?? [])].includes(s)));
}

/** A word asking a price: "what will the weapons **cost**?", "the **price tag** for …", "how **expensive** …". */
const PRICE = /\b(?:costs?|costing|prices?|priced|pricey|expensive|costly|cheap)\b/i;
/** Its price the object of an act: "cut costs", "lower the price" (asks how, not how much). */
const PRICE_ACTED = /\b(?:cut|cuts|cutting|reduc\w*|lower\w*|sav\w*|curb\w*|rais\w*)\s+(?:the\s+|its\s+|their\s+)?(?:costs?|prices?)\b/i;
/** Open questions that ask a figure or a thing: "how much …", "what …", "how expensive …". */
const ASKS_PRICE = /^\W*(?:how (?:much|expensive|costly|cheap|pricey)\b|what\b|which\b)/i;

/**
 * "What will the 7,000 weapons cost?", "what is the price tag for …?", "how expensive are …?":
 * a price asked is the question's crux, whichever of its words a fact shares; a fact giving no sum
 * of money (a count of the weapons, a share of GDP) does not answer it.
 */
export function pricesNothing(q: Question, f: IndexedFact): boolean {
  const asked = !q.yesno && PRICE.test(q.clean) && !PRICE_ACTED.test(q.clean) && ASKS_PRICE.test(q.clean);
  return asked && !f.values.some((x) => x.kind === 'money');
}

/** "How much is the defence budget?", "how much was the fund in euros?": a sum asked of what the question names, and nothing more. */
const SUM_OF = /^\W*how much (?:is|was|are|were|will be)\s+(.+?)(?:\s+(?:in|worth)\b[^,;]*)?\W*$/i;
const sumNamed = latest((q: Question, v: Vocabulary): string[] => {
  const m = q.yesno ? null : SUM_OF.exec(q.clean);
  return m && !words(m[1]!).some((w) => mostlyVerb(w) && !v.stop.has(v.stem(w))) ? topicStems(v, m[1]!) : [];
});

/** "How long did the dinner last?", "how long will the pause last?": a span of time asked (not "how long ago/after …", worked out from two dates). */
const HOW_LONG = /\bhow long\b(?!\s+(?:ago|after|before|between|from|until|till|since|is there)\b)/i;

/**
 * The question asks how long something lasts: the span of time is its crux, which a fact must state
 * (the lexicon's "duration": "a two-day summit", "lasted about two and a half hours", "over 12
 * years"), however much else of the question it shares ("Zelensky attended a dinner … on Tuesday,
 * June 24" does not say how long the dinner lasted).
 */
export const asksDuration = latest((q: Question) => !q.yesno && q.terms.includes('duration') && HOW_LONG.test(q.clean));

const NUMBER_OF = /\b(?:number|count|tally|headcount) of\b/i;
const asksNumberOf = latest((q: Question) => NUMBER_OF.test(q.clean));

/** "What is the total number of NATO troops?" asks for a count: a fact giving none (only shares of GDP) does not answer. */
export function givesNoCount(q: Question, f: IndexedFact): boolean {
  return !q.yesno && asksNumberOf(q) && !f.counts.length;
}

/** The label of a deadline date: "by 2035", "by April 2027". */
const DEADLINE = /^by\b/i;
const BEFORE = /\b(?:before|prior to|earlier than)\s+((?:19|20)\d{2})\b/i;
const AFTER = /\b(?:after|since|later than)\s+((?:19|20)\d{2})\b/i;
/** "When was it signed?", "when did they meet": asks when something happened, not by when. */
const HAPPENED = /\b(?:was|were|did|had)\b/i;
/** Asks for a day or a month, not only when: "what exact date", "on which day", "what month". */
const ASKS_DAY = /\b(?:what|which|exact|precise|specific)\s+(?:date|day)\b/i;
const ASKS_MONTH = /\b(?:what|which)\s+month\b/i;

/** What a question says of the time it asks about: a year it asks before or after, whether it asks when (something happened). */
const timeAsked = latest((q: Question) => ({
  before: BEFORE.exec(q.clean)?.[1],
  after: AFTER.exec(q.clean)?.[1],
  day: ASKS_DAY.test(q.clean),
  month: ASKS_MONTH.test(q.clean),
  // (Ranking a description of an event for its date, "the 2035 deadline", its year names the event.)
  when: q.kind === 'when' && asksWhen(q.clean),
  happened: !/\bby\b/i.test(q.clean) && HAPPENED.test(q.clean),
}));

/** A fact's typed dates, with their years. */
const datesOf = once((f: IndexedFact) => {
  const dates = f.values.flatMap((x) => (x.kind === 'date' ? [x] : []));
  return { dates, years: dates.map((d) => Number(d.value.slice(0, 4))) };
});

/**
 * Whether the fact's dates cannot answer the question's "when": the question already gives them
 * ("What date in 2026 is the summit?" of a fact saying "in 2026"), asks for a time before or after
 * them ("revised before 2022" of December 2022), or asks when something happened of a fact that
 * only gives a deadline ("When was the treaty signed?" of "by 2035").
 */
export function dateMisses(q: Question, f: IndexedFact): boolean {
  const { dates, years } = datesOf(f);
  if (!dates.length || q.yesno) return false;
  const { before, after, day, month, when, happened } = timeAsked(q);
  if (before && years.every((y) => y >= Number(before))) return true;
  if (after && years.every((y) => y <= Number(after))) return true;
  // "What's the exact date of the next summit?" of a fact giving only its year (a month: only its month).
  if (day && dates.every((d) => d.value.length < 10)) return true;
  if (month && dates.every((d) => d.value.length < 7)) return true;
  if (!when) return false;
  const given = (d: string) => (d.length === 4 ? q.numbers.calendarYears.includes(Number(d)) : d.length === 7 && q.numbers.months.includes(d));
  if (dates.every((d) => given(d.value))) return true;
  return happened && dates.every((d) => DEADLINE.test(d.label));
}

/**
 * Where a clause of a fact's answer begins: "…, shortly after the Labour Party won the election",
 * "… because …", "…, which first meets on March 25, …", "… — who won the election on February 23 — …".
 */
const CLAUSE = /,?\s*\b(?:(?:shortly|soon|just|days|weeks|months|a (?:day|week|month)) )?(?:after|before)\b|\s\bbecause\b|\s*[,—–]\s*(?:which|who|where|when)\b/gi;

/** The terms of the clause of a fact's answer that has all its dates, and of its other clauses; none for a fact of one clause. */
const dateClauses = once((f: IndexedFact, v: Vocabulary): [Set<string>, Set<string>] | undefined => {
  const starts = [0, ...[...f.answer.matchAll(CLAUSE)].map((m) => m.index!).filter((at) => at > 0), f.answer.length];
  if (starts.length < 3) return undefined;
  const clauses = starts.slice(0, -1).map((at, i) => f.answer.slice(at, starts[i + 1]));
  const labels = f.values.flatMap((x) => (x.kind === 'date' ? [x.label] : []));
  const dated = clauses.findIndex((c) => labels.every((l) => c.includes(l)));
  if (!labels.length || dated < 0) return undefined;
  return [new Set(v.terms(clauses[dated]!)), new Set(clauses.flatMap((c, i) => (i === dated ? [] : v.terms(c))))];
});

/**
 * Whether a "when" question asks about an event a fact names only outside the clause its date is
 * in: "The review was commissioned in July 2024, shortly after the Labour Party won the general
 * election" dates the commissioning, not the election; "The vote was held in the outgoing
 * parliament because in the newly elected Bundestag, which first meets on March 25, …" dates the
 * first sitting, not the vote.
 */
export function datesOtherEvent(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  if (q.kind !== 'when' || q.yesno) return false;
  const clauses = dateClauses(f, v);
  if (!clauses) return false;
  const [datedTerms, otherTerms] = clauses;
  const asked = q.terms.filter((t) => !t.startsWith('@') && t !== 'date' && (datedTerms.has(t) || otherTerms.has(t)));
  return asked.length > 0 && asked.every((t) => otherTerms.has(t) && !datedTerms.has(t));
}

/**
 * "How many munitions factories does Britain have today?" asks what there is now; a fact of what
 * will be ("Britain will build at least six") does not say.
 */
export function plannedForNow(q: Question, f: IndexedFact): boolean {
  return (q.kind === 'howmany' || q.kind === 'howmuch') && q.terms.includes('current') && /\bwill\b/i.test(f.answer) && !/\b(?:now|today|currently)\b/i.test(f.answer);
}

const PAST = /\b(?:last|previous|past|ago|earlier|former)\b/i;
const FUTURE = /\b(?:next|coming|following|upcoming|future)\b/i;
const direction = (text: string) => (PAST.test(text) ? 'past' : '') + (FUTURE.test(text) ? 'future' : '');
const askedPeriod = latest((q: Question) => direction(q.clean));
const givenPeriod = once((f: IndexedFact) => direction(f.answer));

/**
 * A fact's dates against its article's: all on or before it (the summit's own day), all after it,
 * and whether one falls in a later year. (Compared as far as each date goes: "2026" is after 25 June 2025.)
 */
const datedPeriod = once((f: IndexedFact) => {
  const published = f.article.curator.published;
  const cmp = (d: string) => d.localeCompare(published.slice(0, d.length));
  const dated = f.dates.length > 0;
  return { until: dated && f.dates.every((d) => cmp(d) <= 0), after: dated && f.dates.every((d) => cmp(d) > 0), laterYear: f.dates.some((d) => d.slice(0, 4) > published.slice(0, 4)) };
});
const NEXT_YEAR = /\bnext year\b/i;
/** "What did the Bundesrat decide?", "what was the vote in the Bundesrat?": asks what has happened. */
const PAST_ASKED = /\b(?:did|was|were|had)\b/i;

/**
 * What happened is not answered by a fact of what is still to come: dated after its article's day
 * only, and saying "will" or "scheduled". (Its date still answers "when did the Bundesrat vote?",
 * asked after the day.)
 */
export function stillToCome(q: Question, f: IndexedFact): boolean {
  return asksHappened(q) && datedPeriod(f).after && TO_COME.test(f.answer);
}
/** An open question (not a when-question) about what has happened: "what did the Bundesrat decide?". */
const asksHappened = latest((q: Question) => !q.yesno && q.kind !== 'when' && PAST_ASKED.test(q.clean));

/**
 * "What did the UK spend last year?" is not answered by a fact of the next parliament, nor "next
 * year" by last year's figure, nor "next year's summit" by a fact dated on or before its article's
 * day or in no later year.
 */
export function otherPeriod(q: Question, f: IndexedFact): boolean {
  const [asked, given] = [askedPeriod(q), givenPeriod(f)];
  if (q.yesno || (asked !== 'past' && asked !== 'future')) return false;
  if (asked === 'future' && f.dates.length && (datedPeriod(f).until || (NEXT_YEAR.test(q.clean) && !datedPeriod(f).laterYear))) return true;
  return (given === 'past' || given === 'future') && asked !== given;
}

/** Words after which a fact's figures and dates are of what came before: "replaces the 2% target set in 2014", "up from 1.5%". */
const REPLACED = /\b(?:replac(?:es|ed|ing)|up from|down from|instead of|previously)\b/i;
/** "What is the new target?", "the current goal": asks for what is now, not what it replaced ("what did the new goal replace?", "the new target against the old one"). */
const NEW = /\b(?:new|current|latest|updated|now)\b/i;
const OLD = /\b(?:old|older|previous|former|earlier|original|last|replac\w*)\b/i;

const asksNew = latest((q: Question) => !q.yesno && NEW.test(q.clean) && !OLD.test(q.clean));

/** Where the fact's answer writes a figure or date of its own (-1 for a sum of money, which is written in words). */
function writtenAt(f: IndexedFact, x: IndexedFact['values'][number]): number {
  if (x.kind === 'date') return f.answer.indexOf(x.label);
  if (x.kind === 'money' || x.kind === 'duration') return -1;
  return f.answer.search(new RegExp(`(?<![\\d.,])${x.value.toLocaleString('en').replace(/\./g, '\\.')}(?![\\d]|\\.\\d)`));
}

/** Whether the fact gives the percentage as what something new replaced: "The new goal replaces the 2% target …" (2). */
export function replacedPercent(f: IndexedFact, n: number): boolean {
  const from = f.answer.search(REPLACED);
  return from >= 0 && f.values.some((x) => x.kind === 'percent' && x.value === n && writtenAt(f, x) > from);
}

/**
 * An open question asking for the new or current figure ("what is the new NATO target?", "by what
 * year must allies hit the new goal?") is not answered by a fact that gives its figures and dates
 * only as what the new one replaces ("The new goal replaces the 2% target allies set in 2014").
 */
export function givesReplaced(q: Question, f: IndexedFact): boolean {
  if (!asksNew(q)) return false;
  const from = f.answer.search(REPLACED);
  const given = f.values.filter((x) => x.kind !== 'duration');
  return from >= 0 && given.length > 0 && given.every((x) => writtenAt(f, x) > from);
}

const NEGATED = /\b(?:not|never|didnt|doesnt|dont|wasnt|isnt|wont)\b|n't\b/i;
const asksWhyNot = latest((q: Question) => NEGATED.test(q.clean));

/**
 * "Why did Hegseth not request a specific amount?" agrees with a fact that denies it: the fact says
 * that it is so, not why, so it cannot answer (it only corrects "Why did Hegseth request 3%?").
 */
export function deniesNothing(q: Question, f: IndexedFact): boolean {
  return q.kind === 'why' && asksWhyNot(q) && (!f.yes || contradicted(q, f));
}

/** The country doing what a question asks about: "will Australia build", "does the US have". */
const actorOf = latest((q: Question, v: Vocabulary): string | undefined => {
  const aux = new Set([...AUX].map(v.stem));
  const at = q.stems.findIndex((s) => aux.has(s));
  if (at < 0) return undefined;
  const i = q.stems[at + 1] === 'the' ? at + 2 : at + 1;
  const meaning = v.phrases.get(q.stems[i] ?? '');
  return meaning?.kind === 'entity' && v.entityKind.get(meaning.id) === 'country' ? meaning.id : undefined;
});

/**
 * A figure question about what one country does ("How many submarines will Australia build?")
 * is not answered by a fact about what another does (the UK builds them, with Australia): the
 * fact's own country, or a country it gives a figure to, must be the question's.
 */
export function otherActor(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  if (q.kind !== 'howmany' && q.kind !== 'howmuch') return false;
  const actor = actorOf(q, v);
  const first = f.about[0];
  const own = first === undefined ? undefined : v.entityKind.get(first) === 'country' ? first : v.countryOf.get(first);
  return !!actor && !!own && actor !== own && !Object.values(f.owner).includes(actor) && !placesIn(f, v).has(actor);
}

/** The places a fact puts its things in ("soldiers deployed in Japan"): what Japan hosts or has. */
const placesIn = once((f: IndexedFact, v: Vocabulary): Set<string> => {
  const stems = words(f.quote).map(v.stem);
  return new Set(
    stems.flatMap((s, i) => {
      const meaning = s === 'in' ? matchAt(v, stems, i + 1)?.meaning : undefined;
      return meaning?.kind === 'entity' ? [meaning.id] : [];
    }),
  );
});

/** "How many of the 50,000 soldiers are marines?": a part of a figure the question states. */
const PART_OF_STATED = /\bhow (?:many|much) of (?:the |its |their |those |these )?[€$£]?\d/i;
const asksPartOfStated = latest((q: Question) => !q.yesno && PART_OF_STATED.test(q.clean));

/**
 * A fact giving no figure smaller than the whole the question takes a part of, of the whole's kind
 * (a sum, a percentage, a count), does not give the part: "how much of the 1.5 percent goes to
 * cyber defence?" is not answered by "at least 3.5% … and up to 1.5%".
 */
export function restatesWhole(q: Question, f: IndexedFact): boolean {
  if (!asksPartOfStated(q)) return false;
  const kinds: [number[], number[]][] = [[f.money, q.numbers.money], [f.percents, q.numbers.percents], [f.counts, q.numbers.counts]];
  const [given, stated] = kinds.find(([, asked]) => asked.length > 0) ?? [[], []];
  return given.length > 0 && !given.some((n) => n < Math.max(...stated));
}

/** "Where exactly…?", "which city…?": asks a place within those the question names. */
const WITHIN = /\bwhere\b.*\b(?:exactly|precisely|specifically)\b|\bwhereabouts\b|\b(?:which|what) (?:city|town|venue|building|site)\b/i;
const asksWithin = latest((q: Question) => !q.yesno && WITHIN.test(q.clean));

/** "Where exactly in Türkiye will leaders meet?" is not answered by a fact naming no place but those the question names. */
export function placeNotWithin(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  if (!asksWithin(q)) return false;
  return !f.about.some((id) => v.entityKind.get(id) === 'place' && !q.terms.includes(`@${id}`));
}

/** "How many of the factories …", "how much of the money …": a part of a whole. */
const PART_OF = /\bhow (?:many|much) of\b/i;

/**
 * "How many of the munitions factories will be in Scotland?" asks the part of a whole in a place:
 * a fact naming only the place's country gives the whole, not the part (the question's place must
 * be the fact's own).
 */
export function partInPlace(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  // (The place where the part is: after "in", "at", "to"; not a capital standing for its government, "how much of its output will Tokyo allocate …?".)
  if (q.yesno || !q.location || !PART_OF.test(q.clean)) return false;
  return q.terms.some((t) => t.startsWith('@') && v.entityKind.get(t.slice(1)) === 'place' && !f.about.includes(t.slice(1)));
}

/** "Which company…?", "which country…?", "which official…?": asks the name of an organisation, a country or a person. */
const WHICH_NAMED: [RegExp, string][] = [
  [/\b(?:which|what) (?:companies|company|firms?|manufacturers?|contractors?|businesses|business)\b/i, 'organisation'],
  [/\b(?:which|what) (?:countr(?:y|ies)|nations?)\b/i, 'country'],
  // ("Which official runs the agency …?", "what's the name of the White House official …?": a person.)
  [/\b(?:which|what) (?:officials?|persons?|people|ministers?|politicians?|lawmakers?|diplomats?|man|woman)\b|\bname of the (?:[\p{L}-]+ ){0,2}(?:official|person|man|woman|spokes(?:man|woman|person))\b/iu, 'person'],
];

/**
 * "Which companies will build the infrastructure?", "which country did Hegseth visit after Japan?",
 * "which official runs the European Defence Agency?" are not answered by a fact naming no
 * organisation (country, person) but those the question names.
 */
export function namesNoneAsked(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const kinds = namedKindsAsked(q);
  if (!kinds.length) return false;
  // (A place names its country: "met … in Tokyo" says which country.)
  const named = (kind: string) => f.about.flatMap((id) => {
    const own = v.entityKind.get(id);
    const country = kind === 'country' && own === 'place' ? v.countryOf.get(id) : undefined;
    return own === kind ? [id] : country ? [country] : [];
  });
  return kinds.some((kind) => !named(kind).some((id) => !q.terms.includes(`@${id}`)));
}
/** The kinds of name an open question asks for ("which company" → organisation), in WHICH_NAMED's order. */
const namedKindsAsked = latest((q: Question) => (q.yesno ? [] : WHICH_NAMED.flatMap(([asks, kind]) => (asks.test(q.clean) ? [kind] : []))));

/** "What will Merz do next?", "what is Takaichi going to do?": asks what someone will do. */
const WILL_DO = /\bwhat (?:will|would)\b.+?\bdo\b|\bwhat (?:is|are)\b.+?\bgoing to do\b/i;

/** What someone will do is answered only by a fact of something to come ("will", "scheduled to"), not by what they did. */
export function nothingToCome(q: Question, f: IndexedFact): boolean {
  return asksWillDo(q) && !TO_COME.test(f.answer);
}
const asksWillDo = latest((q: Question) => !q.yesno && WILL_DO.test(q.clean));

/** "What does Merz think about the Greens?", "what did Hegseth make of Koizumi?": whose view, of what. */
const OPINION = /\bwhat (?:does|did|do|will) (.+?) (?:think|thinks|feel|feels|believe|believes|make) (?:of|about|on|regarding) (.+?)\W*$/i;

/** The people or countries whose view a question asks, and the terms of what it is a view of; none for "what do you think of …". */
export const opinionAsked = latest((q: Question, v: Vocabulary): { holders: string[]; topic: string[] } | undefined => {
  const m = OPINION.exec(q.clean);
  if (!m || q.yesno) return undefined;
  const holders = v.terms(m[1]!).flatMap((t) => (t.startsWith('@') && ['person', 'country'].includes(v.entityKind.get(t.slice(1)) ?? '') ? [t.slice(1)] : []));
  return holders.length ? { holders, topic: v.terms(m[2]!) } : undefined;
});

/** The stems of what the facts' percentages are of ("GDP"), by the caller's stemming. */
export function percentBases(facts: IndexedFact[], stemsOf: (text: string) => Iterable<string>): Set<string> {
  const bases = new Set(facts.flatMap((f) => f.values.flatMap((x) => (x.kind === 'percent' ? [x.of] : []))));
  return new Set([...bases].flatMap((of) => [...stemsOf(of)]));
}

/** "How much is Japan's GDP?" asks the amount of what percentages are of: a fact giving no sum (2% of GDP) does not say. */
export function asksBase(q: Question, v: Vocabulary, bases: Set<string>, f: IndexedFact): boolean {
  if (q.kind !== 'howmuch' || q.yesno || f.money.length) return false;
  const thing = askedThing(q, v).filter((s) => s !== v.stem('much'));
  return thing.length > 0 && thing.every((s) => bases.has(s));
}

/** The thing a figure question counts or pays for, when it names one: "how many factories", "spend on schools". */
export const thingSlot = (q: Question, v: Vocabulary): string[] => (q.kind === 'howmany' ? askedThing(q, v) : (spentOn(q, v) ?? []));

/** A superlative: "the most money", "the biggest share". */
const SUPERLATIVE = /\b(?:most|least|largest|biggest|smallest|highest|lowest|longest|shortest|fewest|greatest|strongest|weakest)\b/i;
/** Words a fact ranks with: a superlative, or "only", "first", "more than any". */
const RANKS = new RegExp(`${SUPERLATIVE.source}|\\b(?:only|first|any other|ever)\\b`, 'i');

/** "Which states will get the most money?" is not answered by a fact that ranks nothing. */
export function ranksNothing(q: Question, f: IndexedFact): boolean {
  return asksRank(q) && !RANKS.test(f.quote) && !RANKS.test(f.answer);
}
const asksRank = latest((q: Question) => !q.yesno && SUPERLATIVE.test(q.clean.replace(/\bmost of\b|\bat (?:the )?(?:most|least)\b/gi, ' ')));

/** "How did the Left Party vote?", "what did the Greens vote?": asks which way someone voted. */
const WHICH_WAY = /\b(?:how|which way) (?:did|do|does|will|would) .+? vote\b|\bwhat (?:did|do|does|will|would) .+? vote\W*$/i;
/** Words saying which way a vote went: "in favour", "against", "with the support of". */
const STANCE = /\b(?:favou?r|against|support\w*|backed|backing|oppos\w*|abstain\w*)\b/i;

/** Which way someone voted is not answered by a fact that gives no side ("challenges to the timing of the vote"). */
export function givesNoSide(q: Question, f: IndexedFact): boolean {
  return asksWay(q) && !STANCE.test(f.quote);
}
const asksWay = latest((q: Question) => !q.yesno && WHICH_WAY.test(q.clean));

/** "How will the Commission repay …", "when did Hegseth arrive": an open question's auxiliary, then its subject (a word or more). */
const OPEN_AUX = new RegExp(String.raw`^\W*(?:what|which|who|whom|where|when|why|how)(?: (?!else\b)\w+)?\s+${anyOf(DO_AUX)}\s+(.+)$`, 'i');
const REGULAR_PAST = /^[a-z]{3,}ed$/;
/** Words after the auxiliary the asked verb may be: its subject comes first. */
const MAX_SUBJECT_WORDS = 3;

/**
 * The stem of the verb an open question asks about: "How will the Commission **repay** the loans?",
 * "when did Hegseth **arrive**?", read as itself (not a lexicon concept such as "describe" or
 * "revise", which facts say in many ways). The act is the question's crux: a fact sharing every
 * other word ("raise the money by borrowing") but not the act does not answer it.
 */
export const askedVerbTerms = latest((q: Question, v: Vocabulary): string[] => {
  // (A why-question's act may be a premise a fact denies: "Why did Hegseth demand 3%?".)
  const m = q.yesno || q.kind === 'why' ? null : OPEN_AUX.exec(q.clean);
  // (A question asking who or which did something: "Which allies besides Spain **opposed** the target?",
  // "who **hosted** the dinner?", its act a regular past; after "who" the act comes first.)
  const subject = m || q.yesno || q.kind === 'why' ? null : SUBJECT_ASK.exec(q.clean);
  if (!m && !subject) return [];
  const after = words((m ?? subject)![m ? 1 : 2]!);
  const first = subject && /^who/i.test(subject[1]!) ? 0 : 1;
  // (The first word after the subject that can be a verb, names aside: "when will NATO **review** progress".)
  const verb = after.find((w, i) => i >= first && i <= MAX_SUBJECT_WORDS && (!subject || REGULAR_PAST.test(w)) && !v.stop.has(v.stem(w)) && !v.terms(w).some((t) => t.startsWith('@')) && sensesOf(w).verb > 0);
  if (!verb || !mostlyVerb(verb) || lightVerb(verb)) return [];
  const t = v.stem(verb);
  const meaning = v.phrases.get(t);
  const itself = !meaning || (meaning.kind === 'concept' && meaning.id === t);
  return itself && !v.stop.has(t) && q.terms.includes(t) && !q.soft.some((s) => s.term === t) ? [t] : [];
});

/** "who ordered …", "who proposed …": the act a who-question asks the doer of, a regular past right after "who". */
const WHO_DID = /^\W*who\s+([a-z]{3,}ed)\b/i;
const whoDid = (q: Question) => (q.yesno ? undefined : WHO_DID.exec(q.clean)?.[1]);

/**
 * "Who proposed the plan?" asks who did the act: a fact that writes the act only as a thing done
 * ("leaders were likely to welcome the defence proposals") does not say who did it.
 */
export function actOnlyNamed(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const verb = whoDid(q);
  if (!verb || !askedVerbTerms(q, v).includes(v.stem(verb))) return false;
  const same = words(`${f.quote} ${f.answer}`).filter((w) => v.stem(w) === v.stem(verb));
  return same.length > 0 && same.every((w) => sensesOf(w).verb === 0);
}

/**
 * "Who ordered the pause in military aid?" asks who did the act: a fact whose sentence writes the
 * act but whose answer leaves it out ("A White House official announced the pause …" of "… said
 * that Trump had ordered a pause …") answers another question about that sentence, not who did it.
 */
export function actNotAnswered(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const act = whoDid(q);
  if (!act) return false;
  const s = root(v.stem(act));
  const { quote, answer } = sentenceStems(f, v);
  return quote.has(s) && !answer.has(s);
}

/** "each", "every", "per": a figure asked for each one of something. */
const EACH = new Set(['each', 'every', 'per', 'apiece']);
/** Units of time a figure may be asked per: worked out from a span ("€500bn over 12 years — how much per year?"), not given per unit. */
const PER_TIME = new Set(['year', 'month', 'week', 'day', 'hour', 'annum', 'quarter', 'cent', 'percent']);
/** A fact giving a figure for each one: "each", "per", "apiece", "a year", "annually". */
const GIVES_EACH = /\b(?:each|every|per|apiece|annual(?:ly)?|a (?:year|month|week|day))\b/i;

/** The thing a figure question asks a figure for each one of: "how much does **each federal state** get?" → "state". */
const eachOf = latest((q: Question, v: Vocabulary): string | undefined => {
  if (q.yesno || (q.kind !== 'howmuch' && q.kind !== 'howmany')) return undefined;
  const ws = words(q.clean);
  const at = ws.findIndex((w) => EACH.has(w.toLowerCase()));
  if (at < 0) return undefined;
  // ("each of the 12 new submarines": the words between say which ones; "per the article" is "according to".)
  const next = ws[at + 1]?.toLowerCase();
  const thing = next === 'of' || ws[at]!.toLowerCase() !== 'per' ? ws.slice(at + 1).find((w) => !v.stop.has(v.stem(w)) && !/\d/.test(w)) : next && !v.stop.has(v.stem(next)) ? next : undefined;
  if (!thing || PER_TIME.has(v.stem(thing)) || v.terms(thing).some((t) => t.startsWith('@'))) return undefined;
  return thing;
});

/** "How much does each federal state get from the fund?" is not answered by the sum all the states get together. */
export function givesNoShare(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  return eachOf(q, v) !== undefined && !GIVES_EACH.test(f.answer) && !GIVES_EACH.test(f.quote);
}

/**
 * "Who will get the 100 billion for the states?": an open question saying what a sum it names is
 * for is not answered by a fact whose sum of that size is for something else ("€100 billion for
 * climate protection"), as a yes/no claim would be denied by it.
 */
export function sumForOther(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  return sumsFor(q, v).some((a) => {
    const same = f.measures.filter((m) => m.n === a.n);
    return same.length > 0 && same.every((m) => forElse(a, m));
  });
}

/** The sums an open question says what they are for (read once per question: every fact's checks ask). */
const sumsFor = latest((q: Question, v: Vocabulary) =>
  q.yesno || !q.numbers.money.length ? [] : measuresOf(q.clean, v).filter((m) => m.purpose && m.for?.length && q.numbers.money.includes(m.n)),
);

/** What a question's percentage is of: "as a percentage of GDP", "what share of gross domestic product". */
const BASE_ASKED = /\b(?:percent(?:age)?|per cent|%|share|proportion)\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?(.+)$/i;
/** Words that end the name of a base: "of GDP **before** the cut". */
const BASE_END = /^(?:before|after|since|during|until|when|while|than|last|this|next|each|per|then|now|today|spent|spend\w*|go\w*|went)$/i;
/** The initials of a phrase: "gross national income" → "gni". */
const initials = (phrase: string) => words(phrase).map((w) => w[0]!.toLowerCase()).join('');
const baseAsked = latest((q: Question, v: Vocabulary): string[] => {
  const m = q.yesno ? null : BASE_ASKED.exec(q.clean);
  if (!m) return [];
  const out: string[] = [];
  for (const w of words(m[1]!)) {
    if (v.stop.has(v.stem(w)) || BASE_END.test(w) || /\d/.test(w)) break;
    out.push(w);
  }
  return out;
});

/** Whether a base the question writes is the one a fact writes: the same words, or one the other's initials ("GDP", "gross domestic product"). */
function sameBase(asked: string[], given: string, v: Vocabulary): boolean {
  const stems = new Set(v.contentStems(given));
  const joined = asked.join(' ').toLowerCase();
  return asked.every((w) => stems.has(v.stem(w))) || initials(given) === joined || (asked.length > 1 && initials(joined) === given.toLowerCase());
}

/**
 * "What was overseas aid as a percentage of GDP?" is not answered by a fact whose percentages are
 * all of another base that the articles use ("0.5% of gross national income"): the figure would be another one.
 */
export function percentOfOther(q: Question, f: IndexedFact, v: Vocabulary, bases: string[]): boolean {
  const asked = baseAsked(q, v);
  if (!asked.length || !bases.some((b) => sameBase(asked, b, v))) return false;
  const given = f.values.flatMap((x) => (x.kind === 'percent' ? [x.of] : []));
  return given.length > 0 && given.every((of) => !!of && !sameBase(asked, of, v));
}

/** "What will happen to an ally that misses the target?", "what happens if Spain refuses?": a consequence of a condition. */
const CONSEQUENCE = /\bwhat\b.*?\bhappens?\b.*?\b(?:if|unless|that|who|which|when|once)\s+(.+)$/i;

/**
 * A consequence asked of a condition ("… an ally that **misses** the target", "if Spain **refuses**")
 * is not answered by a fact that does not state the condition's act.
 */
export function conditionUnsaid(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const act = conditionAct(q, v);
  return act !== undefined && !f.wordStems.has(act);
}

/** The stem of a condition's act ("misses" of "… an ally that misses the target"), read once per question. */
const conditionAct = latest((q: Question, v: Vocabulary): string | undefined => {
  const m = q.yesno ? null : CONSEQUENCE.exec(q.clean);
  const act = m ? words(m[1]!).find((w) => !v.stop.has(v.stem(w)) && !v.terms(w).some((t) => t.startsWith('@')) && mostlyVerb(w)) : undefined;
  return act === undefined ? undefined : root(v.stem(act));
});

/** "for the first time since the early 1990s": a first within a span, not the first ever. */
const FIRST_SINCE = /\bfirst time (?:since|in)\b/i;

/** "When did Germany first meet the 2% target?" asks the first time ever: a fact's first time since a date says it happened before that. */
export function firstSinceOnly(q: Question, f: IndexedFact): boolean {
  return asksFirst(q) && FIRST_SINCE.test(f.answer) && !/\bfirst\b/i.test(f.answer.replace(FIRST_SINCE, ''));
}
const asksFirst = latest((q: Question) => !q.yesno && /\bfirst\b/i.test(q.clean) && !/\b(?:since|in (?:decades|years))\b/i.test(q.clean));

/** Nouns naming a measure: "what is the interest **rate** on the loans?", "what's the repayment **period**?". */
const MEASURE = 'rates?|periods?|levels?|sizes?|totals?|amounts?|sums?|figures?|numbers?|counts?|costs?|prices?|values?|shares?|percentages?|proportions?|durations?|lengths?|terms?';
/** "what is the X Y **rate** of/on …", "what X **rate** will …": the words before the measure say which measure. */
const MEASURE_ASKED = new RegExp(`^\\W*what(?:'s|s| is| was| are| were| will be| would be)?\\s+(?:the |its |their |his |her |this |that )?((?:[\\p{L}-]+ ){1,2})(?:${MEASURE})\\b`, 'iu');

/** A word naming a kind of thing, as WordNet reads it mostly (or not at all): "interest", "repayment"; not "final", "exact". */
const namesKind = (w: string) => {
  const { noun, verb, adj, adv } = sensesOf(w);
  return noun >= verb + adj + adv;
};

/**
 * The words saying which measure a what-question asks that the question's reading drops ("interest"
 * of "what's the interest rate on the new borrowing?", read as generic for its stem, "interesting";
 * "repayment" of "what's the repayment period?"), as stems. Words of the lexicon's generic list as
 * written ("exact", "total"), function words, names and numbers say nothing of which measure; a
 * word read as a concept ("spending level") is one of the question's topics, ranked as such.
 */
export const measureWords = latest((q: Question, v: Vocabulary, generic: Set<string>): string[] => {
  const m = q.yesno ? null : MEASURE_ASKED.exec(q.clean);
  if (!m) return [];
  return words(m[1]!)
    .filter((w) => !generic.has(w.toLowerCase()) && !v.stop.has(v.stem(w)) && !/\d/.test(w) && !q.terms.some((t) => v.terms(w).includes(t)) && namesKind(w))
    .map((w) => root(v.stem(w)));
});

/**
 * "What's the interest rate on the new borrowing?" is not answered by a fact about the borrowing
 * that never says "interest": the word saying which measure is asked is the question's crux, even
 * where the question's reading drops it.
 */
export function measureUnsaid(q: Question, f: IndexedFact, v: Vocabulary, generic: Set<string>): boolean {
  return measureWords(q, v, generic).some((s) => !f.wordStems.has(s));
}

/** "What kind of submarines …", "which sorts of weapons …": the thing whose kind is asked. */
const KIND_OF = /\b(?:what|which)\s+(?:kinds?|sorts?|types?)\s+of\s+([\p{L}-]+)/iu;

/**
 * "How many tanks will Britain buy?" counts one of several things of a kind (a concept of the
 * lexicon's alternatives: weapons are missiles, tanks, ships, jets …). A fact counting another
 * thing of that kind ("7,000 long-range weapons", "12 attack submarines") does not answer it, unless
 * one is what WordNet says the other is a kind of ("how many missiles": a missile is a weapon).
 */
export function otherOfKind(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const asked = kindsAsked(q, v);
  if (!asked.length) return false;
  const given = kindsGiven(f, v);
  const related = (a: string, b: string) => root(v.stem(a)) === root(v.stem(b)) || kindsOf(a).some((k) => v.stem(k) === v.stem(b));
  return asked.some(({ w, kind }) => {
    const same = given.get(kind) ?? [];
    return same.length > 0 && !same.some((x) => related(w, x) || related(x, w));
  });
}

/** The concept of the lexicon's alternatives a word is ("tanks" → weapon), if any. */
const kindOf = (v: Vocabulary, w: string) => {
  const m = v.phrases.get(v.stem(w));
  return m?.kind === 'concept' && v.alternatives.has(m.id) ? m.id : undefined;
};
/** The words of a figure question's counted thing that are one of several things of a kind, with that kind (read once per question). */
const kindsAsked = latest((q: Question, v: Vocabulary): { w: string; kind: string }[] => {
  if (q.yesno) return [];
  // (So does "what kind of submarines will Britain build?": the thing after "what kind of".)
  const sort = KIND_OF.exec(q.clean);
  if (!sort && q.kind !== 'howmany' && q.kind !== 'howmuch') return [];
  const slot = new Set(sort ? [v.stem(sort[1]!.toLowerCase())] : thingSlot(q, v));
  return words(q.clean).flatMap((w) => {
    const kind = slot.has(v.stem(w)) ? kindOf(v, w) : undefined;
    return kind ? [{ w, kind }] : [];
  });
});
/** A fact's words (quote and answer) that are things of a kind, by kind (read once per fact). */
const kindsGiven = once((f: IndexedFact, v: Vocabulary): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const x of words(`${f.quote} ${f.answer}`)) {
    const kind = kindOf(v, x);
    if (kind) out.set(kind, [...(out.get(kind) ?? []), x]);
  }
  return out;
});
