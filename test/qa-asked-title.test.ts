// "Which Japanese prime minister met Trump?" asks for someone holding that title: a fact whose people
// hold none of it (Zelensky, Trump, the Dutch king) does not say which, however many words it shares.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('the title a who-question asks the holder of', () => {
  it.each([
    ['which japanese prime minister did zelensky meet?', /Zelensky/],
    ['which dutch prime minister hosted the dinner?', /King Willem-Alexander/],
    ['which japanese prime minister did trump criticise?', /Spain/],
  ])('%j is not answered by a fact about people without the title', (q, wrong) => {
    const a = core.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(wrong);
  });

  it('a holder of the same title in the same country still answers ("Japan\'s prime minister" was Kishida)', () => {
    const a = core.answer("Who was Japan's prime minister when the security papers were approved?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Kishida/);
  });

  it('the holder the title names answers', () => {
    expect(core.answer('which japanese prime minister met trump?').text).toMatch(/Takaichi/);
  });
});
