import MiniSearch, { type SearchResult } from 'minisearch';
import { causeNotGiven } from './cause.ts';
import { actNotAnswered, actOnlyNamed, askedThing, askedVerbTerms, asksDuration, pricesNothing, partInPlace, givesNoShare, asksBase, givesReplaced, costsOther, percentOfOther, conditionUnsaid, firstSinceOnly, measureUnsaid, otherOfKind, givesNoSide, countsOtherThing, dateMisses, datesOtherEvent, deniesNothing, givesNoCount, namesNoneAsked, nothingToCome, opinionAsked, otherActor, otherPeriod, percentBases, placeNotWithin, plannedForNow, ranksNothing, stillToCome, restatesWhole, spentOnOther, sumForOther, thingStems } from './crux.ts';
import { doneByOther } from './claims.ts';
import { currenciesOf, currencyAsked } from './currency.ts';
import { placesBy, sentenceStems, type IndexedFact } from './facts.ts';
import { latest, once } from './once.ts';
import type { Question } from './question.ts';
import { factFigures, holds, questionFigures, writes } from './stated.ts';
import { challenges, contradicted, dateConflict, figureConflict, lowered, offTarget } from './verdict.ts';
import { words } from './text.ts';
import { peopleIn, root, type Lexicon, type Vocabulary } from './vocabulary.ts';
import { relatedTo } from './wordnet.ts';

export interface Ranked {
  fact: IndexedFact;
  score: number;
  /** Share of the question's topics the fact covers, by weight. */
  coverage: number;
  /** The fact has someone other than the question's person doing it (only kept for yes/no). */
  wrongPerson: boolean;
}

/** A fact the search finds, with its place among the matcher's facts. */
type Hit = { fact: IndexedFact; at: number; score: number };
/** The fields each fact is indexed by, in MiniSearch's order. */
const FIELDS = ['keys', 'about', 'text'];

/** "What is …", "what's …", "what was …": asks what something is. */
const WHAT_IS = /^\W*what(?:'?s| is| was| are| were)\b/i;
/** Kinds of question that only a fact saying exactly that can answer. */
const STRICT_KINDS = new Set(['when', 'where', 'howmany', 'howmuch', 'who', 'why']);
/** "Who hosts the next summit?", "who will host next year's meeting?": a meeting still to come is hosted by where it will be held (one past has a host named). */
const WHO_HOSTS = /^\W*who\s+(?:(?:will|would|is going to|'ll)\s+host|hosts)\b/i;
/** The kinds of fact that answer the question's kind. */
// (Read once per question: fit() asks for every fact.)
const answeringKinds = latest((q: Question): Question['kind'][] => (q.kind === 'who' && WHO_HOSTS.test(q.clean) ? ['who', 'where'] : [q.kind]));
/** Concepts of saying something: the fact must have the question's subject as its speaker. */
export const SPEECH = new Set(['say', 'convey', 'post', 'pledge', 'welcome', 'request', 'report', 'press', 'speech', 'describe']);

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const isSoft = (q: Question, t: string) => q.soft.some((s) => s.term === t);
/** How much more a fact counts that uses all of the question's own words (see literalShare). */
const LITERAL = 0.2;

/** How much more a fact counts whose quote has the words the question quotes. */
const QUOTED = 2;
/** How much more a fact counts that states a count or sum the question gives ("it passed 513 to what?"). */
const STATED_FIGURE = 1.5;

const statesFigure = (q: Question, f: IndexedFact) => q.numbers.counts.some((c) => f.counts.includes(c)) || q.numbers.money.some((m) => f.money.includes(m));

/** How much a figure the question states ("what's the 489 about?") counts as a topic of the facts stating it. */
const FIGURE_WEIGHT = 1;

/**
 * Share of the question's words (those some fact uses as written) that this fact uses: "how big
 * is the fund?" is the fact saying "fund", not one about spending in general.
 */
export function literalShare(q: Question, f: IndexedFact): number {
  let used = 0;
  for (const s of q.words) if (f.wordStems.has(s)) used++;
  return q.words.length ? used / q.words.length : 0;
}

/** The first person a question names: in "What did Trump tell Takaichi?", Trump. */
function subjectOf(q: Question, v: Vocabulary): string | undefined {
  return peopleIn(v, q.terms)[0];
}

/**
 * Who may be speaking in the question: the people and countries named before the verb of saying
 * ("What resolve did Japan convey during Hegseth's visit?": Japan). None for "Who wrote ...?".
 */
const speakersOf = latest((q: Question, v: Vocabulary): string[] => {
  // The first verb of saying, or for a comparison the last ("the premier's pledge ... the goal Koizumi conveyed").
  const verb = q.comparison ? q.terms.findLastIndex((t) => SPEECH.has(t)) : q.terms.findIndex((t) => SPEECH.has(t));
  const isSpeaker = (t: string) => t.startsWith('@') && ['person', 'country'].includes(v.entityKind.get(t.slice(1)) ?? '');
  return q.terms.slice(0, Math.max(verb, 0)).filter(isSpeaker).map((t) => t.slice(1));
});

/** The names a fact rules out ("Brussels", "Truth Social": written with a capital), in lower case. */
const namesRuledOut = once((f: IndexedFact) => f.contradicts.filter((c) => /^[A-Z]/.test(c)).map((c) => c.toLowerCase()));

/** The terms of what a fact rules out ("Brussels", "Truth Social"). */
const ruledOut = once((f: IndexedFact, v: Vocabulary) => new Set(f.contradicts.flatMap((c) => v.terms(c))));

/** The people, places, countries and organisations a question names, each with its kind and the country it is in (read once per question: every fact's checks ask). */
const namedIn = latest((q: Question, v: Vocabulary) =>
  q.terms.flatMap((term) => {
    if (!term.startsWith('@')) return [];
    const id = term.slice(1);
    const kind = v.entityKind.get(id);
    return [{ term, id, kind, country: kind === 'country' ? id : kind === 'place' ? v.countryOf.get(id) : undefined }];
  }),
);

/**
 * The WordNet relatives of a word that may stand for it in a fact (one word each, not a broader
 * term, stemmed, not a stop word or generic word), read once per word: every question using it asks.
 */
const kinStems = once((v: Vocabulary) => {
  const known = new Map<string, Kin[]>();
  return (w: string): Kin[] => {
    let stems = known.get(w);
    if (!stems) {
      stems = [];
      for (const r of [...relatedTo(w), ...relatedTo(v.spell(w))]) {
        if (/[\s-]/.test(r.word) || r.link === 'broader') continue;
        const s = v.stem(r.word);
        const m = v.phrases.get(s);
        if (s.length >= 3 && !v.stop.has(s) && m?.kind !== 'generic') stems.push({ stem: s, derived: r.link === 'derived' });
      }
      if (known.size < MAX_KIN_WORDS) known.set(w, stems);
    }
    return stems;
  };
});
const MAX_KIN_WORDS = 20_000;
/** A relative's stem, and whether it is a form derived from the word ("partner" → "partnership"). */
type Kin = { stem: string; derived: boolean };

/**
 * The question's own word for a concept has a WordNet relative the fact writes: "what did the top
 * diplomat say the free world was lacking?" is the fact saying it "needs" a new leader. (Read once
 * per question, whichever article's matcher asks.)
 */
const kinOf = latest((q: Question, v: Vocabulary) => {
  const surface = words(q.clean);
  const out = new Map<string, Map<string, boolean>>(); // the relatives' stems, derived or not
  for (const [t, own] of Object.entries(q.sources)) {
    const kin = new Map<string, boolean>();
    for (const w of surface) {
      if (!own.includes(v.stem(v.spell(w))) && !own.includes(v.stem(w))) continue;
      for (const k of kinStems(v)(w)) if (!own.includes(k.stem)) kin.set(k.stem, (kin.get(k.stem) ?? false) || k.derived);
    }
    if (kin.size) out.set(t, kin);
  }
  return out;
});

/** The question's terms as the index holds them, word by word. */
const tokensOf = latest((q: Question) => q.terms.join(' ').split(' ').filter(Boolean));

/** Ranks facts for a question: MiniSearch (BM25) over concept terms, then coverage and fit checks. */
/**
 * Ranks an article's facts. `framing`: the terms saying what the article is about (its title's and
 * its lead fact's), which a question may add to say which story it asks about.
 */
export function createMatcher(facts: IndexedFact[], v: Vocabulary, lexicon: Lexicon, framing = new Set<string>()) {
  const stated = new Set(facts.flatMap((f) => [...f.keyTerms, ...f.textTerms, ...f.describedTerms]));
  /** Those of the facts someone says something in: whom each is about first. */
  const speakers = new Set(facts.flatMap((f) => (f.keyTerms.includes('say') && f.about[0] ? [f.about[0]] : [])));
  // A concept no fact states ("Nikkei", "career", "follower count") weighs heavily: it is what the question is about.
  const weight = (term: string) => lexicon.weights[term] ?? (term.startsWith('@') ? 0.7 : stated.has(term) ? 1 : 3);
  const things = new Map(facts.map((f) => [f.id, thingStems(f, v)]));
  const articleThings = new Set([...things.values()].flatMap((t) => [...t]));
  const articleWords = new Set(facts.flatMap((f) => [...f.wordStems]));
  const bases = percentBases(facts, (text) => v.contentStems(text));
  const baseNames = [...new Set(facts.flatMap((f) => f.values.flatMap((x) => (x.kind === 'percent' && x.of ? [x.of] : []))))];
  const TIME_UNITS = new Set(['hours', 'minutes', 'days', 'weeks', 'months', 'years'].map(v.stem));
  const index = new MiniSearch<{ id: string; keys: string; about: string; text: string }>({
    fields: FIELDS,
    tokenize: (s) => s.split(' ').filter(Boolean),
    processTerm: (t) => t,
    searchOptions: { boost: { keys: 3, about: 2, text: 1 }, combineWith: 'OR', boostTerm: weight },
  });
  const docs = facts.map((f) => ({ id: f.id, keys: f.keyTerms.join(' '), about: f.about.map((a) => `@${a}`).join(' '), text: f.textTerms.join(' ') }));
  index.addAll(docs);
  /** Every term in the index: a question sharing none of them has no hit. */
  const indexed = new Set(docs.flatMap((d) => `${d.keys} ${d.about} ${d.text}`.split(' ').filter(Boolean)));
  // Each term's hits, searched once at load, in the order MiniSearch finds them (field by field, then
  // fact by fact) so that ties rank as in a search for the whole question.
  const order = new Map(facts.map((f, i) => [f.id, i]));
  const firstField = (hit: SearchResult, t: string) => FIELDS.indexOf(hit.match[t]![0]!);
  // (As two arrays, the facts' places and their scores: search() reads them for every question.)
  const hitsOf = new Map(
    [...indexed].map((t) => {
      const hits = index.search(t).sort((a, b) => firstField(a, t) - firstField(b, t) || order.get(a.id)! - order.get(b.id)!);
      return [t, { at: Int32Array.from(hits, (hit) => order.get(hit.id)!), score: Float64Array.from(hits, (hit) => hit.score) }];
    }),
  );
  const topHit = new Map([...hitsOf].map(([t, hits]) => [t, Math.max(...hits.score)]));

  // The figures each fact states, and the facts stating each figure.
  const figureKeys = new Map(facts.map((f) => [f.id, new Set(factFigures(f))]));
  const stating = placesBy(facts, (f) => figureKeys.get(f.id)!);
  /** The figures an open question states that some fact here states: topics as much as its words (a yes/no question's figures are claims to check). */
  const topicFigures = latest((q: Question) => (q.yesno ? [] : questionFigures(q).filter((x) => x.some((k) => stating.has(k)))));

  /**
   * An open question about a figure some fact here states ("what is the 0.35% figure?") is not
   * answered by a fact giving another figure of that kind that neither states nor writes it.
   */
  const givesOther = (q: Question, f: IndexedFact) =>
    figureConflict(q, f) && topicFigures(q).some((x) => !holds(figureKeys.get(f.id)!, x) && !x.some((k) => writes(f.quote, k)));

  const ownable = new Set(facts.flatMap((f) => Object.keys(f.owner)));
  const people = new Set(facts.flatMap((f) => f.about));
  // A fact with a typed date covers "day"/"date" (a question naming another date is ruled out by dateConflict).
  const dated = (f: IndexedFact) => (f.values.some((x) => x.kind === 'date') ? ['date'] : []);
  /** The lexicon's generic words as written ("exact", "total"), which say nothing of which measure is asked. */
  const genericWords = new Set(lexicon.generic.map((w) => w.toLowerCase()));
  // A fact giving a figure covers "amount" ("how much goes to the states?"), a multiple too ("how much
  // more lethal?" of "ten times more lethal").
  const figured = (f: IndexedFact) => (f.values.some((x) => x.kind === 'money' || x.kind === 'percent' || x.kind === 'count') || [...f.figures].some((x) => x.startsWith('x')) ? ['amount'] : []);
  // Concepts every fact keyed with them (two or more) gives a figure for ("goal"): "what is the new goal?" asks for that figure.
  const keyedWith = placesBy(facts, (f) => f.keyTerms);
  const figureConcepts = new Set([...keyedWith].flatMap(([t, at]) => (at.size >= 2 && [...at].every((i) => figured(facts[i]!).length) ? [t] : [])));
  /** "What is the new target?", "what's the goal?": a question of what a figure is. */
  // (The thing asked is its first word past "what is", "new" and names: not "what's the biggest jump in the spending goal?".)
  const asksFigure = latest((q: Question) => {
    if (q.yesno || q.kind !== 'what' || !WHAT_IS.test(q.clean)) return false;
    const after = q.stems.slice(q.stems.findIndex((s) => s === 'what' || s === 'whats') + 1).filter((s) => !v.stop.has(s));
    const meaning = after.map((s) => v.phrases.get(s)).find((m) => m?.kind !== 'entity' && !(m?.kind === 'concept' && m.id === 'new'));
    return meaning?.kind === 'concept' && figureConcepts.has(meaning.id);
  });
  const termSets = new Map(facts.map((f) => [f.id, new Set([...f.keyTerms, ...f.textTerms, ...f.describedTerms, ...f.about.map((a) => `@${a}`), ...dated(f), ...figured(f)])]));
  // Words a fact denies ("improving", "Truth Social") belong to it only for yes/no questions that
  // use them ("Is it improving?"); a phrase only as written.
  const denied = (q: Question, f: IndexedFact, t: string) => f.denials.some((d) => d.terms.includes(t) && (!d.phrase || q.clean.toLowerCase().includes(d.text)));
  /** "Which documents besides the NSS?": the fact names what the question names and others of its kind. */
  const namesOthersBesides = (q: Question, f: IndexedFact) => {
    const named = q.terms.filter((t) => t.startsWith('@') && f.about.includes(t.slice(1))).map((t) => v.entityKind.get(t.slice(1)));
    return f.about.some((id) => !q.terms.includes(`@${id}`) && named.includes(v.entityKind.get(id)));
  };

  /**
   * The fact uses the question's own word for a concept where that word means nothing else ("how
   * much goes to …": "€100 billion going to …", whatever concept "goes" stands for elsewhere).
   */
  const literally = (q: Question, f: IndexedFact, t: string) => !!q.sources[t]?.every((s) => f.plainStems.has(s));
  /**
   * The fact gives the concept the owner the question gives it: as its owner, or, owning none, by
   * being about that country and using the question's own word for it ("the German fund" is the
   * fact saying "fund" about Germany, though "fund" also means spending, which Germany owns elsewhere).
   */
  const ownedAsAsked = (q: Question, f: IndexedFact, t: string) =>
    f.owner[t] === q.owners[t] || (!f.owner[t] && f.countries.has(q.owners[t]!) && !!q.sources[t]?.every((s) => f.wordStems.has(s)));

  /**
   * "Who else worked on the review with Robertson?": "besides" something the question names is
   * covered fact by fact (namesOthersBesides), whether or not any fact writes "besides" or "else".
   */
  const othersBesides = (q: Question, t: string) => t === 'besides' && q.terms.some((x) => x.startsWith('@'));
  /** A topic of the question no fact states, nor names with the question's own word ("France", "Taiwan"). */
  const plain = new Set(facts.flatMap((f) => [...f.plainStems]));
  // (Only when every word of it is some fact's is each fact tried.)
  const unstated = (q: Question, t: string) =>
    !t.startsWith('@') && !(t === 'describe' && asksDescription(q)) &&
    !isSoft(q, t) && !stated.has(t) && !othersBesides(q, t) && !lexicon.modifiers.includes(t) && !(q.sources[t]?.every((s) => plain.has(s)) && facts.some((f) => literally(q, f, t)));
  const hasUnstated = latest((q: Question) => q.terms.some((t) => unstated(q, t)));
  /**
   * No fact here can answer, whichever: the question names a topic none states (only a yes/no
   * question may be answered without it), or a person none is about (each fact is another person's,
   * which only a yes/no question or a comparison takes; see fit() and scored()).
   */
  const fitsNone = (q: Question) =>
    (!challenges(q) && hasUnstated(q)) ||
    (!q.yesno && !q.comparison && peopleIn(v, q.terms).some((p) => !people.has(p)));

  // The facts (their places) by what fit() asks of every fact first: the kinds of question they
  // answer, their years, what they are about, the countries they are in, the terms they rule out.
  const withKind = placesBy<string>(facts, (f) => f.kinds);
  const withYear = placesBy(facts, (f) => f.years);
  // (A question that may correct a year reads the facts writing one: not "last year", a year the fact does not write.)
  const yeared = new Set(facts.flatMap((f, at) => (f.years.some((y) => !f.relativeYears.includes(y)) ? [at] : [])));
  const aboutIt = placesBy(facts, (f) => f.about);
  const inCountry = placesBy(facts, (f) => f.countries);
  const ruling = placesBy(facts, (f) => ruledOut(f, v));
  const ofSubject = placesBy(facts, (f) => (f.article.subject ? [f.article.subject] : []));
  const NONE = new Set<number>();
  /**
   * Which facts fit() does not turn down at once, looked up rather than tried: those answering a
   * strict kind of question (but why), dated in every year it names (in any year, for a question
   * that may correct one), and about or in each place, country or organisation it names (or ruling
   * it out, for a question that may be answered "No"). Undefined when it asks none of these.
   */
  const mayFit = latest((q: Question): ((at: number) => boolean) | undefined => {
    const groups: Set<number>[][] = []; // a fact must be in one set of every group
    if (STRICT_KINDS.has(q.kind) && q.kind !== 'why') groups.push(answeringKinds(q).map((k) => withKind.get(k) ?? NONE));
    if (q.numbers.calendarYears.length) groups.push(...(challenges(q) ? [[yeared]] : q.numbers.calendarYears.map((y) => [withYear.get(y) ?? NONE])));
    for (const { term, id, kind, country } of namedIn(q, v)) {
      if (kind === 'person') continue;
      groups.push([aboutIt.get(id) ?? NONE, (country && inCountry.get(country)) || NONE, (challenges(q) && ruling.get(term)) || NONE, (q.yesno && ofSubject.get(id)) || NONE]);
    }
    return groups.length ? (at) => groups.every((group) => group.some((set) => set.has(at))) : undefined;
  });
  /**
   * What the fact's article is about, named in a yes/no claim about people the fact is about, only
   * says where it happened: "did Zelensky meet Trump at the NATO summit?" of "Zelensky met Trump on
   * the sidelines of the summit" (not "is NATO's new target double the old one?", nor "did NATO
   * criticise Madrid?", which claim something of NATO itself).
   */
  const placesClaim = (q: Question, f: IndexedFact, id: string) => q.yesno && f.article.subject === id && peopleIn(v, q.terms).some((p) => f.about.includes(p));
  /** Hits of facts fit() would turn down at once are not scored. */
  const mayFitHit = (q: Question, hit: Hit) => mayFit(q)?.(hit.at) ?? true;

  /**
   * Share of the question's topic terms the facts cover together (names count only when there is
   * nothing else). A concept the question gives another owner is not covered.
   */
  // (Worked out for every hit scored, so in plain loops: the sums add in the same order as ever.)
  function coverageOf(q: Question, ...list: IndexedFact[]): number {
    const { wanted, total, framed: framedOnly } = wantedBy(q);
    const coveredBy = (t: string) => {
      for (const f of list) if (covers(q, f, t)) return true;
      return false;
    };
    const own = wanted.map(coveredBy);
    let covered = 0;
    // A term of the question's closing phrase that says what the article is about counts for any of
    // its facts covering everything else the open question asks ("when did the Bundestag vote on the
    // debt brake?" is the vote's date, which does not say "debt brake").
    let rest = !q.yesno && !framedOnly;
    for (let i = 0; i < wanted.length; i++) {
      if (own[i]) covered += weight(wanted[i]!);
      else if (!q.framing.includes(wanted[i]!)) rest = false;
    }
    if (rest) for (let i = 0; i < wanted.length; i++) if (!own[i] && framing.has(wanted[i]!)) covered += weight(wanted[i]!);
    // (Only for the facts stating them: a figure that describes what is asked, "the 5% pledge", is
    // no reason to prefer another fact.)
    let stated = 0;
    for (const x of topicFigures(q)) if (list.some((f) => holds(figureKeys.get(f.id)!, x))) stated++;
    // A WordNet reading counts only where a fact states it (see Question.soft).
    let soft = 0;
    for (const s of q.soft) if (coveredBy(s.term)) soft += weight(s.term);
    return (covered + FIGURE_WEIGHT * stated + soft) / (total + FIGURE_WEIGHT * stated + soft);
  }
  /** A word of the title of someone the question names and the fact is about ("the Pentagon boss", "Japan's new defence chief") describes them, asking nothing of its own. */
  const describes = (q: Question, f: IndexedFact, t: string) => t in q.describes && f.about.includes(q.describes[t]!);
  /** A concept is covered by a fact stating it, using the question's own word for it, or describing someone it is about. */
  // (A figure an article gives as it stands, not as what something replaced, is the new one: "what is the new goal?")
  const covers = (q: Question, f: IndexedFact, t: string) =>
    (termSets.get(f.id)!.has(t) || kinWritten(q, f, t) || nowAsWritten(q, f, t) || describedBy(q, f, t) || (t === 'new' && asksFigure(q) && figured(f).length > 0) || describes(q, f, t) || literally(q, f, t) || (challenges(q) && denied(q, f, t)) || (t === 'besides' && namesOthersBesides(q, f))) && (!q.owners[t] || !ownable.has(t) || ownedAsAsked(q, f, t));
  /**
   * The level now, asked in a fact's own words of time ("… spend on defence this year?" of "plans to
   * spend about 4.7% of its GDP on defence this year"), is that fact's figure as it stands.
   */
  // (The phrase as the fact writes it, word for word; not a goal's: "by the end of this fiscal year"
  // is when a target is due, not what is spent.)
  const nowAsWritten = (q: Question, f: IndexedFact, t: string) => {
    const terms = termSets.get(f.id)!;
    const phrase = t === 'current-level' ? q.sources[t] : undefined;
    return !!phrase && terms.has('current') && !terms.has('goal') && !terms.has('pledge') && ` ${quoteStems(f).join(' ')} `.includes(` ${phrase.join(' ')} `);
  };
  const quoteStems = once((f: IndexedFact) => words(f.quote).map(v.stem));
  /**
   * How someone the question names describes something is what they say of it ("how did Healey
   * describe the threats?" of "“The threats we face are more serious …,” Healey said"), in an
   * article whose facts never use the word "describe" (nor "call": "what is the plan called?" names
   * no one and still asks a name).
   */
  const describedBy = (q: Question, f: IndexedFact, t: string) => t === 'describe' && asksDescription(q) && f.keyTerms.includes('say') && !!f.about[0] && q.terms.includes(`@${f.about[0]}`);
  const asksDescription = (q: Question) => !q.sources['describe']?.includes('call') && q.terms.some((x) => speakers.has(x.slice(1)) && v.entityKind.get(x.slice(1)) === 'person');
  const kinWritten = (q: Question, f: IndexedFact, t: string) => {
    const kin = q.yesno ? undefined : kinOf(q, v).get(t);
    if (!kin) return false;
    // (Also a form derived from the word that the fact writes as a word of another concept:
    // "partners" of "the AUKUS partnership", "parliament" of "parliamentary leader".)
    for (const [s, derived] of kin) if (f.plainStems.has(s) || (derived && sentenceStems(f, v).written.has(root(s)))) return true;
    return false;
  };
  /** The terms coverage counts (not WordNet readings), and their weight. */
  const wantedBy = latest((q: Question) => {
    const topics = q.terms.filter((t) => !t.startsWith('@') && !isSoft(q, t));
    const wanted = topics.length ? topics : q.terms.filter((t) => !isSoft(q, t));
    // (framed: every term it wants is of the closing phrase, which then counts as nothing of its own.)
    return { wanted, total: sum(wanted.map(weight)), framed: wanted.every((t) => q.framing.includes(t)) };
  });
  const allTerms = new Set([...termSets.values()].flatMap((terms) => [...terms]));
  const deniedTerms = new Set(facts.flatMap((f) => f.denials.flatMap((d) => d.terms)));
  /**
   * The most coverage any one fact can have (as coverageOf reads it): the share of the question's
   * terms some fact may cover, with every figure it states that some fact states.
   */
  // (Read once per question: each tier of articles that has this one asks.)
  const reach = latest((q: Question): number => {
    const { wanted, total } = wantedBy(q);
    const may = (t: string) => allTerms.has(t) || othersBesides(q, t) || (!q.yesno && framing.has(t) && q.framing.includes(t)) || !!q.sources[t]?.every((s) => plain.has(s)) || (challenges(q) && deniedTerms.has(t));
    const figures = FIGURE_WEIGHT * topicFigures(q).length;
    return (sum(wanted.filter(may).map(weight)) + figures) / (total + figures);
  });

  /**
   * The most coverage (as coverageOf reads it) a fact can have, from its terms alone: a term that only
   * a fact's own terms can cover (no WordNet kin of the question's word, no word of it every fact
   * here could write, no title it describes, no denial, no closing phrase of the article's) counts
   * only where the fact states it; every other term, figure and reading counts as covered.
   */
  const mostCoverage = (q: Question, f: IndexedFact): number => {
    const { wanted, total } = wantedBy(q);
    const { only, extra } = termsOnly(q);
    const terms = termSets.get(f.id)!;
    let covered = 0;
    for (const t of wanted) if (!only.has(t) || terms.has(t)) covered += weight(t);
    return (covered + extra) / (total + extra);
  };
  const COVERED_OTHERWISE = new Set(['current-level', 'describe', 'new', 'besides']);
  /** The question's terms only a fact's own terms cover, and the weight of its figures and readings. */
  const termsOnly = latest((q: Question) => {
    const kin = q.yesno ? undefined : kinOf(q, v);
    const otherwise = (t: string) =>
      COVERED_OTHERWISE.has(t) || !!kin?.has(t) || t in q.describes || !!q.sources[t]?.every((s) => plain.has(s)) || (challenges(q) && deniedTerms.has(t)) || (!q.yesno && framing.has(t));
    const only = new Set(wantedBy(q).wanted.filter((t) => !otherwise(t)));
    return { only, extra: FIGURE_WEIGHT * topicFigures(q).length + sum(q.soft.map((s) => weight(s.term))) };
  });

  /** "When will Koizumi visit Washington?": the question names a place or source the fact rules out. */
  // (A choice question offers it as an alternative: "in Tokyo or in Washington?".)
  const namesOther = (q: Question, f: IndexedFact) => {
    const names = namesRuledOut(f);
    return names.length > 0 && names.some((c) => lowered(q).text.includes(c)) && !/ or /i.test(q.clean);
  };

  /**
   * Whether the fact's people hold no title the question asks the holder of: "which Japanese prime
   * minister met Trump?" is not answered by "Trump told Prime Minister Anthony Albanese …".
   */
  function holdsNotAsked(q: Question, f: IndexedFact): boolean {
    if (!q.askedTitle) return false;
    const { key, holder } = q.askedTitle;
    const head = key.split(' ').at(-1)!;
    // (A title of the same kind held in the same country holds it too: Kishida, "former prime minister", was Japan's prime minister.)
    const holds = (id: string) => (v.titles.get(id) ?? []).some((t) => t.includes(key) || (t.split(' ').at(-1) === head && v.countryOf.get(id) === v.countryOf.get(holder)));
    const people = f.about.filter((id) => v.entityKind.get(id) === 'person');
    return people.length > 0 && !people.some(holds);
  }

  /**
   * 'no' when the fact cannot answer: it does not say when/where/how many/who/why as asked, it
   * gives a concept another owner, or it is not about a document or organisation the question
   * names. 'person' when it has other people than the question names, or another speaker. (Asked
   * only of questions some fact may fit: see fitsNone().)
   */
  function fit(q: Question, f: IndexedFact): 'yes' | 'person' | 'no' {
    // "Why did Hegseth cancel the meeting?", "Why did Japan set a 5% target?": a fact that denies
    // the premise answers the why.
    if (STRICT_KINDS.has(q.kind) && !answeringKinds(q).some((k) => f.kinds.includes(k)) && !(q.kind === 'why' && (contradicted(q, f) || figureConflict(q, f) || dateConflict(q, f)))) return 'no';
    // "What happened in Tokyo on Wednesday?": a fact dated otherwise does not answer (a yes/no question
    // gets "No"), and one with no year at all cannot answer about a year.
    if (q.numbers.calendarYears.length && !f.years.length) return 'no';
    if ((!challenges(q) && dateConflict(q, f)) || offTarget(q, f)) return 'no';
    // "How many billion euros go to the states?" counts a sum: the fact must give one in that currency.
    const currency = currencyAsked(q);
    if (currency && !currenciesOf(f).has(currency)) return 'no';
    // (A unit of time a fact writes after a number counts too: "lasted about two and a half hours".)
    if (q.kind === 'howmany' && !currency && !f.unitTerms.some((t) => q.stems.includes(t) || q.terms.includes(t)) && !f.measures.some((m) => TIME_UNITS.has(m.of[0] ?? '') && askedThing(q, v).includes(m.of[0]!))) return 'no';
    let result: 'yes' | 'person' = 'yes';
    for (const { term, id, kind, country } of namedIn(q, v)) {
      if (f.about.includes(id) || (country && f.countries.has(country)) || placesClaim(q, f, id)) continue;
      if (kind === 'person') result = 'person';
      // "Was the summit in Brussels?": a fact that rules the named place out answers "No".
      else if (!(challenges(q) && ruledOut(f, v).has(term))) return 'no';
    }
    // "What did X say ...?": the fact must have someone speaking, and X as the speaker.
    if (q.terms.some((t) => SPEECH.has(t))) {
      if (!f.keyTerms.some((t) => SPEECH.has(t))) return 'no';
      const speakers = speakersOf(q, v);
      const speaker = f.about[0] ?? '';
      if (speakers.length && !speakers.includes(speaker) && !speakers.includes(v.countryOf.get(speaker) ?? '')) result = 'person';
    }
    // "What does Merz think about the Greens?": what Merz said, of the Greens (not what the Greens' leader said).
    const opinion = opinionAsked(q, v);
    if (opinion && !(f.keyTerms.some((t) => SPEECH.has(t)) && opinion.holders.includes(f.about[0] ?? '') && opinion.topic.every((t) => covers(q, f, t)))) return 'no';
    // (Another person's fact answers only a yes/no question or a comparison, see scored(): the rest need not be checked.)
    if (result === 'person' && !q.yesno && !q.comparison) return result;
    if (countsOtherThing(askedThing(q, v), articleThings, things.get(f.id)!, f) || spentOnOther(q, v, articleWords, f) || otherActor(q, f, v) || plannedForNow(q, f) || givesNoCount(q, f) || costsOther(q, f, v) || pricesNothing(q, f) || sumForOther(q, f, v)) return 'no';
    if (stillToCome(q, f) || givesNoSide(q, f) || ranksNothing(q, f) || asksBase(q, v, bases, f) || restatesWhole(q, f) || percentOfOther(q, f, v, baseNames) || conditionUnsaid(q, f, v) || firstSinceOnly(q, f) || placeNotWithin(q, f, v) || partInPlace(q, f, v) || namesNoneAsked(q, f, v) || nothingToCome(q, f)) return 'no';
    if ((asksFigure(q) && !figured(f).length) || (asksDuration(q) && !covers(q, f, 'duration'))) return 'no';
    if (measureUnsaid(q, f, v, genericWords) || otherOfKind(q, f, v)) return 'no';
    if (askedVerbTerms(q, v).some((t) => !covers(q, f, t) && !f.wordStems.has(t)) || actOnlyNamed(q, f, v) || actNotAnswered(q, f, v) || givesNoShare(q, f, v)) return 'no';
    if (dateMisses(q, f) || datesOtherEvent(q, f, v) || otherPeriod(q, f) || deniesNothing(q, f) || givesReplaced(q, f)) return 'no';
    if (causeNotGiven(q, f, v) && !contradicted(q, f)) return 'no';
    for (const [concept, owner] of Object.entries(q.owners)) if (f.owner[concept] && f.owner[concept] !== owner) return 'no';
    if (!challenges(q) && namesOther(q, f)) return 'no';
    if (holdsNotAsked(q, f)) return 'no';
    return result;
  }

  /**
   * A yes/no question that has the wrong person can be answered "No" with the fact: when the fact
   * involves one of the question's people ("Did Trump say Japan will reinforce...?"), or the
   * question names one person and the fact covers all it asks ("Did Takaichi's government approve
   * the documents?").
   */
  function correctsPerson(q: Question, f: IndexedFact, coverage: number): boolean {
    const people = peopleIn(v, q.terms);
    // (Or the fact names someone else doing the question's act: "Will Kallas chair the summit?" of "chaired by Costa".)
    return q.comparison || (q.yesno && (people.some((p) => f.about.includes(p)) || (people.length === 1 && (coverage === 1 || doneByOther(q, f, v)))));
  }

  /**
   * MiniSearch's search for the question's terms (combined with OR), from each term's hits: a fact's
   * scores summed, times the number of distinct terms it matches, best first. (Kept for the last
   * question: the engine asks for its best fact, then its ranking, or again for a wider tier.)
   */
  const search = latest((q: Question): Hit[] => {
    const tokens = tokensOf(q);
    const found: number[] = []; // the facts hit, in the order first hit
    const hit = (at: number, score: number, first: boolean) => {
      if (!termCounts[at]) {
        found.push(at);
        scores[at] = score;
        termCounts[at] = 1;
      } else {
        scores[at] += score;
        if (first) termCounts[at]++;
      }
    };
    // (A repeated term adds its score again but is one term.)
    tokens.forEach((t, i) => {
      const hits = hitsOf.get(t);
      if (!hits) return;
      const first = tokens.indexOf(t) === i;
      for (let k = 0; k < hits.at.length; k++) hit(hits.at[k]!, hits.score[k]!, first);
    });
    // A figure the question states finds the facts stating it, scoring half what its best-scoring word does.
    const figures = topicFigures(q);
    if (figures.length) {
      const bonus = Math.max(1, ...found.map((at) => scores[at]!)) / 2;
      for (const figure of figures) for (const at of new Set(figure.flatMap((k) => [...(stating.get(k) ?? [])]))) hit(at, bonus, false);
    }
    const hits = found.map((at) => ({ fact: facts[at]!, at, score: scores[at]! * termCounts[at]! }));
    for (const at of found) termCounts[at] = 0;
    return hits.sort((a, b) => b.score - a.score);
  });
  // search()'s sums and counts of terms, by fact (zero between searches).
  const scores = new Float64Array(facts.length);
  const termCounts = new Uint32Array(facts.length);

  /** What scored() multiplies a hit's score by, whatever its fit and coverage: the bonuses the fact earns for the question, given the share of its words it uses. */
  function bonus(q: Question, fact: IndexedFact, subject: string | undefined, literal: number): number {
    let factor = 1;
    if (subject && fact.about[0] === subject) factor *= 1.3;
    if (fact.kinds.includes(q.kind)) factor *= 1.5;
    factor *= 1 + LITERAL * literal;
    if (q.quoted.some((p) => fact.quote.toLowerCase().includes(p))) factor *= QUOTED;
    if (statesFigure(q, fact)) factor *= STATED_FIGURE;
    return factor;
  }

  /** The most a hit can score: its search score with the most coverage it can have and its bonuses (its coverage is worked out only for the hits passing this). */
  const bound = (q: Question, { fact, score }: Hit, subject: string | undefined) => score * (0.5 + mostCoverage(q, fact)) * bonus(q, fact, subject, literalShare(q, fact));
  /** The most bonus() can give any fact for the question. */
  const mostBonus = (q: Question, subject: string | undefined) =>
    (subject ? 1.3 : 1) * 1.5 * (1 + LITERAL) * (q.quoted.length ? QUOTED : 1) * (q.numbers.counts.length || q.numbers.money.length ? STATED_FIGURE : 1);

  // The last question's hits ranked in full, by place: best() finds the chosen article's best fact,
  // then rank() ranks all its hits again.
  const scoredFor = latest((_: Question) => new Map<number, Ranked | undefined>());

  /** The hit ranked, unless it cannot answer or (with `beat`) cannot score more than `beat`. */
  function scored(q: Question, hit: Hit, subject: string | undefined, beat = 0): Ranked | undefined {
    const known = scoredFor(q);
    if (!beat && known.has(hit.at)) return known.get(hit.at);
    const ranked = scoredAnew(q, hit, subject, beat);
    if (ranked || !beat) known.set(hit.at, ranked);
    return ranked;
  }

  function scoredAnew(q: Question, hit: Hit, subject: string | undefined, beat: number): Ranked | undefined {
    const { fact } = hit;
    // Its coverage and the most it can score (halving for another person is exact: the same whichever factor comes first).
    const measured = () => {
      const coverage = coverageOf(q, fact);
      return { coverage, most: hit.score * (0.5 + coverage) * bonus(q, fact, subject, literalShare(q, fact)) };
    };
    // (With a score to beat, they come first: a fact that cannot beat it is not checked further.)
    const early = beat > 0 ? measured() : undefined;
    if (early && early.most * (1 + 1e-9) < beat) return undefined;
    const fits = fit(q, fact);
    if (fits === 'no' || givesOther(q, fact)) return undefined;
    const { coverage, most } = early ?? measured();
    if (fits === 'person' && !correctsPerson(q, fact, coverage)) return undefined;
    return { fact, score: most * (fits === 'person' ? 0.5 : 1), coverage, wrongPerson: fits === 'person' };
  }

  // The last question's ranking: choosing among articles ranks a lone candidate in full (see
  // createArticleRanker), and the same ranking is asked for again when that article answers.
  let lastRanked: { q: Question; ranked: Ranked[] } | undefined;

  function rank(q: Question): Ranked[] {
    if (lastRanked?.q !== q) lastRanked = { q, ranked: rankAnew(q) };
    return lastRanked.ranked;
  }

  function rankAnew(q: Question): Ranked[] {
    if (fitsNone(q)) return [];
    const subject = subjectOf(q, v);
    return search(q)
      .flatMap((hit) => (mayFitHit(q, hit) && scored(q, hit, subject)) || [])
      .sort((a, b) => b.score - a.score);
  }

  /**
   * The most any fact can score: each term's best hit (every use of it), times the number of terms
   * with a hit, with every bonus (bonus()) the question allows; not worked out for a question stating a
   * figure some fact states (search() adds to those facts).
   */
  function ceiling(q: Question): number {
    if (topicFigures(q).length) return Infinity;
    const tokens = tokensOf(q);
    const tops = tokens.map((t) => topHit.get(t) ?? 0);
    return sum(tops) * new Set(tokens.filter((_, i) => tops[i]! > 0)).size * 1.5 * mostBonus(q, subjectOf(q, v));
  }

  // The last question's best, with the `min` it was asked with (the engine asks again for wider tiers of articles).
  let last: { q: Question; min: number; top: Ranked | undefined } | undefined;

  /** rank(q)[0] if it scores at least `min`, without scoring the hits that cannot beat `min` or the best so far. */
  function best(q: Question, min = 0): Ranked | undefined {
    // (Found, it is rank(q)[0]; not found, there is none scoring its `min`.)
    if (lastRanked?.q === q) {
      const top = lastRanked.ranked[0];
      return top && top.score >= min ? top : undefined;
    }
    if (last?.q === q && (last.top || min >= last.min)) return last.top && last.top.score >= min ? last.top : undefined;
    let top: Ranked | undefined;
    // (A margin for rounding: a hit that might tie is scored.)
    if (!fitsNone(q) && (min === 0 || ceiling(q) * (1 + 1e-9) >= min)) {
      const subject = subjectOf(q, v);
      const most = 1.5 * mostBonus(q, subject);
      for (const hit of search(q)) {
        const beat = Math.max(min, top?.score ?? 0);
        // (Hits come best first: once one cannot beat it with every bonus, none after it can.)
        if (beat > 0 && hit.score * most * (1 + 1e-9) < beat) break;
        // (A wider margin here: the bound's share is summed otherwise than coverageOf sums it.)
        if (!mayFitHit(q, hit) || (beat > 0 && bound(q, hit, subject) * (1 + 1e-6) < beat)) continue;
        const r = scored(q, hit, subject, beat);
        if (r && (!top || r.score > top.score)) top = r;
      }
    }
    const found = top && top.score >= min ? top : undefined;
    last = { q, min, top: found };
    return found;
  }

  return { rank, best, coverageOf, covers, reach, indexed };
}
