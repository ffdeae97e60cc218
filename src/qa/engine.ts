import MiniSearch from 'minisearch';
import type { FactBase, Value } from '../facts/schema.ts';
import type { Answer } from '../core.ts';
import { indexFacts, type IndexedFact } from './facts.ts';
import { analyse, type Question } from './question.ts';
import { cleanText, WEEKDAYS } from './text.ts';
import type { Lexicon, Vocabulary } from './vocabulary.ts';
import { buildVocabulary } from './vocabulary.ts';

export const MAX_QUESTION_CHARS = 1000;
/** Share of a question's terms the best fact must cover to be trusted. */
const MIN_COVERAGE = 0.6;

const HELP_WORDS = /^(?:(?:hi|hiya|hello|hey|yo|howdy|greetings|good (?:morning|afternoon|evening)|help|commands|menu|start|thanks|thank you|cheers|what can you do|what do you do|who are you|what are you|how do (?:i|you) use (?:this|you|it)|usage|\?)[\s!.,?]*)+(?:there|bot|factdesk)?[\s!.,?]*$/i;
const SUMMARY = /\b(summar(y|ise|ize)|overview|tl;?dr|gist|recap|rundown|nutshell|brief me|catch me up|key points|main points|highlights|headlines?|what(?:'s| is| was)? (?:the )?(?:news|story|latest|new|deal)|what happened|going on|the news|latest news|big picture|in short)\b/i;

export interface Engine {
  answer(question: string): Answer;
  /** Example questions matching what has been typed (autocomplete). */
  suggest(typed: string, limit: number): string[];
  facts: IndexedFact[];
  vocabulary: Vocabulary;
}

interface Ranked {
  fact: IndexedFact;
  score: number;
  coverage: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Kinds of question that only a fact saying exactly that can answer. */
const STRICT_KINDS = new Set(['when', 'where', 'howmany', 'who', 'why']);
/** Concepts of saying something: the fact must have the question's subject as its speaker. */
const SPEECH = new Set(['say', 'post', 'pledge', 'welcome', 'request', 'expect', 'report', 'press', 'describe']);

export function createEngine(base: FactBase, lexicon: Lexicon): Engine {
  const weight = (term: string) => lexicon.weights[term] ?? (term.startsWith('@') ? 0.7 : 1);
  const vocabulary = buildVocabulary(lexicon, base);
  const facts = indexFacts(base, vocabulary);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const index = new MiniSearch<{ id: string; keys: string; about: string; text: string }>({
    fields: ['keys', 'about', 'text'],
    tokenize: (s) => s.split(' ').filter(Boolean),
    processTerm: (t) => t,
    searchOptions: { boost: { keys: 3, about: 2, text: 1 }, combineWith: 'OR', boostTerm: weight },
  });
  index.addAll(
    facts.map((f) => ({ id: f.id, keys: f.keyTerms.join(' '), about: f.about.map((a) => `@${a}`).join(' '), text: f.textTerms.join(' ') })),
  );
  const examples = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'], searchOptions: { prefix: true, fuzzy: 0.2 } });
  const exampleList = [...new Set(facts.flatMap((f) => f.examples))];
  examples.addAll(exampleList.map((text, id) => ({ id, text })));
  const headlineExamples = base.articles.flatMap((a) => a.headline.flatMap((id) => byId.get(id)?.examples.slice(0, 1) ?? []));
  const summaryTerms = new Set(
    base.articles.flatMap((a) => a.summary.flatMap((id) => [...(byId.get(id)?.keyTerms ?? []), ...(byId.get(id)?.about.map((x) => `@${x}`) ?? [])])),
  );

  const personCountry = new Map(base.articles.flatMap((a) => a.people.map((p) => [p.id, p.country] as const)));
  const ownable = new Set(facts.flatMap((f) => Object.keys(f.owner)));
  const allTerms = (f: IndexedFact) => new Set([...f.keyTerms, ...f.textTerms, ...f.about.map((a) => `@${a}`), ...f.contradicts.flatMap(vocabulary.terms)]);
  const termSets = new Map(facts.map((f) => [f.id, allTerms(f)]));

  /**
   * Share of the question's topic terms the fact covers (names only count when the question is
   * nothing but names). A concept the question gives another owner is not covered.
   */
  function coverageOf(q: Question, f: IndexedFact): number {
    const have = termSets.get(f.id)!;
    const topics = q.terms.filter((t) => !t.startsWith('@'));
    const wanted = topics.length ? topics : q.terms;
    const covered = wanted.filter((t) => have.has(t) && (!q.owners[t] || !ownable.has(t) || f.owner[t] === q.owners[t]));
    return sum(covered.map(weight)) / sum(wanted.map(weight));
  }

  function rank(q: Question): Ranked[] {
    if (!q.terms.length) return [];
    const subject = subjectOf(q);
    return index
      .search(q.terms.join(' '))
      .map((hit) => {
        const fact = byId.get(hit.id as string)!;
        const coverage = coverageOf(q, fact);
        let score = hit.score * (0.5 + coverage);
        if (subject && fact.about[0] === subject) score *= 1.3;
        if (fact.kinds.includes(q.kind)) score *= 1.5;
        else if (['when', 'where', 'howmany', 'why', 'who'].includes(q.kind)) score *= 0.25;
        else if (q.kind === 'howmuch') score *= 0.5;
        return { fact, score, coverage };
      })
      .filter((r) => fits(q, r.fact))
      .sort((a, b) => b.score - a.score);
  }

  /**
   * A fact cannot answer a question that names someone it is not about, gives a concept another
   * owner, asks when/where/how many when the fact does not say, or asks what someone said when
   * the fact has someone else speaking.
   */
  function fits(q: Question, f: IndexedFact): boolean {
    if (STRICT_KINDS.has(q.kind) && !f.kinds.includes(q.kind)) return false;
    if (q.kind === 'howmany' && !f.values.some((v) => (v.kind === 'count' || v.kind === 'duration') && unitStems(v).some((t) => q.stems.includes(t) || q.terms.includes(t)))) return false;
    const speaker = subjectOf(q);
    if (speaker && q.terms.some((t) => SPEECH.has(t)) && f.about[0] !== speaker) return false;
    for (const t of q.terms) {
      if (!t.startsWith('@')) continue;
      const id = t.slice(1);
      const country = vocabulary.entityKind.get(id) === 'country' ? id : vocabulary.entityKind.get(id) === 'place' ? vocabulary.countryOf.get(id) : undefined;
      if (!f.about.includes(id) && !(country && countriesOf(f).has(country))) return false;
    }
    for (const [concept, owner] of Object.entries(q.owners)) if (f.owner[concept] && f.owner[concept] !== owner) return false;
    return true;
  }

  /** Countries a fact involves: its own, its people's, and Japan, the subject of the news. */
  function countriesOf(f: IndexedFact): Set<string> {
    return new Set(['japan', ...f.about.map((id) => personCountry.get(id) ?? id)]);
  }

  /** The first person a question names: in "What did Trump tell Takaichi?", Trump. */
  function subjectOf(q: Question): string | undefined {
    return q.terms.find((t) => t.startsWith('@') && vocabulary.entityKind.get(t.slice(1)) === 'person')?.slice(1);
  }

  const unitStems = (v: Value) => ('unit' in v ? [vocabulary.stem(v.unit), ...vocabulary.terms(v.unit)] : []);

  /** "What is Japan's GDP?", "What did Koizumi say about the economy?": only qualifiers, no topic the facts state. */
  function onlyModifiers(q: Question): boolean {
    const topics = q.terms.filter((t) => !t.startsWith('@') && !SPEECH.has(t));
    return topics.length > 0 && topics.every((t) => lexicon.modifiers.includes(t)) && !q.numbers.percents.length;
  }

  /** "Who is X?", "Koizumi", "What is the PM's job?": a question naming one person and nothing else. */
  function onlyPerson(q: Question): IndexedFact | undefined {
    const people = q.terms.filter((t) => vocabulary.entityKind.get(t.slice(1)) === 'person');
    const rest = q.terms.filter((t) => !people.includes(t) && t !== 'role' && (q.yesno || !['@japan', '@us'].includes(t)));
    if (people.length !== 1 || rest.length || !['who', 'what', 'yesno'].includes(q.kind) || q.numbers.percents.length) return undefined;
    return byId.get(`person-${people[0]!.slice(1)}`);
  }

  function suggestionsFor(ranked: Ranked[]): string[] {
    const fromRank = ranked.flatMap((r) => r.fact.examples.slice(0, 1));
    return [...new Set([...fromRank, ...headlineExamples])].slice(0, 3);
  }

  function decline(text: string, ranked: Ranked[] = []): Answer {
    const suggestions = suggestionsFor(ranked);
    return { answered: false, text: `${text} You could ask:\n${suggestions.map((s) => `• ${s}`).join('\n')}`, citations: [], confidence: 0, factIds: [], suggestions };
  }

  function compose(list: IndexedFact[], confidence: number, lead = ''): Answer {
    const notes = list.flatMap((f) => (f.note ? [f.note] : []));
    const body = `${lead}${list.map((f) => f.answer).join(' ')}`;
    return {
      answered: true,
      text: notes.length ? `${body}\n(Note: ${notes.join(' ')})` : body,
      citations: list.map((f) => f.citation),
      confidence: Math.round(confidence * 100) / 100,
      factIds: list.map((f) => f.id),
      suggestions: [],
    };
  }

  /** Leads a yes/no or false-premise answer with the verdict the facts decide. */
  function verdict(q: Question, f: IndexedFact): string {
    const conflict = numberConflict(q, f);
    const contradicted = f.contradicts.some((c) => vocabulary.terms(c).some((t) => q.terms.includes(t)) || q.clean.toLowerCase().includes(c.toLowerCase()));
    if (q.yesno) return !f.yes || conflict || contradicted ? 'No. ' : 'Yes. ';
    if (!f.yes) return 'Actually, no: ';
    if (conflict) return 'Not quite: the article gives a different figure. ';
    return '';
  }

  function numberConflict(q: Question, f: IndexedFact): boolean {
    const percents = f.values.flatMap((v) => (v.kind === 'percent' ? [v.value] : []));
    const counts = f.values.flatMap((v) => (v.kind === 'count' ? [v.value] : []));
    const dates = f.values.flatMap((v) => (v.kind === 'date' && v.value.length === 10 ? [v.value] : []));
    const days = dates.map((d) => d.slice(5));
    const weekdays = dates.map((d) => WEEKDAYS[new Date(`${d}T12:00:00Z`).getUTCDay()]!);
    return (
      q.numbers.percents.some((p) => !percents.includes(p)) ||
      q.numbers.counts.some((c) => !counts.includes(c)) ||
      (dates.length > 0 && q.numbers.days.some((d) => !days.includes(d))) ||
      (dates.length > 0 && q.numbers.weekdays.some((d) => !weekdays.includes(d)))
    );
  }

  const knownYears = new Set(
    facts.flatMap((f) => [...f.values.flatMap((v) => (v.kind === 'date' ? [Number(v.value.slice(0, 4))] : [])), ...(f.quote.match(/\b(19|20)\d{2}\b/g) ?? []).map(Number)]),
  );

  function answer(input: string): Answer {
    const text = typeof input === 'string' ? input : '';
    const clean = cleanText(text);
    if (!clean || HELP_WORDS.test(clean)) return decline('I answer questions about the news in my fact base (Japan’s defence spending; Koizumi meets Hegseth in Tokyo).');
    if (clean.length > MAX_QUESTION_CHARS) return decline(`That message is too long for me (${clean.length.toLocaleString('en')} characters); please ask one short question.`);
    const wantsSummary = SUMMARY.test(clean);
    const q = analyse(vocabulary, wantsSummary ? clean.replace(new RegExp(SUMMARY, 'gi'), ' ') : clean);
    if (q.unknown.length) return decline(`The article doesn't say anything about “${q.unknown.slice(0, 3).join(' ')}”.`, rank({ ...q, unknown: [] }));
    if (wantsSummary && q.terms.every((t) => summaryTerms.has(t) || t === 'article')) {
      const ids = base.articles.flatMap((a) => a.summary);
      return compose(ids.map((id) => byId.get(id)!), 0.9);
    }
    if (onlyModifiers(q)) return decline("The article doesn't say.", rank(q));
    const ranked = rank(q);
    const person = onlyPerson(q);
    if (person) return compose([person], 1, verdict(q, person));
    // Only names of countries or places ("Was Hegseth in Japan?"): a question of where, or nothing to go on.
    if (q.terms.every((t) => t.startsWith('@') && ['country', 'place', 'person'].includes(vocabulary.entityKind.get(t.slice(1)) ?? ''))) {
      return q.yesno && q.location ? answer(`where ${clean}`) : decline("The article doesn't say.", ranked);
    }
    const best = ranked[0];
    if (!best || best.coverage < MIN_COVERAGE || !q.terms.some((t) => !t.startsWith('@') || vocabulary.entityKind.get(t.slice(1)) !== 'country')) return decline("The article doesn't say.", ranked);
    const badYear = q.numbers.years.some((y) => !knownYears.has(y));
    if (badYear && !q.yesno) return decline("The article doesn't cover that year.", ranked);
    const list = [best.fact];
    const second = ranked[1];
    if (second && second.score >= 0.9 * best.score && second.fact.quote !== best.fact.quote && second.coverage >= best.coverage) list.push(second.fact);
    const confidence = Math.min(1, 0.4 + 0.6 * best.coverage) * (q.corrected.length ? 0.85 : 1);
    return compose(list, confidence, badYear ? 'No. ' : verdict(q, best.fact));
  }

  function suggest(typed: string, limit: number): string[] {
    const t = cleanText(typed);
    if (!t) return exampleList.slice(0, limit);
    return examples
      .search(t)
      .slice(0, limit)
      .map((r) => r.text as string);
  }

  return { answer, suggest, facts, vocabulary };
}
