// A yes/no answer only when the fact states every claim of the question: people together,
// places, figures and days. Otherwise the bot says what the article does say, without a verdict.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, DEFAULT_ARTICLES_DIR } from '../src/core.ts';
import { REGISTRY_FILE } from '../src/facts/load.ts';

const core = createCore();
const lead = (q: string) => core.answer(q).text.split(/[.:]/)[0]!;

describe('yes/no claims', () => {
  it.each([
    'Did Hegseth meet Takaichi?',
    'Did Koizumi meet Trump?',
    'Did the PM meet the defence secretary?',
    'Was Trump at the Koizumi-Hegseth meeting?',
    'Was Hegseth at the Takaichi–Trump talks?',
    'Did Trump and Hegseth meet in Tokyo?',
    'Did Kishida meet Hegseth?',
    // Someone else attending does not rule Trump out; the article does not say who else came.
    'Did Trump attend the royal dinner?',
    // The Left Party is named with the new Bundestag's seats, not with the vote.
    'did the Left Party vote against in the Bundestag?',
  ])('%s gets no verdict: the article does not say, and what it does say', (q) => {
    const a = core.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^\W*(yes|no)\b/i);
  });

  it('says what the article does say when it neither confirms nor denies', () => {
    expect(core.answer('Did Hegseth meet Takaichi?').text).toMatch(/^The article doesn't say so\. It says: Koizumi and Hegseth met/);
  });

  it.each([
    ['Did Hegseth meet Koizumi?', 'Yes'],
    ['Did Takaichi meet Trump?', 'Yes'],
    ['Did Takaichi meet Trump before Koizumi met Hegseth?', 'Yes'],
    ['Did Koizumi and Hegseth meet on Wednesday?', 'Yes'],
    ['Did Koizumi meet Hegseth in Osaka?', 'No'],
    ['Did the Koizumi-Hegseth meeting happen before the Takaichi-Trump talks?', 'No'],
    // A sum of money other than the fact's is a correction, as a wrong percentage is.
    ['the Greens got €50 billion for climate, right?', 'No'],
    ['Is the infrastructure fund worth €1 trillion?', 'No'],
  ])('%s → %s (every claim stated, or one denied)', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });

  it('"Was it X who …?" with someone else doing it says who', () => {
    expect(core.answer('Was it Kishida who met Hegseth in Tokyo?').text).toMatch(/^No: it was Shinjiro Koizumi\./);
  });

  it('a word the bot does not know is never confirmed, even when the rest of the question matches a fact', () => {
    // With the NATO article alone, "legally" is a word no fact uses.
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-claims-'));
    cpSync(join(DEFAULT_ARTICLES_DIR, 'nato-summit-2025-06'), join(dir, 'nato-summit-2025-06'), { recursive: true });
    cpSync(join(DEFAULT_ARTICLES_DIR, REGISTRY_FILE), join(dir, REGISTRY_FILE));
    const nato = createCore({ articlesDir: dir });
    expect(nato.answer('will the 5% target be legally binding?').text).not.toMatch(/^\W*yes\b/i);
  });

  it('a figure or weekday the fact does not give is never confirmed', () => {
    for (const q of ['Did Hegseth post on Thursday?', 'Is Japan spending 1 trillion yen on defence?', 'Does the US have 50,000 troops in Japan and 3 bases?'])
      expect(core.answer(q).text).not.toMatch(/^\W*yes\b/i);
  });
});
