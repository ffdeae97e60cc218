// answer() throughput and per-call latency over the question mix, after warm-up.
import { createCore } from '../src/core.ts';
import { QUESTIONS } from './questions.ts';
import { quantile, round } from './stats.ts';

export interface CoreResult {
  answersPerSec: number;
  p50Us: number;
  p99Us: number;
}

export function benchCore(calls = 50_000, warmup = 5_000): CoreResult {
  const core = createCore();
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
  return { answersPerSec: Math.round(calls / seconds), p50Us: round(quantile(times, 0.5)), p99Us: round(quantile(times, 0.99)) };
}
