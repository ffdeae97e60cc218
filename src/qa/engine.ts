import MiniSearch from 'minisearch';
import type { Answer as FullAnswer } from '../core.ts';
import type { Article, FactBase } from '../facts/schema.ts';
import { createArticleRanker } from './articles.ts';
import { thingSlot } from './crux.ts';
import { indexFacts, type IndexedFact } from './facts.ts';
import type { Ranked } from './match.ts';
import { afterDeterminer, analyse, asksVerb, follows, PERSON_WORDS, type Question } from './question.ts';
import { answerMessage, articleOn, OFFER, SOURCE } from './conversation.ts';
import { questionParts } from './parts.ts';
import { derived } from './derive.ts';
import { changeClaim, replacedIn } from './change.ts';
import { withoutRefusal } from './framing.ts';
import { boundsOf, figuresWithBounds, meets, sameKind, side, type Bounded } from './bounds.ts';
import { claimsFirst, doneByOther, townsClaimed, writesTown } from './claims.ts';
import { askingPart, isHelpRequest, properNoun, questionsOnly, smallTalkReply, SUMMARY } from './message.ts';
import { figureArticles, questionFigures } from './stated.ts';
import { cleanText, findRun, words } from './text.ts';
import { dateConflict, figureConflict, NOT_SAID, verdict } from './verdict.ts';
import { buildVocabulary, peopleIn, ROLE_NOUN, root, type Lexicon, type Vocabulary } from './vocabulary.ts';
import { inWordNet, isOnlyNoun, namesTown, sensesOf } from './wordnet.ts';
import { asksPast, tenureOf } from './tenure.ts';

export const MAX_QUESTION_CHARS = 1000;
/** Longest message read at all, chat markup (mentions, links) included; longer ones are refused before any cleaning. */
export const MAX_MESSAGE_CHARS = 4 * MAX_QUESTION_CHARS;
/** Share of a question's topics the best fact must cover to be trusted. */
const MIN_COVERAGE = 0.6;
/** Other articles' titles a summary of the latest lists at most. */
const OTHERS_LISTED = 3;
/** Words before and after a fact's figure that say what it is of. */
const NEAR_BEFORE = 3;
const NEAR_AFTER = 6;
/** The noun a which/what question asks: "which team …?". */
const ASKED_NOUN = (word: string) => new RegExp(`^\\W*(?:which|what)\\s+${word.replace(/[^\w-]/g, '')}\\b`, 'i');

/** "Has Koizumi been defence minister for years?", "… only a week?" asks how long, not who or which job ("these days" asks which). */
const HOW_LONG = /\b(years?|months?|weeks?|(?<!these )days?|long|since|ago)\b/i;
/** "What is X called?": asks X's name. */
const CALLED = /^\W*what(?:'s|s| is| was)\b.*\bcalled\W*$/i;
/** A title someone may take, not one they hold: "Is Kallas planning to run for Commission president?", "… going to become PM?". */
const ROLE_TO_COME = /\b(?:plan\w*|going to|gonna|will|intend\w*|wants? to|hop\w* to|aim\w* to|expected to|seek\w*|run(?:s|ning)? for|candida\w*|bid|becom\w*|next)\b/i;
const ROLE_PHRASE = new RegExp(`(?:[\\w'-]+ ){0,2}${ROLE_NOUN.source}(?: of(?: the)? [\\w-]+)?`, 'gi');

/** Every request for a summary in a text (SUMMARY, for replace). */
const SUMMARIES = new RegExp(SUMMARY, 'gi');
/** A word after a preposition naming a topic: "about Spain", "for Ukraine". */
const TOPIC_AFTER = /\b(?:about|for|on|towards?|regarding|with|against|over)\s+(?:the\s+)?([\p{L}-]+)/giu;
/** A word right after "more" or "less": the quality a comparison asks about. */
const COMPARED = (word: string) => new RegExp(`\\b(?:more|less)\\s+${word.replace(/[^\w-]/g, '')}\\b`, 'i');
/** A word right after a preposition ("to railways", "for hospitals"), with the word before the preposition: "goes [to] railways", "speech [to] parliament". */
const AFTER_PREPOSITION = (word: string) => new RegExp(`(?:([\\w-]+)\\s+)?\\b(?:to|for|on|in|into|at|from|towards?)\\s+${word.replace(/[^\w-]/g, '')}\\b`, 'i');

/** An answer before it is tied to the question it answers. */
type Answer = Omit<FullAnswer, 'asked'>;

export interface Engine {
  answer(question: string, previous?: string): FullAnswer;
  /** Example questions matching what has been typed (autocomplete). */
  suggest(typed: string, limit: number): string[];
  facts: IndexedFact[];
  vocabulary: Vocabulary;
}

export function createEngine(base: FactBase, lexicon: Lexicon): Engine {
  const vocabulary = buildVocabulary(lexicon, base);
  const facts = indexFacts(base, vocabulary);
  const byId = new Map(facts.map((f) => [f.id, f]));
  // Article choice: facts of the article the question is about (src/qa/articles.ts).
  const chooser = createArticleRanker(base, facts, vocabulary, lexicon);
  const { rank, rankIn, coverageOf } = chooser;
  const examples = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'], searchOptions: { prefix: true, fuzzy: 0.2 } });
  const exampleList = [...new Set(facts.flatMap((f) => f.examples))];
  examples.addAll(exampleList.map((text, id) => ({ id, text })));
  const headlineOf = new Map(base.articles.map((a) => [a.id, a.headline.flatMap((id) => byId.get(id)?.examples.slice(0, 1) ?? [])]));
  const headlineExamples = [...headlineOf.values()].flat();
  const summaryOf = (a: Article) => a.summary.map((id) => byId.get(id)!);
  const summaryTerms = new Map(base.articles.map((a) => [a.id, new Set(['article', ...summaryOf(a).flatMap((f) => [...f.keyTerms, ...f.about.map((x) => `@${x}`)])])]));
  const isPerson = (t: string) => vocabulary.entityKind.get(t.slice(1)) === 'person';
  const isCountry = (t: string) => vocabulary.entityKind.get(t.slice(1)) === 'country';
  const personFact = (id: string) => byId.get(`person-${id}`)!;
  const stating = figureArticles(facts);
  /** A figure the question states is another article's, not this fact's article's ("the €100 billion for the states"). */
  const figureElsewhere = (q: Question, f: IndexedFact) =>
    questionFigures(q).some((x) => {
      const articles = stating(x);
      return articles.size > 0 && !articles.has(f.article.id);
    });

  /** The question quotes words a fact quotes: "what was Merz's 'whatever it takes' line about?". */
  const quotesFact = (q: Question) => q.quoted.some((p) => facts.some((f) => f.quote.toLowerCase().includes(p)));

  /** "What is Japan's GDP?", "What did Koizumi say about the economy?": only qualifiers, no topic the facts state. */
  function onlyModifiers(q: Question): boolean {
    const topics = q.terms.filter((t) => !t.startsWith('@') && !['say', 'describe', 'speech', 'press'].includes(t));
    return topics.length > 0 && topics.every((t) => lexicon.modifiers.includes(t)) && !topics.includes('percent');
  }

  /** "What does Schoof think about Spain?", "Merz's plan for Ukraine": a country as the topic, not as whose. */
  const countryTopic = (q: Question) => [...q.clean.matchAll(TOPIC_AFTER)].some((m) => vocabulary.terms(m[1]!).some(isCountry));

  /** "Who is X?", "Koizumi", "Who's running Japan now?": a question about one person and nothing else. */
  function onlyPerson(q: Question): IndexedFact | undefined {
    const people = q.terms.filter(isPerson);
    // ("What is Kishida doing now?" asks more than who he is.)
    // ("What's the bloc's top diplomat called?" asks who it is; not "what is von der Leyen's plan called?".)
    const personWord = (t: string) => (PERSON_WORDS.has(t) && !(t === 'current' && q.kind === 'what')) || (t === 'describe' && people.length === 1 && calledPerson(q, people[0]!.slice(1)));
    const rest = q.terms.filter((t) => !people.includes(t) && !personWord(t) && (q.yesno || !isCountry(t)));
    // (A question quoting someone asks about the quote, not who they are.)
    if (people.length !== 1 || rest.length || quotesFact(q) || (!q.yesno && countryTopic(q)) || !['who', 'what', 'yesno'].includes(q.kind) || q.numbers.percents.length || HOW_LONG.test(q.clean)) return undefined;
    const fact = personFact(people[0]!.slice(1));
    // "Who was US defence secretary in 2022?" asks about a year the role's quote does not give.
    return q.numbers.calendarYears.every((y) => fact.years.includes(y) || fact.answer.includes(String(y))) ? fact : undefined;
  }

  /** "What is X called?" of a person named or described right before "called". */
  function calledPerson(q: Question, id: string): boolean {
    const m = CALLED.exec(q.clean);
    const before = m ? words(q.clean.slice(0, m.index + m[0].lastIndexOf('called'))).at(-1) : undefined;
    if (!before) return false;
    const own = [...(vocabulary.titles.get(id) ?? []), ...words(base.people.find((p) => p.id === id)?.name ?? '').map(vocabulary.stem)];
    return own.some((title) => title.split(' ').includes(vocabulary.stem(before)));
  }

  /** "Is Koizumi the PM?", "Is Hegseth the Secretary of War?": checks a title against the person's. */
  function roleCheck(q: Question): Answer | undefined {
    if (!q.yesno || q.named.length !== 1 || !ROLE_NOUN.test(q.clean) || q.unknown.length > 2) return undefined;
    if (HOW_LONG.test(q.clean) || ROLE_TO_COME.test(q.clean)) return undefined;
    // Words of the title itself ("Secretary of State") are not the question's topic.
    const { terms: rest, unknown } = read(q.clean.replace(ROLE_PHRASE, ' '));
    // A word it does not know outside the title asks more than the title ("… the son of a former prime minister?").
    if (unknown.length || rest.some((t) => (t.startsWith('@') ? !isPerson(t) && !isCountry(t) : !PERSON_WORDS.has(t) && t !== 'describe'))) return undefined;
    const person = personFact(q.named[0]!);
    // A quality no title has ("a **good** leader", "a **popular** prime minister") judges the holder: the article says only who they are.
    if (judgesHolder(q.clean)) return decline(`${NOT_SAID}${person.answer}`, rank(q), q);
    const holds = q.titled.length > 0 && q.titled.every((id) => id === q.named[0]);
    // A title their role gives as held before: not held now ("Is Kishida prime minister?" → No), but
    // theirs in the past, whoever holds it now ("Was Robertson British defence secretary?").
    const former = tenureOf(person.answer, [...q.clean.matchAll(ROLE_PHRASE)].map((m) => m[0]).join(' '), vocabulary) === 'former';
    if (former && !asksPast(q.clean)) return compose([person], 0.9, 'No. ');
    // (Held before by them only where their fact confirms it: "Is Kallas a former prime minister of Lithuania?" → No.)
    const lead = holds ? verdict(q, person, vocabulary) : former && verdict(q, person, vocabulary) === 'Yes. ' ? 'Yes. ' : 'No. ';
    return compose([person], 0.9, lead);
  }

  // The words of everyone's titles ("new", "former", "foreign", "top"), as stems.
  const titleWords = new Set([...vocabulary.titles.values()].flat().flatMap((t) => t.split(' ')));
  /**
   * A title claimed with a word WordNet reads mostly as an adjective that no one's title uses, that
   * names nothing and that does not make a title of its own with the title's noun, as "foreign
   * minister" does ("Is Starmer a **popular** prime minister?", "Is Merz a **good** leader?"): a
   * judgement of the holder, which no title confirms or rules out.
   */
  const judgesHolder = (text: string) =>
    [...text.matchAll(ROLE_PHRASE)].some((m) => {
      const ws = words(m[0]);
      const noun = ws.findLast((w) => ROLE_NOUN.test(w)) ?? '';
      return ws.some((w) => {
        const senses = sensesOf(w);
        const quality = senses.adj > senses.noun + senses.verb && !titleWords.has(vocabulary.stem(w)) && !vocabulary.terms(w).some((t) => t.startsWith('@'));
        return quality && !inWordNet(`${w} ${noun}`);
      });
    });

  /** A runner-up almost as good as the best answer, adding a different quote. */
  function closeSecond([best, second]: Ranked[]): IndexedFact[] {
    const close = second && !second.wrongPerson && second.score >= 0.9 * best!.score && second.fact.quote !== best!.fact.quote && second.coverage >= best!.coverage;
    return close ? [second.fact] : [];
  }

  /** "Is Takaichi's pledge the same figure as Koizumi's goal?": two facts that together cover the question. */
  function pairCovering(q: Question, ranked: Ranked[]): IndexedFact[] {
    if (!q.comparison) return [];
    const people = peopleIn(vocabulary, q.terms);
    const top = ranked.filter((r) => r.coverage >= 0.4).slice(0, 4);
    for (const [i, a] of top.entries())
      for (const b of top.slice(i + 1)) {
        const about = [...a.fact.about, ...b.fact.about];
        if (coverageOf(q, a.fact, b.fact) >= 0.9 && people.every((p) => about.includes(p))) return [a.fact, b.fact];
      }
    return [];
  }

  /** Questions it can answer: those of the facts nearest the question, then the headlines of the article it is about. */
  function suggestionsFor(ranked: Ranked[], q?: Question): string[] {
    const fromRank = ranked.flatMap((r) => r.fact.examples.slice(0, 1));
    // (With no fact fitting and no one article named, the article whose facts the question's words
    // were read in: "what interest rate will the defence loans carry?" offers questions on the EU's plan.)
    const article = q && (chooser.namedArticle(q) ?? ((!fromRank.length && chooser.aboutArticle(q)) || chooser.summaryArticle(q)));
    const about = article ? headlineOf.get(article.id)! : [];
    return [...new Set([...fromRank, ...about, ...headlineExamples])].slice(0, 3);
  }

  function decline(text: string, ranked: Ranked[] = [], q?: Question): Answer {
    const suggestions = suggestionsFor(ranked, q);
    return { answered: false, text: `${text}${OFFER}\n${suggestions.map((s) => `• ${s}`).join('\n')}`, citations: [], confidence: 0, factIds: [], suggestions };
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

  /**
   * One unknown word in a question that otherwise matches a fact fully on three or more topics is a
   * paraphrase ("Which social media site carried Hegseth's message?"), unless it is a name typed
   * with a capital ("How much does India spend?") or a thing ("… goes to railways?"). Topics the facts never state (other countries,
   * weapons, money) are known words and still decline.
   */
  function tolerable(q: Question): boolean {
    const word = q.unknown[0]!;
    // (A thing the facts never name, "… goes to railways", is a topic of its own, not a paraphrase.)
    if (q.unknown.length !== 1 || properNoun(word, q.clean)) return false;
    const best = rank(q)[0];
    // (… unless the preposition ties it to a thing the answering fact names: "her first speech to parliament".)
    const tied = isOnlyNoun(word) ? AFTER_PREPOSITION(word).exec(q.clean) : null;
    if (tied && !(tied[1] && best && isOnlyNoun(tied[1]) && best.fact.wordStems.has(vocabulary.stem(tied[1])))) return false;
    // (Nor is the thing a figure question counts or pays for: "how much will the states spend on schools?")
    if (thingSlot(q, vocabulary).includes(vocabulary.stem(word))) return false;
    const topics = q.terms.filter((t) => !t.startsWith('@'));
    if (!best || best.wrongPerson || best.coverage < 0.99) return false;
    // With two topics, only an everyday word that names no thing (a verb, an adjective: "what did the
    // PM say the deal proved?", "the ministerial talks") and is not the verb asked about ("what did
    // Zelensky eat …?") is chatter.
    // (Nor is the quality a comparison asks about: "how will the army become more lethal?")
    return topics.length >= 3 || (topics.length === 2 && !namesThing(word, q.clean) && !asksVerb(word, q.clean) && !follows(word, q.clean) && !COMPARED(word).test(q.clean));
  }

  /**
   * The word names a thing: WordNet knows it as a noun at least as often as anything else, or not at
   * all ("poem", "Putin"), or as more than an adjective after "a"/"the" ("the weather"; not "the
   * ministerial talks").
   */
  function namesThing(word: string, text: string): boolean {
    const { noun, verb, adj, adv } = sensesOf(word);
    return noun >= verb + adj + adv || (afterDeterminer(word, text) && adj < noun + verb);
  }

  /** A question naming only people, countries or places, with nothing asked about them (a figure it states is asked about: "what's the 489 about?"). */
  function onlyNames(q: Question): boolean {
    if (quotesFact(q) || questionFigures(q).length || ['when', 'where', 'howmany', 'why'].includes(q.kind)) return false; // "koizumi hegseth when"
    const kinds = q.terms.map((t) => (t.startsWith('@') ? vocabulary.entityKind.get(t.slice(1)) : 'topic'));
    if (q.kind === 'who' && kinds.includes('place')) return false; // "Who was in Tokyo?"
    return kinds.every((k) => k === 'country' || k === 'place' || k === 'person');
  }

  /** "Was it Kishida who met Hegseth?" → "No: it was Shinjiro Koizumi.", when the fact's answer does not name who. */
  function whoInstead(q: Question, best: Ranked, lead: string): string {
    if (lead !== 'No. ' || !best.wrongPerson) return lead;
    const asked = [...q.named, ...q.titled];
    const others = base.people.filter((p) => best.fact.about.includes(p.id) && !asked.includes(p.id) && !best.fact.answer.includes(p.name.split(' ').at(-1)!));
    return others.length ? `No: it was ${others.map((p) => p.name).join(' and ')}. ` : lead;
  }

  /**
   * "Did NATO raise its target from 2% to 5%?": the claim without its "from" figure confirmed by one
   * fact, and that figure the one its article says was replaced (else denied by the one it says was).
   */
  function changed(q: Question): Answer | undefined {
    const claim = changeClaim(q.clean);
    const best = claim && confirmedBy(claim.rest);
    if (!claim || !best) return undefined;
    const replaced = replacedIn(facts, best.fact.article, claim.from);
    return replaced && compose([best.fact, replaced.fact], confidenceOf(best), replaced.same ? 'Yes. ' : 'No. ');
  }

  /**
   * "Did Trump refuse to meet Zelensky?" when no fact states a refusal: the claim without it ("did
   * Trump meet Zelensky?") confirmed by a fact denies the refusal.
   */
  function refusedDone(q: Question): Answer | undefined {
    const rest = withoutRefusal(q.clean);
    const best = rest ? confirmedBy(rest) : undefined;
    return best && compose([best.fact], confidenceOf(best), 'No. ');
  }

  /**
   * A claim bounding a figure ("did the review make more than 60 recommendations?", "did EU countries
   * spend nearly 2% of GDP?"): confirmed by a fact whose figure of the same kind meets the bound,
   * read as the claim with that figure in the bound's place; a fact whose own bound may or may not
   * meet it ("more than 10 submarines?" of "up to 12") neither confirms nor denies; a figure a fact
   * states that a strict bound leaves out ("more than €100 billion?" of €100 billion) denies it.
   * Otherwise the ordinary answer.
   */
  function boundedClaim(q: Question): Answer | undefined {
    const [claim] = boundsOf(q.clean);
    // (The bound's own words may be unknown ones: "nearly".)
    if (!claim || q.unknown.some((u) => !claim.text.toLowerCase().includes(u.toLowerCase()))) return undefined;
    const ranked = doerFirst(q, claimsFirst(q, rank(q)));
    const fitting = ranked.slice(0, 3).filter((r) => r.coverage >= MIN_COVERAGE && !r.wrongPerson);
    let unknown: Ranked | undefined;
    for (const r of fitting) {
      const about = figuresAbout(q, r.fact, claim);
      // (A bound the fact writes of its own figure names that figure: "up to 15 submarines?" of "up to 12" asks its number.)
      if (about.some((x) => side(x.bound) && side(x.bound) === side(claim.bound))) return undefined;
      for (const x of about) {
        const met = meets(claim, x);
        const best = met === 'yes' ? confirmedBy(`${q.clean.slice(0, claim.start)}${x.text}${q.clean.slice(claim.end)}`) : undefined;
        if (best?.fact === r.fact) return compose([best.fact], confidenceOf(best), 'Yes. ');
        if (met === 'unknown') unknown ??= r;
      }
    }
    if (unknown) return decline(`${NOT_SAID}${unknown.fact.answer}`, ranked, q);
    const top = fitting[0];
    const stated = top && figuresAbout(q, top.fact, claim).some((x) => x.bound === 'exact' && x.n === claim.n);
    return stated && meets(claim, { bound: 'exact', n: claim.n }) === 'no' && verdict(q, top.fact, vocabulary) === 'Yes. ' ? compose([top.fact], confidenceOf(top), 'No. ') : undefined;
  }

  /**
   * A fact's figures of the kind a claim bounds, those said with most of the claim's words where
   * some are ("more than €100 billion for the climate?": the €100 billion "to the climate and
   * transformation fund", not the €500 billion fund).
   */
  function figuresAbout(q: Question, f: IndexedFact, claim: Bounded): Bounded[] {
    const text = factText(f);
    const asked = new Set(vocabulary.contentStems(`${q.clean.slice(0, claim.start)} ${q.clean.slice(claim.end)}`));
    const own = figuresWithBounds(text).filter((x) => sameKind(x, claim));
    const shared = own.map((x) => vocabulary.contentStems(`${text.slice(0, x.start).split(/\s+/).slice(-NEAR_BEFORE).join(' ')} ${text.slice(x.end).split(/\s+/).slice(0, NEAR_AFTER + 1).join(' ')}`).filter((s) => asked.has(s)).length);
    const most = Math.max(0, ...shared);
    return own.filter((_, i) => shared[i] === most);
  }

  /** A fact's quote and answer (not the curators' additions in brackets), where its figures are read with their bounds. */
  const factText = (f: IndexedFact) => `${f.quote} ${f.answer.replace(/\([^)]*\)/g, ' ')}`;

  /** How sure an answer from a ranked fact is: its coverage of the question. */
  const confidenceOf = (r: Ranked) => Math.min(1, 0.4 + 0.6 * r.coverage);

  /** The best fact for a claim rewritten from a question (its "from" figure or its refusal taken out), if it confirms it. */
  function confirmedBy(claim: string): Ranked | undefined {
    const q = read(claim);
    const best = claimsFirst(q, rank(q))[0];
    return best && best.coverage >= MIN_COVERAGE && !best.wrongPerson && verdict(q, best.fact, vocabulary) === 'Yes. ' ? best : undefined;
  }

  /**
   * A yes/no claim about someone the best fact does not name is answered by a fact naming who did its
   * act, when one fits well enough: "Will Kallas chair the summit?" → "… chaired by … Costa", not
   * the summit's agenda.
   */
  function doerFirst(q: Question, ranked: Ranked[]): Ranked[] {
    const top = ranked[0];
    if (!q.yesno || !top?.wrongPerson || doneByOther(q, top.fact, vocabulary)) return ranked;
    const doer = ranked.slice(0, 5).find((r) => r.coverage >= MIN_COVERAGE && doneByOther(q, r.fact, vocabulary));
    return doer ? [doer, ...ranked.filter((r) => r !== doer)] : ranked;
  }

  /** The answer from the best-matching fact (or two), or "the article doesn't say". */
  function fromFacts(q: Question): Answer {
    const change = q.yesno ? changed(q) : undefined;
    if (change) return change;
    const bounded = q.yesno ? boundedClaim(q) : undefined;
    if (bounded) return bounded;
    const ranked = doerFirst(q, claimsFirst(q, rank(q)));
    const best = ranked[0];
    if (!best) return decline("The article doesn't say.", ranked, q);
    const pair = best.coverage < MIN_COVERAGE || best.wrongPerson ? pairCovering(q, ranked) : [];
    const list = pair.length ? pair : best.coverage >= MIN_COVERAGE && (!best.wrongPerson || q.yesno) ? [best.fact, ...closeSecond(ranked)] : [];
    if (!list.length) return decline("The article doesn't say.", ranked, q);
    const confidence = confidenceOf(best) * (q.corrected.length ? 0.85 : 1);
    const given = whoInstead(q, best, verdict(q, best.fact, vocabulary, best.wrongPerson && !pair.length));
    // A word the bot does not know is a claim it cannot check: never confirmed ("… legally binding?").
    const lead = given === 'Yes. ' && q.unknown.length ? NOT_SAID : given;
    // Neither confirmed nor denied ("Did Hegseth meet Takaichi?"): not an answer, but what the article does say.
    if (lead === NOT_SAID) return decline(`${NOT_SAID}${best.fact.answer}`, ranked, q);
    // An open question naming nothing but a figure another article states is about that article: "Where
    // will the €100 billion for the states be spent?" is not corrected from one giving €150 billion,
    // nor "who will get the 100 billion?" answered from one giving no such sum.
    if (!q.yesno && namesNoArticle(q) && figureElsewhere(q, best.fact)) return decline("The article doesn't say.", ranked, q);
    if (lead === 'No. ' && namesNoArticle(q) && figureConflict(q, best.fact)) return figureReadings(q, best, confidence, figureConflict);
    // ("was the old 2% target set in 2016?": the 2% targets of every article, read for their dates.)
    if (lead === 'No. ' && namesNoArticle(q) && statesFigure(q) && dateConflict(q, best.fact)) return figureReadings(q, best, confidence, (x, f) => !figureConflict(x, f) && dateConflict(x, f));
    // A denial from an article other than the one the names of the claim point to ("did Rutte host
    // the summit?" is the NATO summit's, not the EU summit Costa chairs) says nothing of it.
    if (lead.startsWith('No') && !namesNoArticle(q) && best.fact.article !== chooser.aboutArticle(q)) return decline(`${NOT_SAID}${best.fact.answer}`, ranked, q);
    return compose(list, confidence, lead);
  }

  const statesFigure = (q: Question) => q.numbers.percents.length + q.numbers.money.length > 0;

  const namesNoArticle = (q: Question) => !q.terms.some((t) => t.startsWith('@'));

  /**
   * A figure claim naming no article ("someone said the new target is 4% of GDP") is read in every
   * article: confirmed where one states it, otherwise denied with the two best readings, so the
   * answer says which target it means.
   */
  function figureReadings(q: Question, best: Ranked, confidence: number, conflict: (q: Question, f: IndexedFact) => boolean): Answer {
    // (Only facts giving a figure of the kind claimed read it: a vote count, not a quote that happens to match.)
    // (The chosen fact is its article's reading: "was it 307 votes against?" is the vote count's.)
    const readings = chooser.readings(q, best).map((r) => (r.fact.article === best.fact.article ? best : r)).filter((r) => conflict(q, r.fact) || verdict(q, r.fact, vocabulary) === 'Yes. ');
    const stated = q.unknown.length ? undefined : readings.find((r) => verdict(q, r.fact, vocabulary) === 'Yes. ');
    if (stated) return compose([stated.fact], confidence, 'Yes. ');
    const [first, second] = readings.length ? readings : [best];
    return compose(second && second.fact.article !== first!.fact.article ? [first!.fact, second.fact] : [first!.fact], confidence, 'No. ');
  }

  // The texts one message has read, and what they were read as: a message reads its text and its
  // parts several times (for chatter, for the asking part, as the question, for each side of a sum).
  let reads = new Map<string, Question>();
  const read = (text: string): Question => {
    let q = reads.get(text);
    if (!q) reads.set(text, (q = borneOut(analyse(vocabulary, text))));
    return q;
  };

  /**
   * A word read through WordNet on thin evidence that the best fact does not state stays unknown,
   * as it was: "convene" is "meet" only where a fact says so; so does one that is all the question
   * asks besides names ("Translate 'hello' into Japanese").
   */
  function borneOut(q: Question): Question {
    if (!q.soft.length) return q;
    // (A loose word of the lexicon is a reading to bear out, not thin evidence: "did Trump attack Spain?" names nothing else.)
    const hard = q.terms.some((t) => !t.startsWith('@') && !q.soft.some((s) => s.term === t)) || q.soft.some((s) => s.loose);
    // (Only a fact that can answer bears a reading out: one pulled in by the reading alone does not.)
    const fit = hard ? rank(q).filter((r) => r.coverage >= MIN_COVERAGE && !r.wrongPerson) : [];
    // (Among facts covering the rest as well, one bearing a loose word out: "who called the outcome
    // a very big win?" is the fact saying "win", not another "called".)
    const best = fit.find((r) => r.coverage >= fit[0]!.coverage && q.soft.some((s) => s.loose && chooser.covers(q, r.fact, s.term))) ?? fit[0];
    // (A word with a reading the fact states is borne out; its other readings go.)
    const borne = new Set(q.soft.filter((s) => best && chooser.covers(q, best.fact, s.term)).map((s) => s.at));
    const missed = q.soft.filter((s) => !borne.has(s.at) || !chooser.covers(q, best!.fact, s.term));
    if (!missed.length) return q;
    // (A loose word the articles write, none of whose readings is borne out, stays their word: "did
    // the Greens win seats?" asks of winning.)
    // (Nor does the thing a which/what question asks go: "which team does Hegseth support?" asks
    // which team, whatever a fact says of the rest.)
    const asked = (s: Question['soft'][number]) => s.loose && ASKED_NOUN(s.word).test(q.clean);
    const kept = (s: Question['soft'][number]) => !borne.has(s.at) && ((s.own && s.term === s.stem) || asked(s));
    const terms = new Set(missed.filter((s) => !kept(s)).map((s) => s.term));
    const stems = q.stems.map((s, i) => (borne.has(i) ? s : (missed.find((m) => m.at === i)?.stem ?? s)));
    // (Nor does the reading's word count as the question's own: "underpins" read as "support".)
    const read = new Set(missed.filter((m) => !borne.has(m.at)).map((m) => root(q.stems[m.at]!)));
    const words = q.words.filter((w) => !read.has(w) || stems.some((s) => root(s) === w));
    // (A loose word the lexicon also calls generic, "want", "become", then asks nothing of its own.)
    // (Nor one the articles write, "win": it stays a word of theirs.)
    const plain = (s: Question['soft'][number]) => s.loose && (s.own || asked(s) || vocabulary.stop.has(s.stem) || vocabulary.phrases.get(s.stem)?.kind === 'generic');
    const unknown = [...new Set(missed.filter((s) => !borne.has(s.at) && !plain(s)).map((s) => s.word))];
    return { ...q, terms: q.terms.filter((t) => !terms.has(t)), soft: q.soft.filter((s) => !terms.has(s.term) && !kept(s)), stems, words, unknown: [...q.unknown, ...unknown] };
  }

  // The questions one message has answered alone: a follow-up in it reads the answer to the
  // question before it ("who's the US defence sec and what did he write?"), answered just before.
  let answers = new Map<string, Answer>();
  // (Read with the article the conversation is on, a question may be answered from another article.)
  const answerOnce = (text: string, focus?: string): Answer => {
    const key = `${focus ?? ''}\n${text}`;
    let a = answers.get(key);
    if (!a) answers.set(key, (a = answerAlone(text, focus)));
    return a;
  };

  /** A message, perhaps several questions or a follow-up to `previous` (the conversation's last question). */
  function answer(input: string, previous?: string): FullAnswer {
    reads = new Map();
    chooser.focusOn(undefined);
    answers = new Map();
    const text = typeof input === 'string' ? input : '';
    // The length first: a message too long to be one question is refused without reading it.
    if (text.length > MAX_MESSAGE_CHARS) return { ...tooLong(text.length), asked: '' };
    const clean = cleanText(text);
    const smallTalk = smallTalkOf(clean);
    if (smallTalk) return { answered: false, text: smallTalk, citations: [], confidence: 0, factIds: [], suggestions: [], smallTalk: true, asked: clean };
    if (isHelpRequest(clean) || clean.length > MAX_QUESTION_CHARS) return { ...answerAlone(clean), asked: clean };
    // Chatter: an exclamation or greeting ("morning!"), words the bot does not know, or, before a
    // question asking in full, a statement naming no one, nothing the articles name and no figure
    // ("our trio of interns keeps asking, so: where …?"; not "the trio of docs they're revising —
    // which ones?", "€500bn over 12 years — how much a year?").
    const isChatter = (piece: string, leanedOn = false) =>
      piece.endsWith('!') || isHelpRequest(piece) || read(piece).unknown.length > 0 || (!leanedOn && !/\d/.test(piece) && !read(piece).terms.some((t) => t.startsWith('@')));
    if (SUMMARY.test(clean)) {
      // ("ugh mondays. anyway, what's the article about?" asks for the summary without the chatter.)
      const [only, ...more] = questionParts(clean, isChatter);
      // (A part asking only for the summary, "tl;dr? and how many troops are in Japan?", is one of
      // the message's questions, taken apart below; "what's the headline number and the deadline?" is one question.)
      const summaryAlone = more.length > 0 && [only!, ...more].some((p) => read(p.replace(SUMMARIES, ' ')).terms.every((t) => t.startsWith('@')));
      const asked = more.length ? clean : only!;
      // (In a conversation, "what's the article about?" is about the article it is on.)
      const on = previous === undefined ? undefined : articleOn({ answerOne: answerOnce, namedArticle }, cleanText(previous));
      if (!summaryAlone) return { ...answerAlone(asked, on), asked };
    }
    const askInFull = () => decline('That sounds like a follow-up, but there is no earlier question to follow. Please ask the full question.');
    const conversing = { vocabulary, analyse: read, answerOne: answerOnce, askInFull, namedArticle, isChatter, isGreeting: isHelpRequest };
    return answerMessage(conversing, clean, previous ? cleanText(previous) : undefined);
  }

  /** The one article a question names, if it names one. */
  const namedArticle = (question: string): string | undefined => chooser.namedArticle(read(question))?.id;

  /** The reply to small talk ("thanks!!", "lol nice"): only when it names nothing the articles name and no figure. */
  function smallTalkOf(clean: string): string | undefined {
    const reply = smallTalkReply(clean);
    return reply && !/\d/.test(clean) && !read(clean).terms.some((t) => t.startsWith('@')) ? reply : undefined;
  }

  const tooLong = (chars: number) => decline(`That message is too long for me (${chars.toLocaleString('en')} characters); please ask one short question.`);

  /** One question, already cleaned and bounded by answer(); `focus`: the article the conversation is on. */
  function answerAlone(clean: string, focus?: string): Answer {
    chooser.focusOn(focus);
    if (clean.length > MAX_QUESTION_CHARS) return tooLong(clean.length);
    if (isHelpRequest(clean)) return decline(`I answer questions about the news in my fact base (${base.articles.map((a) => a.title).join('; ')}).`);
    const wantsSummary = SUMMARY.test(clean);
    const asked = wantsSummary ? clean.replace(SUMMARIES, ' ') : clean;
    // A message may wrap its question in chatter ("My grandson showed me this article. Who did
    // Koizumi meet?"): read it without the chatter, and if that finds nothing, its questions alone
    // ("What is his title? The papers keep changing what they call his department.").
    const unknownIn = (text: string) => read(text).unknown.length > 0;
    const q = read(askingPart(asked, unknownIn));
    const reply = respond(q, wantsSummary);
    const questions = questionsOnly(asked);
    if (reply.answered || q.unknown.length || !questions) return reply;
    const second = respond(read(questions), wantsSummary);
    return second.answered ? second : reply;
  }

  /** What an article is called in an answer: its subject ("NATO", "Japan"), else its title. */
  const nameOf = (a: Article) => base.entities.find((e) => e.id === a.subject)?.name ?? a.title;

  /**
   * With several articles loaded, an answer says which article it comes from ("(From the article on
   * NATO.)") unless the question names that article, or it only says who someone is.
   */
  function sourced(q: Question, reply: Answer): Answer {
    // (A summary says its article before the other articles it lists.)
    if (!reply.answered || base.articles.length < 2 || reply.text.includes(SOURCE)) return reply;
    const named = chooser.namedArticle(q);
    // (Who someone is comes from the registry all articles share.)
    const facts = reply.factIds.map((id) => byId.get(id)!).filter((f) => f !== personFact(f.about[0] ?? ''));
    const from = [...new Set(facts.map((f) => f.article))].filter((a) => a !== named);
    if (!from.length) return reply;
    const names = from.map(nameOf);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
    return { ...reply, text: `${reply.text}${SOURCE}${from.length > 1 ? 's' : ''} on ${list}.)` };
  }

  /**
   * A summary of the latest article asked with no article named ("what's the news?") lists the
   * other articles' titles after it, newest first, so the other news can be asked about.
   */
  function withOthers(reply: Answer, others: Article[]): Answer {
    if (!others.length) return reply;
    const listed = others.slice(0, OTHERS_LISTED).map((a) => `\n• ${a.title}`);
    const more = others.length > OTHERS_LISTED ? `\n(and ${others.length - OTHERS_LISTED} more)` : '';
    return { ...reply, text: `${reply.text}\nAlso in the news:${listed.join('')}${more}` };
  }

  function respond(q: Question, wantsSummary: boolean): Answer {
    const reply = respondFrom(q, wantsSummary);
    if (reply.answered) return sourced(q, reply);
    const placed = townCorrected(q);
    if (placed) return sourced(q, placed);
    const other = holderReading(q);
    return other ? sourced(other.q, other.reply) : sourced(q, reply);
  }

  // The towns among the places each entity names ("Tokyo", "The Hague"; not "the Oval Office", "Huis ten Bosch palace").
  const towns = new Set(base.entities.filter((e) => e.kind === 'place' && namesTown(e.name.replace(/\s+/g, '_'))).map((e) => e.id));

  /**
   * A yes/no claim putting its event in a town ("did Koizumi meet Hegseth in Beijing?", "did von der
   * Leyen present the plan in Paris?"), declined as it is, is denied by a fact that states the event
   * without the town and puts it in another town: "No. They met in Tokyo." Only towns against towns,
   * which one place cannot be in both of ("in Scotland" of Glasgow, "in The Hague" of a palace there
   * say nothing).
   */
  function townCorrected(q: Question): Answer | undefined {
    if (!q.yesno) return undefined;
    for (const { town, at } of townsClaimed(q.clean)) {
      const rest = read(q.clean.replace(at, ' ').replace(/\s+/g, ' ').replace(/\s+(?=\W*$)/, ''));
      if (!rest.yesno || rest.unknown.length) continue;
      const same = (f: IndexedFact) => vocabulary.terms(town).some((t) => f.about.includes(t.slice(1))) || writesTown(f, town);
      // (The claim names whom or what it is about, and the fact is about each: "so the summit was, yeah?" claims too little.)
      const names = rest.terms.filter((t) => t.startsWith('@') && vocabulary.entityKind.get(t.slice(1)) !== 'place').map((t) => t.slice(1));
      const about = (f: IndexedFact) => names.length > 0 && names.every((id) => f.about.includes(id) || f.article.subject === id || f.countries.has(id));
      const where = rank({ ...rest, kind: 'where', terms: [...rest.terms, 'place'] }).slice(0, 5);
      const other = where.find((r) => r.coverage >= MIN_COVERAGE && !r.wrongPerson && about(r.fact) && r.fact.about.some((id) => towns.has(id)) && !same(r.fact) && verdict(rest, r.fact, vocabulary) === 'Yes. ');
      if (other) return compose([other.fact], confidenceOf(other), 'No. ');
    }
    return undefined;
  }

  /**
   * A title people of several articles hold ("the prime minister", "the defence secretary") names,
   * in a question read with one holder and declined, the holder whose article answers it:
   * the question is read again with each other holder's name in the title's place, and the reading
   * answering best, and alone in doing so, is kept ("where did the prime minister give his speech?"
   * is Starmer's speech, though "prime minister" alone is Takaichi's title).
   */
  function holderReading(q: Question): { q: Question; reply: Answer } | undefined {
    const surface = words(q.clean);
    const stems = surface.map(vocabulary.stem);
    const readings: { q: Question; reply: Answer }[] = [];
    for (const id of q.titled) {
      if (q.named.includes(id)) continue;
      const titles = [...(vocabulary.titles.get(id) ?? [])].sort((a, b) => b.length - a.length);
      for (const title of titles) {
        const parts = title.split(' ');
        const at = findRun(stems, parts);
        if (at < 0) continue;
        const span = new RegExp(`(?:\\bthe\\s+)?\\b${surface.slice(at, at + parts.length).map((w) => w.replace(/[^\p{L}\d]/gu, '.?')).join('\\W+')}\\b`, 'iu');
        for (const [other, held] of vocabulary.titles) {
          if (other === id || q.terms.includes(`@${other}`) || !held.some((x) => ` ${x} `.includes(` ${title} `))) continue;
          const name = base.people.find((p) => p.id === other)?.name;
          const text = name && q.clean.replace(span, name);
          if (!text || text === q.clean) continue;
          const again = read(text);
          const reply = respondFrom(again, false);
          if (reply.answered) readings.push({ q: again, reply });
        }
        break;
      }
    }
    const [best, next] = readings.sort((a, b) => b.reply.confidence - a.reply.confidence);
    // (A yes/no claim is checked against one holder only: with two answering, it is not said whose.)
    if (q.yesno && next) return undefined;
    return best && !(next && next.reply.confidence === best.reply.confidence && next.reply.text !== best.reply.text) ? best : undefined;
  }

  function respondFrom(q: Question, wantsSummary: boolean): Answer {
    const worked = derived({ analyse: read, rank, rankIn, facts }, q);
    if (worked) return worked;
    const role = roleCheck(q);
    if (role) return role;
    if (q.unknown.length && !tolerable(q)) return decline(`The article doesn't say anything about “${q.unknown.slice(0, 3).join(' ')}”.`, rank(q), q);
    const summarised = wantsSummary ? chooser.summaryArticle(q) : undefined;
    if (summarised && q.terms.every((t) => summaryTerms.get(summarised.id)!.has(t))) return withOthers(sourced(q, compose(summaryOf(summarised), 0.9)), chooser.notSummarised(q));
    if (onlyModifiers(q)) return decline("The article doesn't say.", rank(q), q);
    const person = onlyPerson(q);
    if (person) return compose([person], 1, verdict(q, person, vocabulary));
    // "Was Hegseth in Japan?" asks where he was.
    if (onlyNames(q)) return q.yesno && q.location ? fromFacts({ ...q, kind: 'where', terms: [...q.terms, 'place'] }) : decline("The article doesn't say.", rank(q), q);
    const reply = fromFacts(q);
    if (reply.answered && (reply.text.startsWith('Yes') || !q.yesno)) return reply;
    const refusal = q.yesno ? refusedDone(q) : undefined;
    if (refusal) return refusal;
    if (reply.answered) return reply;
    for (const read of unstatedReads(q)) {
      const again = respondFrom(read, false);
      if (again.answered) return again;
    }
    return reply;
  }

  // Words the articles and facts write with a capital, not to start a sentence: names ("Canada", denied by a fact).
  const namesWritten = new Set(
    base.articles.flatMap((a) => [...a.text.matchAll(/(?<![.!?]\s*|^\W*)\b[A-Z][\p{L}-]+/gu), ...a.facts.flatMap((f) => [...f.contradicts.join(' ').matchAll(/\b[A-Z][\p{L}-]+/gu)])].map((m) => m[0].toLowerCase())),
  );
  // The terms each article's facts state.
  const statedBy = new Map(base.articles.map((a) => [a.id, new Set(facts.filter((f) => f.article === a).flatMap((f) => [...f.keyTerms, ...f.textTerms]))]));

  /**
   * A question no fact covers enough, read for each article whose facts state all its topics but
   * one with that one as an unknown word: to that article it is as unknown as a word no article
   * uses, and the unknown-word rule decides (tolerable()). "What must allies hand in every year?"
   * of an article that never says "hand". (Only where that article then answers best.)
   */
  function unstatedReads(q: Question): Question[] {
    const top = rank(q)[0];
    if (q.unknown.length || (top && top.coverage >= MIN_COVERAGE)) return [];
    const surface = words(q.clean);
    const open = q.terms.filter((t) => !t.startsWith('@') && !(t in q.describes) && !q.soft.some((s) => s.term === t));
    const reads = new Map<string, Question>();
    // (Articles missing the same term give the same reading: it is ranked once.)
    const tried = new Map<string, { read: Question; article: Article | undefined }>();
    for (const a of base.articles) {
      const missing = open.filter((t) => !statedBy.get(a.id)!.has(t));
      const word = missing.length === 1 ? surface.find((w) => vocabulary.stem(w) === missing[0]) : undefined;
      // (A word the articles write as a name, "Canada", is a name however it is typed.)
      if (!word || namesWritten.has(word.toLowerCase()) || reads.has(word)) continue;
      let t = tried.get(missing[0]!);
      if (!t) {
        const read: Question = { ...q, terms: q.terms.filter((x) => x !== missing[0]), unknown: [word] };
        tried.set(missing[0]!, (t = { read, article: rank(read)[0]?.fact.article }));
      }
      if (t.article === a) reads.set(word, t.read);
    }
    return [...reads.values()];
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
