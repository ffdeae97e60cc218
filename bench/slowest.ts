// Per-question median CPU time of answer() over several rounds, at one size of fact base, slowest first.
// npx tsx bench/slowest.ts [articles=20] [rounds=10] [top=25] [--answers FILE]; CORE=dist/src/core.js to time a build.
import { rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import type { Core, CoreOptions } from '../src/core.ts';
import { benchArticles } from './articles.ts';
import { QUESTIONS } from './questions.ts';
import { median, quantile, round } from './stats.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [articles = 20, rounds = 10, top = 25] = args.map(Number);
const answersAt = process.argv.indexOf('--answers');
const { createCore } = (await import(process.env.CORE ? `file://${process.env.CORE}` : '../src/core.ts')) as { createCore: (o: CoreOptions) => Core };
const dir = benchArticles(articles);
const core = createCore({ articlesDir: dir });
rmSync(dir, { recursive: true, force: true });
for (const q of QUESTIONS) core.answer(q);
// PROFILE=FILE.cpuprofile: a CPU profile of the rounds after warm-up.
const session = process.env.PROFILE ? new Session() : undefined;
const post = (method: string, params?: object) => new Promise<unknown>((ok, fail) => session!.post(method, params, (e, r) => (e ? fail(e) : ok(r))));
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
}
const times = QUESTIONS.map(() => [] as number[]);
for (let r = 0; r < rounds; r++) {
  QUESTIONS.forEach((q, i) => {
    const t0 = process.cpuUsage();
    core.answer(q);
    const t = process.cpuUsage(t0);
    times[i]!.push(t.user + t.system);
  });
}
if (session) writeFileSync(process.env.PROFILE!, JSON.stringify(((await post('Profiler.stop')) as { profile: unknown }).profile));
const med = times.map(median);
const sorted = Float64Array.from(med).sort();
const total = med.reduce((a, b) => a + b, 0);
console.log(`${articles} articles, ${QUESTIONS.length} questions × ${rounds} rounds: p50 ${quantile(sorted, 0.5)} µs, p99 ${quantile(sorted, 0.99)} µs, total ${round(total / 1000)} ms`);
med.map((t, i) => [t, i] as const).sort((a, b) => b[0] - a[0]).slice(0, top).forEach(([t, i]) => console.log(`${String(t).padStart(6)} µs  ${QUESTIONS[i]!.slice(0, 110)}`));
if (answersAt > 0) writeFileSync(process.argv[answersAt + 1]!, QUESTIONS.map((q) => JSON.stringify(core.answer(q))).join('\n') + '\n');
