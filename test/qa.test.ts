// Our own user-style question sets (every *.jsonl file in test/questions/), checked with the same
// rules as ../shared/qa/score.mjs, but calling the core in-process:
//   in-scope:     answered === true, text matches every "all", at least one "any" (when given), no "none",
//                 and at least one citation quotes the article word for word (after normalising);
//   out-of-scope: answered === false.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createCore } from '../src/core.ts';

interface Item {
  file: string;
  id: string;
  kind: 'in' | 'out';
  q: string;
  all?: string[];
  any?: string[];
  none?: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const questionDir = join(here, 'questions');
const items: Item[] = readdirSync(questionDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(join(questionDir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => ({ ...(JSON.parse(l) as Omit<Item, 'file'>), file: f })),
  );

const norm = (s: string): string =>
  s
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const article = norm(
  readFileSync(join(here, '..', 'data', 'articles', 'japan-defence-spending-2025-10', 'article.txt'), 'utf8'),
);
const core = createCore();
const re = (p: string): RegExp => new RegExp(p, 'i');

/** Why an in-scope answer fails the score.mjs rules (empty when it passes). */
function inScopeProblems(e: Item, a: ReturnType<typeof core.answer>): string[] {
  const text = String(a.text ?? '');
  const why: string[] = [];
  if (a.answered !== true) why.push('did not answer');
  for (const p of e.all ?? []) if (!re(p).test(text)) why.push(`missing /${p}/`);
  if ((e.any ?? []).length && !e.any!.some((p) => re(p).test(text))) why.push(`none of /${e.any!.join('/, /')}/`);
  for (const p of e.none ?? []) if (re(p).test(text)) why.push(`must not match /${p}/`);
  const cites = Array.isArray(a.citations) ? a.citations : [];
  const verbatim = cites.filter((c) => c && typeof c.quote === 'string' && c.quote.trim() && article.includes(norm(c.quote)));
  if (a.answered === true && verbatim.length === 0) why.push('no verbatim citation');
  return why;
}

test('question set is well formed', () => {
  const ids = new Set<string>();
  for (const e of items) {
    expect(['in', 'out']).toContain(e.kind);
    expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
    ids.add(e.id);
    for (const p of [...(e.all ?? []), ...(e.any ?? []), ...(e.none ?? [])]) expect(() => re(p)).not.toThrow();
  }
  expect(items.filter((e) => e.kind === 'in').length).toBeGreaterThanOrEqual(140);
  expect(items.filter((e) => e.kind === 'out').length).toBeGreaterThanOrEqual(80);
});

// The product targets: at least 98% of in-scope questions answered right and 97% of
// out-of-scope ones declined; stress sets have lower floors (test/questions/floors.json).
// Failures are listed in the message.
const files = [...new Set(items.map((e) => e.file))];
const floors = JSON.parse(readFileSync(join(questionDir, 'floors.json'), 'utf8')) as Record<string, { in: number; out: number }>;

describe.each(files)('%s', (file) => {
  const set = items.filter((e) => e.file === file);
  const floor = floors[file] ?? floors.default!;

  test('in-scope questions are answered correctly, with a verbatim citation', () => {
    const inScope = set.filter((e) => e.kind === 'in');
    const failures = inScope.flatMap((e) => {
      const a = core.answer(e.q);
      const why = inScopeProblems(e, a);
      return why.length ? [`${e.id} ${JSON.stringify(e.q)}: ${why.join('; ')}\n     got: ${JSON.stringify(String(a.text).slice(0, 200))}`] : [];
    });
    expect(1 - failures.length / inScope.length, failures.join('\n')).toBeGreaterThanOrEqual(floor.in);
  });

  test('out-of-scope questions are declined', () => {
    const outOfScope = set.filter((e) => e.kind === 'out');
    const failures = outOfScope.flatMap((e) => {
      const a = core.answer(e.q);
      return a.answered === false ? [] : [`${e.id} ${JSON.stringify(e.q)}\n     got: ${JSON.stringify(String(a.text).slice(0, 200))}`];
    });
    expect(1 - failures.length / outOfScope.length, failures.join('\n')).toBeGreaterThanOrEqual(floor.out);
  });
});
