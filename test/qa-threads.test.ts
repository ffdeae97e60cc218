// Conversation sets (test/questions/threads/): a follow-up in a thread ("how much is the fund?"
// after a question on the German vote) is answered from the article the thread is on. Each set
// keeps the floor floors.json gives it (keyed "threads/<file>"), with every article loaded.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createCore } from '../src/core.ts';
import { inScopeProblems, norm, re } from './helpers/judge.ts';
import { lastAnswer, readThreads } from './helpers/threads.ts';

const questionDir = join(dirname(fileURLToPath(import.meta.url)), 'questions');
const threads = readThreads(join(questionDir, 'threads'));
const floors = JSON.parse(readFileSync(join(questionDir, 'floors.json'), 'utf8')) as Record<string, { in: number; out: number }>;
const core = createCore();
const articles = new Map(core.facts.articles.map((a) => [a.id, norm(a.text)]));

test('thread sets are well formed', () => {
  const ids = new Set<string>();
  for (const t of threads) {
    expect(['in', 'out']).toContain(t.kind);
    expect(t.turns.length, t.id).toBeGreaterThanOrEqual(2);
    expect(ids.has(t.id), `duplicate id ${t.id}`).toBe(false);
    ids.add(t.id);
    for (const p of [...(t.all ?? []), ...(t.any ?? []), ...(t.none ?? [])]) expect(() => re(p)).not.toThrow();
  }
});

describe.each([...new Set(threads.map((t) => t.file))])('threads/%s', (file) => {
  const set = threads.filter((t) => t.file === file);
  const floor = floors[`threads/${file}`] ?? floors.default!;
  const shown = (t: (typeof set)[number], text: string) => `${t.id} ${JSON.stringify(t.turns)}\n     got: ${JSON.stringify(text.slice(0, 200))}`;

  test('the last message of each thread is answered right, from the thread’s article', () => {
    const inScope = set.filter((t) => t.kind === 'in');
    const failures = inScope.flatMap((t) => {
      const a = lastAnswer(core, t.turns);
      const why = inScopeProblems(t, a, articles);
      return why.length ? [`${why.join('; ')}: ${shown(t, a.text)}`] : [];
    });
    expect(1 - failures.length / inScope.length, failures.join('\n')).toBeGreaterThanOrEqual(floor.in);
  });

  test('a follow-up the article does not answer is declined', () => {
    const outOfScope = set.filter((t) => t.kind === 'out');
    const failures = outOfScope.flatMap((t) => {
      const a = lastAnswer(core, t.turns);
      return a.answered === false ? [] : [shown(t, a.text)];
    });
    expect(1 - failures.length / Math.max(1, outOfScope.length), failures.join('\n')).toBeGreaterThanOrEqual(floor.out);
  });
});
