// A yes/no claim putting its event in a town: denied by a fact stating the event in another town
// ("No. They met in Tokyo."), never confirmed by a fact that does not write the town, even where the
// town also stands for its country ("in Berlin" is not "in Germany"). Towns only: a country or a
// palace may hold the fact's place, so they get no No.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('a town claimed against the town a fact states', () => {
  it.each([
    ['did koizumi meet hegseth in Beijing?', /^No\. They met in Tokyo/],
    ['did von der Leyen present ReArm Europe in Paris?', /^No\b.*Brussels/],
    ['did Starmer give his speech in Edinburgh?', /^No\b.*Glasgow/],
    ['was the NATO summit in Tokyo?', /^No\b.*The Hague/],
  ])('%s', (q, answer) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(answer);
  });

  it.each([
    'Did Zelensky attend the dinner in The Hague?', // the palace the fact names is in The Hague
    'Did Trump criticise Spain in Brussels?', // no fact says where he did
    'Did Merz win the election in Berlin?', // Berlin stands for Germany, but no fact says Berlin
    'Did Healey tell the Commons in London?',
    'is it true the meeting was in Seoul?', // names no one: too little to deny
  ])('%s: no verdict', (q) => {
    const a = core.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^\W*(yes|no)\b/i);
  });

  it('the town the fact states is confirmed', () => {
    expect(core.answer('Did Hegseth meet Koizumi in Tokyo?').text).toMatch(/^Yes\b/);
  });
});
