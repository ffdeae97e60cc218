// A yes/no claim that bounds a figure ("more than 60", "nearly 2%", "fewer than 200") is checked
// against the range it allows, not as the exact number it names.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();
const answer = (q: string) => core.answer(q).text;

describe('claims bounding a figure', () => {
  it.each([
    // 62 recommendations is more than 60; the loans' €150 billion is more than €100 billion.
    ['Did the review make more than 60 recommendations?', /^Yes\b.*62 recommendations/s],
    ['Are the EU loans more than 100 billion euros?', /^Yes\b.*150 billion/s],
    // About 1.9% of GDP is nearly 2%.
    ['did eu countries spend nearly 2% of gdp on defence last year?', /^Yes\b.*1\.9%/s],
  ])('confirmed when the figure meets the bound: %s', (q, expected) => {
    expect(answer(q)).toMatch(expected);
  });

  it.each([
    // 207 votes against is not fewer than 200.
    ['were there fewer than 200 votes against?', /207/],
    // More than 50,000 is not about 5,000.
    ['Are there about 5,000 US soldiers in Japan?', /50,000/],
    // "An estimated" names the article's estimate, which is €326 billion, not €362 billion.
    ['Did EU countries spend an estimated 362 billion euros on defence last year?', /326 billion/],
    // A bound the article writes of its own figure names that figure: the ceiling is 12, not 15.
    ['Will Britain build up to 15 new attack submarines?', /up to 12/],
  ])('denied when it does not: %s', (q, expected) => {
    const text = answer(q);
    expect(text).toMatch(/^No\b/);
    expect(text).toMatch(expected);
  });

  it('a strict bound leaves out the figure itself: €100 billion is not more than €100 billion', () => {
    expect(answer('Was the climate money more than 100 billion euros?')).not.toMatch(/^\W*yes\b/i);
  });
});
