// Who-questions answered with the person the question asks for: a department is named by the
// title of the one who heads it, and a question asking who did something has no subject of its own.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('a department is headed by the holder of its title', () => {
  it('"the UK defence ministry" is headed by the UK defence secretary, not the review\'s leader', () => {
    const a = core.answer('Who heads the UK defence ministry?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Healey/);
    expect(a.text).not.toMatch(/Robertson/);
  });

  it('"Japan\'s defence ministry" is run by its defence minister alone, not also the prime minister', () => {
    const a = core.answer('Who runs Japan\'s defence ministry?');
    expect(a.text).toMatch(/Koizumi/);
    expect(a.text).not.toMatch(/Takaichi/);
  });
});

describe('a question asking who did it names no subject of its own', () => {
  it('what it names after the act is the act\'s object: "who told the House of Commons …?" is answered', () => {
    const a = core.answer('who told the House of Commons the recommendations were accepted?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Healey told the House of Commons/);
  });

  it('a reason asked of someone the fact does not name doing it still takes no premise', () => {
    const a = core.answer('why did the FDP block the changes?');
    expect(a.answered).toBe(false);
  });
});

describe('a title checked against the person who holds it', () => {
  it('"the conservative leader" is Merz\'s title, not the Conservatives and a word', () => {
    const a = core.answer('Is Merz the conservative leader?');
    expect(a.text).toMatch(/^Yes\b/);
  });

  it('the same title said with "of" is his title too, not a No', () => {
    const a = core.answer('Is Merz the leader of the conservatives?');
    expect(a.text).toMatch(/^Yes\b/);
  });
});
