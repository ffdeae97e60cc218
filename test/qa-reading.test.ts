// How a question's words are read before any fact is ranked: what a sum it names is, what a
// "where … from?" asks, which words of a "how much" question name the thing asked about, and
// who hosts a meeting still to come.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('a sum the question names is a sum, not a count as well', () => {
  it.each([
    ['what share of GDP was that 326bn', /1\.9% of their combined GDP/],
    ['how long will it take to spend the €500bn', /over 12 years/],
  ])('%s', (q, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });
});

describe('"where … come from?" asks where something comes from, not a place', () => {
  it('is answered with the source the article gives', () => {
    const a = core.answer('where does the 326 billion estimate come from');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/European Defence Agency/);
  });
  it('still asks where a person is from, which no article says', () => {
    expect(core.answer('where is koizumi from?').answered).toBe(false);
  });
});

describe('"how much is the X of the Y?" asks about X', () => {
  it('finds the sum of the part, not a veto from the whole it belongs to', () => {
    const a = core.answer('how big is the loan part of the plan');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/€150 billion/);
  });
  it('but a share of something asks of what follows', () => {
    expect(core.answer("what share of germany's gdp is the €500bn fund?").answered).toBe(false);
  });
});

describe('a sum the question says is for something', () => {
  it('is not answered by a fact whose sum of that size is for something else', () => {
    expect(core.answer('who will get the 100 billion for the states?').text).not.toMatch(/climate protection/);
  });
});

describe('a title in other words for its parts', () => {
  it.each([
    ['what did the former estonian premier say after the clash?', /free world needs a new leader/],
    ["who's the ex-lithuanian pm in this story", /Kubilius/],
    ['Who is the former premier mentioned in the story?', /Kishida/],
  ])('%s', (q, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });
  it('after "did" is who acts, not who is asked for', () => {
    expect(core.answer("Who did Japan's premier meet with?").text).toMatch(/Takaichi and US President Donald Trump/);
  });
});

describe('a yes/no claim naming only people and places', () => {
  it('is not confirmed when the fact does not use its everyday words', () => {
    expect(core.answer('is orbán planning to take hungary out of the EU?').text).not.toMatch(/^\W*yes\b/i);
  });
  it('but a request to the bot is not such a claim', () => {
    expect(core.answer('Could you tell me the full name of the Japanese defence minister?').text).toMatch(/Shinjiro Koizumi/);
  });
});

describe('who hosts a meeting still to come', () => {
  it.each(['who hosts the next NATO summit?', 'who will host the next summit?'])('%s: where it will be held', (q) => {
    expect(core.answer(q).text).toMatch(/Türkiye/);
  });
  it('a past meeting\'s host is still the person who hosted it', () => {
    expect(core.answer('who hosted the nato summit?').text).toMatch(/Schoof/);
  });
});
