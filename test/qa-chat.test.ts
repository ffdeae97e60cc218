// Chat messages as people type them: the words around a question that ask nothing (a greeting
// calling the channel by a name, an honorific on a name) never make the bot decline it.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();
const ask = (q: string) => core.answer(q);

describe('an honorific or nickname hyphenated to a name is the name', () => {
  it.each([
    ['yo where did koizumi-san and hegseth meet up', /Tokyo/],
    ["takaichi-san's job?", /Prime Minister/],
    ['what did hegseth-sama post on X?', /Peace through Strength|Great meeting/],
  ])('%s', (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('still declines what the article does not say about them', () => {
    expect(ask('how old is koizumi-san').answered).toBe(false);
  });

  it('keeps a known word after the hyphen', () => {
    expect(ask('when did the takaichi-trump talks happen?').text).toMatch(/28 October|a day before/);
  });
});

describe('a greeting calling the channel by a name', () => {
  it.each([
    ['hey team, who did koizumi meet?', /Hegseth/],
    ['morning squad, where did koizumi and hegseth meet?', /Tokyo/],
    ["hey team, what's the latest on japan's defence spending?", /2%/],
  ])('%s', (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });
});

describe('a verb and its particle written as one word, its noun', () => {
  it.each([
    ["where's the next nato meetup", /Türkiye/],
    ['where was the koizumi hegseth meetup?', /Tokyo/],
  ])('%s', (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('leaves a word typed short alone ("talkin" is talking)', () => {
    expect(ask('what are the 3 docs they were talkin abt').text).toMatch(/National Security Strategy/);
  });
});

describe('"again" and "right now" after a question about a goal', () => {
  it.each([
    ['yo whats japans defense spending goal again 💀', /2%/],
    ['wat pct of gdp is japan aiming for on defence rn', /2%/],
  ])('%s', (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it.each(['what % of GDP does Japan spend today?', 'how many allies currently meet the 2% target?'])('still declines the level now: %s', (q) => {
    expect(ask(q).answered).toBe(false);
  });
});
