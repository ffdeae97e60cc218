// Plain questions on the EU and UK articles (eu4 round): what a question asks when it wraps the act
// in a wish ("hope to", "want to"), and "who else" beside someone it names; and the German article's
// other names for the changes it voted on.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('wanting or hoping to do something asks about the act', () => {
  it('is answered by the fact stating the act', () => {
    const a = core.answer('which clause does the commission hope to activate?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/national escape clause/);
    const b = core.answer('when does the UK want to get to 3 percent of GDP?');
    expect(b.answered).toBe(true);
    expect(b.text).toMatch(/next parliament/);
  });
  it('but expecting to do it is a forecast the article must state', () => {
    expect(core.answer('When does Japan expect to reach 3% of GDP?').answered).toBe(false);
  });
});

describe('"who else" beside someone the question names', () => {
  it('is whom the fact names beside them, though no fact writes "else"', () => {
    const a = core.answer('who else helped Robertson with the review?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Barrons/);
  });
  it('but a fact naming no one beside them does not answer', () => {
    expect(core.answer('who else did Koizumi meet besides Hegseth?').answered).toBe(false);
  });
});

describe('an article about what the question names, covering only part of it', () => {
  it('gives way to another naming the same people that covers all of it', () => {
    const a = core.answer('what spending level has Trump asked European NATO members for?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/5%/);
  });
  it('but still answers what only it covers', () => {
    expect(core.answer('What did Trump call the outcome?').text).toMatch(/very big win/);
  });
});

describe('"calling on" someone is asking, not naming', () => {
  it('so how someone is described is not what they called on others to do', () => {
    const a = core.answer('how is Orbán described in the story?');
    expect(a.text).toMatch(/closest ally/);
  });
});

describe('"become" linking a quality, not taking a post', () => {
  it('asks about the quality, which a multiple answers', () => {
    const a = core.answer('how much more lethal will the British Army become?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/ten times more lethal/);
    expect(core.answer('by when does Germany have to become climate neutral?').text).toMatch(/2045/);
  });
  it('but still asks when someone took a post', () => {
    expect(core.answer('when did Takaichi become prime minister?').text).toMatch(/October 21/);
  });
  it('and a quality no fact states after "more" is no chatter', () => {
    expect(core.answer('how will the army become more aggressive?').answered).toBe(false);
  });
});

describe('the German article calls the changes "the package" and "the reform" too', () => {
  it.each(['how many votes did the package get?', 'how many votes did the reform get in the bundestag?'])('%s is the vote count', (q) => {
    expect(core.answer(q).text).toMatch(/513 votes in favour and 207 against/);
  });
});
