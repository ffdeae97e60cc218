// A claim that something grew, rose, shrank or was cut needs a fact saying that of it: a fact
// giving only a level ("spent about 2.1% of GDP") or a change of something else ("raise defence
// spending to 2% of GDP") says nothing of whether the economy grew.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('a change of amount needs a fact stating it of the claim\'s thing', () => {
  it.each([
    "did japan's economy grow?",
    'Did the UK economy grow?',
    "did germany's economy shrink?",
    'Is the German economy growing again?',
  ])('%s: no verdict', (q) => {
    const a = core.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^\W*(yes|no)\b/i);
  });

  it.each([
    ["Is Japan's defence spending going up?", /^Yes\b/],
    ['Did European defence shares rise this week?', /^Yes\b.*surged/],
    ['Did the US say Japan should implement the spending increase promptly?', /^Yes\b/],
    ['Is the UK aid budget rising?', /^No\b/],
  ])('%s: the change the fact states still decides', (q, lead) => {
    expect(core.answer(q).text).toMatch(lead);
  });
});
