// Answers worked out from the facts' typed dates: weekdays and days between events, each citing
// the facts whose dates it used.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();
/** The text of the article a citation names. */
const articleOf = (id: string) => core.facts.articles.find((a) => a.id === id)?.text ?? '';

describe('derived answers from dates', () => {
  it.each([
    ["how many days after Takaichi's election did the meeting happen?", /^8 days/, 2],
    ['How many days between Takaichi’s election and the Koizumi-Hegseth meeting?', /^8 days/, 2],
    ['how many days before the deadline did they meet?', /^153 days/, 2],
    ['what weekday was October 21?', /^Tuesday/, 1],
    ['what weekday were the Trump and Takaichi talks?', /^Tuesday.*28 October 2025/, 1],
    ['if they met Wednesday, which day were the Takaichi–Trump talks?', /^Tuesday.*28 October 2025/, 1],
    // Events named by their year: the year says which event, it is not what is asked.
    ['How many years between the 2014 Wales target and the 2029 review?', /^15 years: 2014 .*, then 2029/, 2],
  ])('%s', (q, expected, cited) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
    expect(a.text).toMatch(/Worked out from the dates/);
    expect(a.citations).toHaveLength(cited);
    for (const c of a.citations) expect(articleOf(c.articleId)).toContain(c.quote);
  });

  it.each(["what was Japan's original deadline for 2%?", 'When was Japan originally supposed to reach 2% of GDP?'])(
    '%s: the new deadline moved back by the two years it is ahead of the previous commitment',
    (q) => {
      const a = core.answer(q);
      expect(a.text).toMatch(/^31 March 2028: the new deadline, 31 March 2026, is 2 years ahead/);
      expect(a.text).toMatch(/Worked out from the dates/);
      expect(a.factIds).toHaveLength(2);
      expect(a.factIds[0]).toBe('deadline');
      expect(a.citations.some((c) => /two years ahead of its previous commitment/.test(c.quote))).toBe(true);
      for (const c of a.citations) expect(articleOf(c.articleId)).toContain(c.quote);
    },
  );

  it('an "original" or "first" date of something no fact moves is not worked out', () => {
    expect(core.answer('when did Koizumi first meet Hegseth?').text).not.toMatch(/Worked out/);
    expect(core.answer('When was the old 2% target set?').text).toMatch(/Wales/);
  });

  it('does not work out a date for an event the article does not date', () => {
    expect(core.answer('what weekday did Hegseth fly home?').answered).toBe(false);
    expect(core.answer('how many days after the election did Hegseth visit Seoul?').answered).toBe(false);
  });
});
