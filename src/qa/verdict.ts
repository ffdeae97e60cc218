import { actedElsewhere, claimAct, claimActWord, IRREGULAR, wordsElsewhere, agentElsewhere, countConflict, ratioConflict, figuresOf, datedElsewhere, doneByOther, otherRecipient, otherShare, placedElsewhere, shareConflict, subjectUnnamed, subjectUnsaid, supports, townUnsaid } from './claims.ts';
import { directionClauses, flows, misdirected, misordered, opposed, reversed, sideUnsaid, stanceUnsaid, unordered } from './direction.ts';
import { asksNot, claimPolarity, negatedInFact, negatedTerms, saysNot } from './negation.ts';
import { framingUnsaid, refusalUnsaid, refusedAct } from './framing.ts';
import { talliesOf, tallyConflict } from './tally.ts';
import type { Denial, IndexedFact } from './facts.ts';
import { latest, once, recent } from './once.ts';
import { AUX, SUBJECT_ASK, type Question } from './question.ts';
import { root, type Vocabulary } from './vocabulary.ts';
import { nearWords, percentsOf, purposeWords, type Percent } from './percents.ts';
import { escapeRegExp, SCALE, WEEKDAYS, words } from './text.ts';
import { countedUnsaid, purposesUnsaid, reasonUnsaid } from './support.ts';
import { lightVerb } from './wordnet.ts';
import { onlyHedged, onlyThreatened, otherModifier, otherTime, prefixNegated } from './wording.ts';
import { SPEECH } from './match.ts';

/** The sizes a sum's number is scaled by (thousand, million, billion, trillion). */
const SCALES = [...new Set(Object.values(SCALE))];

const clash = <T>(asked: T[], known: T[]) => known.length > 0 && asked.some((a) => !known.includes(a));

/** Whether the question states a percentage, count, span of years or sum of money other than the fact's own (with `v`, for a verdict: see below). */
export function figureConflict(q: Question, f: IndexedFact, v?: Vocabulary, anyContext = false): boolean {
  // (For a verdict, a percentage the fact's words give is its own too, said of the same: "wrote that reaching 5% would be unreasonable";
  // with `anyContext`, said of anything.)
  const asked = v ? percentContexts(q.clean, v) : [];
  const written = v ? writtenPercents(f, v) : [];
  const percents = q.numbers.percents.filter((p) => !written.some((x) => x.n === p && (anyContext || asked.some((a) => a.n === p && a.near.some((s) => x.near.includes(s))))));
  // (For a verdict, a sum said of something — "the summit cost €10 million" — is not denied by a sum of something else: "€800 billion for European defence";
  // nor is a sum the fact's words give, whose use countConflict checks: "lend member states €150 billion for defence investment".)
  const money = v && sumOfOther(q, f, v) ? [] : v ? q.numbers.money.filter((x) => !f.measures.some((m) => m.n === x)) : q.numbers.money;
  // (For a verdict, the number of a sum is not a count of things: "€150 billion in loans".)
  const counts = v ? q.numbers.counts.filter((c) => !q.numbers.money.some((m) => SCALES.some((scale) => c * scale === m))) : q.numbers.counts;
  return clash(percents, f.percents) || clash(counts, f.counts) || clash(q.numbers.years, f.spans) || clash(money, f.money);
}

/** Whether no sum the fact gives is of or for anything the question's words name ("the summit cost €10 million" against "€800 billion for European defence"). */
function sumOfOther(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const said = saidStems(q, v);
  return !f.measures.some((m) => f.money.includes(m.n) && [...m.of, ...m.by].some((s) => said.has(s)));
}

/** The question's content words, stemmed (read once per question: each fact's verdict asks). */
const saidStems = latest((q: Question, v: Vocabulary) => new Set(v.contentStems(q.clean)));

/** What a fact says goes from where to where (read once per fact). */
const factFlows = once((f: IndexedFact, v: Vocabulary) => flows(f.answer, v.stop));
const claimFlows = latest((q: Question, v: Vocabulary) => flows(q.clean, v.stop));
/** An open question's words that may say a direction (a yes/no claim has them in its claims), read once per question. */
const askedDirections = latest((q: Question, v: Vocabulary) => directionClauses(q.clean, v.stop));

/** Each percentage with the words around it, names aside: "reaching 5% would be unreasonable" → 5: reach, unreason. */
const withNearWords = (ps: Percent[], v: Vocabulary) => ps.map((p) => ({ n: p.n, near: nearWords(p, v) }));
const percentContexts = (text: string, v: Vocabulary) => withNearWords(percentsOf(text, v), v);

/** A fact's percentages, as its quote and answer write them (read once per fact). */
const factPercents = once((f: IndexedFact, v: Vocabulary) => percentsOf(`${f.quote} ${f.answer}`, v));
const writtenPercents = once((f: IndexedFact, v: Vocabulary) => withNearWords(factPercents(f, v), v));

/** Whether a percentage of the question is said with words the fact says of another percentage ("spend 5%" of "spending about 2.1%"). */
function nearOtherPercent(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const written = writtenPercents(f, v);
  return percentContexts(q.clean, v).some((a) => written.some((x) => x.n !== a.n && a.near.some((s) => x.near.includes(s))));
}

const BACKS = /\b(?:back\w*|support\w*|endors\w*|welcom\w*|favou?r\w*|accept\w*|embrac\w*|agree\w*)\b/i;
const TURNS_DOWN = /\b(?:unreasonabl\w*|unrealistic|reject\w*|oppos\w*|criticis\w*|criticiz\w*|refus\w*|object\w*|against)\b/i;
const lastWords = (t: string, n: number) => t.split(/\s+/).slice(-n).join(' ');
const firstWords = (t: string, n: number) => t.split(/\s+/).slice(0, n + 1).join(' ');

/** Whether the question says someone backed a percentage that the fact's words turn down ("back the 5% target" of "reaching 5% would be unreasonable"). */
function stanceClash(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const told = factPercents(f, v);
  return percentsOf(q.clean, v).some((a) => BACKS.test(lastWords(a.before, 4)) && told.some((x) => x.n === a.n && TURNS_DOWN.test(`${lastWords(x.before, 4)} ${firstWords(x.after, 4)}`)));
}

/** Whether two words are the same word in another form ("reform", "reforming"). */
const sameWord = (v: Vocabulary) => (a: string, b: string) => root(v.stem(a.toLowerCase())) === root(v.stem(b.toLowerCase()));

/** Whether the question says what a percentage is spent on and the fact uses none of those words: "is Germany's 2.1% of GDP spent on infrastructure?" of "2.1% of GDP on defence". */
function purposeUnsaid(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  return percentsOf(q.clean, v).some((p) => {
    const said = purposeWords(p, v);
    return said.length > 0 && !said.some((s) => f.wordStems.has(root(s)));
  });
}

/** A fact's dates as days ("06-25"), weekdays, months ("06") and months of a year ("2025-06"). */
const datesOf = once((f: IndexedFact) => {
  const days = f.dates.filter((d) => d.length === 10);
  return {
    days: days.map((d) => d.slice(5)),
    weekdays: days.map((d) => WEEKDAYS[new Date(`${d}T12:00:00Z`).getUTCDay()]!),
    months: f.dates.map((d) => d.slice(5, 7)),
    yearMonths: f.dates.map((d) => d.slice(0, 7)),
  };
});

/** Whether the question names a year, day, weekday or month other than the fact's own dates. */
export function dateConflict(q: Question, f: IndexedFact): boolean {
  const { calendarYears, days, weekdays, months } = q.numbers;
  if (!calendarYears.length && !days.length && !weekdays.length && !months.length) return false;
  const given = datesOf(f);
  return (
    (q.numbers.calendarYears.length > 0 && !q.numbers.calendarYears.every((y) => f.years.includes(y))) ||
    clash(q.numbers.days, given.days) ||
    clash(q.numbers.weekdays, given.weekdays) ||
    clash(
      q.numbers.months.filter((m) => m.length === 2),
      given.months,
    ) ||
    clash(
      q.numbers.months.filter((m) => m.length === 7),
      given.yearMonths,
    )
  );
}

/**
 * A question that gets both a figure and a date wrong ("Will Japan reach 3% of GDP by 2030?") is
 * about something else, not a premise to correct.
 */
export function offTarget(q: Question, f: IndexedFact): boolean {
  return figureConflict(q, f) && dateConflict(q, f);
}

/** A question that may state something a fact denies: yes/no ("Is it improving?") or why ("Why did Japan cut spending?"). */
export const challenges = (q: Question) => q.yesno || q.kind === 'why';

/**
 * Asks whether a topic came up or what something was called ("Did the declaration mention China?",
 * "… call China a long-term threat?"): a fact naming another topic there does not rule it out.
 */
const TOPIC_ASK = /\b(?:mention\w*|discuss\w*|talk\w* (?:about|of)|anything (?:about|on)|(?:bring|brought|bringing) up|rais(?:e|ed|ing) the (?:issue|subject|topic)|refer\w* to|describ\w*|call(?:s|ed|ing)?)\b/i;

/** A name the fact says is not its own, written in the question ("China" for a fact about Russia). */
const namesDenied = (q: Question, f: IndexedFact) => f.denials.some((d) => d.name && writtenAs(d).test(q.clean.toLowerCase()));

/** Whether the question uses a word the fact says is not so ("improving" for a worsening trend). */
export function contradicted(q: Question, f: IndexedFact): boolean {
  if (!f.denials.length) return false;
  const { text, topic } = lowered(q);
  // A single word also counts by meaning ("improve" for "improving"), unless the fact itself states that
  // meaning ("trillion" is money, and so is the fact's "€500 billion"); a phrase only as written, as whole
  // words ("5 percent" is not in "2.5 percent").
  const own = ownTerms(f);
  return f.denials.some((d) => !(topic && d.name) && (writtenAs(d).test(text) || (!d.phrase && d.terms.some((t) => q.terms.includes(t) && !own.has(t)))));
}

/** The question in lower case, and whether it asks if a topic came up (read once per question: every fact's checks ask). */
export const lowered = latest((q: Question) => {
  const text = q.clean.toLowerCase();
  return { text, topic: TOPIC_ASK.test(text) };
});
const ownTerms = once((f: IndexedFact) => new Set([...f.keyTerms, ...f.statedTerms]));
const writtenAs = once((d: Denial) => new RegExp(`(?<![\\p{L}\\p{N}.])${escapeRegExp(d.text)}(?![\\p{L}\\p{N}]|\\.\\d)`, 'u'));

/** The words a topic question asks about, after its verb: "mention [climate change]", "call [Russia a long-term threat]". */
const TOPIC_WORDS = new RegExp(`${TOPIC_ASK.source}\\s+(?:it\\s+|them\\s+)?([^?,;!]+)`, 'i');
const TAG_WORDS = /\b(?:right|true|correct|really|yeah|yes|legit)\b/gi;

/**
 * Whether the fact states, in its own words, what a topic question asks about: "Did the declaration
 * mention climate change?" is not confirmed by "a rapidly changing security environment", though
 * "climate" and "environment" may mean the same elsewhere.
 */
function statesTopic(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const asked = TOPIC_WORDS.exec(q.clean)?.[1];
  if (!asked) return true;
  const own = new Set(v.contentStems(`${f.quote} ${f.answer}`));
  // (Names are checked as names: "revising Japan's security documents" of a fact about Japan.)
  return v.contentStems(asked.replace(TAG_WORDS, ' ')).every((s) => own.has(s) || v.phrases.get(s)?.kind === 'entity');
}

/** Most words of a claim a fact may leave unsaid and still confirm it: two (paraphrases, "talks" for "discussed"). */
const UNSAID_MAX = 2;

/**
 * The question's words the fact does not use, in its text or its keys: names, function words,
 * chatter ("is it true", "really", "got") and tags left aside. "Did Hegseth promise to send more
 * troops?" leaves "promise", "send" and "troops" unsaid by his welcome of Japan's commitment.
 */
function unsaid(q: Question, f: IndexedFact, v: Vocabulary): string[] {
  return words(q.clean.replace(TAG_WORDS, ' ')).flatMap((w) => w.split('-')).flatMap((w) => {
    const s = v.stem(w);
    const kind = v.phrases.get(s)?.kind;
    return v.stop.has(s) || kind === 'generic' || kind === 'entity' || /^\d|%/.test(s) || f.wordStems.has(root(s)) ? [] : [root(s)];
  });
}

/** A word written with a capital inside a sentence: a name ("a former prime minister of Latvia"). */
const CAPITALISED = /(?<=[\p{L}\p{N},"'“”)]\s+)\p{Lu}[\p{L}'’-]*/gu;

/**
 * Whether the claim names something, with a capital, that no article knows, or a country or place,
 * that the fact does not name: "Is Kubilius a former prime minister of Latvia?" (or "of Estonia")
 * is not confirmed by "of Lithuania". A name
 * is one claim of its own, not one of the words a paraphrase may leave unsaid.
 */
function nameUnsaid(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  // (Each capitalised part of a hyphenated word: "the Kishida-era documents", "the US-Japan alliance".)
  // (Not in a question asking for something it describes: "what slogan … something from the Reagan years".)
  if (EMBEDDED.test(q.clean)) return false;
  return [...q.clean.matchAll(CAPITALISED)].some((m) =>
    m[0].split(/[-–]/).filter((part) => /^\p{Lu}/u.test(part)).flatMap(words).some((w) => {
      const s = v.stem(w);
      // (A country or place the vocabulary knows must be one the fact names: "of Estonia" against "of Lithuania".)
      const where = v.terms(w).flatMap((t) => (t.startsWith('@') && ['country', 'place'].includes(v.entityKind.get(t.slice(1)) ?? '') ? [t.slice(1)] : []));
      // (A place may stand for its country: "Will Tokyo keep raising its budget?".)
      const named = (id: string) => f.about.includes(id) || f.countries.has(id) || f.clauses.some((c) => c.includes(id));
      if (where.length) return !where.some((id) => named(id) || named(v.countryOf.get(id) ?? id)) && !f.wordStems.has(root(s));
      return !v.stop.has(s) && !v.nameWords.has(w) && v.phrases.get(s)?.kind !== 'entity' && !f.wordStems.has(root(s));
    }),
  );
}

/** The claim's everyday words (the lexicon's generic ones, "plan", "take") the fact does not use. */
function genericUnsaid(q: Question, f: IndexedFact, v: Vocabulary): string[] {
  return words(q.clean.replace(TAG_WORDS, ' ')).flatMap((w) => {
    const s = v.stem(w);
    return !v.stop.has(s) && !AUX.has(w) && v.phrases.get(s)?.kind === 'generic' && !f.wordStems.has(root(s)) ? [root(s)] : [];
  });
}

/** The claim's words for one of several things of a kind (the lexicon's alternatives: "taxes" of funding sources) the fact does not write: "borrowing" is not "taxes". */
function alternativeUnsaid(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const ws = words(q.clean);
  return ws.some((w, i) => {
    const m = v.phrases.get(v.stem(w));
    return m?.kind === 'concept' && v.alternatives.has(m.id) && !f.wordStems.has(root(v.stem(w))) && !articleNames(f, v, ws[i - 1], w) && !articleNames(f, v, w, ws[i + 1]);
  });
}

/** Whether two words are a name the fact's article writes for one thing ("the debt brake" is no debt), not a word and its neighbour. */
function articleNames(f: IndexedFact, v: Vocabulary, a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || v.stop.has(v.stem(a)) || v.stop.has(v.stem(b))) return false;
  return writtenTogether(`${a} ${b}`).test(f.article.text);
}
/** Two words as written together, case aside (one pattern per pair: every candidate fact's verdict asks). */
const writtenTogether = recent((pair: string) => new RegExp(`\\b${escapeRegExp(pair)}\\b`, 'i'), 64);

/**
 * Whether the claim names, in two words its fact's article writes together, a thing the fact says
 * nothing of: "does the exemption also cover the intelligence services?" is not confirmed by the
 * fact on defence spending above 1% (the article names the intelligence services in another), nor
 * "could states use cohesion funds for defence?" by the loans instrument. A paraphrase may leave a
 * word or two unsaid, not a thing the article names.
 */
const titleStems = once((a: IndexedFact['article'], v: Vocabulary) => new Set(v.contentStems(a.title)));
function namedThingUnsaid(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const ws = words(q.clean.replace(TAG_WORDS, ' ')).flatMap((w) => w.split('-'));
  // (Not the article's own topic, which its title names and its facts take as said: "the debt brake", "ReArm Europe".)
  const topic = titleStems(f.article, v);
  const plain = (w: string) => {
    const s = v.stem(w);
    const kind = v.phrases.get(s)?.kind;
    return !v.stop.has(s) && !AUX.has(w) && !/^\d|%/.test(s) && kind !== 'generic' && kind !== 'entity' && !f.wordStems.has(root(s)) && !topic.has(root(s));
  };
  return ws.some((w, i) => i + 1 < ws.length && plain(w) && plain(ws[i + 1]!) && articleNames(f, v, w, ws[i + 1]));
}

/**
 * How many a claim says did something, or which one in order: "all"/"every" of something, "only"
 * someone, "first". A fact not saying so in its own words ("Of the EU's 27 member states, 23 are
 * also members of NATO" for "are all EU member states NATO members?") neither confirms nor denies
 * it. (Not "hey all", "had only just taken up his post": a greeting, a time.)
 */
const QUANTIFIED = [/\b(?:all|every)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:\d+\s+)?([\p{L}-]+)/iu, /\b(?:the only|only (?:the|a|an|one|\d+|\p{Lu}\p{L}*)|sole|solely|alone)\b/u, /\bfirst\b/i];
const STATED = [/\b(?:all|every|entire|whole|unanimous(?:ly)?)\b/i, /\b(?:only|sole|solely|alone|exclusively)\b/i, /\bfirst\b/i];
function quantifierUnsaid(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const claim = q.clean.replace(/\b(?:at first|first of all|all right)\b/gi, ' ');
  return QUANTIFIED.some((x, i) => {
    const m = x.exec(claim);
    return !!m && !(m[1] && v.stop.has(v.stem(m[1].toLowerCase()))) && !STATED[i]!.test(`${f.quote} ${f.answer}`);
  });
}

/** When in a course of events a claim puts something ("asked for €200 billion at first"): a fact not saying so neither confirms nor denies it. */
const PHASE = /\b(?:at first|initially|originally|at the outset|in the end|eventually|finally|at last)\b/gi;
const phaseUnsaid = (q: Question, f: IndexedFact) => (q.clean.match(PHASE) ?? []).some((p) => !f.answer.toLowerCase().includes(p.toLowerCase()));

/** A question asking for something it describes ("can you paste what Hegseth tweeted after the meeting?", "in what month and year …?"): its order and time words say which thing, not a claim. */
const EMBEDDED = /\b(?:what|which|who|whom|where)\b/i;

/** A span of time a claim gives ("took office the week before"): a Yes needs the fact to say it too. */
const TIME_UNIT = /\b(?:hours?|days?|weeks?|fortnights?|months?|years?|decades?)\b/gi;
const unitUnsaid = (q: Question, f: IndexedFact, v: Vocabulary) => !EMBEDDED.test(q.clean) && (q.clean.match(TIME_UNIT) ?? []).some((u) => !f.wordStems.has(root(v.stem(u))));

/** A claim that something has already happened ("heard the vote happened in the Bundesrat"). */
const HAPPENED = /\b(?:happen(?:ed|s)?|already|took place|(?:was|were) held)\b/i;
/** A fact of what is still to come, with nothing that has happened: "which is scheduled to vote on Friday". */
export const TO_COME = /\b(?:will|scheduled|due to|set to)\b/i;
const DONE = /\b(?:was|were|had|has|have|did)\b/i;
const notYet = (q: Question, f: IndexedFact) => HAPPENED.test(q.clean) && TO_COME.test(f.answer) && !DONE.test(f.answer);

/** "Was it Kishida who …?": asks who did it. */
const CLEFT = /^\W*(?:was|is|were) it\b/i;

/** Acts many people share ("Did Trump attend the dinner?", "… speak at the news conference?", "… post about it?"): someone else doing it does not rule the question's person out. */
const SHARED_ACT = /\b(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?|participat\w*|take part|took part|go(?:es)? to|went to|been to|be at|there|(?:travel\w*|fl(?:y|ew|own)|c[ao]me|head(?:ed)?) to|visit\w*|(?:speak|spoke|spoken|speaking|talk|talked|appear|appeared) (?:at|to|during|before)|post(?:s|ed|ing)?|tweet\w*)\b/i;

/**
 * Whether the fact does not state the claim's act ("chair"): not in its own words (a regular or
 * irregular form: "met" for "meet"), nor as the act of someone it names doing it ("Koizumi met
 * Hegseth" for "sat down with"). A light verb ("give the speech") says too little to check.
 */
function actUnsaid(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const act = claimAct(q.clean, v);
  const word = claimActWord(q.clean, v);
  if (!act || !word || lightVerb(word)) return false;
  const base = (s: string) => root(v.stem(IRREGULAR[s] ?? s));
  const acts = new Set(f.agents.flatMap((a) => a.act));
  return ![...f.wordStems].some((s) => s === act || base(s) === base(act)) && !q.terms.some((t) => !t.startsWith('@') && acts.has(t));
}

/** The fact states a change of amount in its own words (its text, not the curators' keys): the lexicon's concept of one ("step up", "more"). */
const statesChange = (f: IndexedFact) => f.textTerms.some((t) => t === 'increase' || t === 'decrease');

/**
 * Whether a fact saying what someone did not do states the claim's act only of something else: the
 * act's concept is one of the words the fact writes without a negation, never one it negates ("did
 * Zelensky meet Rutte at the summit?" against "did not take part in the formal session of the
 * summit", whose summit is a meeting). An act the fact does not state at all ("sit in on") or a
 * saying ("said he asked …") is left to the rest of the claim.
 */
function actStatedElsewhere(q: Question, f: IndexedFact, v: Vocabulary): boolean {
  const act = claimAct(q.clean, v);
  if (!act) return false;
  const concepts = Object.entries(q.sources).flatMap(([t, from]) => (from.some((s) => root(s) === act) ? [t] : []));
  const negated = negatedTerms(f, v);
  return concepts.length > 0 && !concepts.some((t) => SPEECH.has(t) || negated.terms.has(t) || negated.stems.has(t)) && concepts.some((t) => negated.plain.has(t));
}

/** The lead when the fact neither confirms nor denies what a yes/no question claims. */
export const NOT_SAID = "The article doesn't say so. It says: ";

/**
 * The lead of an answer: "Yes." or "No." for a yes/no question, a correction for a false premise
 * ("Why did Hegseth demand 5%?"), nothing otherwise. `wrongPerson`: the fact has someone else
 * doing what the question says, which neither confirms nor denies it; so does a fact that does
 * not state every person, place and figure of the question.
 */
export function verdict(q: Question, f: IndexedFact, v: Vocabulary, wrongPerson = false): string {
  const conflict = figureConflict(q, f, v) || dateConflict(q, f);
  if (q.yesno) {
    // Someone else doing an act many share says nothing of the question's person, whatever the fact
    // denies of theirs ("Did Trump post on Truth Social?" of Hegseth's post on X).
    const other = wrongPerson || doneByOther(q, f, v);
    // (Words it quotes are someone's own: "did Koizumi write the 'Peace through Strength' post?".)
    const shared = SHARED_ACT.test(q.clean) && !CLEFT.test(q.clean) && !q.claims.quotes.length;
    if (other && shared) return NOT_SAID;
    // A date of another clause's event is neither confirmed nor denied; a claim that what is still to come has happened is denied.
    if (datedElsewhere(q.claims, f, v) || phaseUnsaid(q, f)) return NOT_SAID;
    // A percentage the fact's words give, said there of something else ("did Sánchez oppose the 5% target?" of "wrote that reaching 5% would be unreasonable"), is neither confirmed nor denied.
    // (Not where the claim's words are those of another of the fact's percentages: "did Sánchez say Spain would spend 5%?" of "spending about 2.1%".)
    // (Backing a percentage the fact's words turn down is denied: "did Sánchez back the 5% target?" of "reaching 5% would be unreasonable".)
    if (conflict && !dateConflict(q, f) && !figureConflict(q, f, v, true) && !nearOtherPercent(q, f, v)) return stanceClash(q, f, v) ? 'No. ' : NOT_SAID;
    // A denied act the claim says was refused ("did the court refuse to stop the vote?" of a fact denying the vote was stopped) is not denied.
    if (refusedAct(q.clean) && contradicted(q, f) && !conflict) return NOT_SAID;
    // A word the fact denies is denied of the fact's own people: "Did China criticise the declaration?"
    // names someone the fact does not, so Hegseth's not criticising says nothing of China; nor does
    // the other side said in the fact: "did the CSU vote against the package?" of "513 votes in favour".
    if (contradicted(q, f) && !namesDenied(q, f) && nameUnsaid(q, f, v) && !conflict) return NOT_SAID;
    if (opposed(q.claims.directions, f.directions) && (nameUnsaid(q, f, v) || subjectUnnamed(q.clean, v, f)) && !conflict) return NOT_SAID;
    // A word the fact states with a negating prefix ("deactivating" of "activating"): denied where its neighbours are the fact's, else not said.
    const negatedWord = prefixNegated(q.clean, f, v);
    // A claim negating its own act ("is it true that Koizumi did not meet Hegseth?"): see below.
    const polarity = claimPolarity(q, f, v);
    if (conflict || negatedWord === 'deny' || tallyConflict(q.clean, f) || ratioConflict(q.claims, f) || notYet(q, f) || shareConflict(q.claims, f) || otherShare(q, v, f) || otherRecipient(q.clean, v, f) || contradicted(q, f) || countConflict(q.claims, f) || opposed(q.claims.directions, f.directions) || misordered(q.claims.directions, f.directions) || reversed(claimFlows(q, v), factFlows(f, v)) || negatedInFact(q, f, v)) return 'No. ';
    // A fact saying someone did not do something denies it of them or their country, named first
    // ("Did Hegseth request an amount?", "Did the US demand 5%?"), not of others ("Did NATO agree
    // to let Ukraine join?" of Zelensky's absence).
    const first = q.terms.find((t) => t.startsWith('@'));
    // (Not a refusal it does not state: "did Zelensky refuse to take part?" of "did not take part".)
    // (A negative claim the fact's own negation states, "is it right that Hegseth did not request an amount?", is checked as any claim is.)
    if (!f.yes && polarity === 'denies') return NOT_SAID;
    // (Only of the act the fact negates: "did Zelensky meet Rutte at the summit?" is not denied by "did not take part in the formal session".)
    if (!f.yes && !polarity) return f.subject.some((id) => first === `@${id}`) && !refusalUnsaid(q.clean, `${f.quote} ${f.answer}`, sameWord(v)) && !actStatedElsewhere(q, f, v) ? 'No. ' : NOT_SAID;
    // Someone else doing it answers "No" to a question about one person or who did it ("Were the papers approved
    // by Takaichi's government?", "Was it Kishida who met Hegseth?"); otherwise, between several
    // people, or for an act many share, it says nothing ("Did Kishida meet Hegseth?", "Did Trump attend the dinner?").
    // Someone else merely named in a fact that does not state the claim's act says nothing of who did it:
    // "Will Kallas chair the emergency summit?" of "At the emergency summit, EU leaders will discuss …".
    if (wrongPerson && !doneByOther(q, f, v) && actUnsaid(q, f, v)) return NOT_SAID;
    if (other) return polarity ? NOT_SAID : q.named.length + q.titled.length > 1 && !CLEFT.test(q.clean) ? NOT_SAID : 'No. ';
    // (Only a question about a topic coming up gets here with a denied name: neither confirmed nor denied.)
    // (A claim naming only people, places and organisations says what of them in everyday words: "is
    // Orbán planning to take Hungary out of the EU?" needs the fact to use them. A request to the
    // bot, "could you tell me …", claims nothing.)
    if (q.terms.every((t) => t.startsWith('@')) && !/\byou\b/i.test(q.clean) && genericUnsaid(q, f, v).length) return NOT_SAID;
    const stated = supports(q.claims, f, q.comparison) && !(unordered(q.claims.directions, f.directions) && !EMBEDDED.test(q.clean)) && !misdirected(q.claims.directions, f.directions, statesChange(f), (s) => v.phrases.get(s)?.kind === 'entity') && !sideUnsaid(q.claims.directions, f.directions, f.answer) && !actedElsewhere(q.clean, v, f, true) && !wordsElsewhere(q.clean, v, f) && !agentElsewhere(q.clean, v, f) && !subjectUnnamed(q.clean, v, f) && !subjectUnsaid(q.clean, v, f) && !unitUnsaid(q, f, v) && !namesDenied(q, f) && statesTopic(q, f, v) && unsaid(q, f, v).length <= UNSAID_MAX && !namedThingUnsaid(q, f, v) && !nameUnsaid(q, f, v) && !alternativeUnsaid(q, f, v) && !placedElsewhere(q.clean, v, f) && !townUnsaid(q.clean, v, f);
    if (!stated || negatedWord || otherModifier(q.clean, f, v) || otherTime(q.clean, f) || onlyHedged(q.clean, claimAct(q.clean, v), f, v) || onlyThreatened(q.clean, f, v) || purposeUnsaid(q, f, v) || purposesUnsaid(q.clean, f, v) || reasonUnsaid(q.clean.replace(TAG_WORDS, ' '), f, v) || countedUnsaid(q.clean, f, v) || quantifierUnsaid(q, f, v)) return NOT_SAID;
    // (A negative claim: confirmed where the fact negates it too, denied where the fact states the act.)
    if (polarity && !(polarity === 'agrees' || (polarity === 'unsaid' && !f.yes))) return polarity === 'denies' ? 'No. ' : NOT_SAID;
    if (!framingUnsaid(q.clean, `${f.quote} ${f.answer}`, sameWord(v))) return 'Yes. ';
    // Refused what the fact says they did ("did Zelensky refuse to attend the dinner?" of "attended a dinner"): No; forced or ordered to: not said.
    const refused = refusedAct(q.clean);
    return refused && f.wordStems.has(root(v.stem(refused))) ? 'No. ' : NOT_SAID;
  }
  // A question asking who or what did not do something is answered by a fact saying so, as it is, and
  // not by one saying only what was done ("who wasn't at the dinner?" of Zelensky attending it).
  const negated = asksNot(q);
  if (negated && !saysNot(f)) return NOT_SAID;
  if ((!f.yes && !negated) || (challenges(q) && contradicted(q, f))) return 'Actually, no: ';
  // A reason asked for a direction the fact says only of something else ("why did Britain cut defence spending?" of cutting aid to fund the increase) takes a premise it does not state.
  if (q.kind === 'why' && misdirected(askedDirections(q, v), f.directions)) return NOT_SAID;
  // (A tally, "441 votes to 2", says both sides.)
  if (q.kind === 'howmany' && stanceUnsaid(askedDirections(q, v), f.directions) && !talliesOf(`${f.quote} ${f.answer}`).length) return NOT_SAID;
  // A question whose act the fact says only of others ("why did the FDP block the changes?" of the AfD and the Left Party blocking them) takes a premise the fact does not state.
  // (A question asking who did it has no subject of its own: what it names after the act is its
  // object, "who told the House of Commons the recommendations were accepted?".)
  if (!SUBJECT_ASK.test(q.clean) && actedElsewhere(q.clean, v, f)) return NOT_SAID;
  if (conflict) return 'Not quite: the article says otherwise. ';
  // A reason asked for a figure the fact does not give ("why did 600 lawmakers vote for it?") takes a premise it does not state.
  if (q.kind === 'why' && [...figuresOf(q.clean)].some((x) => !f.figures.has(x))) return NOT_SAID;
  return '';
}
