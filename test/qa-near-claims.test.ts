// Near misses of a stated fact, as a user asks them with every article loaded: the article's own
// subject named only as where something happened, a denial read only of the act the fact negates,
// and membership asked in everyday words.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('the article named as the place of a claim about its people', () => {
  it.each(['Did Trump meet Zelensky at the NATO summit?', 'Did Zelensky meet Trump at the NATO summit?'])('%s is confirmed by "met Trump on the sidelines of the summit"', (q) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\b/);
    expect(a.text).toMatch(/sidelines/);
  });

  it('a claim of something NATO itself did is still not answered from what Trump did', () => {
    const a = core.answer('Did NATO criticise Madrid?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^\W*(yes|no)\b/i);
  });
});

describe('a fact saying what someone did not do denies only that act', () => {
  it('"did not take part in the formal session of the summit" does not deny meeting someone there', () => {
    const a = core.answer('Did Zelensky meet Rutte at the NATO summit?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^\W*(yes|no)\b/i);
  });

  it.each(['Did Zelensky attend the formal session?', 'Did Zelensky sit in on the formal session?', 'Did Hegseth insist on 3 percent?'])('%s is still denied', (q) => {
    expect(core.answer(q).text).toMatch(/^No\b/);
  });
});

describe('membership in everyday words', () => {
  it.each(['Of the EU\'s 27 states, how many belong to NATO?', 'How many EU countries belong to NATO as well?'])('%s → 23', (q) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b23\b/);
  });
});
