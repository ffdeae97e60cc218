// Slack Web API calls with bounded retries. Every call already has a timeout (clientOptions.timeout)
// and the client itself never retries (a retried chat.postMessage could post twice); here a 429 is
// retried after its Retry-After, and a 5xx, timeout or network failure (whose effect is unknown)
// only when the call is safe to repeat or a check shows it did not take effect.
import { webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import { retry, type RetryPolicy } from '../../src/retry.ts';

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, backoffMs: 1_000, maxWaitMs: 60_000 };

/** Timeout of every Web API call and response_url post. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * How a call failed: a 429's wait, 'again' (nothing happened, try again), 'unknown' (it may have
 * taken effect) or 'refused' (Slack said no: trying again will not help).
 */
export type Failure = { waitMs: number } | 'again' | 'unknown' | 'refused';

/** Web API failures: a 5xx or timeout may still have posted the message. */
export function failureOf(err: unknown): Failure {
  const e = err as { code?: string; retryAfter?: number; statusCode?: number };
  if (e.code === webApi.ErrorCode.RateLimitedError) return { waitMs: (e.retryAfter ?? 1) * 1000 };
  if (e.code === webApi.ErrorCode.HTTPError) return (e.statusCode ?? 0) >= 500 ? 'unknown' : 'refused';
  if (e.code === webApi.ErrorCode.RequestError) return 'unknown';
  return 'refused';
}

export interface RetryOptions {
  policy: RetryPolicy;
  logger: Logger;
  /** What the call does, for the logs. */
  what: string;
  /**
   * After an unknown outcome: resolves true when the call took effect after all (nothing more to do),
   * false when it is safe to try again. Without it, unknown outcomes are not retried.
   */
  tookEffect?: () => Promise<boolean>;
  /** Reads a failure; Web API errors by default. */
  classify?: (err: unknown) => Failure;
}

/** `tookEffect` for reads: an unknown outcome is simply tried again. */
export const repeatable = async (): Promise<boolean> => false;

/** Runs `call` with retries; resolves undefined when `tookEffect` found an earlier try had worked. */
export function withRetries<T>(call: () => Promise<T>, opts: RetryOptions): Promise<T | undefined> {
  return retry<T | undefined>(call, {
    policy: opts.policy,
    async onFailure(err, attempt) {
      const failure = (opts.classify ?? failureOf)(err);
      if (failure === 'refused') return 'give-up';
      if (failure === 'again') return 'backoff';
      if (failure !== 'unknown') return failure;
      if (!opts.tookEffect) return 'give-up';
      if (!(await opts.tookEffect())) return 'backoff';
      opts.logger.info({ what: opts.what, attempt }, 'Slack call timed out or failed but had taken effect; not repeating it');
      return { result: undefined };
    },
    onRetry: (err, attempt, waitMs) => opts.logger.warn({ what: opts.what, attempt, waitMs, err: (err as Error).message }, 'Slack call failed; trying again'),
  });
}
