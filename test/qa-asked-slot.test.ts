// The crux of a question is often what its question words ask for (a span of time, a price, a
// reason) or a quality it claims: a fact sharing every other word but not giving that is no answer.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('what the question words ask for must be what the fact gives', () => {
  it.each([
    // "How long …" asks a span of time: the dinner's date is not how long it lasted.
    ["How long did the leaders' dinner at the palace last?", 'How long did the main working session last?', /two and a half hours/],
    ['How long will the pause in US military aid to Ukraine last?', 'Over how many years will the infrastructure fund be spent?', /12 years/],
    // A price asked in any words needs a sum of money: a count of the weapons is not their price.
    ['What is the price tag for the 7,000 UK-built long-range weapons?', 'What will the six munitions factories cost?', /£1\.5 billion/],
    ['How expensive are the 7,000 long-range weapons?', 'How many long-range weapons will Britain buy?', /7,000/],
    // "Which official …" asks for a person: a fact naming none does not answer it.
    ['Which official runs the European Defence Agency that estimated the 326 billion euros?', "Which official leads the EU's lending arm?", /Calvi/],
    // A part of a whole in a place is not the whole in the place's country.
    ['How many of the munitions factories will be in Scotland?', 'How many munitions factories will Britain build?', /six/],
    // A reason asked without "why" is asked of its own act: the Greens' reason is not Merz's.
    ["What was Merz's reason for refusing to reform the debt brake before?", 'What was the reason the Greens backed the package?', /security of our country/],
  ])('declines "%s" but answers "%s"', (nearMiss, answered, expected) => {
    const declined = core.answer(nearMiss);
    expect(declined.answered, declined.text).toBe(false);
    const a = core.answer(answered);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toMatch(expected);
  });
});

describe('a title claimed with a judgement gets no verdict', () => {
  it.each([
    ['Is Starmer a popular prime minister?', 'Is Starmer the prime minister?'],
    ['Is Merz a good leader for Germany?', 'Is Merz the German conservative leader?'],
  ])('"%s" is neither confirmed nor denied, while "%s" is confirmed', (judged, plain) => {
    const a = core.answer(judged);
    expect(a.text).not.toMatch(/^\W*(yes|no)\b/i);
    expect(a.text).toMatch(/doesn't say/);
    expect(core.answer(plain).text).toMatch(/^Yes\b/);
  });
});
