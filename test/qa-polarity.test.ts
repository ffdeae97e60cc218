// Yes/No on claims whose slots a first reading gets wrong: a claim that negates its own act
// ("is it true that Koizumi did not meet Hegseth?"), a figure said of one side of a tally ("207
// voted against"), a sum said to be a part of something ("€100 billion of the fund") and a name the
// article gives a thing whose words also mean something else ("the debt brake" is no debt).
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();
const lead = (q: string) => core.answer(q).text.split(/[.:]/)[0]!;

describe('a claim negating its own act', () => {
  it.each([
    ['Did Hegseth say he did not request any specific amount during the meeting?', 'Yes'],
    ["I heard Hegseth didn't ask for a specific amount, right?", 'Yes'],
    ['Is it true that Zelensky did not take part in the formal session?', 'Yes'],
    ['Is it true that Koizumi did not meet Hegseth?', 'No'],
    ['Did the package pass without the support of the Greens?', 'No'],
    ['Did Zelensky say Ukraine was not ready to come to the negotiating table?', 'No'],
  ])('%s → %s', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });

  it("a negative question's opening asks the claim without it", () => {
    expect(lead("didn't hegseth request a specific amount during the meeting?")).toBe('No');
    expect(lead("didn't Dröge criticise Merz for refusing to reform the debt brake in the past?")).toBe('Yes');
  });

  it('someone else doing the act neither confirms nor denies that the claim\'s person did not', () => {
    expect(core.answer('Is it true that Takaichi did not meet Hegseth?').text).not.toMatch(/^\W*(yes|no)\b/i);
  });
});

describe('a figure said of one side of a tally', () => {
  it.each([
    ['Is it right that 207 lawmakers voted against the debt brake changes?', 'Yes'],
    ['Is it right that 513 lawmakers voted against the debt brake changes?', 'No'],
    ['Was the vote 513 in favour and 207 against?', 'Yes'],
  ])('%s → %s', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });
});

describe('a sum said to be a part of something', () => {
  it.each([
    ['Does €100 billion of the infrastructure fund go to the federal states?', 'Yes'],
    ['Does €200 billion of the infrastructure fund go to the federal states?', 'No'],
    ['Does €100 billion of the infrastructure fund go to defence?', 'No'],
  ])('%s → %s', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });
});

describe("a name the article gives a thing", () => {
  it('"the debt brake package" claims no debt of its own', () => {
    expect(lead('Did the debt brake package pass with the support of the Greens?')).toBe('Yes');
  });
});

describe('someone else named as doing the act, in the active', () => {
  it('"Trump ordered the pause" denies that Zelensky ordered it', () => {
    expect(lead('Did Zelensky order a pause in military aid?')).toBe('No');
    expect(lead('Did Trump order a pause in military aid?')).toBe('Yes');
  });

  it('each of several people named together does the act', () => {
    expect(lead('Did Koizumi discuss revising the documents?')).toBe('Yes');
  });
});

describe('how many: all, only, first', () => {
  it.each(['Are all EU member states NATO members?', 'Did only the Greens support the package?', 'Was Spain the first ally to secure an exception?'])(
    '%s: the fact does not say so in its own words',
    (q) => {
      expect(core.answer(q).text).not.toMatch(/^\W*(yes|no)\b/i);
    },
  );

  it('a quantifier the fact states is confirmed', () => {
    expect(lead('Did the government accept all 62 recommendations of the review?')).toBe('Yes');
    expect(lead('Was Spain the only ally to secure an exception?')).toBe('Yes');
  });

  it('"hey all" and "only just" are no quantifiers', () => {
    expect(lead('Had Koizumi only just taken up his post?')).toBe('Yes');
  });
});
