// Which article answers a question whose words fit several: between facts using as many of its
// distinctive words, the one using all its other words as typed ("plans", "reported") wins.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('article choice by the question\'s own words', () => {
  it.each([
    // "reported the plans" (Kyodo), not "told reporters" (NATO, EU) while "presenting the plan".
    ['who reported the plans?', 'japan-defence-spending-2025-10', /Kyodo/],
    // The declaration's "five-paragraph", not the EU's summit letter.
    ['How many paragraphs does the summit statement have?', 'nato-summit-2025-06', /five-paragraph/],
    // A title counts for the fact about its holder: "the minister" is Koizumi, whom his fact names only by name.
    ['what did the minister say after the meeting?', 'japan-defence-spending-2025-10', /exchanged views/],
  ])('%s → %s', (q, article, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
    expect(a.citations[0]!.articleId).toBe(article);
  });
});

describe('what an organisation is, by its aliases\' head nouns', () => {
  it.each([
    // The Bundestag is the "German parliament": its vote's date answers "the parliament".
    ['when did the parliament vote?', 'germany-debt-brake-2025-03', /March 18/],
    // AUKUS is a "partnership": the fact about it answers who the partners are.
    ['Which countries is Britain partnering with on the submarines?', 'uk-defence-review-2025-06', /Australia and the United States/],
  ])('%s → %s', (q, article, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
    expect(a.citations[0]!.articleId).toBe(article);
  });
});

describe('a yes/no claim about a common noun, against a fact about people', () => {
  it('"the alliance" meeting is not confirmed by two ministers meeting there', () => {
    const a = core.answer('did the alliance meet in Tokyo?');
    expect(a.text).not.toMatch(/^\W*yes\b/i);
  });
  it('a claim about someone the fact names is still confirmed', () => {
    expect(core.answer('did Koizumi and Hegseth meet in Tokyo?').text).toMatch(/^Yes\b/);
  });
  it.each(['Was the emergency summit chaired by Costa?', 'Did the constitutional package pass with Green support?'])('%s: a subject the fact says in its other words ("Thursday\'s summit", "the package") is confirmed', (q) => {
    expect(core.answer(q).text).toMatch(/^Yes\b/);
  });
});
