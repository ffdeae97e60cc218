// What the bot keeps between questions to answer faster (a word's WordNet kin, its parts, a
// cleaned text, a question's reading shared by every article's matcher) never changes an answer:
// the same question gets the same answer whatever was asked before it, and in whatever order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

// Chat messages (several questions, follow-ups, rumour checks), figures worked out, and article choice.
const SETS = ['chat6-a', 'derived-2', 'choice-2-a', 'yesno7-a'];
const questions = SETS.flatMap((set) =>
  readFileSync(join(import.meta.dirname, 'questions', `${set}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { q: string }).q),
);

describe('answers do not depend on what was asked before', () => {
  const first = createCore();
  const inOrder = new Map(questions.map((q) => [q, JSON.stringify(first.answer(q))]));

  it('a second bot asked the same questions shuffled, some twice, answers each as the first did', () => {
    const second = createCore({ facts: first.facts });
    fc.assert(
      fc.property(fc.shuffledSubarray(questions, { minLength: 20, maxLength: 60 }), (asked) => {
        for (const q of [...asked, ...asked.slice(0, 5)]) expect(JSON.stringify(second.answer(q))).toBe(inOrder.get(q));
      }),
      { numRuns: 8, seed: 8 },
    );
  });
});
