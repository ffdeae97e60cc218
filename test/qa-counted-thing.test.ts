// What a figure question counts or pays for is also a fact's span unit ("over a period of four
// years") and what its sum is said to be for ("€800 billion … for European defence").
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('the thing a figure question asks, as the fact gives it', () => {
  it.each([
    // "years" is the unit of the fact's span, not another counted thing.
    ['over how many years would the 650 billion of fiscal space be created?', /four years/],
    // The €800 billion is "for European defence", though its curated "of" is the plan.
    ['How much money does von der Leyen want to mobilise for European defence?', /800 billion/],
  ])('%s', (q, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('a thing the fact neither counts nor pays for is still another thing', () => {
    // The fiscal-space fact gives no count of member states.
    expect(core.answer('how many member states would create the 650 billion of fiscal space?').text).not.toMatch(/^If member states/);
  });
});
