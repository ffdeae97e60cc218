// Sending to Slack: chat.postMessage / chat.postEphemeral with bounded retries, and turning Slack's
// refusals into PostError so the digest knows whether to retry. A message sent with a key carries it
// in its metadata, so a repeat (after a timeout, a restart, on another replica) finds it and does not
// post twice.
import { webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import { PostError, type PostFailure } from '../../src/platform.ts';
import type { Reply } from '../../src/reply.ts';
import type { RetryPolicy } from '../../src/retry.ts';
import { renderReply } from './render.ts';
import { repeatable, withRetries } from './retry.ts';

/** Where a reply goes: a channel, optionally a thread, optionally only to one user (ephemeral). */
export interface Target {
  channel: string;
  threadTs?: string;
  ephemeralTo?: string;
  /** Idempotency key, stored in the message's metadata (not for ephemeral messages). */
  key?: string;
}

/** The metadata event type of every message the bot posts with a key. */
export const POST_EVENT = 'factdesk_post';

/** How far back the channel history is searched for a key (a digest may be retried the next day). */
const LOOKBACK_S = 3 * 24 * 3600;
const MAX_PAGES = 5;

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

interface Message {
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

export class Sender {
  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger: Logger,
    private readonly policy: RetryPolicy,
  ) {}

  /** Whether a message carrying `to.key` is already in the channel (or thread). Throws PostError. */
  async posted(to: Target): Promise<boolean> {
    if (!to.key || to.ephemeralTo) return false;
    const oldest = String(Math.floor(Date.now() / 1000) - LOOKBACK_S);
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const args = { channel: to.channel, include_all_metadata: true, limit: 200, cursor };
      const read = () => (to.threadTs ? this.client.conversations.replies({ ...args, ts: to.threadTs }) : this.client.conversations.history({ ...args, oldest }));
      const res = await withRetries(read, { policy: this.policy, logger: this.logger, what: 'history', tookEffect: repeatable }).catch((err: unknown) => {
        throw toPostError(err);
      });
      const messages = (res?.messages ?? []) as Message[];
      if (messages.some((m) => m.metadata?.event_type === POST_EVENT && m.metadata.event_payload?.key === to.key)) return true;
      cursor = res?.response_metadata?.next_cursor || undefined;
      if (!cursor) return false;
    }
    return false;
  }

  /** Renders and sends a reply, unless `checkFirst` finds it posted already; throws PostError when Slack will not take it. */
  async deliver(to: Target, reply: Reply, opts: { checkFirst?: boolean } = {}): Promise<void> {
    if (opts.checkFirst && (await this.posted(to))) {
      this.logger.info({ channel: to.channel, key: to.key }, 'not posting again: Slack already has this message');
      return;
    }
    const message = { channel: to.channel, thread_ts: to.threadTs, ...renderReply(reply) };
    const user = to.ephemeralTo;
    const metadata = to.key ? { metadata: { event_type: POST_EVENT, event_payload: { key: to.key } } } : {};
    const send = () =>
      user
        ? this.client.chat.postEphemeral({ ...message, user })
        : this.client.chat.postMessage({ ...message, ...metadata, parse: 'none', link_names: false, unfurl_links: false, unfurl_media: false });
    const tookEffect = to.key && !user ? () => this.posted(to) : undefined;
    await withRetries(send, { policy: this.policy, logger: this.logger, what: user ? 'chat.postEphemeral' : 'chat.postMessage', tookEffect }).catch((err: unknown) => {
      throw toPostError(err);
    });
  }
}
