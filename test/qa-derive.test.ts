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
  ])('%s', (q, expected, cited) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
    expect(a.text).toMatch(/Worked out from the dates/);
    expect(a.citations).toHaveLength(cited);
    for (const c of a.citations) expect(articleOf(c.articleId)).toContain(c.quote);
  });

  it('does not work out a date for an event the article does not date', () => {
    expect(core.answer('what weekday did Hegseth fly home?').answered).toBe(false);
    expect(core.answer('how many days after the election did Hegseth visit Seoul?').answered).toBe(false);
  });
});
