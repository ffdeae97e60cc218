// One reading of a text's percentages, for every check that asks what a percentage is said of:
// the words before and after it, what it is a share of ("5% of GDP"), and the words said of it
// alone, up to the next percentage ("3.5% of GDP on core defence (troops and weapons) and up to
// 1.5% on related needs": troops and weapons are the 3.5%'s, cyber defence the 1.5%'s).
import { splitAtPercents } from './text.ts';
import { topicStems, type Vocabulary } from './vocabulary.ts';

export interface Percent {
  n: number;
  /** The text since the percentage before it, and up to the next one. */
  before: string;
  after: string;
  /** The concepts of what it is a share of ("of GDP" → gdp), if the text says. */
  of: string[];
  /** The words of that "of" phrase, as written ("GDP"). */
  ofWords: string;
  /** What the text says after it and that phrase, up to the next percentage ("on core defence …"). */
  rest: string;
}

/** "of GDP", "(two percent) of gross domestic product": what a share is of, right after it (up to four words). */
const OF = /^(?:\s*\([^)]*\))?\s+of\s+((?:[\p{L}'-]+\s*){1,4})/u;
/** Words that end what a share is of: "5% of GDP by 2035", "3.5% of GDP on core defence". */
const SHARE_END = /\s(?:on|by|in|to|for|from|through|with|and|or|at|over|under|than|a|each|every|per)\b.*$/i;

/** The percentages of a text, in order. */
export function percentsOf(text: string, v: Vocabulary): Percent[] {
  const parts = splitAtPercents(text);
  const out: Percent[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const after = parts[i + 1]!;
    const m = OF.exec(after);
    const ofWords = m?.[1]?.replace(SHARE_END, '') ?? '';
    const rest = m ? after.slice(m[0].length - m[1]!.length + ofWords.length) : after;
    out.push({ n: Number(parts[i]), before: parts[i - 1]!, after, of: v.terms(ofWords).filter((t) => !t.startsWith('@')), ofWords, rest });
  }
  return out;
}

/** A percentage said to be spent on something, right after it (or after what it is a share of). */
const SPENT_ON = /^\s*(?:on|for|towards?|into)\s/i;

const NEAR_WORDS = 3;
/** The content words right around a percentage, names aside: "reaching 5% would be unreasonable" → reach, unreason. */
export function nearWords(p: Percent, v: Vocabulary): string[] {
  return [...topicStems(v, p.before).slice(-NEAR_WORDS), ...topicStems(v, p.after).slice(0, NEAR_WORDS)];
}

/**
 * For a text giving several percentages each spent on something, the words said of each alone: those after it, up to the
 * next, that the text says of no other and not before its first (what each is a share of aside):
 * "3.5% of GDP on core defence (troops and weapons) and up to 1.5% on related needs: … cyber
 * defence" → 3.5: core, troop, weapon; 1.5: relat, need, cyber …
 */
export function ownWords(ps: Percent[], v: Vocabulary): { n: number; only: Set<string> }[] {
  // (Only a text splitting spending into parts, each percentage said to be on something: not "2.1% of GDP on defence last year, meeting NATO's 2% target".)
  if (ps.length < 2 || !ps.every((p) => SPENT_ON.test(p.rest))) return [];
  const said = ps.map((p) => v.contentStems(p.rest));
  const lead = new Set(v.contentStems(ps[0]!.before));
  return ps.map((p, i) => ({ n: p.n, only: new Set(said[i]!.filter((s) => !lead.has(s) && !said.some((o, j) => j !== i && o.includes(s)))) }));
}

/** What a percentage is said to be spent on or for, up to three words after it: "2.1% of GDP spent on infrastructure?" → infrastructur. */
export function purposeWords(p: Percent, v: Vocabulary): string[] {
  const m = /\b(?:on|for|towards?|into)\s+([^,;:(?!.]*)/i.exec(p.rest);
  return m ? v.contentStems(m[1]!).slice(0, NEAR_WORDS) : [];
}
