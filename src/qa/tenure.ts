// Whether someone holds a title now or held it before: "Is Kishida prime minister?" of "Japan's
// former Prime Minister" is No; "Was Robertson British defence secretary?" of "a former NATO Secretary
// General and British defence secretary" is his own past title, not the current holder's.
import type { Vocabulary } from './vocabulary.ts';

/** A title held before: "a former Estonian prime minister", "ex-minister", "a retired general". */
export const FORMER = /\b(?:former|ex-|retired)\b/i;
/** A claim about the past: "was …", "did … serve as", "once", "formerly", "used to be". */
const PAST_CLAIM = /^\W*(?:was|were|had|did)\b|\b(?:once|formerly|former|ex-|retired|used to|previously)\b/i;

/**
 * Whether the person's role (as their fact writes it) gives the title a claim asks about as one held
 * before ('former'), as one held now ('current'), or not at all (undefined). The role's part that
 * shares most of the title's words and concepts is the one the claim asks about ("British defence
 * secretary" of "the leader of the UK Strategic Defence Review, a former NATO Secretary General and
 * British defence secretary").
 */
export function tenureOf(role: string, title: string, v: Vocabulary): 'former' | 'current' | undefined {
  const asked = readings(title, v);
  let best: { shared: number; part: string } | undefined;
  for (const part of role.split(/[,;(]/)) {
    const shared = readings(part, v).filter((x) => asked.includes(x)).length;
    if (shared > (best?.shared ?? 0)) best = { shared, part };
  }
  return best ? (FORMER.test(best.part) ? 'former' : 'current') : undefined;
}

/**
 * A text's content stems and concepts, names aside (they are the person, not the title), and the
 * words saying when it was held aside too ("a retired admiral" shares no title with "a retired general").
 */
function readings(text: string, v: Vocabulary): string[] {
  const title = text.replace(FORMER_WORDS, ' ');
  return [...new Set([...v.contentStems(title), ...v.terms(title)])].filter((x) => !x.startsWith('@') && v.phrases.get(x)?.kind !== 'entity');
}
const FORMER_WORDS = /\b(?:former|ex|retired|previous|previously|once|formerly)\b/gi;

/** Whether a yes/no claim asks about the past: "was Robertson defence secretary?", "is Kallas a former PM?". */
export const asksPast = (claim: string) => PAST_CLAIM.test(claim);
