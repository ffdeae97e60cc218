// What a yes/no question claims, checked against what a fact states. A "Yes" needs every claim
// supported: the people, places and organisations the question puts together appear together in one clause of
// the fact, and every figure, day and weekday it names is one the fact gives. "Did Hegseth meet
// Takaichi?" is not supported by "Koizumi and Hegseth met on Wednesday, a day after talks between
// Takaichi and Trump": the two names are in different clauses.
import { isCurrencyWord } from './currency.ts';
import type { IndexedFact } from './facts.ts';
import type { Ranked } from './match.ts';
import { directionClauses } from './direction.ts';
import { percentsOf } from './percents.ts';
import { BE_AUX, DO_AUX, escapeRegExp, extractNumbers, figureWords, MONTHS, NUMBER_WORDS, SCALE, WEEKDAYS, words } from './text.ts';
import { once, recent } from './once.ts';
import { matchAt, peopleIn, root, type Vocabulary } from './vocabulary.ts';
import { mostlyVerb, namesPlace, namesTown } from './wordnet.ts';

/** Where a sentence moves on to another event: ", a day after talks between …", ", which …". */
const CLAUSE_BREAK = /(?<!\b[A-Z])[.;!?](?:\s+|$)|,\s+(?=(?:[\w'-]+\s+){0,3}?(?:after|before|while|which|who|whose|when|during|marking|whereas|since)\b)/;
/** Where a question moves on to another event: "Did Takaichi meet Trump before Koizumi met Hegseth?". */
const QUESTION_BREAK = /\b(?:before|after|when|while|than|prior to|following|since|whereas|but|and then)\b|[;,]/i;

const UNITS_OF_TIME = '(hours?|days?|weeks?|months?|years?)';
/** Fractions' denominators ("two-thirds" → 2/3). */
const FRACTION_WORDS: Record<string, string> = { half: '2', halves: '2', third: '3', thirds: '3', quarter: '4', quarters: '4', fifth: '5', fifths: '5' };
/** "two and a half hours" → "2.5 hours", "an hour and a half" → "1.5 hours": one figure, not two. */
function halves(text: string): string {
  const count = (w: string) => (/^an?$/i.test(w) ? '1' : /^\d+$/.test(w) ? w : NUMBER_WORDS[w.toLowerCase()]);
  const half = (m: string, w: string, unit: string) => (count(w) ? `${count(w)}.5 ${unit}` : m);
  return text.replace(AND_A_HALF_AFTER, half).replace(AND_A_HALF_BEFORE, half);
}
/** "two hours and a half", "two and a half hours": a count, its unit of time (and a half). */
const AND_A_HALF_AFTER = new RegExp(`\\b(\\w+) ${UNITS_OF_TIME} and a half\\b`, 'gi');
const AND_A_HALF_BEFORE = new RegExp(`\\b(\\w+) and a half ${UNITS_OF_TIME}`, 'gi');

/** A number joined to the word after it, not a fraction: "six-part plan", "12-year" (two-thirds is one figure). */
const COMPOUND = new RegExp(`\\b(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})-(?!(?:${Object.keys(FRACTION_WORDS).join('|')})\\b)(?=\\p{L})`, 'giu');
/** A text as its figures are read: "two and a half hours" one figure, "a six-part plan" six parts. */
const figureText = (text: string) => halves(text).replace(COMPOUND, '$1 ');

/** Words after which a number word is a figure ("two years", "three percent"), not a count of people ("the two sides"). */
const UNIT = /^(?:percent|%|per|years?|months?|weeks?|days?|thousand|million|billion|trillion|documents?|papers?)$/;

/** Times of day are claims as weekdays are: "Was the vote held in the evening?". */
const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'midnight', 'noon', 'midday', 'dawn']);

/** Words before which a number word counts known things, not a claim ("the two sides", "all three papers"). */
const DETERMINER = /^(?:the|these|those|its|their|his|her|our|all|both|of)$/;

/** Words that say a multiple ("twice", "doubled", "tripling", "halved"). */
const MULTIPLES: [RegExp, string][] = [
  [/^(?:twice|doubl(?:e|ed|es|ing))$/, '2'],
  [/^(?:thrice|(?:tripl|trebl)(?:e|ed|es|ing))$/, '3'],
  [/^quadrupl(?:e|ed|es|ing)$/, '4'],
  [/^halv(?:e|ed|es|ing)$/, '0.5'],
];

/** Words between "N times" and what it is a multiple of: "ten times **more** lethal", "three times **as** many". */
const MULTIPLE_FILLERS = new Set(['more', 'less', 'as', 'over']);

/** "two-thirds" → "2/3", "a-quarter" → "1/4"; anything else undefined (a figure adds the word after it: "2/3 majority"). */
function fractionOf(w: string): string | undefined {
  const [n, d] = w.split('-');
  const count = n === 'a' || n === 'one' ? '1' : NUMBER_WORDS[n ?? ''];
  return count && d && FRACTION_WORDS[d] ? `${count}/${FRACTION_WORDS[d]}` : undefined;
}

/** Whether the fact gives a figure: a fraction said of any word ("the two-thirds threshold" is its "two-thirds majority"). */
const gives = (f: Pick<IndexedFact, 'figures'>, x: string) => f.figures.has(x) || (x.includes('/') && [...f.figures].some((y) => y.split(' ')[0] === x.split(' ')[0]));

/** Whether the question claims a multiple ("twice as much") or fraction ("a three-quarters majority") where the fact states another one only ("three times", "two-thirds"). */
export function ratioConflict(claims: Pick<Claims, 'figures'>, f: Pick<IndexedFact, 'figures'>): boolean {
  const kind = (x: string) => (x.startsWith('x') ? 'x' : x.includes('/') ? x.replace(/^\S+/, '/') : '');
  return [...claims.figures].some((x) => {
    const told = [...f.figures].filter((y) => kind(y) === kind(x));
    return kind(x) !== '' && told.length > 0 && !told.includes(x);
  });
}

/**
 * The figures a text names: numbers in digits ("50k" read as 50000), number words that count
 * something ("ten paragraphs", "two years") unless a determiner makes them known ("the two
 * sides"), and weekdays. `all` also takes number words after a determiner (a fact's own text).
 */
export function figuresOf(text: string, all = false): Set<string> {
  const out = new Set<string>();
  const ws = figureWords(figureText(text));
  ws.forEach((w, i) => {
    // A multiple is a figure of its own ("twice as much", "double its budget", "three times"): "x2", not 2.
    const times = MULTIPLES.find(([re]) => re.test(w))?.[1] ?? (ws[i + 1] === 'times' ? (/^\d+(?:\.\d+)?$/.test(w) ? String(Number(w)) : NUMBER_WORDS[w]) : undefined);
    // A fraction too ("two-thirds", "three quarters"): "2/3", not 2.
    // (With the word after it: a two-thirds majority is not "a third of lawmakers".)
    const fraction = fractionOf(w) ? `${fractionOf(w)} ${ws[i + 1]}` : fractionOf(`${w}-${ws[i + 1]}`) && `${fractionOf(`${w}-${ws[i + 1]}`)} ${ws[i + 2]}`;
    if (fraction && !times) {
      out.add(fraction);
      return;
    }
    if (fractionOf(`${ws[i - 1]}-${w}`)) return;
    if (times) {
      out.add(`x${times}`);
      // ("ten times more lethal" is not "ten times bigger": what it is a multiple of goes with it.)
      const measure = ws.slice(i + 2).find((x) => !MULTIPLE_FILLERS.has(x));
      if (ws[i + 1] === 'times' && measure && /^[a-z]+$/.test(measure)) out.add(`x${times} ${measure}`);
    }
    else if (/^\d+(?:\.\d+)?$/.test(w)) out.add(String(Number(w)));
    else if (/^\d+(?:st|nd|rd|th)$/.test(w)) out.add(String(parseInt(w, 10)));
    else if (NUMBER_WORDS[w] && (all || UNIT.test(ws[i + 1] ?? '') || (i + 1 < ws.length && !DETERMINER.test(ws[i - 1] ?? '')))) out.add(NUMBER_WORDS[w]);
    else if (WEEKDAYS.includes(w) || TIMES_OF_DAY.has(w)) out.add(w);
  });
  return out;
}

/** A fact's curated answer without what the curators added in brackets ("(March 4, 2025)", "($840 billion)"). */
const withoutBrackets = (answer: string) => answer.replace(/\([^)]*\)/g, ' ');

/**
 * A fact's figures: the numbers of its quote and answer (not the curators' additions in brackets or
 * notes), its typed values, and each date's year and month, with its day and weekday where the
 * article's words for the date give them ("Wednesday" is not a claim of 29 October).
 */
export function factFigures(f: Pick<IndexedFact, 'values' | 'answer' | 'quote'>): Set<string> {
  const out = figuresOf([withoutBrackets(f.answer), f.quote].join(' '), true);
  for (const x of f.values) {
    if (x.kind !== 'date') {
      out.add(String(x.value));
      continue;
    }
    const [year, , day] = x.value.split('-');
    // (Not its month's number: March is not a count of three, "a three-part plan".)
    out.add(String(Number(year)));
    const said = figuresOf(x.label, true);
    for (const d of day ? [String(Number(day)), WEEKDAYS[new Date(`${x.value}T12:00:00Z`).getUTCDay()]!] : []) if (said.has(d)) out.add(d);
  }
  return out;
}

/**
 * The people and places of each clause of a fact's curated answer. A clause that starts with a
 * pronoun ("It was the first meeting …"), and an answer naming nobody, stand for the people the
 * fact is about; places the fact is about join its main clause.
 */
export function factClauses(f: Pick<IndexedFact, 'answer' | 'about'>, v: Vocabulary): string[][] {
  const named = (text: string) => v.terms(text).flatMap((t) => (t.startsWith('@') && isClaimed(v, t.slice(1)) ? [t.slice(1)] : []));
  // Organisations count only where a clause names them ("the AfD and the Left Party hold enough seats").
  const about = f.about.filter((id) => isClaimed(v, id) && v.entityKind.get(id) !== 'organisation');
  const clauses = clausesOf(f.answer);
  const nobody = !named(f.answer).some((id) => v.entityKind.get(id) === 'person');
  return clauses.map((c, i) => {
    const implied = nobody || /^\W*(?:it|they|their|this|these|he|she|his|her)\b/i.test(c) ? about : i === 0 ? about.filter((id) => v.entityKind.get(id) === 'place') : [];
    return [...new Set([...named(c), ...implied])];
  });
}

/** The clauses of a fact's curated answer. */
const clausesOf = (answer: string) => answer.split(CLAUSE_BREAK).filter((c) => c.trim());

/** Whether a text gives a date, a month, a year or a weekday. */
function givesDate(text: string): boolean {
  const n = extractNumbers(text);
  return n.days.length + n.weekdays.length + n.months.length + n.calendarYears.length > 0;
}

/** Whether each clause of a fact's answer (as factClauses splits it) gives a date, a month, a year or a weekday. */
export const clausesDated = (f: Pick<IndexedFact, 'answer'>): boolean[] => clausesOf(f.answer).map(givesDate);

/**
 * Whether the people a dated yes/no question puts together are, in the fact, in a clause that gives
 * no date while another clause does: "Did Takaichi and Trump meet on Wednesday?" of "Koizumi and
 * Hegseth met on Wednesday, a day after talks between Takaichi and Trump". The date is another
 * event's, neither confirming nor denying theirs.
 */
export function datedElsewhere(claims: Pick<Claims, 'groups' | 'dated'>, f: Pick<IndexedFact, 'clauses' | 'clausesDated'>, v: Vocabulary): boolean {
  if (!claims.dated || !f.clausesDated.some(Boolean)) return false;
  return claims.groups.some((g) => {
    const people = g.filter((id) => v.entityKind.get(id) === 'person');
    const holding = f.clauses.flatMap((c, i) => (people.length && people.every((id) => c.includes(id)) ? [i] : []));
    return holding.length > 0 && holding.every((i) => !f.clausesDated[i]);
  });
}

/** Past forms whose stem is not the verb's: "led" for "lead". */
export const IRREGULAR: Record<string, string> = { led: 'lead', held: 'hold', met: 'meet', made: 'make', won: 'win', wrote: 'write', written: 'write', said: 'say', told: 'tell', brought: 'bring', built: 'build', chosen: 'choose', chose: 'choose', given: 'give', gave: 'give', taken: 'take', took: 'take', run: 'run', ran: 'run', sent: 'send', signed: 'sign', sat: 'sit', spoke: 'speak', spoken: 'speak', stood: 'stand', began: 'begin', begun: 'begin', sought: 'seek', fought: 'fight', bought: 'buy', paid: 'pay', kept: 'keep', left: 'leave', lost: 'lose', went: 'go', gone: 'go', came: 'come', became: 'become', saw: 'see', seen: 'see', knew: 'know', known: 'know', thought: 'think', heard: 'hear', found: 'find', broke: 'break', broken: 'break', drew: 'draw', drawn: 'draw', grew: 'grow', grown: 'grow', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', flew: 'fly', flown: 'fly', spent: 'spend', lent: 'lend', meant: 'mean', drove: 'drive', driven: 'drive', struck: 'strike', threw: 'throw', thrown: 'throw' };

/**
 * Who a fact says did what, by name, in the passive: "The review was led by George Robertson,
 * working with …" → the terms of "lead" and Robertson.
 */
export function factAgents(f: Pick<IndexedFact, 'answer'>, v: Vocabulary): { act: string[]; people: string[] }[] {
  return [...actsWith(f.answer, v, 'by'), ...actorsOf(f.answer, v)].map(({ verb, people }) => ({ act: v.terms(verb), people }));
}

/** Names and the verb right after them, an auxiliary aside: "Trump ordered the pause", "Donald Trump had ordered a pause", "Koizumi and Hegseth discussed"; not the last of several ("he and Hegseth shared"). */
const ACTOR = /(?<!\band\s|,\s)((?:\p{Lu}[\p{L}'’-]*,?\s)(?:(?:\p{Lu}[\p{L}'’-]*,?|and)\s){0,7})(?:(?:had|has|have)\s)?([a-z]+ed)\b/gu;

/** Who a fact says did what in the active, by name, with a regular past verb: "Trump ordered the pause" → order: trump. */
function actorsOf(text: string, v: Vocabulary): { verb: string; people: string[] }[] {
  return [...text.matchAll(ACTOR)].flatMap((m) => {
    const people = peopleIn(v, v.terms(m[1]!));
    return people.length && !v.stop.has(v.stem(m[2]!)) ? [{ verb: m[2]!, people }] : [];
  });
}

/**
 * The people named right after a verb and a preposition ("wrote to Rutte", "led by George
 * Robertson"), with the verb (its base form where the past is irregular). Names in a fact's text
 * are capitalised; a question's may not be (`anyCase`).
 */
function actsWith(text: string, v: Vocabulary, preposition: string, anyCase = false): { verb: string; people: string[] }[] {
  const name = anyCase ? "[\\p{L}'-]+(?:\\s[\\p{L}'-]+){0,2}" : "(?:\\p{Lu}[\\p{L}'-]*\\s?){1,4}";
  // (A title in lower case may stand before the name: "negotiated by conservative leader Friedrich Merz".)
  return [...text.matchAll(new RegExp(`\\b([a-z]+) ${preposition} (?:[a-z]+ ){0,2}?(${name})`, anyCase ? 'giu' : 'gu'))].flatMap((m) => {
    const people = peopleIn(v, v.terms(m[2]!));
    const verb = m[1]!.toLowerCase();
    return people.length ? [{ verb: IRREGULAR[verb] ?? verb, people }] : [];
  });
}

/** Whom a fact says someone wrote, spoke or sent something to, by verb stem ("wrote to Rutte" → write: rutte). */
export function factRecipients(f: Pick<IndexedFact, 'answer'>, v: Vocabulary): { act: string; people: string[] }[] {
  return actsWith(f.answer, v, 'to').map(({ verb, people }) => ({ act: v.stem(verb), people }));
}

/** Whether the question has someone doing to one person what the fact has done to another: "Did Sánchez write to Trump?" of "wrote to Rutte". */
export function otherRecipient(clean: string, v: Vocabulary, f: Pick<IndexedFact, 'recipients'>): boolean {
  return actsWith(clean, v, 'to', true).some(({ verb, people }) => f.recipients.some((r) => r.act === v.stem(verb) && !people.some((p) => r.people.includes(p))));
}

/** Whether the fact has someone else, by name, doing what the question's one person is asked about ("Did Barrons lead the review?"). */
export function doneByOther(q: { terms: string[]; named: string[]; titled: string[] }, f: Pick<IndexedFact, 'agents'>, v: Vocabulary): boolean {
  const people = [...q.named, ...q.titled];
  // (An irregular past is its verb: "Was the review led by Barrons?" asks who did "lead".)
  const acts = new Set(q.terms.flatMap((t) => (IRREGULAR[t] ? [t, ...v.terms(IRREGULAR[t]!)] : [t])));
  return people.length === 1 && f.agents.some((a) => a.act.some((t) => acts.has(t)) && !a.people.includes(people[0]!));
}

const isClaimed = (v: Vocabulary, id: string) => ['person', 'place', 'organisation'].includes(v.entityKind.get(id) ?? '');

/**
 * The people and places a question puts together, clause by clause. Only people it names (by
 * name, or by a title it does not give someone named) count: in "Was Kishida the prime minister
 * then?" the title is Kishida's.
 */
export function questionGroups(clean: string, v: Vocabulary, people: string[]): string[][] {
  const claimed = (id: string) => (v.entityKind.get(id) === 'person' ? people.includes(id) : isClaimed(v, id));
  return clean
    .replace(/(\p{L})[-–](?=\p{L})/gu, '$1 ') // "the Koizumi-Hegseth meeting"
    .split(QUESTION_BREAK)
    .map((part) => [...new Set(v.terms(part).flatMap((t) => (t.startsWith('@') && claimed(t.slice(1)) ? [t.slice(1)] : [])))])
    .filter((g) => g.length > 0);
}

/** A number and the content stems of what it measures: "489 votes in favour" → 489: vote, favour. */
export interface Measure {
  n: number;
  of: string[];
  /** The words just before it, as written ("passed with"); none for a typed value. */
  by: string[];
  /** Said to be for or on something ("€100 billion for defence"): a sum of the same size for something else does not support it. */
  purpose?: boolean;
  /** The words and concepts of what it is said to be for, wherever in the words after it ("€500 billion fund for infrastructure" → infrastructure). */
  for?: string[];
  /** The words and concepts of what it measures ("infrastructure fund" → infrastructure, fund). */
  kinds?: string[];
  /** A sum of money (a scale or currency after it, or typed as money): never the same measure as a count ("a five-part plan" is not the €800 billion plan). */
  sum?: boolean;
}

/** A thing and the word saying a sum is its size, right before the sum: "the fund (is) worth", "a plan totalling". */
const SIZE_BEFORE = /((?:[a-z]+ ){1,3}?)(?:is |was |be )?(?:worth|valued at|totall?ing|amounting to|of size)(?: about| around| some| roughly| up to)?$/;
const SIZE_WORDS = 6;
/** Words a measure's thing is read from: up to four after the number, its scale and currency, and two before. */
const MEASURE_WORDS = 4;
const BEFORE_WORDS = 2;
const PURPOSE = /^(?:for|on|to|into|towards?)$/;
/** A number's "of" and a determiner after it: a part of something ("€100 billion of the fund"), not a kind ("£1.5 billion of additional funding"). */
const PART_OF = /^(?:of|out) (?:the|its|their|this|that|these|those|his|her|our|of)$/;
/** A fact may say what a sum is for further on ("€150 billion in loans to member states for defence"). */
const FACT_FOR_WORDS = 8;

/** A text's content words (stems) and the concepts they mean, names aside. */
const wordsAndConcepts = (text: string, v: Vocabulary) => [...new Set([...v.contentStems(text), ...v.terms(text).filter((t) => !t.startsWith('@'))])];

/** What the words after a number say it is for: the concepts after "for"/"to"/"on" up to the next number ("fund for infrastructure", "going to the federal states"). */
function purposeOf(after: string[], v: Vocabulary): string[] {
  const at = after.findIndex((w) => PURPOSE.test(w));
  if (at < 0) return [];
  const rest = after.slice(at + 1);
  const next = rest.findIndex((x) => /^\d/.test(x));
  return wordsAndConcepts((next >= 0 ? rest.slice(0, next) : rest).join(' '), v);
}

/**
 * The numbers of a text with what each measures: the content words after the number ("seven
 * Astute-class boats", "€100 billion for climate protection"), scale and currency skipped. Years
 * and percentages are not measures (dates and shares have their own checks).
 */
export function measuresOf(text: string, v: Vocabulary, forWords = MEASURE_WORDS): Measure[] {
  const ws = figureWords(figureText(text));
  return ws.flatMap((w, i) => {
    // (Years and the day of a date, "March 18", are dates, not measures.)
    const digits = /^\d+(?:\.\d+)?$/.test(w) && !/^(?:19|20)\d\d$/.test(w) && !MONTHS.includes(ws[i - 1] ?? '') && !MONTHS.includes(ws[i + 1] ?? '');
    // (Nor is a fraction: "two thirds".)
    if ((!digits && !(NUMBER_WORDS[w] && !SCALE[w] && !/^\d/.test(ws[i - 1] ?? ''))) || fractionOf(`${w}-${ws[i + 1]}`)) return [];
    let n = digits ? Number(w) : Number(NUMBER_WORDS[w]);
    let j = i + 1;
    for (; SCALE[ws[j] ?? '']; j++) n *= SCALE[ws[j]!]!;
    const scaled = j > i + 1;
    while (isCurrencyWord(ws[j] ?? '')) j++;
    if (ws[j] === 'percent' || ws[j] === '%') return [];
    // (What it is taken from is not what it measures: "€100 billion from the infrastructure fund" is a part of the fund, not the
    // fund; nor is what it is a part of, whose use comes after it: "€100 billion of the infrastructure fund go to the states".)
    const use = PART_OF.test(`${ws[j]} ${ws[j + 1]}`) ? ws.slice(j, j + FACT_FOR_WORDS).findIndex((x) => PURPOSE.test(x)) : 0;
    const k = use < 0 ? ws.length : j + use;
    const from = ws.indexOf('from', k);
    const after = ws.slice(k, from >= k ? Math.min(from, k + MEASURE_WORDS) : k + MEASURE_WORDS);
    const next = after.findIndex((x) => /^\d/.test(x));
    // (Nothing after it, what it is the size of comes before: "the infrastructure fund worth €100 billion".)
    const size = SIZE_BEFORE.exec(ws.slice(Math.max(0, i - SIZE_WORDS), i).join(' '));
    const of = v.contentStems((next >= 0 ? after.slice(0, next) : after).join(' ')).concat(size && !v.contentStems(after.join(' ')).length ? v.contentStems(size[1]!) : []);
    // The verb before it says what it measures too: "passed with 489 votes".
    const by = v.contentStems(ws.slice(Math.max(0, i - BEFORE_WORDS), i).filter((x) => !/^\d/.test(x)).join(' '));
    const thing = (next >= 0 ? after.slice(0, next) : after).join(' ');
    return of.length ? [{ n, of, by, purpose: PURPOSE.test(after[0] ?? ''), for: purposeOf(ws.slice(k, k + forWords), v), kinds: wordsAndConcepts(thing, v), sum: j > i + 1 && (scaled || isCurrencyWord(ws[j - 1]!)) }] : [];
  });
}

/** A fact's measures: its typed counts and sums of money with what they count or pay for, and the numbers of its answer. */
export function factMeasures(f: Pick<IndexedFact, 'values' | 'answer'>, v: Vocabulary): Measure[] {
  const typed = f.values.flatMap((x) => (x.kind === 'count' ? [{ n: x.value, of: v.contentStems(x.unit), by: [], kinds: wordsAndConcepts(x.unit, v) }] : x.kind === 'money' && x.of ? [{ n: x.value, of: v.contentStems(x.of), by: [], kinds: wordsAndConcepts(x.of, v), sum: true }] : []));
  // (Not the curators' additions in brackets, "€800 billion ($840 billion) for European defence": the sum is for defence; the dollars are typed.)
  return [...typed.filter((m) => m.of.length), ...measuresOf(withoutBrackets(f.answer), v, FACT_FOR_WORDS)];
}

/**
 * Whether a sum the question says is for something is, in the fact, for something else: the fact
 * says what it is for, or describes it with words the question's does not use ("the €500 billion
 * infrastructure fund" for "the €500 billion fund for defence"), and none of those is what the
 * question says.
 */
export function forElse(asked: Measure, told: Measure): boolean {
  const said = new Set([...(told.for ?? []), ...(told.kinds ?? [])]);
  if (asked.for!.some((t) => said.has(t))) return false;
  const own = new Set(asked.kinds ?? []);
  return (told.for?.length ?? 0) > 0 || (told.kinds ?? []).some((t) => !own.has(t));
}

/**
 * Whether the question gives a number for something the fact measures with another number: what
 * the question's number measures is nearest, by shared words, to measures of the fact with other
 * numbers only ("489 votes in favour" against "513 votes in favour … 489 votes required"; "eight
 * Astute-class boats" against seven), or says what a sum is for when the fact has that sum for
 * something else only.
 */
export function countConflict(claims: Pick<Claims, 'measures'>, f: Pick<IndexedFact, 'measures'>): boolean {
  return claims.measures.some((m) => {
    const measures = f.measures.filter((x) => !!x.sum === !!m.sum);
    const things = measures.map((x) => x.of.filter((s) => m.of.includes(s)).length);
    const shared = measures.map((x, i) => things[i]! + x.by.filter((s) => m.by.includes(s)).length);
    const most = Math.max(0, ...things);
    if (most > 0) {
      const best = Math.max(...shared);
      const same = measures.filter((x, i) => shared[i] === best && x.n === m.n);
      // (The same sum of the same thing said to be for something else: "is the €500 billion fund for defence?" of "a €500 billion fund for infrastructure".)
      return !same.length || (!!m.for?.length && same.every((x) => forElse(m, x)));
    }
    // ("Did the Greens get €100 billion for defence?" of "€100 billion for climate protection".)
    return !!m.purpose && measures.some((x) => x.n === m.n);
  });
}

/** A percentage and what it is a share of: "1% of GDP" → 1: gdp; "2% of the national budget" → 2: spending. */
export interface Share {
  n: number;
  of: string[];
}

/** The shares a text gives, with the concepts of what they are shares of. */
export function sharesOf(text: string, v: Vocabulary): Share[] {
  return percentsOf(text, v).flatMap((p) => (p.of.length ? [{ n: p.n, of: p.of }] : []));
}

/** Whether the question gives a percentage of something the fact gives the same percentage of something else ("1% of the federal budget" against "1% of GDP"). */
export function shareConflict(claims: Pick<Claims, 'shares'>, f: Pick<IndexedFact, 'shares'>): boolean {
  return claims.shares.some((s) => {
    const same = f.shares.filter((x) => x.n === s.n);
    return same.length > 0 && same.every((x) => !x.of.some((t) => s.of.includes(t)));
  });
}

/**
 * Whether a question gives a percentage for something the fact says only of another percentage
 * ("does cyber defence count towards the 3.5%?", "is the 1.5% for troops and weapons?", "is the 3.5%
 * for critical infrastructure and the 1.5% for troops?"): with one percentage, all its words; with
 * several, the words after each.
 */
export function otherShare(q: { clean: string; numbers: { percents: number[] } }, v: Vocabulary, f: Pick<IndexedFact, 'percentWords'>): boolean {
  const asked = q.numbers.percents;
  if (!f.percentWords.length || !asked.length) return false;
  const parts = percentsOf(q.clean, v);
  const said = asked.length === 1 ? [{ n: asked[0]!, words: v.contentStems(q.clean) }] : parts.length === asked.length ? parts.map((p) => ({ n: p.n, words: v.contentStems(p.after) })) : [];
  return said.some((s) => f.percentWords.some((x) => x.n !== s.n && s.words.some((w) => x.only.has(w))));
}

/**
 * The first person or organisation (or country, with `countries`) a claim names and the first
 * content word after it, its act: "did the Left Party vote for the changes?" → left-party, vote.
 */
function subjectAct(clean: string, v: Vocabulary, countries = false): SubjectAct | undefined {
  return subjectActs(v)[countries ? 1 : 0]!(clean);
}

type SubjectAct = { id: string; act?: string; actWord?: string };
/** subjectAct's readings of the last few claims, by vocabulary and `countries` (the checks of every fact ask again of one claim). */
const subjectActs = once((v: Vocabulary) => [false, true].map((countries) => recent((clean: string) => readSubjectAct(clean, v, countries), 8)));

function readSubjectAct(clean: string, v: Vocabulary, countries: boolean): SubjectAct | undefined {
  const surface = words(clean);
  const stems = surface.map(v.stem);
  // ("Japan's security documents": an owner, not who acts.)
  const owners = new Set([...clean.matchAll(/([\p{L}-]+)['’]s\b/gu)].map((x) => x[1]!.toLowerCase()));
  for (let i = 0; i < stems.length; i++) {
    const m = matchAt(v, stems, i, surface);
    if (m?.meaning.kind !== 'entity') continue;
    const kind = v.entityKind.get(m.meaning.id);
    const owner = owners.has(surface[i + m.length - 1]!) || surface[i + m.length] === 's';
    // (A place is where, not who; a title may be anyone's.)
    if (m.meaning.title || owner || !(kind === 'person' || kind === 'organisation' || (countries && kind === 'country'))) continue;
    const act = stems.slice(i + m.length).find((s, j) => !v.stop.has(s) && !/^\d/.test(s) && matchAt(v, stems, i + m.length + j, surface)?.meaning.kind !== 'entity');
    return { id: m.meaning.id, act: act && root(act), actWord: surface[stems.indexOf(act!, i + m.length)] };
  }
  return undefined;
}

/** The claim's act as written ("chaired"), see claimAct. */
export const claimActWord = (clean: string, v: Vocabulary) => subjectAct(clean, v, true)?.actWord;

/** The claim's act: the first content word after the person, organisation or country it is about ("did Orbán block …" → block). */
export const claimAct = (clean: string, v: Vocabulary) => subjectAct(clean, v, true)?.act;

/** Whether the fact has others, by name, doing the claim's act ("is it true the Greens negotiated the package?" of "negotiated by Friedrich Merz"). */
export function agentElsewhere(clean: string, v: Vocabulary, f: Pick<IndexedFact, 'agents'>): boolean {
  const claim = subjectAct(clean, v);
  const act = claim?.actWord ? v.terms(IRREGULAR[claim.actWord] ?? claim.actWord) : [];
  return act.length > 0 && f.agents.some((a) => a.act.some((t) => act.includes(t)) && !a.people.includes(claim!.id));
}

/** Whether the fact names nowhere who the claim is about: "did Spain host the summit?" of "The summit was held in The Hague". */
export function subjectUnnamed(clean: string, v: Vocabulary, f: Pick<IndexedFact, 'about' | 'article' | 'clauses'>): boolean {
  const id = subjectAct(clean, v, true)?.id;
  // (A country is named by its places, "in The Hague", not by its people: Rutte's nationality does not make a claim about the Netherlands his.)
  const named = (x: string) => x === id || (v.entityKind.get(x) === 'place' && v.countryOf.get(x) === id);
  return !!id && id !== f.article.subject && !f.about.some(named) && !f.clauses.some((c) => c.includes(id));
}

/** Words opening a yes/no claim before its subject. */
const OPENING = new Set([...BE_AUX, ...DO_AUX]);

/**
 * Whether a fact about someone does not state the thing a claim is about, a common noun rather
 * than a name: "did the alliance meet in Tokyo?" is not confirmed by two ministers meeting there
 * (the subject is no word a paraphrase may leave unsaid). Only the claim's first word after its
 * opening auxiliary and articles counts, and only one the lexicon reads as a concept; a fact about
 * an organisation may say its act in other words ("was the reform approved …?" of "the changes passed").
 */
export function subjectUnsaid(clean: string, v: Vocabulary, f: Pick<IndexedFact, 'about' | 'wordStems' | 'keyTerms' | 'statedTerms' | 'describedTerms'>): boolean {
  const surface = words(clean);
  if (!OPENING.has(surface[0] ?? '') || !f.about.some((id) => v.entityKind.get(id) === 'person')) return false;
  const stems = surface.map(v.stem);
  let i = 1;
  while (i < stems.length && v.stop.has(stems[i]!)) i++;
  const m = i < stems.length ? matchAt(v, stems, i, surface) : undefined;
  if (m?.meaning.kind !== 'concept') return false;
  const id = m.meaning.id;
  // (The rest of the subject before its verb may say it instead: "the emergency summit", "the debt brake package".)
  let end = i + m.length;
  while (end < stems.length && end < i + MAX_SUBJECT_WORDS && !v.stop.has(stems[end]!) && !mostlyVerb(surface[end]!)) end++;
  return !stems.slice(i, end).some((s) => f.wordStems.has(root(s))) && !f.keyTerms.includes(id) && !f.statedTerms.has(id) && !f.describedTerms.includes(id);
}

/** Words of a claim's subject read before its verb ("the debt brake package"). */
const MAX_SUBJECT_WORDS = 4;

const PRONOUN = /\b(?:he|she|his|her|him|they|their|them)\b/i;

/**
 * What actedElsewhere reads of each clause of a fact's answer: its content words; whom it is about,
 * its names and those of the clause before a relative one ("Dick Schoof, who hosted the gathering");
 * and whether it says "he", "they" (it may be the subject's: "…; the article says he assumed his position").
 */
const clauseReadings = once((f: Pick<IndexedFact, 'answer' | 'clauses'>, v: Vocabulary) =>
  clausesOf(f.answer).map((c, i) => ({
    stems: new Set(v.contentStems(c)),
    owners: /^\W*(?:who|whose|which)\b/i.test(c) ? [...f.clauses[i]!, ...(f.clauses[i - 1] ?? [])] : f.clauses[i]!,
    pronoun: PRONOUN.test(c),
  })),
);

/**
 * Whether the fact says the claim's act only of others: "Did the Left Party vote for the changes?"
 * of "The vote was held in the outgoing parliament because …, the AfD and the Left Party together
 * hold enough seats": the vote is in a clause without the Left Party.
 */
export function actedElsewhere(clean: string, v: Vocabulary, f: Pick<IndexedFact, 'answer' | 'clauses' | 'about'>, countries = false): boolean {
  const claim = subjectAct(clean, v, countries);
  if (!claim?.act) return false;
  const clauses = clauseReadings(f, v);
  const holding = clauses.flatMap((c, i) => (c.owners.includes(claim.id) || c.pronoun ? [i] : []));
  const acting = clauses.flatMap((c, i) => (c.stems.has(claim.act!) ? [i] : []));
  // (A fact not naming the subject at all says the act of the others its clause names: "… the AfD and the Left Party together hold enough seats to block changes" for "why did the court block the vote?".)
  if (!holding.length) return !f.about.includes(claim.id) && acting.some((i) => clauses[i]!.owners.some((id) => v.entityKind.get(id) !== 'place'));
  return acting.length > 0 && holding.every((i) => !acting.includes(i));
}

/** Verbs of saying: the words after them are what was said. */
const SAYING = /^(?:say|said|says|tell|tells|told|write|writes|wrote|written|convey\w*|announc\w*|report\w*|claim\w*|warn\w*|stat(?:e|ed|es)|describ\w*|call\w*|insist\w*|argu\w*|pledg\w*|promis\w*|vow\w*|add\w*|think|thinks|thought|believ\w*|urg\w*|post\w*|tweet\w*)$/i;

/**
 * Whether the claim's clause about its subject uses a word the fact says only in a clause without
 * them: "do the AfD and the Left Party hold enough seats in the outgoing parliament?" of "The vote
 * was held in the outgoing parliament because in the newly elected Bundestag, … the AfD and the
 * Left Party together hold enough seats": the outgoing parliament is the vote's, not theirs.
 */
export function wordsElsewhere(clean: string, v: Vocabulary, f: Pick<IndexedFact, 'answer' | 'clauses' | 'about'>): boolean {
  const claim = subjectAct(clean, v, true);
  // (What someone said may be in any clause: "did Koizumi say Japan would reach 2%?" of "Japan aims … Koizumi conveyed the goal".)
  if (!claim || SAYING.test(claim.actWord ?? '')) return false;
  const parts = reasonParts(f, v);
  const holding = parts.filter((c) => c.names.includes(claim.id) || c.pronoun);
  if (!holding.length || holding.length === parts.length) return false;
  const part = clean.split(QUESTION_BREAK).find((p) => v.terms(p).includes(`@${claim.id}`)) ?? clean;
  const own = words(part).filter((w) => !v.nameWords.has(w)).join(' ');
  return v.contentStems(own).some((s) => v.phrases.get(s)?.kind !== 'entity' && !holding.some((c) => c.stems.has(s)) && parts.some((c) => c.stems.has(s)));
}

/**
 * A fact's answer as wordsElsewhere reads it: its clauses, a reason ("because …") and an aside
 * between dashes ("Merz — who won the election — with the SPD") clauses of their own,
 * each with its words and names; a relative clause ("which first meets on March 25, the AfD …")
 * has the words and names of the clause it follows too.
 */
const reasonParts = once((f: Pick<IndexedFact, 'answer'>, v: Vocabulary) => {
  const read = (text: string, names = text) => ({ stems: new Set(v.contentStems(text)), names: v.terms(names).flatMap((t) => (t.startsWith('@') ? [t.slice(1)] : [])), pronoun: PRONOUN.test(text) });
  // (An aside between dashes opening with "who" is of the name just before it: "Merz — who won the election — with the SPD".)
  const asides: { text: string; of: string }[] = [];
  const texts = clausesOf(f.answer)
    .map((clause) =>
      clause.replace(/(\S+(?:\s+\S+){0,3})\s[—–]\s((?:who|whose|which)\b.*?)(?:\s[—–]\s|$)/gi, (_, before: string, aside: string) => {
        asides.push({ text: aside, of: before });
        return `${before} `;
      }),
    )
    .flatMap((c) => c.split(/(?=\bbecause\b)/))
    .filter((c) => c.trim());
  // (A relative clause has the words and names of the clause it follows.)
  return [...texts.map((c, i) => read(/^\W*(?:which|who|whose)\b/i.test(c) && i > 0 ? `${texts[i - 1]} ${c}` : c)), ...asides.map((a) => read(a.text, `${a.of} ${a.text}`))];
});

/** Words before a place: "in", "at", and where someone travelled ("flew to", "came to", "visited"). */
const WHERE_WORDS = "(?:in|at|near|inside|outside|(?:travel\\w*|go|goes|going|went|fl(?:y|ies|ying|ew|own)|c[ao]me|comes|coming|head(?:s|ed|ing)?|arriv\\w*)\\s+(?:to|in)|visit(?:s|ed|ing)?)";
/** "in Glasgow", "at the World Forum", "travel to Seoul": where a question puts something. */
const LOCATED = new RegExp(`\\b${WHERE_WORDS}\\s+((?:the\\s+)?[\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,2})`, 'giu');

/**
 * Whether the fact's main clause puts its event somewhere the question does not: "Did the vote
 * happen in the newly elected Bundestag?" of "The vote was held in the outgoing parliament because
 * in the newly elected Bundestag …" (the new Bundestag is the reason, not the place).
 */
export function placedElsewhere(clean: string, v: Vocabulary, f: Pick<IndexedFact, 'answer'>): boolean {
  // (Each place as its words and what they name: "Turkey" is "Türkiye".)
  // (Not a question, "in what month", nor generic words.)
  const places = (text: string, place = (_: RegExpMatchArray) => true) =>
    [...text.matchAll(LOCATED)]
      .filter((m) => !/^(?:what|which|whose)\b/i.test(m[1]!) && place(m))
      .map((m) => {
        // (A place is in its country too: "in Tokyo" is "in Japan".)
        const named = v.terms(m[1]!).flatMap((t) => [t, ...(v.countryOf.has(t.slice(1)) ? [`@${v.countryOf.get(t.slice(1))}`] : [])]);
        return [...v.contentStems(m[1]!).filter((s) => v.phrases.get(s)?.kind !== 'generic'), ...named];
      })
      .filter((p) => p.length);
  // (The question's places name one: "in the new Bundestag", "in Turkey"; not "a change in policy".)
  const asked = places(clean).filter((p) => p.some((t) => t.startsWith('@') && isClaimed(v, t.slice(1))));
  if (!asked.length) return false;
  // (The fact's too, or end in a word of an entity's name: "in the outgoing parliament"; not "an increase in defence spending".)
  const place = (m: RegExpMatchArray) => v.terms(m[1]!).some((t) => t.startsWith('@')) || v.nameWords.has(words(m[1]!).filter((w) => !v.stop.has(v.stem(w))).at(-1) ?? '');
  const given = places(f.answer.split(CLAUSE_BREAK)[0]!.split(/\bbecause\b/)[0]!, place);
  return given.length > 0 && asked.every((a) => given.every((g) => !g.some((s) => a.includes(s))));
}

/** A place a claim puts something in, one word: "… in Beijing?", "… at the Hague?". */
const IN_PLACE = /\b(?:in|at)\s+(?:the\s+)?([\p{L}-]+)/giu;

/** The towns a claim puts something in ("in Beijing", "in berlin"), each with the words naming it there ("in Beijing"). */
export const townsClaimed = (clean: string): { town: string; at: string }[] =>
  [...clean.matchAll(IN_PLACE)].filter((m) => namesTown(m[1]!)).map((m) => ({ town: m[1]!, at: m[0] }));

/**
 * Whether the claim puts something in a town the vocabulary reads as its country ("in Berlin" is
 * Germany, "in London" the UK) that the fact does not write: "Did Merz win the election in
 * Berlin?" is not confirmed by a fact about Germany that says nothing of Berlin.
 */
export function townUnsaid(clean: string, v: Vocabulary, f: Pick<IndexedFact, 'answer' | 'quote'>): boolean {
  return townsClaimed(clean).some(({ town }) => v.terms(town).some((t) => t.startsWith('@') && v.entityKind.get(t.slice(1)) === 'country') && !writesTown(f, town));
}

/** Whether the fact's answer or quote writes a town's name as a word, in any case. */
export const writesTown = (f: Pick<IndexedFact, 'answer' | 'quote'>, town: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(town)}(?![\\p{L}])`, 'iu').test(`${f.answer} ${f.quote}`);

/**
 * What a yes/no question names that the fact must name too: organisations ("Did the FDP vote for
 * it?") and places it puts something in ("Will the submarines be built in Glasgow?"). A place
 * standing for its government ("Will Tokyo keep raising spending?") is not one.
 */
export function mustName(clean: string, v: Vocabulary, groups: string[][]): string[] {
  const located = new Set([...clean.matchAll(LOCATED)].flatMap((m) => v.terms(m[1]!).flatMap((t) => (t.startsWith('@') ? [t.slice(1)] : []))));
  return groups.flat().filter((id) => v.entityKind.get(id) === 'organisation' || located.has(id));
}

export interface Claims {
  groups: string[][];
  figures: Set<string>;
  /** Organisations it names, and places it puts something in ("built in Glasgow"): the fact must name them. */
  named: string[];
  /** Words the question quotes ("did Starmer say 'ten times more lethal'?"), each as its words joined by spaces. */
  quotes: string[];
  /** Its numbers with what they measure ("489 votes in favour"). */
  measures: Measure[];
  /** Its clauses' words that may say a direction or an order, and what of (src/qa/direction.ts). */
  directions: string[][];
  /** Its percentages with what they are shares of ("1% of the federal budget"). */
  shares: Share[];
  /** It names a day, month, year or weekday. */
  dated: boolean;
}

/** What a yes/no question claims, for `supports`. */
export function claimsOf(clean: string, v: Vocabulary, people: string[]): Claims {
  const groups = questionGroups(clean, v, people);
  return { groups, named: mustName(clean, v, groups), figures: figuresOf(clean), quotes: quotesOf(clean), measures: measuresOf(clean, v), directions: directionClauses(clean, v.stop), shares: sharesOf(clean, v), dated: givesDate(clean) };
}

/** The words a question puts in quotation marks, two words or more. */
export function quotesOf(clean: string): string[] {
  return [...clean.matchAll(/(?:^|[\s(])["']([^"']+?)["'](?=[\s?.,!:;)]|$)/g)].map((m) => words(m[1]!).join(' ')).filter((x) => x.includes(' '));
}

/** A fact's answer and quote as words, space-bounded (read once per fact: every yes/no question's check reads it). */
const wordsOfFact = once((f: Pick<IndexedFact, 'answer' | 'quote'>) => ` ${words(`${f.answer} ${f.quote}`).join(' ')} `);

const quoted = (claims: Claims, f: Pick<IndexedFact, 'answer' | 'quote'>) => {
  if (!claims.quotes.length) return true;
  const text = wordsOfFact(f);
  return claims.quotes.every((x) => text.includes(` ${x} `));
};

/** A question putting something in a named place: "… in Osaka?", "… fly to Seoul?". */
const PUT_IN = new RegExp(`\\b${WHERE_WORDS}\\s+(?:the\\s+)?\\p{Lu}`, 'u');
const PUT_IN_WORD = new RegExp(`\\b${WHERE_WORDS}\\s+(?:the\\s+)?([a-z]+)`, 'gi');
/** The same typed in lower case, as chat does, of a word WordNet names a place with: "… in osaka fr?". */
const putsInPlace = (text: string) => PUT_IN.test(text) || [...text.matchAll(PUT_IN_WORD)].some((m) => namesPlace(m[1]!));

const namesAll = (ids: string[], f: IndexedFact) => ids.every((id) => f.about.includes(id) || f.countries.has(id) || f.clauses.some((c) => c.includes(id)));

/**
 * Whether the fact states every claim: each group together in one clause, each person, place and
 * organisation somewhere in it, each figure among its own, each quoted phrase word for word.
 */
export function supports(claims: Claims, f: IndexedFact, comparison = false): boolean {
  // A comparison ("Is the premier's pledge the same figure as Koizumi's goal?") sets two facts side by side.
  // The article's subject ("NATO" in a NATO article) goes with every clause.
  const together = comparison || claims.groups.every((g) => g.length < 2 || f.clauses.some((c) => g.every((id) => c.includes(id) || id === f.article.subject)));
  const present = namesAll(claims.named, f);
  return together && present && [...claims.figures].every((x) => gives(f, x)) && quoted(claims, f);
}

/**
 * A yes/no question's figures, quotes and places pick among facts that match it equally well: the
 * fact stating them ("Were there 513 votes in favour?": the vote count, not the vote), one counting
 * the same thing otherwise ("523 votes?"), or for a named place when the best fact says nothing of places, one saying where
 * ("Did they meet in Osaka?": "They met in Tokyo").
 */
export function claimsFirst(q: { yesno: boolean; clean: string; claims: Claims }, ranked: Ranked[]): Ranked[] {
  const top = ranked[0];
  if (!q.yesno || !top) return ranked;
  const { figures, quotes } = q.claims;
  const states = (f: IndexedFact) =>
    (figures.size || quotes.length) && quoted(q.claims, f) && ([...figures].every((x) => gives(f, x)) || countConflict(q.claims, f));
  const says = (r: Ranked) => states(r.fact) || (putsInPlace(q.clean) && !top.fact.kinds.includes('where') && r.fact.kinds.includes('where') && !r.wrongPerson);
  const pick = ranked.slice(0, 5).find((r) => r.coverage >= top.coverage && says(r));
  return pick ? [pick, ...ranked.filter((r) => r !== pick)] : ranked;
}
