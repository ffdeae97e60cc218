// A Yes or No only when the fact supports every claim of the question: a thing the article names
// elsewhere, another word before the same title, a side no one took in the fact, the other side of a
// vote said of someone the fact does not name, a title held before read as held now.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();
const lead = (q: string) => core.answer(q).text.split(/[.:]/)[0]!;

/** Neither Yes nor No: the article does not say. */
function expectNoVerdict(q: string) {
  expect(core.answer(q).text).not.toMatch(/^\W*(yes|no)\b/i);
}

describe('a thing the article names in two words, which the fact does not mention', () => {
  it.each([
    'Does the debt brake exemption cover spending on the intelligence services?',
    'Can member states use cohesion funds for defence under the plan?',
  ])('%s is not confirmed by a fact about something else', (q) => {
    const a = core.answer(q).text;
    expect(a.match(/^\W*yes\b/i) ? a : 'not confirmed').not.toMatch(/1% of gross domestic|lend member states/);
  });
  it('the fact naming it still confirms it', () => {
    expect(lead('Does the exemption also cover civil protection?')).toBe('Yes');
  });
});

describe('another word before the same noun', () => {
  it('"later in March" is not "on Monday (March 3)"', () => {
    expectNoVerdict('Did the US resume military aid to Ukraine later in March?');
  });
});

describe('a side the fact does not say anyone took', () => {
  it.each(['Did the Bundestag vote against the constitutional changes?', 'Did lawmakers vote against loosening the debt brake?'])('%s is not confirmed by the approval', (q) => {
    expect(core.answer(q).text).not.toMatch(/^\W*yes\b/i);
  });
  it('voting to do something is backing it', () => {
    expect(lead('did the lower house back the constitutional changes?')).toBe('Yes');
  });
});

describe('the other side of a vote, said of someone the fact does not name', () => {
  it('a tally does not say how a party the article never names voted', () => {
    expectNoVerdict('Did the BSW vote against the debt brake package?');
  });
});

describe('a title held before', () => {
  it.each(['Is Kishida prime minister?', 'Is Robertson NATO secretary general?', "Is Kallas Estonia's prime minister?"])('%s → No: the role says former', (q) => {
    expect(lead(q)).toBe('No');
  });
  it.each(['Was Robertson British defence secretary?', "Was Calviño Spain's economy minister?", 'Was Kishida prime minister?'])('%s → Yes, whoever holds it now', (q) => {
    expect(lead(q)).toBe('Yes');
  });
  it('a title held before by someone else is still denied', () => {
    expect(lead('Is Kallas a former prime minister of Lithuania?')).toBe('No');
  });
  it('"retired" says when, not which title', () => {
    expect(lead('Is Richard Barrons a retired admiral?')).toBe('No');
  });
});

describe("someone else named in a fact that does not state the claim's act", () => {
  it('a No names who did the act, not a fact merely naming others', () => {
    expect(core.answer('Will Kallas chair the summit on Thursday?').text).toMatch(/^No\b.*chaired by .*Costa/);
  });
  it.each(["Did Rutte welcome Britain's defence review?", 'Did Orbán chair the Brussels summit?'])('%s: no verdict from a fact without the act', (q) => {
    expectNoVerdict(q);
  });
  it('an irregular past is the act ("sat down" of "met")', () => {
    expect(lead('Was it Kishida who sat down with Hegseth?')).toBe('No');
  });
});
