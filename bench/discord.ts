// Interaction round trip: the fake gateway dispatches INTERACTION_CREATE (/defense spending), and
// the time runs until the interaction callback (the reply) arrives at the fake REST API.
import { callbackOf, slash } from '../test/fakes/discord-events.ts';
import type { FakeDiscord } from '../test/fakes/discord.ts';
import { quantile, round } from './stats.ts';

export interface DiscordResult {
  p50Ms: number;
  p99Ms: number;
}

export async function benchDiscord(fake: FakeDiscord, count = 400, warmup = 30): Promise<DiscordResult> {
  const times: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const started = process.hrtime.bigint();
    await callbackOf(fake, slash(fake, 'spending'));
    if (i >= warmup) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: round(quantile(times, 0.5), 2), p99Ms: round(quantile(times, 0.99), 2) };
}
