// Plain questions a newcomer asks of the EU and UK articles: a "how much" about a figure given only
// as a share, the level now asked in the fact's own words of time, and how someone described
// something when the article only says what they said.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('a fact giving only a share counts and prices nothing', () => {
  it('answers "how much" naming who spends, in words the fact uses', () => {
    const a = core.answer('how much will allies need to spend according to Rutte?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/more than 3 percent/);
  });
  it('but not a sum of something it does not name', () => {
    expect(core.answer("what share of germany's gdp is the €500bn fund?").answered).toBe(false);
  });
});

describe('the level now, asked in the words of time a fact writes', () => {
  it('is that fact\'s figure', () => {
    const a = core.answer('what share of its GDP is Poland spending on defence this year?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/4\.7%/);
  });
  it('is not a goal due "by the end of this fiscal year"', () => {
    expect(core.answer('What percentage of GDP does Japan spend on defence right now?').answered).toBe(false);
  });
});

describe('how someone described something is what they said of it', () => {
  it('finds their quote where the article never says "describe"', () => {
    const a = core.answer('how did the defence secretary Healey characterise the threats?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/more serious and less predictable/);
  });
  it('but what something is called still asks its name', () => {
    const a = core.answer("what's the new UK command called");
    expect(a.text).not.toMatch(/submarines/);
  });
});

describe('someone described as a former holder of a title', () => {
  it('answers what they did before', () => {
    const a = core.answer('what did Kubilius do previously?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/former prime minister of Lithuania/);
  });
  it('but no one else\'s earlier job is made up', () => {
    expect(core.answer('what job did Costa have before?').answered).toBe(false);
  });
});
