// Trying a failed call again: a bounded number of tries, waits that double from the first (or the
// wait a failure names, like a rate limit's Retry-After), and a cap on the total wait. Whether a
// failure is worth another try is the caller's (each platform's) rule.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait after the first failure; doubled after each further one. */
  backoffMs: number;
  /** Longest total wait per call: a wait that would go past it gives up at once. */
  maxWaitMs: number;
}

/**
 * After a failed try: give up (the call fails with its error), wait the next backoff, wait as long
 * as the failure says, or end with `result` (an earlier try had taken effect after all).
 */
export type Next<T> = 'give-up' | 'backoff' | { waitMs: number } | { result: T };

export interface RetryOptions<T> {
  policy: RetryPolicy;
  /** Reads a failure; not asked after the last try (the call then fails with its error). */
  onFailure(err: unknown, attempt: number): Next<T> | Promise<Next<T>>;
  /** Told before each wait, for the logs. */
  onRetry?(err: unknown, attempt: number, waitMs: number): void;
  /** Once aborted, the call fails with its last error instead of waiting. */
  signal?: AbortSignal;
  /** Waits `ms`, rejecting once `signal` aborts; a real timer unless a caller (or its tests) fakes it. */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The wait after failed try number `attempt` (1 for the first). */
export const backoffMs = (policy: RetryPolicy, attempt: number) => policy.backoffMs * 2 ** (attempt - 1);

/** Runs `run` until it succeeds or the policy or `onFailure` says to stop; then throws its last error. */
export async function retry<T>(run: () => Promise<T>, opts: RetryOptions<T>): Promise<T> {
  let waited = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= opts.policy.attempts || opts.signal?.aborted) throw err;
      const next = await opts.onFailure(err, attempt);
      if (next === 'give-up') throw err;
      if (typeof next === 'object' && 'result' in next) return next.result;
      const waitMs = next === 'backoff' ? backoffMs(opts.policy, attempt) : next.waitMs;
      if (waited + waitMs > opts.policy.maxWaitMs) throw err;
      opts.onRetry?.(err, attempt, waitMs);
      const wait = opts.sleep ? opts.sleep(waitMs, opts.signal) : sleep(waitMs, undefined, { signal: opts.signal });
      await wait.catch(() => {
        throw err;
      });
      waited += waitMs;
    }
  }
}
