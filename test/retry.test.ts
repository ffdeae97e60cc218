// The retry helper both chat adapters and the digest call: how many tries, how long it waits between them, when
// the total wait or an abort ends it, and how a platform's own rule (give up, a named wait, an
// earlier try that had worked) steers it.
import { describe, expect, it } from 'vitest';
import { retry, type Next, type RetryPolicy } from '../src/retry.ts';

const policy: RetryPolicy = { attempts: 4, backoffMs: 5, maxWaitMs: 1_000 };

/** A call that fails `failures` times (each with its try's number) and then answers 'ok'. */
function flaky(failures: number) {
  let tries = 0;
  const run = async () => {
    tries += 1;
    if (tries <= failures) throw new Error(`failure ${tries}`);
    return 'ok';
  };
  return { run, tries: () => tries };
}

/** Runs `retry` and records every wait it announced. */
async function attempt(run: () => Promise<string>, opts: { policy?: RetryPolicy; next?: (err: unknown, attempt: number) => Next<string> | Promise<Next<string>>; signal?: AbortSignal } = {}) {
  const waits: number[] = [];
  const outcome = await retry(run, {
    policy: opts.policy ?? policy,
    onFailure: opts.next ?? (() => 'backoff'),
    onRetry: (_err, _attempt, waitMs) => waits.push(waitMs),
    signal: opts.signal,
  }).catch((err: Error) => err);
  return { outcome, waits };
}

describe('retry', () => {
  it('answers with the first try that works, waiting twice as long after each failure', async () => {
    const call = flaky(3);
    const { outcome, waits } = await attempt(call.run);
    expect(outcome).toBe('ok');
    expect(call.tries()).toBe(4);
    expect(waits).toEqual([5, 10, 20]);
  });

  it('stops after the policy’s number of tries with the last error', async () => {
    const call = flaky(10);
    const { outcome, waits } = await attempt(call.run);
    expect(call.tries()).toBe(4);
    expect((outcome as Error).message).toBe('failure 4');
    expect(waits).toHaveLength(3);
  });

  it('does not try again when the platform’s rule gives up, and does not ask it after the last try', async () => {
    const asked: number[] = [];
    const call = flaky(10);
    const { outcome } = await attempt(call.run, { next: (err, n) => (asked.push(n), (err as Error).message === 'failure 2' ? 'give-up' : 'backoff') });
    expect((outcome as Error).message).toBe('failure 2');
    expect(call.tries()).toBe(2);
    const last = flaky(10);
    asked.length = 0;
    await attempt(last.run, { policy: { ...policy, attempts: 2 }, next: (_err, n) => (asked.push(n), 'backoff') });
    expect(asked).toEqual([1]);
  });

  it('waits as long as a failure says (a rate limit) instead of the backoff', async () => {
    const call = flaky(2);
    const { outcome, waits } = await attempt(call.run, { next: (_err, n) => (n === 1 ? { waitMs: 30 } : 'backoff') });
    expect(outcome).toBe('ok');
    expect(waits).toEqual([30, 10]);
  });

  it('gives up at once when a wait would take the total past the cap', async () => {
    const call = flaky(10);
    const { outcome, waits } = await attempt(call.run, { policy: { ...policy, maxWaitMs: 40 }, next: () => ({ waitMs: 15 }) });
    // 15 + 15 fits in 40; a third 15 would not.
    expect(waits).toEqual([15, 15]);
    expect(call.tries()).toBe(3);
    expect((outcome as Error).message).toBe('failure 3');
    const limited = flaky(1);
    expect((await attempt(limited.run, { policy: { ...policy, maxWaitMs: 40 }, next: () => ({ waitMs: 41 }) })).outcome).toBeInstanceOf(Error);
    expect(limited.tries()).toBe(1);
  });

  it('ends with the platform’s result when an earlier try had taken effect after all', async () => {
    const call = flaky(10);
    const { outcome } = await attempt(call.run, { next: async () => ({ result: 'posted earlier' }) });
    expect(outcome).toBe('posted earlier');
    expect(call.tries()).toBe(1);
  });

  it('waits through the caller’s own sleep when given one (a digest’s faked clock), passing it the signal', async () => {
    const slept: number[] = [];
    const controller = new AbortController();
    const call = flaky(2);
    const started = Date.now();
    const outcome = await retry(call.run, {
      policy: { ...policy, backoffMs: 60_000, maxWaitMs: Infinity },
      onFailure: () => 'backoff',
      signal: controller.signal,
      sleep: async (ms, signal) => {
        expect(signal).toBe(controller.signal);
        slept.push(ms);
      },
    });
    expect(outcome).toBe('ok');
    expect(slept).toEqual([60_000, 120_000]);
    expect(Date.now() - started).toBeLessThan(2_000);
    const refused = flaky(10);
    const failed = await retry(refused.run, { policy, onFailure: () => 'backoff', sleep: () => Promise.reject(new Error('aborted')) }).catch((err: Error) => err);
    expect((failed as Error).message).toBe('failure 1');
    expect(refused.tries()).toBe(1);
  });

  it('stops waiting when aborted, failing with the last error, and does not start once aborted', async () => {
    const controller = new AbortController();
    const call = flaky(10);
    const started = Date.now();
    setTimeout(() => controller.abort(), 20);
    const { outcome } = await attempt(call.run, { policy: { ...policy, backoffMs: 5_000, maxWaitMs: 60_000 }, signal: controller.signal });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((outcome as Error).message).toBe('failure 1');
    const after = flaky(10);
    expect((await attempt(after.run, { signal: controller.signal })).outcome).toBeInstanceOf(Error);
    expect(after.tries()).toBe(1);
  });
});
