// Words WordNet lists as one noun ("war chest") are one thing: what the facts call it one level up.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('a thing WordNet names in several words', () => {
  it('is read as what the facts call it', () => {
    const a = core.answer('How big is the war chest von der Leyen wants to raise for defence?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/€800 billion/);
  });

  it('is still declined where no fact names anything it is', () => {
    expect(core.answer("What is Japan's unemployment rate?").answered).toBe(false);
    expect(core.answer('Who is the best football player ever?').answered).toBe(false);
  });
});
