// Sending to Slack: chat.postMessage / chat.postEphemeral, waiting out rate limits, and turning
// Slack's refusals into PostError so the digest knows whether to retry.
import { setTimeout as sleep } from 'node:timers/promises';
import { webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import { PostError, type PostFailure } from '../../src/platform.ts';
import type { Reply } from '../../src/reply.ts';
import { renderReply } from './render.ts';

/** Where a reply goes: a channel, optionally a thread, optionally only to one user (ephemeral). */
export interface Target {
  channel: string;
  threadTs?: string;
  ephemeralTo?: string;
}

const ATTEMPTS = 3;
const MAX_WAIT_S = 60;

const FAILURES: Record<string, PostFailure> = {
  channel_not_found: 'gone',
  is_archived: 'gone',
  not_in_channel: 'forbidden',
  missing_scope: 'forbidden',
  restricted_action: 'forbidden',
  invalid_auth: 'forbidden',
  account_inactive: 'forbidden',
  token_revoked: 'forbidden',
  ratelimited: 'rate-limited',
};

export function toPostError(err: unknown): PostError {
  if (err instanceof PostError) return err;
  const e = err as { code?: string; retryAfter?: number; data?: { error?: string }; message?: string };
  if (e.code === webApi.ErrorCode.RateLimitedError)
    return new PostError('rate-limited', `Slack rate limit (retry after ${e.retryAfter}s)`, (e.retryAfter ?? 1) * 1000);
  if (e.code === webApi.ErrorCode.PlatformError) {
    const code = e.data?.error ?? 'unknown_error';
    return new PostError(FAILURES[code] ?? 'transient', `Slack refused the message: ${code}`);
  }
  return new PostError('transient', `Could not reach Slack: ${e.message ?? String(err)}`);
}

/** Runs a Web API call, waiting out up to ATTEMPTS-1 rate limits (Retry-After) before giving up. */
async function withRateLimit<T>(call: () => Promise<T>, logger: Logger): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (err) {
      const failure = toPostError(err);
      const waitMs = failure.retryAfterMs;
      if (failure.failure !== 'rate-limited' || !waitMs || attempt >= ATTEMPTS || waitMs > MAX_WAIT_S * 1000) throw failure;
      logger.warn({ waitMs, attempt }, 'Slack rate limit: waiting before posting again');
      await sleep(waitMs);
    }
  }
}

/** Renders and sends a reply; throws PostError when Slack will not take it. */
export async function deliver(client: webApi.WebClient, to: Target, reply: Reply, logger: Logger): Promise<void> {
  const message = { channel: to.channel, thread_ts: to.threadTs, ...renderReply(reply) };
  const user = to.ephemeralTo;
  await withRateLimit(
    () =>
      user
        ? client.chat.postEphemeral({ ...message, user })
        : client.chat.postMessage({ ...message, parse: 'none', link_names: false, unfurl_links: false, unfurl_media: false }),
    logger,
  );
}
