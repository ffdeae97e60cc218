// Yes/No verdicts on claims with one slot the fact words differently: how an act came about
// (refused, forced, ordered, threatened), which side someone took (backed, opposed), a tally, a multiple, what
// a sum is for and where someone travelled to. A "Yes" only when the fact states it.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();
const lead = (q: string) => core.answer(q).text.split(/[.:]/)[0]!;

/** Neither Yes nor No, and not counted as answered: the article does not say. */
function expectNoVerdict(q: string) {
  const a = core.answer(q);
  expect(a.answered).toBe(false);
  expect(a.text).not.toMatch(/^\W*(yes|no)\b/i);
}

describe('framing: refused, forced, ordered', () => {
  it.each([
    'was Japan forced by Washington to raise its defence budget?',
    'was Japan pressured into increasing its defence spending?',
    'did Takaichi order Koizumi to meet Hegseth?',
  ])('%s: the fact states the act, not how it came about', (q) => {
    expectNoVerdict(q);
  });

  it('refusing what the fact says they did is denied', () => {
    expect(lead('did Zelensky refuse to attend the dinner for leaders?')).toBe('No');
  });

  it('a refusal the fact states is confirmed', () => {
    expect(lead('did Dröge criticise Merz for refusing to reform the debt brake?')).toBe('Yes');
  });

  it('a threat the fact does not state is not confirmed by what may happen; one it states is', () => {
    expectNoVerdict('Did Hungary threaten to veto the declaration?');
    expect(lead('did Trump threaten that Spain would pay twice as much?')).toBe('Yes');
  });
});

describe('sides: backed and opposed', () => {
  it.each([
    ['did the Greens oppose the package?', 'No'],
    ['did the Greens back the package?', 'Yes'],
    ['did the Greens support the package?', 'Yes'],
  ])('%s → %s', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });
});

describe('tallies: two numbers read together', () => {
  it.each([
    // Both numbers are in the fact (513 in favour, 489 required), but not as the tally.
    ['was the vote 513 to 489?', 'No'],
    ['was the vote 207 to 513?', 'No'],
    ['did it pass 513-207?', 'Yes'],
    ['was it 513 votes for and 207 against?', 'Yes'],
  ])('%s → %s', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });

  it('"yes votes" and "no votes" are the two sides of the vote for arithmetic', () => {
    expect(core.answer('how many more yes votes than no votes were there?').text).toMatch(/\b306\b/);
  });
});

describe('multiples: "twice", "double", "three times"', () => {
  it('a multiple the fact does not state is not confirmed by its other figures', () => {
    expectNoVerdict('did NATO double its spending on cyber defence?');
  });

  it.each([
    ['did Trump say Spain would be made to pay double in trade talks?', 'Yes'],
    ['did Trump say Spain would pay four times as much in trade talks?', 'No'],
    // What it is a multiple of goes with it: "ten times more lethal" is not "ten times bigger".
    ['will the review make the British Army ten times more lethal?', 'Yes'],
    ['Will the review make the British Army ten times bigger?', 'No'],
  ])('%s → %s', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });
});

describe('what a sum is for', () => {
  it.each([
    ['is the €500 billion fund for defence?', 'No'],
    ['is the €500 billion fund for the army?', 'No'],
    ['is the €500 billion fund for infrastructure?', 'Yes'],
    ['did €100 billion go to the states?', 'Yes'],
  ])('%s → %s', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });
});

describe('a change from one percentage to another', () => {
  it.each([
    // The 5% from the summit's fact, the 2% from the one saying what the new goal replaces.
    ['did NATO raise its spending goal from 2 percent to 5 percent of GDP?', 'Yes'],
    ['did NATO raise its target from 3% to 5%?', 'No'],
    ['did NATO raise its target from 2% to 4%?', 'No'],
  ])('%s → %s', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });

  it('cites both facts', () => {
    const a = core.answer('did NATO raise its target from 2% to 5%?');
    expect(a.text).toMatch(/\b5%/);
    expect(a.text).toMatch(/replaces the 2%/);
  });
});

describe('fractions', () => {
  it.each([
    ['was a two thirds majority required?', 'Yes'],
    ['was 489 votes the two-thirds threshold?', 'Yes'],
  ])('%s → %s', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });

  it('a fraction of something else is not the majority', () => {
    expectNoVerdict('did a third of lawmakers vote against?');
  });
});

describe('where someone travelled to', () => {
  it('a trip to another place for the meeting is denied with where it was', () => {
    const a = core.answer('did Hegseth go to Osaka for talks with Koizumi?');
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Tokyo/);
  });

  it('a trip to where it was is confirmed', () => {
    expect(lead('did Hegseth come to Tokyo for the talks?')).toBe('Yes');
  });

  it('a trip to a place the fact does not give is not confirmed', () => {
    expect(core.answer('Did Koizumi travel to the Pentagon for the talks?').text).not.toMatch(/^\W*yes\b/i);
  });
});

describe('what each percentage is said of', () => {
  it.each([
    // Troops and weapons are the 3.5%'s, said between it and the 1.5%.
    ['will allies put 1.5% towards troops and weapons?', 'No'],
    ['does cyber defence count towards the 3.5%?', 'No'],
    ['will allies spend 1.5% of GDP on related needs?', 'Yes'],
    ['will allies spend 3.5% of GDP on core defence?', 'Yes'],
    // Not a split of spending into parts: "last year" is not the 2.1%'s alone.
    ["did germany meet nato's 2% target last year?", 'Yes'],
  ])('%s → %s', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });
});

describe('a sum of something no fact gives a sum of', () => {
  it('is not denied by a sum of something else', () => {
    expectNoVerdict('someone said the summit cost €20 million, is that right?');
  });

  it('a sum of the same thing is still denied', () => {
    expect(lead('is the infrastructure fund worth €600 billion?')).toBe('No');
  });
});

describe('refusals and trips the fact does not state', () => {
  it.each([
    // He did not take part; the article does not say he refused.
    'did Zelensky refuse to take part in the formal session?',
    // The summit was held there; whether Trump travelled there is another matter.
    'did Trump travel to The Hague for the summit?',
  ])('%s gets what the article says, no verdict', (q) => {
    expectNoVerdict(q);
  });

  it('a denied act still denies pressing for it', () => {
    expect(lead('Did Hegseth pressure Tokyo for a number?')).toBe('No');
  });
});

describe('what a percentage is spent on', () => {
  it('a purpose the fact does not give is not confirmed', () => {
    expectNoVerdict("is Germany's 2.1% of GDP spent on infrastructure?");
  });

  it('the purpose the fact gives is', () => {
    expect(lead('did Germany spend 2.1% of GDP on defence last year?')).toBe('Yes');
  });
});

describe('"N times as many X as Y"', () => {
  it.each([
    ['were there more than twice as many votes in favour as against?', /^Yes\b.*2\.48 times/],
    ['did the reform pass with three times as many votes for as against?', /^No\b.*2\.48 times/],
  ])('%s is worked out from the vote count', (q, expected) => {
    expect(core.answer(q).text).toMatch(expected);
  });
});

describe('a refusal of an act the article says was done', () => {
  it.each([
    ['did the Greens refuse to back the package?', 'No'],
    // The refusal the fact states is of this act.
    ['did Merz refuse to reform the debt brake?', 'Yes'],
  ])('%s → %s', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });
});

describe('a reason the claim gives must be the fact\'s reason', () => {
  it('a reason the fact does not state as one is not confirmed', () => {
    expectNoVerdict('did the Greens back it because of climate protection?');
  });
  it('the same words without the reason are', () => {
    expect(lead('did the Greens secure €100 billion for climate protection?')).toBe('Yes');
  });
});

describe('how many people the claim says acted', () => {
  it.each(['did the three meet together?', 'did the three ministers meet?'])('%s: more people than the fact names together is not confirmed', (q) => {
    expectNoVerdict(q);
  });
  it.each(['did the two meet?', 'did the two ministers meet?'])('%s: as many as the fact names is', (q) => {
    expect(lead(q)).toBe('Yes');
  });
  it('people named as a pair before a noun did not act in the clause ("talks a day before the Koizumi–Hegseth meeting")', () => {
    expectNoVerdict('did the four leaders meet?');
  });
});

describe('each thing a sum is said to be for', () => {
  it('a second purpose the fact does not give is not confirmed', () => {
    expectNoVerdict('is the €100 billion for the climate fund for the military?');
  });
  it('the purpose the fact gives is', () => {
    expect(lead('is €100 billion going to the climate and transformation fund?')).toBe('Yes');
  });
  it('the number of a sum is not a count of things ("€150 billion in loans")', () => {
    expect(lead('Is the €150 billion in loans for defence?')).toBe('Yes');
  });
});

describe("a percentage the fact's words give, said of something else", () => {
  it('is neither confirmed nor denied', () => {
    expectNoVerdict('did Sánchez oppose the 5% target?');
  });
  it.each(['did Sánchez back the 5% target?', 'did Sánchez say Spain would spend 5%?'])('%s: denied when the fact turns it down or gives another for the same', (q) => {
    expect(lead(q)).toBe('No');
  });
});

describe('a refusal of an act the fact denies', () => {
  it('is not denied', () => {
    expectNoVerdict('did the court refuse to stop the vote?');
  });
});

describe('a word the fact rules out, asked as its curators\' example question asks it', () => {
  it('"block" for a court that rejected challenges to the vote is a No, and a question why is corrected', () => {
    expect(lead('did the constitutional court block the vote?')).toBe('No');
    expect(core.answer('why did the Constitutional Court block the vote?').text).toMatch(/^Actually, no: .*rejected/);
  });
});

describe('one of several things of a kind (the lexicon\'s alternatives)', () => {
  it('"taxes" is not confirmed by a fact saying the money comes from borrowing', () => {
    expect(core.answer('Is the increase funded by raising taxes?').text).not.toMatch(/^\W*yes\b/i);
  });
  it('the fact\'s own word still is', () => {
    expect(lead('was the reform paid for by borrowing?')).toBe('Yes');
  });
});
