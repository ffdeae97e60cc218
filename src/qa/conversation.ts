// A message in a conversation: its questions answered one by one (a follow-up read against the
// question before it, in the message or in the conversation) and put together in one answer.
import type { Answer as FullAnswer } from '../core.ts';
import { continues, isBare, isFollowUp, readingOf, refersBack, resolveFollowUp } from './followup.ts';
import { questionParts, withoutGuess } from './parts.ts';
import type { Question } from './question.ts';
import type { Vocabulary } from './vocabulary.ts';

type Answer = Omit<FullAnswer, 'asked'>;

const MAX_FOLLOW_UP_WORDS = 8;

export interface Conversing {
  vocabulary: Vocabulary;
  analyse(text: string): Question;
  /** Answers one standalone question; close calls go to `focus`, the article the conversation is on. */
  answerOne(question: string, focus?: string): Answer;
  /** The reply to a follow-up with nothing before it. */
  askInFull(): Answer;
  /** The one article a question names ("how did the Bundestag vote go?" → the German one), if it names one. */
  namedArticle(question: string): string | undefined;
  /** A piece of a message that neither asks nor says anything the bot knows ("ugh, long day"). */
  isChatter(piece: string, leanedOn?: boolean): boolean;
  /** A greeting or thanks, which is not a question ("hi!", "thanks"). */
  isGreeting(piece: string): boolean;
}

/**
 * One question of a conversation, with the standalone question it was read as. A follow-up needs
 * `context` (without it, the user is asked for the full question); a question with a pronoun and
 * no name ("where did they meet?") is read with the last question's names first, and alone if
 * that finds nothing.
 */
function answerInContext(c: Conversing, question: string, context: string | undefined, focus: string | undefined): { asked: string; answer: Answer } {
  // Follow-ups are short or point back with a pronoun; anything else stands alone.
  if (question.split(' ').length > MAX_FOLLOW_UP_WORDS && !/\b(?:he|him|his|she|her|they|them|their)\b/i.test(question)) return guessedOrNot(c, question, focus);
  const reading = readingOf(c.analyse(question));
  if (isFollowUp(question, reading)) {
    // Without an earlier question, "what about defence spending?" may still stand alone.
    if (!context) {
      if (isBare(question, reading) || continues(question)) return { asked: question, answer: c.askInFull() };
      const alone = c.answerOne(question, focus);
      return { asked: question, answer: alone.answered ? alone : c.askInFull() };
    }
    const asked = resolveFollowUp(question, context, c.vocabulary, c.answerOne(context, focus).text);
    return { asked, answer: c.answerOne(asked, focus) };
  }
  if (context && refersBack(question, reading)) {
    const asked = resolveFollowUp(question, context, c.vocabulary, c.answerOne(context, focus).text);
    const answer = c.answerOne(asked, focus);
    if (answer.answered) return { asked, answer };
    // Read alone, "his" or "it" is whoever the articles find: only an answer from the article the
    // conversation is on may be about the one meant ("what's his background?" after the UK review's author).
    const alone = guessedOrNot(c, question, focus);
    return focus === undefined || articleOf(alone.answer) === focus ? alone : { asked, answer };
  }
  return guessedOrNot(c, question, focus);
}

/** A question answered alone; a guess the articles do not bear out ("who reported the talks? Reuters?") leaves the question it follows. */
function guessedOrNot(c: Conversing, question: string, focus: string | undefined): { asked: string; answer: Answer } {
  const answer = c.answerOne(question, focus);
  const alone = answer.answered ? undefined : withoutGuess(question);
  const unguessed = alone ? c.answerOne(alone, focus) : undefined;
  return unguessed?.answered ? { asked: alone!, answer: unguessed } : { asked: question, answer };
}

/** The article an answer comes from (its first citation's), if it answered. */
export const articleOf = (a: Answer): string | undefined => (a.answered ? a.citations[0]?.articleId : undefined);

/**
 * The article a conversation is on after a question: its answer's, or, when it was declined, the one
 * article it names (the decline offered that article's questions).
 */
export const articleOn = (c: Pick<Conversing, 'answerOne' | 'namedArticle'>, question: string): string | undefined => articleOf(c.answerOne(question)) ?? c.namedArticle(question);

/** A question read with the one before it: a follow-up ("and when?") or one pointing back with a pronoun. */
function leansBack(c: Conversing, question: string): boolean {
  const reading = readingOf(c.analyse(question));
  return isFollowUp(question, reading) || refersBack(question, reading);
}

/** One answer for a message of one or more questions. */
export function answerMessage(c: Conversing, clean: string, previous: string | undefined): FullAnswer {
  const found = questionParts(clean, c.isChatter).filter((p, _, all) => all.length === 1 || !c.isGreeting(p));
  // Nothing that reads as a question ("? ? ? x"): the message is answered as it is.
  const parts = found.length ? found : [clean];
  const answers: { asked: string; answer: Answer }[] = [];
  let context = previous;
  // The article the conversation is on: the last answer's ("where did they meet, and on what day?").
  let focus = previous === undefined ? undefined : articleOn(c, previous);
  for (const [i, part] of parts.entries()) {
    // ("Which agency reported it and how many documents are being revised?": with nothing before
    // it, a question leaning back leans on the question after it.)
    const ahead = !context && i === 0 && parts[1] && leansBack(c, part) && !leansBack(c, parts[1]) ? parts[1] : undefined;
    const one = answerInContext(c, part, context ?? ahead, focus);
    focus = articleOf(one.answer) ?? c.namedArticle(one.asked) ?? focus;
    // A question leaning on one before it in the message that the articles do not cover is not
    // covered either, unless read with it ("who is X and what did she say?" is not about whoever
    // "she" alone finds; "merz = chancellor? who is he in this story" is about Merz).
    const before = answers.at(-1);
    const unresolved = before && !before.answer.answered && one.asked === part && leansBack(c, part);
    answers.push(unresolved ? { asked: part, answer: before.answer } : one);
    context = one.asked;
  }
  return { ...combine(answers), asked: answers.at(-1)!.asked };
}

/** What a decline says before the questions it offers instead (the engine's decline text). */
export const OFFER = ' You could ask:';

/** How an answer's note on its article begins ("\n(From the article on NATO.)"). */
export const SOURCE = '\n(From the article';

/** A declined question's reason without the questions offered instead: "The article doesn't say anything about “weather”." */
const reasonOf = (text: string) => text.split(OFFER)[0]!.trim();

/** An answer without its verdict and its note on the article: what two answers saying the same share. */
const bodyOf = (text: string) => text.split(SOURCE)[0]!.replace(/^(?:Yes|No)\. /, '');

/**
 * The parts' answers, each said once: two questions one fact answers ("where and when …?", "is it
 * ahead of the pledge, and by how much?") get it once, as the first put it. A note on the article
 * that every answer has is said once, at the end.
 */
function sayOnce(texts: string[]): string[] {
  const once = texts.filter((t, i) => texts.findIndex((u) => bodyOf(u) === bodyOf(t)) === i);
  const noteOf = (t: string) => (t.includes(SOURCE) ? t.slice(t.indexOf(SOURCE)) : '');
  const notes = new Set(once.map(noteOf));
  if (notes.size !== 1 || notes.has('')) return once;
  const bare = once.map((t) => t.replace(noteOf(t), ''));
  return [...bare.slice(0, -1), `${bare.at(-1)}${[...notes][0]}`];
}

/**
 * The answers to a message's questions in order, each with its citations. A message is answered
 * when any of its questions is; each one the article does not cover is named with the reason
 * ("… As for “who won the World Cup?”: the article doesn't say."). When none is, the first
 * decline stands.
 */
function combine(answers: { asked: string; answer: Answer }[]): Answer {
  const answered = answers.filter((x) => x.answer.answered);
  if (answers.length === 1 || !answered.length) return (answers.find((x) => !x.answer.answered) ?? answers[0]!).answer;
  const said = (x: { asked: string; answer: Answer }) => {
    if (x.answer.answered) return x.answer.text;
    const reason = reasonOf(x.answer.text);
    return `As for “${x.asked.replace(/^(?:and|also|plus|but|so)\s+/i, '')}”: ${reason[0]!.toLowerCase()}${reason.slice(1)}`;
  };
  const text = sayOnce(answers.map(said)).join('\n\n');
  const citations = [...new Map(answered.flatMap((x) => x.answer.citations).map((c) => [c.quote, c])).values()];
  return {
    answered: true,
    text,
    citations,
    confidence: Math.min(...answered.map((x) => x.answer.confidence)),
    factIds: [...new Set(answered.flatMap((x) => x.answer.factIds))],
    suggestions: [],
  };
}
