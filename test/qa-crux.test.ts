// The crux of a near miss: a fact sharing most of a question's words is no answer when it does not
// give what the question turns on (whose act, which base, which part, which condition), while the
// look-alike question the fact does answer still gets its answer.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('a near miss is declined, its look-alike answered', () => {
  it.each([
    // A part of a stated percentage needs a smaller figure than the whole, not the whole restated.
    ['How much of the 1.5% for related needs goes to civil preparedness?', 'How much of the €500 billion goes to the federal states?', /€100 billion/],
    // A percentage of GDP is not a percentage of gross national income.
    ['What was overseas aid as a share of GDP after the cut?', 'What was overseas aid cut to as a share of gross national income?', /0\.3%/],
    // A consequence of a condition needs the condition's act: the fact says nothing of rejecting.
    ['What happens to an ally that misses the 5% goal?', 'What happens to the Astute-class boats?', /replace the seven Astute-class/],
    // A sum of the budget is not the sums of other things.
    ['How much is the German defence budget in euros?', 'How much is the infrastructure fund?', /€500 billion/],
    // "For the first time since the early 1990s" does not say when it first happened.
    ['When did Germany first spend 2 percent of GDP on defence?', 'How much did Germany spend on defence last year?', /2\.1%/],
    // Who did an act: a fact without the act (an exception, not attending) is no answer.
    ['who else attended besides the ministers? names please', "Who hosted the leaders' dinner?", /Willem-Alexander/],
  ])('%s → declined; %s → answered', (miss, lookalike, answer) => {
    const declined = core.answer(miss);
    expect(declined.answered, declined.text).toBe(false);
    const answered = core.answer(lookalike);
    expect(answered.answered, answered.text).toBe(true);
    expect(answered.text).toMatch(answer);
  });
});

describe('a word a fact denies is denied of its own people only', () => {
  it('neither confirms nor denies what someone the fact does not name did', () => {
    const a = core.answer('Did India criticise the summit declaration?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^\W*(yes|no)\b/i);
  });
  it('still denies it of the fact’s own person', () => {
    expect(core.answer("Did Hegseth criticise Japan's plans?").text).toMatch(/^No\b/);
  });
});

describe('a raise or cut is confirmed only of the thing the fact says it of', () => {
  it('does not confirm a cut of defence spending from a cut of aid that pays for its increase', () => {
    const a = core.answer('Did Starmer cut defence spending?');
    expect(a.text).not.toMatch(/^\W*yes\b/i);
    expect(a.answered).toBe(false);
    expect(core.answer('Did Starmer cut overseas aid?').text).toMatch(/^Yes\b/);
  });
  it('takes no reason for a cut the article does not state', () => {
    const why = core.answer('Why did Britain cut defence spending?');
    expect(why.answered, why.text).toBe(false);
    const lookalike = core.answer('Why did Starmer cut overseas aid?');
    expect(lookalike.answered).toBe(true);
    expect(lookalike.text).toMatch(/funded by cutting overseas aid/);
  });
});
