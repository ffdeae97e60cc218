// A document's name says what it is by its last word: a fact about "the Stability and Growth Pact"
// answers "which pact …?", as an organisation's lower-case alias head nouns do ("EU's lending arm").
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('a document by the head noun of its name', () => {
  it.each([
    ['Which pact has the national escape clause?'],
    ["what is the name of the bloc's budget rules pact"],
  ])('%s', (q) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Stability and Growth Pact/);
  });
});
