// Calling Discord's REST API: every call has a timeout (discord.js rest.timeout), 5xx answers and
// timeouts are retried a bounded number of times with backoff, rate limits are waited out up to a
// cap, and channel messages carry a nonce with enforce_nonce so a retry never posts twice.
import { createHash, randomUUID } from 'node:crypto';
import { DiscordAPIError, RateLimitError, RESTJSONErrorCodes, Routes, type REST, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { Logger } from '../../src/log.ts';
import { PostError } from '../../src/platform.ts';
import { retry, type RetryPolicy as Backoff } from '../../src/retry.ts';

/** A rate limit whose wait would go past `maxWaitMs` fails at once as `rate-limited`. */
export interface RetryPolicy extends Backoff {
  /** Longest one REST request may take before it is aborted (and retried). */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { timeoutMs: 10_000, attempts: 5, backoffMs: 250, maxWaitMs: 30_000 };

/** Discord's nonce: at most 25 characters; the same key always gives the same nonce. */
export function nonceFor(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 25);
}

export interface Sender {
  /** Runs a REST call with the retry policy; throws PostError once it gives up. */
  call<T>(what: string, run: () => Promise<T>): Promise<T>;
  /**
   * Posts a message to a channel. With the same `key`, Discord returns the message already posted
   * (enforce_nonce) instead of posting again; without one, the call's own retries still post once.
   */
  message(channelId: string, body: RESTPostAPIChannelMessageJSONBody, key?: string): Promise<void>;
}

export function createSender(rest: REST, policy: RetryPolicy, log: Logger, signal: AbortSignal): Sender {
  function call<T>(what: string, run: () => Promise<T>): Promise<T> {
    return retry(run, {
      policy,
      signal,
      // Discord refused (4xx): trying again will not help. A rate limit says how long to wait.
      onFailure: (err) => (err instanceof DiscordAPIError ? 'give-up' : err instanceof RateLimitError ? { waitMs: err.retryAfter } : 'backoff'),
      onRetry(err, attempt, waitMs) {
        const failure = toPostError(err);
        log.warn({ what, attempt, waitMs, failure: failure.failure, reason: failure.message }, 'Discord call failed; retrying');
      },
    }).catch((err: unknown) => {
      throw toPostError(err);
    });
  }
  return {
    call,
    async message(channelId, body, key) {
      const nonce = nonceFor(key ?? randomUUID());
      await call(`message to ${channelId}`, () => rest.post(Routes.channelMessages(channelId), { body: { ...body, nonce, enforce_nonce: true } }));
    },
  };
}

/** Discord answers this when an interaction was already acknowledged: by an earlier try of ours that timed out, or by another replica. */
export function isAlreadyAcknowledged(err: unknown): boolean {
  const cause = err instanceof PostError ? err.cause : err;
  return cause instanceof DiscordAPIError && cause.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;
}

const GONE = new Set<unknown>([RESTJSONErrorCodes.UnknownChannel]);
const FORBIDDEN = new Set<unknown>([RESTJSONErrorCodes.MissingAccess, RESTJSONErrorCodes.MissingPermissions]);

export function toPostError(err: unknown): PostError {
  if (err instanceof PostError) return err;
  const failure = classify(err);
  const e = new PostError(failure, `Discord: ${err instanceof Error ? err.message : String(err)}`, err instanceof RateLimitError ? err.retryAfter : undefined);
  e.cause = err;
  return e;
}

function classify(err: unknown): PostError['failure'] {
  if (err instanceof RateLimitError) return 'rate-limited';
  if (err instanceof DiscordAPIError) {
    if (err.status === 404 || GONE.has(err.code)) return 'gone';
    if (err.status === 403 || FORBIDDEN.has(err.code)) return 'forbidden';
  }
  return 'transient';
}
