// Words that mean a lexicon concept in one of their senses only (data/lexicon.json "loose"): a
// question's loose word is the concept where the fact answering it bears that out, its neighbours
// pick the sense (a title after "become", another word of the same concept), and otherwise it is
// the articles' own word, a word asking nothing ("want"), or unknown.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('a loose word read in the sense the facts bear out', () => {
  it.each([
    ['How many lawmakers opposed the changes?', /207 against/],
    ['Did Trump attack Spain?', /^Yes\. Trump criticised/],
    ['How many attack submarines will Britain build?', /12 new attack submarines/],
    ['Who called the outcome a very big win?', /Trump/],
    ['which retired general was on the review team', /Barrons/],
    ['From when will the Astute boats be retired?', /late 2030s/],
    ['How much room in budgets could the escape clause free up?', /650 billion/],
  ])('%s', (q, answer) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(answer);
  });

  it('reads a loose word the lexicon also calls generic as asking nothing where no fact bears it out', () => {
    expect(core.answer('How much more lethal will the British Army become?').text).toMatch(/ten times more lethal/);
    expect(core.answer('What fraction of the economy does Japan want to put toward its armed forces?').text).toMatch(/2%/);
  });
});

describe('a loose word whose neighbours give its sense', () => {
  it('is taking office right before a title', () => {
    expect(core.answer('When did Hegseth become defence secretary?').answered).toBe(false);
    expect(core.answer('Was Koizumi appointed before Takaichi became prime minister?').text).toMatch(/^No\. Koizumi was appointed/);
  });

  it('is the concept another word of the question gives', () => {
    expect(core.answer('Who won the German election?').text).toMatch(/Merz/);
    expect(core.answer('did merz win the election on feb 23?').text).toMatch(/^Yes\. .*Merz/);
  });

  it('gives no verdict on a claim no fact bears out', () => {
    expect(core.answer('Did the Greens win seats in the February election?').text).not.toMatch(/^\W*(yes|no)\b/i);
    expect(core.answer('Which team does Hegseth support?').answered).toBe(false);
  });
});
