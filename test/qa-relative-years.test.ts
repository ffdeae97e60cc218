// A fact saying "last year", "this year" or "next year" is dated in that calendar year, counted from
// its article's date, so a question naming the year finds it; another year stays unanswered.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('years a fact counts from its article', () => {
  it('"last year" in an article of March 2025 answers a question about 2024', () => {
    const a = core.answer('What percentage of GDP did Germany spend on defence in 2024?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2\.1%/);
  });

  it('a year the fact does not cover is still not answered', () => {
    expect(core.answer('What percentage of GDP did Germany spend on defence in 2023?').answered).toBe(false);
  });

  it('a claim correcting a year is not answered from a fact only dated "last year"', () => {
    // Japan's 2% goal, not Germany's 2.1% of last year, answers it.
    expect(core.answer('Is the 2% target set for 2030?').text).toMatch(/^No\. Japan aims/);
  });
});
