// answer() throughput and per-call latency over the question mix, after warm-up, with fact bases of
// 1, 3 and 20 articles (bench/articles.ts).
import { rmSync } from 'node:fs';
import { createCore } from '../src/core.ts';
import { benchArticles } from './articles.ts';
import { QUESTIONS } from './questions.ts';
import { quantile, round } from './stats.ts';

export interface CoreResult {
  articles: number;
  answersPerSec: number;
  p50Us: number;
  p99Us: number;
}

export const ARTICLE_COUNTS = [1, 3, 20];

export function benchCore(articles: number, calls = 20_000, warmup = 3_000): CoreResult {
  const dir = benchArticles(articles);
  const core = createCore({ articlesDir: dir });
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < warmup; i++) core.answer(QUESTIONS[i % QUESTIONS.length]!);
  const times = new Float64Array(calls);
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) {
    const t0 = process.hrtime.bigint();
    core.answer(QUESTIONS[i % QUESTIONS.length]!);
    times[i] = Number(process.hrtime.bigint() - t0) / 1_000;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort();
  return { articles, answersPerSec: Math.round(calls / seconds), p50Us: round(quantile(times, 0.5)), p99Us: round(quantile(times, 0.99)) };
}
