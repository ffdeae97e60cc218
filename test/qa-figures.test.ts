// Answers worked out from the facts' typed figures and dates: differences, ratios, totals, shares,
// amounts per year or per thing, multiples, and time between events, each quoting the facts whose
// figures it used; and declines when the figures cannot be put together.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();
const articleOf = (id: string) => core.facts.articles.find((a) => a.id === id)?.text ?? '';

function workedOut(q: string, cited: number) {
  const a = core.answer(q);
  expect(a.answered).toBe(true);
  expect(a.text).toMatch(/Worked out from the (figures|dates) of the facts quoted/);
  expect(a.citations).toHaveLength(cited);
  for (const c of a.citations) expect(articleOf(c.articleId)).toContain(c.quote);
  return a.text;
}

describe('answers worked out from two figures', () => {
  it.each([
    ["How much higher is NATO's new target than the old 2%?", /^A difference of 3 percentage points: 5% of GDP .* against 2% of GDP/, 2],
    ['How many percentage points short of NATO’s 5 percent target is Japan’s 2 percent goal?', /^A difference of 3 percentage points/, 2],
    ['How much more will the UK invest in the warhead programme than in the munitions factories?', /^A difference of £13\.5 billion/, 2],
    ['How many more submarines will Britain build than the Astute boats they replace?', /^A difference of 5: 12 (?:attack )?submarines .* against 7 Astute-class boats/, 2],
    ['How many more votes were cast in favour than against in the Bundestag?', /^A difference of 306: 513 votes in favour against 207 votes against/, 1],
    ['How much more is the core defence share than the related-needs share?', /^A difference of 2 percentage points: 3\.5% of GDP against 1\.5% of GDP/, 1],
    ['How many times more goes to the nuclear warhead programme than to the munitions factories?', /^10 times: £15 billion .* is 10 times £1\.5 billion/, 2],
    ['how many times higher is nato’s 5% than japan’s 2%?', /^2\.5 times/, 2],
    ['How much do the federal states and the climate fund get together?', /^€200 billion in total: €100 billion plus €100 billion/, 1],
    ['What share of the €500 billion fund goes to the federal states?', /^20%: €100 billion of €500 billion/, 1],
    ['What share of the 5 percent goes to core defence?', /^70%/, 2],
    ['How much is the infrastructure fund per year?', /^€41\.67 billion a year: €500 billion over 12 years/, 1],
    ['By how many percentage points did Starmer cut overseas aid?', /^0\.2 percentage points: from 0\.5% of gross national income to 0\.3%/, 1],
    ['by what percentage was the aid budget cut?', /^0\.2 percentage points, a cut of 40%/, 1],
    ['how much is spent per munitions factory?', /^at most £250 million each: £1\.5 billion for at least 6 munitions/, 1],
  ])('%s', (q, expected, cited) => {
    expect(workedOut(q, cited)).toMatch(expected);
  });

  it.each([
    ["Is 3.5% more than double Japan's 2%?", /^No: 3\.5% of GDP .* is 1\.75 times about 2% of GDP|^No: 3\.5% of GDP .* is 1\.75 times 2% of GDP/],
    ['Is the warhead investment ten times the munitions factory money?', /^Yes: £15 billion .* is 10 times £1\.5 billion/],
    ['Is NATO’s new target more than double the old one?', /^Yes: 5% of GDP .* is 2\.5 times 2% of GDP/],
  ])('%s: a yes/no on a multiple, from both figures', (q, expected) => {
    expect(workedOut(q, 2)).toMatch(expected);
  });
});

describe('a figure is read with the words of its own clause', () => {
  // "513 votes in favour and 207 against, comfortably above the two-thirds majority of 489": the
  // majority's words are 489's, not 207's, and "the yes side" is the votes in favour.
  it.each([
    ['by how many votes did the yes side beat the two-thirds threshold?', /^A difference of 24: 513 votes in favour against 489 votes required/],
    ['how many more votes in favour than the two-thirds majority?', /^A difference of 24: 513 votes in favour against 489/],
  ])('%s', (q, expected) => {
    expect(workedOut(q, 1)).toMatch(expected);
  });
});

describe('time between dated facts, as precise as their dates', () => {
  it.each([
    ['How many years between the Wales summit and The Hague summit?', /^11 years: 2014 \(.*\), then 25 June 2025/, 2],
    ['How many months after it was commissioned was the Strategic Defence Review published?', /^11 months: July 2024 .* then 2 June 2025/, 2],
    ["How long after Kishida's government approved the security papers was Takaichi elected prime minister?", /^34 months \(2 years and 10 months\): December 2022/, 2],
    ['How many days after the federal election did the Bundestag vote?', /^23 days: 23 February 2025/, 2],
    ['How many years do allies have to reach the 5 percent target?', /^10 years: from the article's date, 25 June 2025, to 2035/, 1],
  ])('%s', (q, expected, cited) => {
    expect(workedOut(q, cited)).toMatch(expected);
  });
});

describe('figures that cannot be put together are not worked out', () => {
  it.each([
    ['How much bigger is Germany’s €500 billion fund than the UK’s £15 billion warhead programme?', /different currencies/],
    ['How much per year will Britain spend on the warhead programme?', /not over how many years/],
    ['How much is NATO’s 5 percent target in dollars?', /no exchange rate/],
    ["what's the yen figure for Japan's defence spending goal?", /not an amount in JPY/],
    ["what's the infrastructure fund worth in US dollars?", /€500 billion, not an amount in USD/],
    ['How many US soldiers are there per base in Japan?', /no number of bases/],
    ['How much does each of the 12 new submarines cost?', /no sum to share/],
  ])('%s: declined, saying why', (q, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(expected);
  });

  it.each([
    // "the vote" could be the Bundestag's (18 March) or the Bundesrat's (21 March).
    ['How long after the vote does the newly elected Bundestag meet for the first time?', /^(?!7 days)\d+ days/],
    // One figure (12 submarines) quoted twice is not two figures.
    ['How many more attack submarines than Australia will Britain have?', /^A difference/],
    // The 12 years are the €500 billion fund's, not its €100 billion climate part's.
    ['how much is the climate fund per year?', /a year:/],
    // A share "of GDP" asks for a percentage of GDP, not one percentage as a share of another.
    ['what share of GDP goes to core defence?', /^75%/],
    // Japan's election is not Germany's.
    ['how long between the election and the bundestag vote?', /^(?!23 days)\d+ (days|months|years)/],
  ])('%s: no number worked out from the wrong facts', (q, wrong) => {
    expect(core.answer(q).text).not.toMatch(wrong);
  });
});

describe('arithmetic words and the figures a question names', () => {
  it.each([
    ['the 513 yes votes plus the 207 no votes make how many in total?', /^720 in total: 513 votes in favour plus 207 votes against/, 1],
    ['core 3.5 plus related 1.5: what total?', /^5 percentage points in total: 3\.5% of GDP plus 1\.5% of GDP/, 1],
    ['Spain’s 2.1% is how far short of NATO’s 5%?', /^A difference of 2\.9 percentage points/, 2],
    ['what multiple of the Wales target is the 5% goal?', /^2\.5 times/, 2],
    ['apart from Spain, how many allies signed without an exception?', /^31: 32 allies .*, Spain among them \(Spain was the only ally/, 2],
    ['besides the National Defence Strategy, how many other documents will be revised?', /^2: 3 documents/, 1],
  ])('%s', (q, expected, cited) => {
    expect(workedOut(q, cited)).toMatch(expected);
  });

  it('a yes/no on a total checks the sum against the total named', () => {
    expect(workedOut('do the 3.5% and the 1.5% make up the 5% target?', 2)).toMatch(/^Yes: 3\.5% of GDP plus 1\.5% of GDP .* is 5% of GDP/);
  });

  it.each([
    ['what is the 0.35% figure?', /structural deficit to 0\.35%/],
    ['what does 2029 refer to?', /reviewed in 2029/],
  ])('%s: the fact stating the figure, in the one article that states it', (q, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it.each([
    // A bare number several articles state is none of their figures.
    ["What's 2 plus 2?"],
    // No fact has France among the allies.
    ['how many allies besides France signed?'],
  ])('%s: nothing worked out', (q) => {
    expect(core.answer(q).text).not.toMatch(/Worked out/);
  });
});
