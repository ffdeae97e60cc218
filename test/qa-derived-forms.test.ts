// A form WordNet derives from the question's word counts where the fact writes it, even as a word
// of another lexicon concept: "partners" of "the AUKUS partnership", "parliament" of "parliamentary leader".
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, DEFAULT_ARTICLES_DIR } from '../src/core.ts';

const core = createCore();

describe('derived forms the fact writes', () => {
  it.each([
    ["Which countries are Britain's partners in AUKUS?", /AUKUS partnership with Australia and the United States/],
    ['Who leads the Greens in parliament?', /Dröge/],
  ])('%s', (q, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('a synonym that is no derived form does not count that way (Japan alone: "set" is not the pledge)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-derived-'));
    for (const name of ['japan-defence-spending-2025-10', 'registry.json']) cpSync(join(DEFAULT_ARTICLES_DIR, name), join(dir, name), { recursive: true });
    const a = createCore({ articlesDir: dir }).answer('where was the 2% target set');
    expect(a.text).not.toMatch(/^In her first policy speech/);
  });
});
