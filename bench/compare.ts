// Two builds of the core in one process, e.g. main's and this branch's: per question the median CPU
// time of answer() over several rounds (the two asked in turn, each first in every other round), p50 / p99 / total at 1, 3 and 20
// articles, the ratio, and whether every answer is the same.
// npx tsx bench/compare.ts BEFORE/dist/src/core.js AFTER/dist/src/core.js [rounds=10] [top=10]
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Core, CoreOptions } from '../src/core.ts';
import { benchArticles } from './articles.ts';
import { ARTICLE_COUNTS } from './core.ts';
import { QUESTIONS } from './questions.ts';
import { median, quantile, round } from './stats.ts';

type Build = { createCore: (o: CoreOptions) => Core };
const [before, after, rounds = '10', top = '10'] = process.argv.slice(2);
const builds = await Promise.all([before!, after!].map(async (p) => (await import(`file://${resolve(p)}`)) as Build));

const cpu = (core: Core, q: string) => {
  const t0 = process.cpuUsage();
  core.answer(q);
  const t = process.cpuUsage(t0);
  return t.user + t.system;
};

for (const n of ARTICLE_COUNTS) {
  const dir = benchArticles(n);
  const cores = builds.map((b) => b.createCore({ articlesDir: dir }));
  rmSync(dir, { recursive: true, force: true });
  const changed = QUESTIONS.filter((q) => JSON.stringify(cores[0]!.answer(q)) !== JSON.stringify(cores[1]!.answer(q)));
  const times = cores.map(() => QUESTIONS.map(() => [] as number[]));
  // (Each asks first in every other round: the one asking second runs faster, its caches warm from the first's.)
  for (let r = 0; r < Number(rounds); r++)
    QUESTIONS.forEach((q, i) => (r % 2 ? [1, 0] : [0, 1]).forEach((c) => times[c]![i]!.push(cpu(cores[c]!, q))));
  const medians = times.map((perQ) => perQ.map(median));
  const stats = medians.map((m) => {
    const sorted = Float64Array.from(m).sort();
    return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), total: m.reduce((a, b) => a + b, 0) };
  });
  const [a, b] = stats as [typeof stats[0], typeof stats[0]];
  console.log(`${n} article(s): p50 ${a.p50} → ${b.p50} µs (${round(b.p50 / a.p50, 2)}), p99 ${a.p99} → ${b.p99} µs (${round(b.p99 / a.p99, 2)}), total ${round(a.total / 1000)} → ${round(b.total / 1000)} ms (${round(b.total / a.total, 2)}); answers changed: ${changed.length}`);
  for (const q of changed.slice(0, 5)) console.log(`  changed: ${q}`);
  medians[1]!.map((t, i) => [t, i] as const).sort((x, y) => y[0] - x[0]).slice(0, Number(top)).forEach(([t, i]) => console.log(`  ${String(medians[0]![i]).padStart(6)} → ${String(t).padStart(6)} µs  ${QUESTIONS[i]!.slice(0, 100)}`));
}
