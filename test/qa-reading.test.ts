// How a question's words are read before any fact is ranked: what a sum it names is, what a
// "where … from?" asks, and which words of a "how much" question name the thing asked about.
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
