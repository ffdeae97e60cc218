// Chat markup is removed before a question is read (mentions in Discord's and Slack's syntax), and
// in linear time: a flood of "<@" or "?" must not stall the bot for everyone else.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { cleanText } from '../src/qa/text.ts';

const core = createCore();

/** Fastest of a few runs (ms), so that a busy machine does not decide the figure. */
function fastest(run: () => unknown, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('cleaning chat markup', () => {
  it.each([
    ['<@U0BOSS> how many troops?', 'how many troops?'],
    ['<@!123456789012345678> how many troops?', 'how many troops?'],
    ['<@&123456789012345678> <#C1|news> how many troops?', 'how many troops?'],
    ['<!channel> <!here> how many <@U1>troops?', 'how many troops?'],
    ['how many troops? <@U1', 'how many troops? <@U1'],
    ['how many troops? <:pepe:123456> <a:party:99> :thinking_face:', 'how many troops?'],
    ['~~where~~ when did they meet?', 'when did they meet?'],
    ['they met at 10:30?', 'they met at 10:30?'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });

  it('answers a question wrapped in mentions as it answers the question alone', () => {
    const alone = core.answer('How many US troops are in Japan?');
    expect(alone.answered).toBe(true);
    expect(core.answer('<@U0BOSS> <@!123456789012345678> How many US troops are in Japan? <#C1|news>').text).toBe(alone.text);
  });

  it('cleans 100,000 characters of "<@" in linear time (10 times the text, about 10 times the time)', () => {
    const tenThousand = fastest(() => cleanText('<@'.repeat(5_000)));
    const hundredThousand = fastest(() => cleanText('<@'.repeat(50_000)));
    // Quadratic cleanup took seconds here, a ratio of about 100.
    expect(hundredThousand).toBeLessThan(250);
    expect(hundredThousand / Math.max(tenThousand, 0.01)).toBeLessThan(40);
  });

  it('refuses 100,000 characters of "<@" as too long, at once', () => {
    const started = performance.now();
    const a = core.answer('<@'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(250);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/too long for me \(100,000 characters\)/);
  });

  it('still reads a question after a few hundred unclosed "<@"', () => {
    const a = core.answer(`${'<@'.repeat(300)} How many US troops are in Japan?`);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/50,000 soldiers/);
  });

  it('takes punctuation-only messages as a call for help, and a run of "? " followed by a word in no time', () => {
    for (const q of ['?', '!!', '...']) expect(core.answer(q).text).toMatch(/I answer questions/);
    // With "?" both a word and a separator, the help pattern once took exponential time here.
    const started = performance.now();
    const a = core.answer(`${'? '.repeat(40)}x`);
    expect(performance.now() - started).toBeLessThan(250);
    expect(a.text).not.toMatch(/I answer questions/);
  });
});
