import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findVerbatim, loadFactBase } from '../src/facts/load.ts';
import { formatMoney } from '../src/facts/money.ts';

const ARTICLES = join(import.meta.dirname, '..', 'data', 'articles');
const SLUG = 'japan-defence-spending-2025-10';

function copyArticles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-facts-'));
  cpSync(ARTICLES, dir, { recursive: true });
  return dir;
}

/** Adds a small article folder `slug` whose facts.json is a minimal valid one merged with `extra`. */
function addArticle(dir: string, slug: string, extra: Record<string, unknown>): void {
  mkdirSync(join(dir, slug));
  writeFileSync(join(dir, slug, 'article.txt'), 'US President Donald Trump visited a base.\nTrump visited the base.\n');
  const facts = { facts: [{ id: `${slug}-visit`, quote: 'Trump visited the base.', answer: 'Trump visited the base.', keys: ['visit'], kinds: ['what'] }] };
  const data = { id: slug, title: 'A second article', source: { name: 'Test' }, curator: { published: '2025-01-01', added: '2025-01-01' }, ...facts, headline: [`${slug}-visit`], spending: [`${slug}-visit`], summary: [`${slug}-visit`], ...extra };
  const ids = (data.facts as { id: string }[]).map((f) => f.id);
  writeFileSync(join(dir, slug, 'facts.json'), JSON.stringify({ ...data, headline: ids, spending: ids, summary: ids }));
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
    const article = base.articles.find((a) => a.id === SLUG)!;
    expect(base.articles.length).toBeGreaterThanOrEqual(3);
    for (const f of article.facts) expect(article.text).toContain(f.quote);
    const goal = article.facts.find((f) => f.id === 'goal-2pct')!;
    expect(goal.values).toContainEqual({ kind: 'percent', value: 2, of: 'GDP', approx: false });
  });

  it('keeps curator dates apart from quotes', () => {
    const article = loadFactBase(ARTICLES).articles.find((a) => a.id === SLUG)!;
    const day = article.facts.find((f) => f.id === 'meeting-day')!;
    expect(day.quote).not.toMatch(/29|October 2025/);
    expect(day.values).toContainEqual({ kind: 'date', value: '2025-10-29', label: 'Wednesday' });
    expect(article.timeline.find((e) => e.fact === 'meeting-day')?.dateFrom).toBe('curator');
  });

  it('types year-only dates and money values', () => {
    const base = loadFactBase(ARTICLES);
    const values = base.articles.flatMap((a) => a.facts.flatMap((f) => f.values));
    expect(values).toContainEqual({ kind: 'date', value: '2035', label: 'by 2035' });
    expect(values).toContainEqual({ kind: 'money', value: 500e9, currency: 'EUR', of: 'infrastructure fund' });
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

  it('takes a second article from data alone, sharing registry people', () => {
    const dir = copyArticles();
    addArticle(dir, 'zz-second', {
      people: [{ id: 'trump', quote: 'US President Donald Trump' }],
      facts: [{ id: 'second-visit', quote: 'Trump visited the base.', answer: 'Trump visited the base.', keys: ['visit'], kinds: ['what'], about: ['trump'] }],
    });
    const base = loadFactBase(dir);
    expect(base.articles.map((a) => a.id)).toContain('zz-second');
    expect(base.people.filter((p) => p.id === 'trump')).toHaveLength(1);
    expect(base.articles.find((a) => a.id === 'zz-second')!.people[0]).toMatchObject({ name: 'Donald Trump', quote: 'US President Donald Trump' });
  });

  it.each([
    ['fact', { facts: [{ id: 'troops', quote: 'Trump visited the base.', answer: 'x', keys: ['visit'], kinds: ['what'] }] }, /zz-second\/facts\.json \[troops\]: fact id "troops" is already defined in .*japan-defence-spending-2025-10\/facts\.json$/],
    ['person', { people: [{ id: 'trump', name: 'Donald Trump', role: 'President', country: 'us', quote: 'US President Donald Trump' }] }, /zz-second\/facts\.json \[trump\]: person id "trump" is already defined in .*registry\.json$/],
    ['entity', { entities: [{ id: 'japan', name: 'Japan', kind: 'country' }] }, /zz-second\/facts\.json \[japan\]: entity id "japan" is already defined in .*registry\.json$/],
  ])('rejects a %s id defined twice, naming both files in one line', (_what, extra, message) => {
    const dir = copyArticles();
    addArticle(dir, 'zz-second', extra);
    expect(() => loadFactBase(dir)).toThrow(message);
  });

  it('rejects an article naming a person who is in neither the registry nor the article', () => {
    const dir = copyArticles();
    addArticle(dir, 'zz-second', { people: [{ id: 'nobody', quote: 'Trump visited the base.' }] });
    expect(() => loadFactBase(dir)).toThrow(/zz-second\/facts\.json \[person nobody\]: no person "nobody" in the registry/);
  });

  it('npm run facts:check (ARTICLES_DIR) rejects a fact id defined in two articles with one line naming both files', () => {
    const dir = copyArticles();
    addArticle(dir, 'zz-second', { facts: [{ id: 'meeting', quote: 'Trump visited the base.', answer: 'x', keys: ['visit'], kinds: ['what'] }] });
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/facts-check.ts'], { encoding: 'utf8', env: { ...process.env, ARTICLES_DIR: dir } });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/zz-second\/facts\.json \[meeting\]: fact id "meeting" is already defined in .*japan-defence-spending-2025-10\/facts\.json$/);
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

describe('money values', () => {
  it.each([
    [500e9, 'EUR', '€500 billion'],
    [1.5e12, 'EUR', '€1.5 trillion'],
    [2_500_000, 'USD', '$2.5 million'],
    [200, 'CHF', 'CHF 200'],
  ])('%d %s reads as %s', (value, currency, text) => {
    expect(formatMoney(value, currency)).toBe(text);
  });
});
