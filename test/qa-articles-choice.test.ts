// With several articles loaded, a question goes to the article it is about, even when another
// article's facts look alike once words become concepts ("infrastructure fund" and NATO's
// "critical infrastructure"), and everyday words keep their own meaning ("vote" is not "elected").
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('article choice with several articles', () => {
  it.each([
    ['How big is the infrastructure fund?', 'germany-debt-brake-2025-03', /€500 billion/],
    ['Does the Bundesrat also need a two-thirds majority?', 'germany-debt-brake-2025-03', /two-thirds/],
    ['what did SecDef say in his X post?', 'japan-defence-spending-2025-10', /Great meeting/],
    ['when did Koizumi take up the defence post?', 'japan-defence-spending-2025-10', /last week/],
    // Naming nobody and nothing, it goes to the newest article (every article speaks of spending).
    ['defense spending', 'japan-defence-spending-2025-10', /defence spending/],
    ['How many submarines?', 'uk-defence-review-2025-06', /12 new attack submarines/],
    // The article about what the question names, not another that mentions it.
    ['what is the NATO target?', 'nato-summit-2025-06', /5%/],
  ])('%s → %s', (q, article, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
    expect(a.citations[0]!.articleId).toBe(article);
  });

  it('a vote in the outgoing parliament is not confirmed as one in the newly elected Bundestag', () => {
    expect(core.answer('was the vote held in the newly elected Bundestag?').text).toMatch(/^No\b.*outgoing/);
  });

  it('"how old" asks an age the articles do not give; an "old commitment" is the previous one', () => {
    expect(core.answer('How old is Koizumi?').answered).toBe(false);
    expect(core.answer('a colleague claims Japan wants to reach 2% three years ahead of its old commitment — correct?').text).toMatch(/^No\b.*two years/);
  });
});
