// Reading a chat message before its words: greetings and help, summary requests, and the part of
// a message that asks, without the chatter around it.
import { recent } from './once.ts';
import { anyOf, BE_AUX, cleanText, DO_AUX } from './text.ts';

/** A greeting, thanks or call for help ("hi", "thanks so much", "what can you do"). */
const GREETING = `(?:hi|hiya|hello|hey|yo|howdy|greetings|(?:good )?(?:morning|afternoon|evening)|good night|gm|help|commands|menu|start|thanks|thank you|thx|ty|cheers|bye|goodbye|see you|see ya|ok|okay|cool|great|nice|awesome|perfect|got it|that's all|that is all|that's it|for now|no more questions|how are you(?: doing)?(?: today)?|what's your name|what is your name|whats your name|how's it going|how is it going|what's up|whats up|sup|what can you do|what do you do|who are you|what are you|who (?:built|made|created|designed|programmed|coded|wrote) you|how do (?:i|you) use (?:this|you|it)|usage)`;
/** Only greetings and calls for help, in words separated by single spaces: one way to match, so linear. */
const HELP_WORDS = new RegExp(`^${GREETING}(?: ${GREETING})*(?: (?:there|bot|factdesk|all|everyone|folks|guys|so much|a lot|lots))?$`, 'i');
/** A greeting calling the channel by some name before a question: "hey team", "morning squad". */
const ADDRESS = new RegExp(`^(?:${GREETING})(?: (?:${GREETING}))* [\\p{L}']+$`, 'iu');
/** "hey team, …": a greeting and whom it addresses, one word, which asks nothing. */
export const isAddress = (text: string) => ADDRESS.test(cleanText(text).replace(/[\s!.,?]+/g, ' ').trim());
/**
 * A request for a summary: "what's new?", "what's the latest on NATO?", "sum up the news" (not "what's
 * the new target?"); a message asking only for more ("anything else?", "tell me more") is one too.
 */
export const SUMMARY =
  /\b(summar(y|ise|ize)|sum(?:s|med|ming)? (?:it |this |that )?up(?! to\b)|overview|tl;?dr|gist|recap|rundown|nutshell|brief me|catch me up|fill me in|lowdown|key points|main points|(?:key |main )?takeaways?|highlights|headlines?|what(?:'s|s| is| was)? (?:the )?(?:news|story|deal|(?:latest|new)(?! (?!on|with|about|in|for|from|here|today)[a-z]))|what(?:'s|s| is) (?:this|it|the)(?: article| story| piece| news)? about|what happened|going on|the news(?! (?:conference|briefing|agency|release))|latest news|big picture|in short|in a (?:few words|couple of lines|sentence|nutshell)|short version|(?<=^\W*(?:(?:ok|okay|and|so|cool|nice|thanks)\W+)?)(?:tell me more|anything else|what else|anything more|more|go on|keep going)(?=\W*$))\b/i;
/** A word written with a capital other than at the start of a sentence: a name. */
export const properNoun = (word: string, text: string) => new RegExp(`(?<![.!?]\\s*|^\\W*)\\b${word[0]!.toUpperCase()}${word.slice(1)}\\b`).test(text);
const sentencesOf = (text: string) => text.split(/(?<=[!?])\s+|(?<=[a-z]{2}\.)\s+(?=[A-Z])/).filter((x) => x.trim());
export const WH = String.raw`(?:who|whom|whose|what|whats|what's|when|where|which|why|how)`;
export const AUX = anyOf([...BE_AUX, ...DO_AUX, 'should']);
/** A clause that asks, whatever its other words: a question word, or a verb first ("Did …", "Is …"), or an order ("tell me …"). */
export const ASKS = new RegExp(String.raw`\b${WH}\b|^\W*(?:(?:so|and|but|also|ok|okay)\s+)?(?:${AUX}|tell|give|explain|list|name|describe|summari[sz]e|confirm)\b`, 'i');
/** Starts with a question word: "who …", "when's …". */
const OPENS_ASKING = /^\W*(?:who|whom|whose|what|whats|when|where|which|why|how)\b/i;
const clausesOf = (sentence: string) => sentence.split(/\s*[,;:]\s+|\s+[-–—]\s+/);

/** Empty input, a greeting or a call for help: answered with the help text. */
// (One message asks it of the same texts several times: the last texts' are kept.)
export const isHelpRequest = recent((text: string): boolean => {
  // Punctuation and spaces become one space first, so a bare "?" (or "!!") is empty, and help.
  const plain = cleanText(text).replace(/[\s!.,?]+/g, ' ').trim();
  return !plain || HELP_WORDS.test(plain);
}, 16);

/** Thanks, in words or emoji: "ty that helps", "appreciate it 🙏". */
const THANKS = /\b(?:thanks?|thank you|thx|ty|tysm|tyvm|cheers|appreciated?|kudos)\b|🙏/i;
/** An acknowledgement, a laugh, praise or a goodbye: "ok cool", "haha fair enough 😂", "nvm figured it out", "good bot". */
const ACKNOWLEDGES =
  /\b(?:ok(?:ay)?|kk?|cool|nice|great|awesome|perfect|neat|got it|gotcha|makes sense|fair enough|noted|will do|sounds good|np|no worries|all good|nvm|never ?mind|brb|bye|goodbye|cya|see ya|lol|lmao|rofl|haha\w*|hehe\w*|good (?:bot|job|stuff|one)|helpful|useful|legend|love (?:it|this|that)|good to know|figured it out|wow|whoa|yikes|oof|interesting)\b|👍|👌|😂|🤣|😅|🙌/i;
/** A greeting opening the message: "morning all, happy friday". */
const HELLO = /^\W*(?:hi|hiya|hello|hey|heya|yo|howdy|gm|good (?:morning|afternoon|evening)|morning|afternoon|evening)\b/i;
/** Most words a message of small talk has: a longer one says something. */
const MAX_SMALL_TALK_WORDS = 12;

/**
 * The short reply to small talk, a message that asks nothing and only thanks, acknowledges, laughs,
 * praises or greets ("thanks!!", "lol nice", "ngl this bot is kinda useful", "morning all, happy
 * friday"); undefined for anything else. A bare greeting or call for help is not small talk: it gets
 * the help text. (The caller checks that the message names nothing the articles name.)
 */
export function smallTalkReply(text: string): string | undefined {
  const plain = cleanText(text);
  if (plain.includes('?') || ASKS.test(plain) || plain.split(/\s+/).length > MAX_SMALL_TALK_WORDS) return undefined;
  if (THANKS.test(plain)) return "You're welcome! Ask me anything else about the news whenever you like.";
  if (ACKNOWLEDGES.test(plain)) return '👍 Ask me another question about the news whenever you like.';
  if (HELLO.test(plain) && !isHelpRequest(plain)) return 'Hi! 👋 Ask me anything about the news in my fact base.';
  return undefined;
}

/**
 * A message without the chatter around its question: sentences and clauses that neither ask nor
 * say anything the bot knows ("My grandson showed me this article. Who did Koizumi meet?",
 * "Forgive an old man's curiosity, but what did Takaichi say?"). Short clauses stay: "How much,
 * in yen, is the budget?" asks in yen.
 */
export function askingPart(text: string, unknownIn: (part: string) => boolean): string {
  const chatter = (part: string, asks: boolean) => !asks && part.split(' ').length >= 3 && unknownIn(part);
  const sentences = sentencesOf(text);
  if (sentences.length < 2 && !/[,;:]\s|\s[-–—]\s/.test(text)) return text;
  // (A sentence starting with a question word asks, whatever follows: "who negotiated it, asking for a friend".)
  const asking = sentences.filter((x) => !chatter(x, x.trim().endsWith('?') || OPENS_ASKING.test(x)));
  const clauses = asking.flatMap(clausesOf);
  if (!clauses.some((c) => ASKS.test(c))) return asking.join(' ') || text;
  return clauses.filter((c) => !chatter(c, ASKS.test(c))).join(', ');
}

/** Only what a message asks: its sentences that end in "?" and, of those, the clauses that ask. */
export function questionsOnly(text: string): string | undefined {
  const sentences = sentencesOf(text);
  const questions = sentences.filter((x) => x.trim().endsWith('?'));
  const clauses = (questions.length ? questions : sentences).flatMap(clausesOf);
  const asking = clauses.filter((c) => ASKS.test(c) || c.split(' ').length < 3);
  const only = (asking.length ? asking : clauses).join(', ');
  return only !== text ? only : undefined;
}
