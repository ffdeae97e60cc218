// Yes/No verdicts that read one slot of a claim too loosely: a date's month taken for a count, a sum
// taken from something read as that thing's size, a title someone may take read as one they hold, an act
// the fact gives only as someone's threat read as done.
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

describe("a claim's words the fact says of another clause's event", () => {
  it('are not confirmed: the outgoing parliament is where the vote was held, not where the AfD and the Left can block', () => {
    expectNoVerdict('Can the AfD and the Left Party block constitutional changes in the outgoing parliament?');
  });
  it("the claim without the other clause's words is confirmed", () => {
    expect(lead('Do the AfD and the Left Party together hold enough seats to block constitutional changes?')).toBe('Yes');
  });
  it('what someone said may come from any clause of the fact', () => {
    expect(lead('Did Koizumi say Japan would reach 2% of GDP by the end of this fiscal year?')).toBe('Yes');
  });
});

describe('one word of the claim against the fact', () => {
  it('a word the fact states with a negating prefix, next to the same words, is denied', () => {
    expect(lead('Did the Commission propose deactivating the national escape clause?')).toBe('No');
  });
  it('a quoted word without its negating prefix is never confirmed', () => {
    expect(core.answer('Did Sánchez say reaching 5 percent would be "reasonable"?').text).not.toMatch(/^\W*yes\b/i);
  });
  it.each(['Are the loans meant to get around opposition from fiscally generous countries?', 'Was a simple majority required in the Bundestag?', 'Would the loans go to national capabilities?'])(
    '%s: another describing word before the same noun is not confirmed',
    (q) => {
      expect(core.answer(q).text).not.toMatch(/^\W*yes\b/i);
    },
  );
  it('a paraphrase of size or weight still is', () => {
    expect(lead('is it true that the 2022 papers were a big shift in japan\'s post-war defence policy?')).toBe('Yes');
  });
  it('another relative time ("this year" against "last year") is not confirmed', () => {
    expect(core.answer('Did EU countries spend 326 billion euros on defence this year?').text).not.toMatch(/^\W*yes\b/i);
  });
  it('what the fact says only could happen is not confirmed as done', () => {
    expectNoVerdict('Did Orbán block the joint statement on Ukraine?');
    expect(lead('Could Orbán block a joint statement on Ukraine?')).toBe('Yes');
  });
  it('nor when the claim says the act in other words than the fact ("veto", "oppose" of "could block")', () => {
    expectNoVerdict('did Hungary veto the statement?');
    expectNoVerdict('did Hungary oppose the declaration?');
    // ("is now set two years ahead" has happened: "set" hedges only before "to".)
    expect(lead('Did Japan bring forward its defence spending target?')).toBe('Yes');
  });
  it('what is arranged may be asked in the present', () => {
    expect(lead('is costa chairing the summit?')).toBe('Yes');
  });
  it("an aside about someone else is not the claim's subject's", () => {
    expectNoVerdict('Did the Social Democrats win the federal election on February 23?');
    expect(lead('Did the Greens back the package?')).toBe('Yes');
  });
  it('a number next to a side word is what the side is said of', () => {
    expect(lead('Were there 207 votes against the changes?')).toBe('Yes');
  });
  it('exempt from and subject to are opposite', () => {
    expect(core.answer('Is defence spending above 1 percent of GDP subject to the debt brake?').text).not.toMatch(/^\W*yes\b/i);
  });
});

describe('an act the fact gives only as someone\'s threat', () => {
  it.each(['Is Spain going to pay twice as much in trade talks?', 'will Spain pay twice as much?'])('%s: Trump threatened it, the article does not say it will happen', (q) => {
    expectNoVerdict(q);
  });
  it('what was said before the threat, and the threat itself, are confirmed', () => {
    expect(lead('did Trump call Spain terrible?')).toBe('Yes');
    expect(lead('did Trump threaten Spain?')).toBe('Yes');
  });
});

describe('"May" after a word of time is the month', () => {
  it('denies a vote claimed in May (it was in March)', () => {
    expect(lead('Did the vote happen in May?')).toBe('No');
  });
  it('"may" before a verb is still the modal', () => {
    expect(core.answer('who may veto the statement?').text).toMatch(/Orbán/);
  });
});

describe('an act the fact does only "without" is denied, whatever the claim adds after its object', () => {
  it('denies triggering what the escape clause lets governments spend without triggering', () => {
    // "… spend more on defence without triggering the excessive deficit procedure": "penalties" is the claim's own word.
    expect(lead('would more defence spending trigger deficit penalties under the pact?')).toBe('No');
  });
  it('still confirms the act the fact states', () => {
    expect(lead('would the escape clause let governments spend more on defence?')).toBe('Yes');
  });
});

describe('a change of amount ending the claim is said of what comes before it', () => {
  it.each(['is the UK aid budget rising?', 'is UK overseas aid going up?'])('%s: the aid is cut', (q) => {
    expect(lead(q)).toBe('No');
  });
  it('confirms the change the fact states', () => {
    expect(lead('is the UK aid budget going down?')).toBe('Yes');
  });
});

describe('a change of amount ending the claim needs the fact to say it of that thing', () => {
  it('does not confirm a rise of what the fact does not say rises', () => {
    // "… limits on borrowing, clearing the way for a massive increase in defence spending": the spending rises, not (as stated) the debt.
    expectNoVerdict("did germany's debt rise?");
  });
  it('confirms the rise the fact says of the thing', () => {
    expect(lead("is japan's defence spending rising?")).toBe('Yes');
  });
});
