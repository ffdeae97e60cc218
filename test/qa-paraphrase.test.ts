// Paraphrases that name people by a description and say things in other words: a title several
// articles' people hold, an organisation called by another of its names, a fact writing a synonym
// or derived form of the question's word.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('a title held in several articles', () => {
  it.each([
    ['Where did the prime minister give his speech?', /Govan|Glasgow/],
    ['What did the defence secretary tell the House of Commons?', /62 recommendations/],
    ['When did the prime minister announce the rise to 2.5 percent?', /February/],
  ])('%s is asked of the holder whose article answers it', (q, answer) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(answer);
  });

  it('checks a yes/no claim against the one holder whose article answers it', () => {
    expect(core.answer('Did the prime minister speak in Glasgow?').text).toMatch(/^Yes\. Starmer/);
    expect(core.answer('Did the prime minister speak in Edinburgh?').text).toMatch(/^No\. Starmer/);
  });

  it('still declines what no holder’s article says', () => {
    expect(core.answer('What did the prime minister eat for breakfast?').answered).toBe(false);
    expect(core.answer('Where did the prime minister go on holiday?').answered).toBe(false);
  });
});

describe('an organisation called by another of its names in a title', () => {
  it('knows the bloc’s top diplomat and the bank’s boss', () => {
    expect(core.answer("who is the bloc's top diplomat?").text).toMatch(/Kallas/);
    expect(core.answer("Who is the bank's boss?").text).toMatch(/Calvi/);
  });

  it('reads "what is X called?" of a person as who X is, but not of what X has', () => {
    expect(core.answer("What's the bloc's top diplomat called?").text).toMatch(/Kaja Kallas/);
    expect(core.answer("What is von der Leyen's plan called?").text).toMatch(/ReArm Europe/);
  });
});

describe('a fact writing a synonym of the question’s word', () => {
  it('answers why the agenda was cut short from the fact saying it was trimmed', () => {
    const a = core.answer('why was the agenda cut short?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/trimmed the agenda/);
  });
});
