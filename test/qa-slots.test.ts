// Each slot of a yes/no claim read against the fact's own words: what a direction is said of, a sum
// against a count, a number joined to its noun ("a six-part plan"). A wrong slot gets "No", a right one "Yes".
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();
const lead = (q: string) => core.answer(q).text.split(/[.:]/)[0]!;

describe('the slots of a yes/no claim', () => {
  it('a direction is said of the nearest thing the fact gives a direction of, up to the next direction word', () => {
    // "The increase is funded by cutting overseas aid": the aid is cut, the increase is not.
    expect(lead('Did Starmer fund the increase by cutting overseas aid?')).toBe('Yes');
    expect(lead('did starmer raise overseas aid to fund defence?')).toBe('No');
    // "her party backed the package": the package, three words after "oppose".
    expect(lead('did the Greens oppose the debt-brake package?')).toBe('No');
  });

  it('a sum is read without the conversion the curators put in brackets', () => {
    // "€800 billion ($840 billion) for European defence" is a sum for defence.
    expect(lead('Did von der Leyen propose mobilising €800 billion for defence?')).toBe('Yes');
  });

  it('a number joined to its noun is a figure, and a count is not a sum', () => {
    expect(lead('Is ReArm Europe a seven-part plan?')).toBe('No');
    expect(core.answer('Is ReArm Europe a seven-part plan?').text).toContain('five-part');
    expect(lead('Was it a six-paragraph declaration?')).toBe('No');
  });

  it('what goes from one place to another is denied the other way round', () => {
    // "redirect money from the EU's cohesion funds, which are meant to help poorer regions catch up, to defence projects"
    expect(lead('Would the plan let governments shift money from defence projects to the cohesion funds?')).toBe('No');
    expect(lead('Would the plan let governments shift money from the cohesion funds to defence projects?')).toBe('Yes');
  });

  it('a claim the fact states only with "not" is denied, of the same words only', () => {
    // "the meeting in Washington 'did not go the way it was supposed to be'"
    expect(lead('Did Zelensky say the Oval Office meeting went the way it was supposed to be?')).toBe('No');
    // "did not take part in the formal session but attended a dinner": the dinner is not denied.
    expect(lead("Did Zelensky take part in the leaders' dinner?")).toBe('Yes');
  });

  it('a name no article knows is a claim of its own, never confirmed by a fact that does not use it', () => {
    // "a former prime minister of Lithuania"
    expect(core.answer('Is Andrius Kubilius a former prime minister of Estonia?').text).not.toMatch(/^\W*yes\b/i);
    expect(core.answer('Is Kaja Kallas a former prime minister of Finland?').text).not.toMatch(/^\W*yes\b/i);
    expect(lead('Is Kallas a former Estonian prime minister?')).toBe('Yes');
  });
});
