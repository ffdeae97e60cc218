// Irregular past forms read as their verb ("built" is "build", lexicon spelling), a modal
// "might" is no noun ("military might"), "can u tell me who …" asks who, and a question about
// the bot itself ("who built you?") is a help request.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('verb forms and modals', () => {
  it.each([
    // "built" against the fact's "build".
    ['how many subs will be built?', /12 new attack submarines/],
    ['what sort of factories will be built', /munitions factories/],
    // "might" asks nothing of its own: not strength.
    ['Who might block a joint statement on Ukraine?', /Orbán/],
  ])('%s', (q, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('"can u tell me who …" asks who, with no Yes', () => {
    const a = core.answer('can u tell me who ran the SDR');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The review was led by George Robertson/);
  });

  it('"what kind of submarines" is not answered with another kind of weapon', () => {
    const a = core.answer('what kind of submarines will Britain build?');
    expect(a.text).not.toMatch(/^Britain will also buy up to 7,000 long-range weapons/);
    expect(a.text).toMatch(/submarines/);
  });

  it('"who built you?" is about the bot, not the submarines', () => {
    const a = core.answer('Who built you?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^I answer questions about the news/);
  });
});
