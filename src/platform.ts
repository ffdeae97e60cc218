import type { Reply } from './reply.ts';

/** What a running chat adapter offers the rest of the app (the digest posts through it). */
export interface PlatformHandle {
  readonly platform: 'discord' | 'slack';
  /**
   * Posts a reply to a channel. Throws PostError when it cannot. With `idempotencyKey`, posting
   * the same key twice (a retry, another replica, a restart) leaves one message in the channel
   * (Discord: nonce + enforce_nonce; Slack: message metadata checked before reposting).
   */
  post(channelId: string, reply: Reply, opts?: { idempotencyKey?: string }): Promise<void>;
  /** Whether the platform connection is usable now, for /healthz. */
  health(): { ok: boolean; detail: string };
  /** Stops taking events, lets in-flight replies finish, closes connections. */
  stop(): Promise<void>;
}

/**
 * Why a post failed: `gone` (channel deleted or unknown) and `forbidden` (bot lacks access) are
 * permanent; `rate-limited` and `transient` are worth retrying.
 */
export type PostFailure = 'gone' | 'forbidden' | 'rate-limited' | 'transient';

export class PostError extends Error {
  constructor(
    readonly failure: PostFailure,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'PostError';
  }
}
