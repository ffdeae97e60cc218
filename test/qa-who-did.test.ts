// "Who ordered …?" asks who did the act: a fact whose sentence writes the act but whose answer
// leaves it out (it answers when the pause was announced) is not the answer.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('who did the act, by the answer that states it', () => {
  it('who ordered the pause is Trump, not the official who announced it', () => {
    const a = core.answer('who ordered the pause in military aid to Ukraine?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Trump had ordered a pause/);
  });

  it('a paraphrased act the sentence does not write still finds its fact', () => {
    const a = core.answer('Who brokered the German spending package?');
    expect(a.text).toMatch(/negotiated by conservative leader Friedrich Merz/);
  });
});

describe('an everyday word is no alias', () => {
  it('"common" is not the House of Commons', () => {
    const a = core.answer('who has long pushed for common european financing for defence');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Poland/);
  });
});
