// A chat message read as the questions it asks: chatter around them dropped ("ugh, long day.
// anyway: who did Koizumi meet?"), several questions taken apart ("who did Koizumi meet and
// where?"), and rumour checks turned into yes/no questions ("someone said they met in Washington
// — true?" → "is it true that they met in Washington"; "X — is that what they agreed?" asks about X).

import { ASKS, AUX, isAddress, isHelpRequest, SUMMARY, WH } from './message.ts';

/** "… — true?", "…, is he right?", "…, yes?", "… - legit?", "…. is it?" */
const TAG = /(?:(?:^|[\s,;:.!—–-])\s*(?:is (?:that|this|it|he|she|they) (?:really )?(?:right|true|correct|so|accurate|legit|the case)|(?:is )?that (?:right|true|correct|accurate|legit)|(?:or )?am i right|or not|true or false|fact[- ]?check|(?:can|could) (?:you|someone|anyone|somebody) (?:confirm|verify|check)(?: (?:that|this|it))?|any truth (?:to|in) (?:it|that|this)|true|correct|right|yes|yeah|yep|yea|eh|innit|really|accurate|legit|for real|confirm)|(?:^|[,;:.!?—–-])\s*(?:is|was) (?:it|that|this))\s*[?!.]*\s*$/i;
/** "…, is that what the Greens got?": the asking part refers back to the statement before it, which it asks about. */
const REFERS = /(?:^|[,;:.!?—–-])\s*(?:(?:so|and|but)\s+)?(is|was|are|were) (?:that|this|it) ((?:what|who|whom|when|where|why|how|which)\b[^?]*?)\s*[?!.]*\s*$/i;
/** Who passes a claim on, in both patterns below: "heard", "a friend", "I was told", "the news", "a rumour", "fact check". */
const HEARD = "(?:i(?:'ve| have)? )?heard";
const FRIEND = 'a (?:friend|colleague|coworker|co-worker)';
const TOLD = "i (?:was|got|have been|'ve been) told";
const PRESS = '(?:the )?(?:news|reports?|media|press)';
const RUMOUR = "(?:there'?s |there is )?(?:a )?rumou?r";
const FACT_CHECK = 'fact[- ]?check';
/** Who passed the claim on: "someone in the team chat said", "my manager says", "rumour:", "heard". */
const REPORTED = new RegExp(`^\\W*(?:(?:so|ok|okay|and|but|wait)[\\s,]+)?(?:${HEARD}(?: that)?|(?:someone|somebody|people|they|${FRIEND}|my \\w+|the \\w+)(?: (?:in|on|at|from) (?:the |a |my |our )?[\\w -]{1,25}?)? (?:said|says|say|claimed|claims?|told me|tells me|thinks|reckons|mentioned|insists|(?:is|are|was|were|keeps?) (?:saying|claiming|posting))(?: that)?|(?:${TOLD}|${PRESS} (?:says?|said|claims?))(?: that)?|${RUMOUR}s?(?: is| has it| says| going around| circulating)?(?: that)?|word is(?: that)?|${FACT_CHECK}(?:ing)?|apparently|supposedly|reportedly|allegedly|i read(?: that)?|i think|i believe|(?:i'?m )?pretty sure(?: that)?|correct me if i'?m wrong,?(?: but)?|is it true(?: that)?)\\s*[:,]?\\s*`, 'i');
/** A claim someone else passed on (not "I think …"). */
const PASSED_ON = new RegExp(`^\\W*(?:${HEARD}|someone|somebody|people|${FRIEND}|my (?:friend|colleague|coworker|co-worker|boss|manager|dad|mum|mom|brother|sister|partner)|${RUMOUR}|word is|${FACT_CHECK}|${PRESS}|${TOLD})\\b`, 'i');
const LEAD = /^\W*(?:so|ok|okay|wait|hold on|hmm|huh)[\s,]+/i;
/** A polite request around the question: "could you kindly tell me who …" asks who, not yes or no. */
const REQUEST = /^\W*(?:(?:could|can|would|will) (?:you|u|ya) (?:please |kindly |possibly |just )?(?:tell|remind|let) me(?: know)?|(?:please )?(?:tell|remind) me)\s+(?=(?:who|whom|whose|what|when|where|which|why|how)\b)/i;
/** "what's the name of the wire service …" asks which one, not for an official name. */
const NAME_OF = /^\W*what(?:'s|s| is| was) the name of (?:the|that|this) /i;
/** Where a second question starts inside a sentence: ", and where …", " and how many …", ", who …". */
const NEXT_WH = String.raw`(?=(?:(?:on|in|at|for|by|to|from|with)\s+)?${WH}\b)`;
const SECOND = new RegExp(String.raw`\s*,\s*(?:and\s+|&\s+|also\s+|plus\s+)?${NEXT_WH}|\s+(?:and|&|also|plus)\s+${NEXT_WH}`, 'i');

/** Sentences a message may have and still be taken apart (a few questions with some chatter). */
const MAX_PIECES = 6;
/** Questions one message may ask. */
const MAX_QUESTIONS = 4;

const asks = (clause: string) => ASKS.test(clause) || clause.trim().endsWith('?');
/** Starts the way a question does ("and who did he meet"), not only mentions a question word. */
const STARTS_ASKING = new RegExp(String.raw`^\W*(?:(?:so|and|but|also|ok|okay)\s+)?(?:${WH}|${AUX})\b`, 'i');

/** "ok random but what …", "sorry if dumb q, anyway, who …": where a question starts after words leading up to it. */
const LEADS_UP = new RegExp(String.raw`\s*,?\s+(?:but|anyway|anyways)\s*,?\s+(?=${WH}\b|${AUX}\b)`, 'i');

/**
 * Sentences, the clauses after a colon, semicolon, dash, slash or plus, the items of a numbered
 * list ("1) … 2) …"), and a question after "but" or a greeting: each may be chatter or a question.
 */
function pieces(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, ' ') // asides: "(headcount review at 3)"
    .split(/(?<=[?!])\s+|(?<=\w{2}\.)\s+|(?<!\b(?:fact[- ]?check|true or false|rumou?r))[:;]\s+|\s+[—–-]+\s+(?!(?:true|correct|right)\b)|\s+[/+]\s+|(?:^|\s+)\(?\d[).]\s+/)
    .flatMap((s) => s.split(LEADS_UP))
    .flatMap(withoutGreeting)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "hiya, what did …": the greeting before a comma apart from the question after it; "hey team, …": without the greeting. */
function withoutGreeting(piece: string): string[] {
  const comma = piece.indexOf(', ');
  if (comma > 0 && isAddress(piece.slice(0, comma))) return [piece.slice(comma + 2)];
  return comma > 0 && isHelpRequest(piece.slice(0, comma)) ? [piece.slice(0, comma), piece.slice(comma + 2)] : [piece];
}

/** "who's Koizumi again?", "yo whats the goal again 💀": "again" at the end of a question asks to be reminded, not about a second time (unlike "when will they meet again?"). */
const REMIND = new RegExp(String.raw`^(\W*(?:[\w']+\s+){0,2}?${WH}\b(?!.*\b(?:will|going to|next)\b).*?)\s+again\b(?=\W*$)`, 'i');

/**
 * "someone said X — true?", "so X, yes?", "X, is that what they agreed?": the claim X as a yes/no
 * question; undefined if not a claim check.
 */
export function claimCheck(text: string, last = true): string | undefined {
  // ("X, was that why they voted yes?" refers back; its "yes?" is not a tag.)
  const refers = REFERS.exec(text);
  const tag = refers ? undefined : TAG.exec(text);
  const end = refers ?? tag;
  const statement = (end ? text.slice(0, end.index) : text).replace(/[\s,;:.!?—–-]+$/, '');
  const reported = REPORTED.exec(statement);
  const claim = reported ? statement.slice(reported[0].length) : statement.replace(LEAD, '');
  // (Passed on by someone else, it is a claim to check even without a "?", when nothing follows it: "a friend told me they met in Osaka".)
  if (!claim || (!end && !((last && PASSED_ON.test(statement)) || ((reported || LEAD.test(statement)) && text.trim().endsWith('?'))))) return undefined;
  if (refers) return ASKS.test(claim) || isHelpRequest(claim) ? undefined : `is it true that ${claim} ${refers[1]} ${refers[2]}?`;
  if (ASKS.test(claim) && !reported) return tag ? claim : undefined; // "Did they meet in Tokyo, right?"
  return `is it true that ${claim}?`;
}

/**
 * "who reported it? — Reuters?", "who reported it, was it Reuters?", "who reported it - maybe
 * Reuters?": a question asked in full, then a guess at its answer offered after it.
 */
const GUESSED = /^(.*\?)\s+—\s+[^?]*\?$/;
const GUESSED_AFTER = new RegExp(String.raw`^(.*\b${WH}\b.*?)\s*[,—-]\s*(?:or\s+)?(?:(?:was|is|were|are) (?:it|that|they)|maybe|perhaps|probably|i think|i guess)\s+[^?]*\?$`, 'i');

/** The question without the guess offered after it ("who reported it? Reuters?" → "who reported it?"); undefined if none. */
export const withoutGuess = (question: string) => GUESSED.exec(question)?.[1] ?? GUESSED_AFTER.exec(question)?.[1]?.concat('?');

/** A question naming nothing of its own, asking about what was said before it: "which ones?", "what's that?", "when?". */
const POINTS_BACK = new RegExp(String.raw`^\W*(?:(?:and|so|ok|okay)\s+)?${WH}(?:'s|s|\s+(?:is|are|was|were))?(?:\s+(?:ones?|that|this|it|they|them|those|these|exactly|again))?\W*$`, 'i');

/** "… how many points is that?": a question ending on what was said before it. */
const ENDS_POINTING = /\b(?:that|this|it|those|these|them)(?:\s+(?:again|then|exactly))?\W*$/i;

const BARE_WH = new RegExp(String.raw`^\W*${WH}\W*$`, 'i');
const LEADING_WH = new RegExp(String.raw`^\W*${WH}\b`, 'i');

/** "where and when was the target set?": a bare question word asks about the rest of the next question. */
function shareRest(parts: string[]): string[] {
  return parts.map((x, i) => {
    const next = parts[i + 1];
    return BARE_WH.test(x) && next && LEADING_WH.test(next) ? next.replace(LEADING_WH, x.trim()) : x;
  });
}

/** A few words without figures, then a question word and more: "gm quick q what kind of treaty …" (not "merz said what, …"). */
const WH_AFTER = new RegExp(String.raw`^((?:[^\s,;:\d]+\s+){1,3}?)(?=${WH}\s+[\w'])`, 'i');

/**
 * "gm quick q what kind of treaty …": a few words before a question of four words or more, with no
 * punctuation between, that the bot cannot read (a greeting, "quick q") are chatter, as they would
 * be before a comma; words it reads stay ("defence spending above what share …", "poland spends
 * what % …"), and so does a lead-in to a short question ("european defence stocks doing what this week?").
 */
function withoutLeadIn(piece: string, isChatter: (piece: string, leanedOn?: boolean) => boolean): string {
  const lead = STARTS_ASKING.test(piece) ? undefined : WH_AFTER.exec(piece);
  const rest = lead ? piece.slice(lead[0].length) : '';
  return lead && rest.split(/\s+/).length >= 4 && isChatter(lead[1]!.trim(), true) ? rest : piece;
}

/**
 * The questions a message asks, in order; the message itself when it asks nothing recognisable.
 * A piece that does not ask is chatter when `isChatter` says so (dropped), and otherwise the topic
 * of the question after it ("Defence Buildup Program - what's that?"); `isChatter` is told when
 * that question names nothing of its own or ends on "that" ("which ones?", "how much is that per
 * year?"), so leans on the piece.
 */
export function questionParts(text: string, isChatter: (piece: string, leanedOn?: boolean) => boolean): string[] {
  // (Where some sentences end in "?", only those are questions to strip: not "I'm always curious how these things work.")
  const all = pieces(text).map((p) => (!text.includes('?') || p.endsWith('?') ? withoutLeadIn(p, isChatter) : p));
  // A long message of many sentences is not a few questions: it is read whole, as before.
  if (all.length > MAX_PIECES) return [text];
  // A tag on its own ("Koizumi took office years ago. True?") checks the sentence before it, and
  // so does a question referring back to a statement ("Climate neutrality by 2050 — is that what they got?").
  const isTag = (p = '') => TAG.test(` ${p}`) && p.split(/\s+/).length <= 4;
  const endsCheck = (p: string, next = '') => isTag(next) || (REFERS.test(next) && claimCheck(`${p} — ${next}`) !== undefined);
  const joined = all.flatMap((p, i) => (i > 0 && endsCheck(all[i - 1]!, p) ? [] : [endsCheck(p, all[i + 1]) ? `${p} — ${all[i + 1]}` : p]));
  // When some sentences end in "?", those are the questions ("… I'm always curious how these things work.").
  const marked = joined.some((p) => p.endsWith('?'));
  const questions: string[] = [];
  let topic = '';
  for (const [i, p] of joined.entries()) {
    const check = claimCheck(p, i === joined.length - 1);
    // (A request for the summary asks too: "give me a summary. also who did Koizumi meet?")
    if (!check && !(asks(p) && (!marked || p.endsWith('?') || STARTS_ASKING.test(p) || SUMMARY.test(p)))) {
      const next = joined[i + 1] ?? '';
      if (!isChatter(p, POINTS_BACK.test(next) || ENDS_POINTING.test(next))) topic += `${p}, `;
      continue;
    }
    // "How will they pay for it — taxes or bonds?": options offered for the question before, not a question of their own.
    if (!check && !ASKS.test(p) && !topic && questions.length) {
      questions.push(`${questions.pop()!} — ${p}`);
      continue;
    }
    for (const x of check ? [check] : shareRest(p.split(SECOND).filter((y) => y.trim()))) {
      if (check || asks(x)) {
        questions.push(`${topic}${x.replace(REQUEST, '').replace(NAME_OF, 'which ').replace(REMIND, '$1')}`.trim());
        topic = '';
      } else topic += `${x}, `;
    }
  }
  return questions.length && questions.length <= MAX_QUESTIONS ? questions : [text];
}
