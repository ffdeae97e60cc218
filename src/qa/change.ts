// A claimed change between two percentages ("did NATO raise its target from 2% to 5%?") is two
// claims: the new figure, which a fact of the change states, and the old one, which the article may
// give in another fact, as what the new one replaced. The claim is read without its "from" figure,
// and that figure is checked against what the same article says was replaced.
import { replacedPercent } from './crux.ts';
import type { IndexedFact } from './facts.ts';

const PCT = '(\\d+(?:\\.\\d+)?)\\s*(?:%|per\\s?cent|pct)';
const FROM_TO = new RegExp(`\\bfrom\\s+${PCT}((?:\\s+of\\s+[\\p{L}-]+)?\\s+(?:up\\s+)?to\\s+)${PCT}`, 'iu');

/** A claim's change between two percentages: the one it starts from, and the claim without it ("… raise its target to 5%?"). */
export function changeClaim(clean: string): { from: number; rest: string } | undefined {
  const m = FROM_TO.exec(clean);
  if (!m) return undefined;
  return { from: Number(m[1]), rest: `${clean.slice(0, m.index)}to ${m[3]}%${clean.slice(m.index + m[0].length)}` };
}

/** The article's fact giving a percentage as the one replaced: the given one if it does, else another one (which denies the claim). */
export function replacedIn(facts: IndexedFact[], article: IndexedFact['article'], from: number): { fact: IndexedFact; same: boolean } | undefined {
  const own = facts.filter((f) => f.article === article);
  const same = own.find((f) => replacedPercent(f, from));
  if (same) return { fact: same, same: true };
  const other = own.find((f) => f.percents.some((n) => n !== from && replacedPercent(f, n)));
  return other && { fact: other, same: false };
}
