// Paraphrases in everyday words the articles do not use: a people for its country, an auxiliary
// the lexicon also knows as a noun, a phrasal verb of a generic verb, a phrasal verb WordNet reads
// in other senses than the verb alone.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('a people named for its country', () => {
  it.each([
    // No curator gave "Spaniards" or "Brits" as aliases: WordNet says whose people they are.
    ['What did Trump say about the Spaniards?', /Spain/],
    ['What did the Brits publish?', /Strategic Defence Review/],
  ])('%s', (q, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('a people of a country no article names is still declined', () => {
    const a = core.answer('What did the Swedes say about the summit?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/swedes/i);
  });
});

describe('an auxiliary before a verb', () => {
  it('"who might veto …?" asks who could, not about military might', () => {
    const a = core.answer('Who might veto a joint statement on Ukraine?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Orbán/);
  });
});

describe('phrasal verbs', () => {
  it('a generic verb and its particle read as WordNet reads the pair: "let off" is exempt', () => {
    const a = core.answer('Which ally was let off the new target?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Spain/);
  });

  it('the verb alone is a reading too: "fix up" as "fix", repair', () => {
    const a = core.answer('How much is going to fix up soldiers\' homes?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/£1\.5 billion/);
  });
});

describe('everyday words for money', () => {
  it.each([
    // "pot" and "cash": a pool of money, money (general English; lexicon concept "spending").
    ['how big is the infrastructure pot?', /€500 billion/],
    ["what's the cash for the nuclear warhead programme?", /£15 billion/],
  ])('%s', (q, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });
});
