// Posting one channel's digest for one slot, exactly once: claim in the ledger with a lease, post
// with a key that makes a repeat harmless, record. A replica that dies mid-post leaves a claim whose
// lease expires; the scheduler's sweep (on any replica) then tries again with the same key.
import { createHash } from 'node:crypto';
import type { FactBase } from '../facts/schema.ts';
import type { Logger } from '../log.ts';
import { PostError, type PlatformHandle } from '../platform.ts';
import { backoffMs, retry, type RetryPolicy as Backoff } from '../retry.ts';
import { composeDigest } from './compose.ts';
import type { DigestStore, Subscription } from './store.ts';

/** Tries and first wait; the digest caps no total wait (each wait extends the claim's lease). */
export type RetryPolicy = Omit<Backoff, 'maxWaitMs'>;

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, backoffMs: 2_000 };

/** Spaces posts to the same key (a Slack channel) at least `gapMs` apart. */
export class Pacer {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly last = new Map<string, number>();

  constructor(
    private readonly gapMs: number,
    private readonly now: () => Date,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Resolves when the caller may post to `key`; callers to one key are served in order. */
  turn(key: string): Promise<void> {
    const mine = (this.tails.get(key) ?? Promise.resolve()).then(async () => {
      const wait = (this.last.get(key) ?? -Infinity) + this.gapMs - this.now().getTime();
      if (wait > 0) await this.sleep(wait);
      this.last.set(key, this.now().getTime());
    });
    this.tails.set(key, mine);
    return mine;
  }
}

export interface DeliveryDeps {
  store: DigestStore;
  facts: FactBase;
  handles: PlatformHandle[];
  logger: Logger;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  retry: RetryPolicy;
  pacer: Pacer;
  /** This replica's name in the ledger's claims. */
  owner: string;
  /** Longest one post may take; a post that hangs longer is a transient failure. */
  postTimeoutMs: number;
}

export type DeliveryOutcome = 'posted' | 'already' | 'failed' | 'broken' | 'no-adapter';

const SLACK_GAP_MS = 1_000;

export function createPacer(now: () => Date, sleep: (ms: number) => Promise<void>): Pacer {
  return new Pacer(SLACK_GAP_MS, now, sleep);
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long a claim holds a slot: twice the post timeout, renewed before every try. */
export const leaseMs = (postTimeoutMs: number) => 2 * postTimeoutMs;

/** The same key for every try at one channel's slot, on any replica (Discord nonces take at most 25 characters). */
export function digestKey(sub: Subscription, slot: string): string {
  return `dg${createHash('sha256').update(`${sub.platform}:${sub.channelId}:${slot}`).digest('hex').slice(0, 22)}`;
}

function withTimeout(post: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PostError('transient', `no answer in ${ms} ms`)), ms);
  });
  return Promise.race([post, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Delivers `sub`'s digest for `slot` (its local date) unless the ledger already has that slot or
 * another replica holds a live claim on it. Every outcome is recorded in the ledger and logged.
 */
export async function deliver(deps: DeliveryDeps, sub: Subscription, slot: string): Promise<DeliveryOutcome> {
  const { store, logger } = deps;
  const who = { platform: sub.platform, channelId: sub.channelId, slot };
  const handle = deps.handles.find((h) => h.platform === sub.platform);
  if (!handle) {
    logger.warn(who, 'digest not sent: no adapter running for this platform');
    return 'no-adapter';
  }
  const seen = { lastDigestAt: sub.lastPostAt, seenArticleIds: await store.seenArticles(sub.platform, sub.channelId) };
  const digest = composeDigest(deps.facts, deps.now(), sub.timezone, seen);
  const lease = leaseMs(deps.postTimeoutMs);
  const until = (ms: number) => new Date(deps.now().getTime() + ms);
  if (!(await store.claim(sub.platform, sub.channelId, slot, deps.owner, until(lease), deps.now()))) {
    logger.debug(who, 'digest slot already handled');
    return 'already';
  }
  const idempotencyKey = digestKey(sub, slot);
  const policy = { ...deps.retry, maxWaitMs: Infinity };
  let attempt = 0;
  let postError: unknown;
  const post = async (): Promise<'posted'> => {
    attempt += 1;
    try {
      if (sub.platform === 'slack') await deps.pacer.turn(`slack:${sub.channelId}`);
      await withTimeout(handle.post(sub.channelId, digest, { idempotencyKey }), deps.postTimeoutMs);
      return 'posted';
    } catch (err) {
      postError = err;
      throw err;
    }
  };
  let outcome: 'posted' | 'already';
  try {
    outcome = await retry<'posted' | 'already'>(post, {
      policy,
      sleep: deps.sleep,
      async onFailure(err, n) {
        const { permanent, reason } = readFailure(err);
        if (permanent) return 'give-up';
        const waitMs = err instanceof PostError && err.retryAfterMs !== undefined ? Math.max(err.retryAfterMs, 0) : backoffMs(policy, n);
        if (await store.retrying(sub.platform, sub.channelId, slot, deps.owner, n, reason, until(waitMs + lease), deps.now())) return { waitMs };
        logger.warn({ ...who, attempt: n }, 'digest claim taken over by another replica; leaving the retry to it');
        return { result: 'already' };
      },
      onRetry: (err, n, waitMs) => logger.warn({ ...who, attempt: n, failure: readFailure(err).failure, waitMs }, 'digest post failed, retrying'),
    });
  } catch (err) {
    if (err !== postError) throw err; // the ledger failed while retrying: not a failed post
    const { failure, reason, permanent } = readFailure(err);
    await store.failed(sub.platform, sub.channelId, slot, attempt, reason, permanent, deps.now());
    logger[permanent ? 'warn' : 'error']({ ...who, attempt, failure, err: reason }, permanent ? 'digest channel broken' : 'digest post failed');
    return permanent ? 'broken' : 'failed';
  }
  if (outcome === 'already') return outcome;
  // Recorded outside the retries: a database error after a successful post must not cause a second post.
  await store.posted(sub.platform, sub.channelId, slot, attempt, deps.facts.articles.map((a) => a.id), deps.now());
  logger.info({ ...who, attempt }, 'digest posted');
  return 'posted';
}

/** A failed post as the ledger records it; a channel gone or forbidden is broken (no retry helps). */
function readFailure(err: unknown) {
  const failure = err instanceof PostError ? err.failure : 'transient';
  return { failure, reason: `${failure}: ${err instanceof Error ? err.message : String(err)}`, permanent: failure === 'gone' || failure === 'forbidden' };
}
