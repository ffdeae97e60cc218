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

describe('a word naming a number', () => {
  it("reads 'trio' as three: the trio of docs they're revising — which ones?", () => {
    const a = ask("the trio of docs they're revising — which ones?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/National Security Strategy/);
  });

  it.each(['Did Takaichi meet Xi Jinping?', 'Who won the Japanese Grand Prix?'])('reads no number into a name or an adjective: %s', (q) => {
    expect(ask(q).text).toMatch(/xi jinping|grand prix/);
  });
});

describe('a guess offered after a question', () => {
  it('answers the question when the guess is wrong: who reported the docs discussion? reuters?', () => {
    const a = ask('who reported the docs discussion? reuters?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Kyodo/);
  });

  it('still declines what the article does not say: where in tokyo did koizumi meet hegseth? the embassy?', () => {
    expect(ask('where in tokyo did koizumi meet hegseth? the embassy?').answered).toBe(false);
  });
});

describe('a statement naming nothing the articles name, before a question asking in full', () => {
  it.each([
    ['our trio of interns keeps asking, so: where did Koizumi and Hegseth meet?', /Tokyo/],
    ["Forgive an old man's curiosity, but what did the new Prime Minister, Mrs Takaichi, say to President Trump about strengthening Japan's defences?", /fundamentally reinforce/],
  ])('is chatter: %s', (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it.each([
    ['€500bn over 12 years — how much is that per year?', /41\.67 billion/],
    ["the trio of docs they're revising — which ones?", /National Security Strategy/],
  ])('is the topic of a question leaning on it: %s', (q, expected) => {
    expect(ask(q).text).toMatch(expected);
  });

  it('leaves a follow-up after chatter a follow-up: ugh long day - where?', () => {
    expect(ask('ugh long day - where?').text).toMatch(/full question/);
  });
});

describe('"it" in one question of a message is what the other question asks about', () => {
  it('reads "it" with the question after it: Which agency reported it and how many documents are being revised?', () => {
    const a = ask('Which agency reported it and how many documents are being revised?');
    expect(a.text).toMatch(/Kyodo/);
    expect(a.text).toMatch(/National Security Strategy/);
    expect(a.text).not.toMatch(/follow-up/);
  });

  it('still asks for the full question when nothing else is asked: which agency reported it?', () => {
    expect(ask('which agency reported it?').text).toMatch(/full question/);
  });
});

describe('a noun naming a number in a yes/no question', () => {
  it('is a count the claims do not check, never confirmed: did the trio meet together?', () => {
    expect(ask('did the trio meet together?').text).not.toMatch(/^\W*yes\b/i);
  });
});

describe('"the new PM": a word of tenure before a title says which holder', () => {
  it('answers about the holder: the new PM wants spending boosted to about what level?', () => {
    const a = ask('the new PM wants spending boosted to about what level?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Takaichi.*2%/);
  });

  it('denies nothing the article does not deny: is it true that the new PM met hegseth?', () => {
    expect(ask('is it true that the new PM met hegseth?').text).not.toMatch(/^\W*(yes|no)\b/i);
  });
});
