// Yes/No verdicts that read one slot of a claim too loosely: a date's month taken for a count, a sum
// taken from something read as that thing's size, a title someone may take read as one they hold.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();
const lead = (q: string) => core.answer(q).text.split(/[.:]/)[0]!;

/** Neither Yes nor No: the article does not say. */
function expectNoVerdict(q: string) {
  const a = core.answer(q);
  expect(a.text).not.toMatch(/^\W*(yes|no)\b/i);
}

describe("a fact's date is not a count", () => {
  it.each(['Is ReArm Europe a three-part plan?', 'did von der leyen present a three-pillar plan?'])('%s: March is not three parts', (q) => {
    expect(core.answer(q).text).not.toMatch(/^\W*yes\b/i);
  });
  it('the count the fact gives still confirms it', () => {
    expect(lead('Is ReArm Europe a five-part plan?')).toBe('Yes');
  });
});

describe('a sum taken from something is a part of it, not its size', () => {
  it('"€100 billion from the fund" is confirmed by the €100 billion going to the states', () => {
    expect(lead('Do the German states get €100 billion from the infrastructure fund?')).toBe('Yes');
  });
  it('the size of the fund itself is still checked', () => {
    expect(lead('Is the infrastructure fund worth €100 billion?')).toBe('No');
  });
});

describe('a title someone may take is not one they hold', () => {
  it.each(['Is Kallas planning to run for Commission president?', 'Is Kubilius going to become NATO secretary general?'])('%s', (q) => {
    expectNoVerdict(q);
  });
  it('a title they do not hold is still denied', () => {
    expect(lead('Is Kallas the Commission president?')).toBe('No');
  });
});
