import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findVerbatim, loadFactBase } from '../src/facts/load.ts';

const ARTICLES = join(import.meta.dirname, '..', 'data', 'articles');
const SLUG = 'japan-defence-spending-2025-10';

function copyArticles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-facts-'));
  cpSync(ARTICLES, dir, { recursive: true });
  return dir;
}

function editFacts(dir: string, edit: (data: { facts: { id: string; quote: string }[] } & Record<string, unknown>) => void): void {
  const file = join(dir, SLUG, 'facts.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, JSON.stringify(data));
}

describe('fact base', () => {
  it('loads the shipped article with every quote found verbatim in the text', () => {
    const base = loadFactBase(ARTICLES);
    const article = base.articles[0]!;
    expect(article.id).toBe(SLUG);
    for (const f of article.facts) expect(article.text).toContain(f.quote);
    const goal = article.facts.find((f) => f.id === 'goal-2pct')!;
    expect(goal.values).toContainEqual({ kind: 'percent', value: 2, of: 'GDP', approx: false });
  });

  it('keeps curator dates apart from quotes', () => {
    const article = loadFactBase(ARTICLES).articles[0]!;
    const day = article.facts.find((f) => f.id === 'meeting-day')!;
    expect(day.quote).not.toMatch(/29|October 2025/);
    expect(day.values).toContainEqual({ kind: 'date', value: '2025-10-29', label: 'Wednesday' });
    expect(article.timeline.find((e) => e.fact === 'meeting-day')?.dateFrom).toBe('curator');
  });

  it('matches quotes despite curly quotes and extra whitespace, returning the article text', () => {
    expect(findVerbatim('He said “hello   world” today', 'said "hello world"')).toBe('said “hello   world”');
    expect(findVerbatim('He said hello', 'said goodbye')).toBeUndefined();
  });

  it('fails fast on a tampered quote, naming the file and the fact', () => {
    const dir = copyArticles();
    editFacts(dir, (d) => {
      d.facts.find((f) => f.id === 'troops')!.quote = 'the US has more than 60,000 soldiers deployed in Japan';
    });
    expect(() => loadFactBase(dir)).toThrow(/facts\.json \[troops\]: quote is not in the article word for word/);
  });

  it('names the fact when the schema is broken', () => {
    const dir = copyArticles();
    editFacts(dir, (d) => {
      (d.facts.find((f) => f.id === 'kyodo') as unknown as { kinds: string[] }).kinds = ['sometimes'];
    });
    expect(() => loadFactBase(dir)).toThrow(/\[kyodo\]: facts\.\d+\.kinds\.0/);
  });

  it('takes a second article from data alone', () => {
    const dir = copyArticles();
    cpSync(join(dir, SLUG), join(dir, 'second-article'), { recursive: true });
    const file = join(dir, 'second-article', 'facts.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`"id": "${SLUG}"`, '"id": "second-article"'));
    expect(loadFactBase(dir).articles.map((a) => a.id)).toEqual([SLUG, 'second-article']);
  });

  it('npm run facts:check exits non-zero on a tampered quote and names the fact', () => {
    const dir = copyArticles();
    editFacts(dir, (d) => {
      d.facts.find((f) => f.id === 'no-amount')!.quote = 'he said he requested a specific amount';
    });
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/facts-check.ts', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[no-amount]');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
