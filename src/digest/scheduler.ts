// Daily digest posts: one node-cron task per subscription, in the subscription's time zone. Every
// replica runs one; the ledger's claims decide which posts. A periodic sweep reloads subscriptions
// (changes made through another replica), re-plans the cron tasks that changed, and retries slots
// whose claim was abandoned (a replica killed mid-post).
import { randomUUID } from 'node:crypto';
import cron, { type ScheduledTask } from 'node-cron';
import type { FactBase } from '../facts/schema.ts';
import type { Logger } from '../log.ts';
import type { PlatformHandle } from '../platform.ts';
import { createPacer, deliver, DEFAULT_RETRY, realSleep, type DeliveryDeps, type DeliveryOutcome, type RetryPolicy } from './deliver.ts';
import type { DigestPlatform, DigestStore, Subscription } from './store.ts';
import { latestSlot, localDate, type Slot } from './time.ts';

export interface SchedulerOptions {
  store: DigestStore;
  facts: FactBase;
  /** Running adapters; a subscription on a platform without one is kept but not posted to. */
  handles: PlatformHandle[];
  logger: Logger;
  /** A slot missed while the process was down is posted at start if less late than this. */
  catchupHours: number;
  /** Default time and zone for channels from config. */
  defaults: { time: string; timezone: string };
  /** Channels subscribed from config (DIGEST_DISCORD_CHANNELS, DIGEST_SLACK_CHANNELS). */
  configChannels?: { discord: string[]; slack: string[] };
  /** How often to reload subscriptions and retry abandoned claims (default 30 s). */
  reloadMs?: number;
  /** Longest one post may take (default 20 s); a claim's lease is twice that. */
  postTimeoutMs?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  retry?: RetryPolicy;
}

const key = (platform: DigestPlatform, channelId: string) => `${platform}:${channelId}`;
/** What the cron task of a subscription depends on: a change in any of these re-plans it. */
const plan = (sub: Subscription) => `${sub.time} ${sub.timezone} ${sub.broken}`;

export class DigestScheduler {
  private readonly tasks = new Map<string, { task?: ScheduledTask; plan: string }>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly deps: DeliveryDeps;
  private running = false;
  private sweepTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly opts: SchedulerOptions) {
    const now = opts.now ?? (() => new Date());
    const sleep = opts.sleep ?? realSleep;
    this.deps = {
      store: opts.store,
      facts: opts.facts,
      handles: opts.handles,
      logger: opts.logger,
      now,
      sleep,
      retry: opts.retry ?? DEFAULT_RETRY,
      pacer: createPacer(now, sleep),
      owner: randomUUID(),
      postTimeoutMs: opts.postTimeoutMs ?? 20_000,
    };
  }

  /** Subscribes config channels, schedules every subscription, catches up on missed slots and starts the sweep. */
  async start(): Promise<void> {
    this.running = true;
    await this.subscribeConfigChannels();
    await this.sweep();
  }

  /** Subscribes the config channels that were never subscribed, at the default time and zone. */
  async subscribeConfigChannels(): Promise<void> {
    const { store, defaults, configChannels } = this.opts;
    for (const platform of ['discord', 'slack'] as const)
      for (const channelId of configChannels?.[platform] ?? []) await store.subscribeIfAbsent(platform, channelId, defaults.time, defaults.timezone, this.deps.now());
  }

  /** Applies a subscription change (subscribe, new time or zone, unsubscribe) made here to the running schedule. */
  async reschedule(platform: DigestPlatform, channelId: string): Promise<void> {
    if (!this.running) return;
    const sub = await this.opts.store.get(platform, channelId);
    this.unschedule(key(platform, channelId));
    if (sub) this.schedule(sub);
  }

  /** Posts today's digest (each channel's local date) to every working subscription at once. */
  async sendNow(): Promise<{ sub: Subscription; outcome: DeliveryOutcome | 'crashed' }[]> {
    const subs = (await this.opts.store.list()).filter((s) => !s.broken);
    return Promise.all(
      subs.map(async (sub) => ({ sub, outcome: await this.track(deliver(this.deps, sub, localDate(this.deps.now(), sub.timezone))) })),
    );
  }

  /** Stops the sweep and the cron tasks and waits for posts under way. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.sweepTimer);
    for (const id of [...this.tasks.keys()]) this.unschedule(id);
    await this.settled();
    for (const id of [...this.tasks.keys()]) this.unschedule(id); // planned by a sweep that was under way
  }

  /** Resolves when no post is under way. */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  /** Reloads subscriptions, re-plans what changed, posts or skips missed slots; then waits for the next round. */
  private async sweep(): Promise<void> {
    const round = this.track(this.reload());
    if ((await round) === 'crashed') this.opts.logger.warn('digest sweep failed; trying again at the next one');
    if (this.running) this.sweepTimer = setTimeout(() => void this.sweep(), this.opts.reloadMs ?? 30_000);
  }

  private async reload(): Promise<void> {
    const subs = await this.opts.store.list();
    if (!this.running) return;
    const current = new Map(subs.map((s) => [key(s.platform, s.channelId), s]));
    for (const id of [...this.tasks.keys()]) if (!current.has(id)) this.unschedule(id);
    for (const [id, sub] of current) {
      if (this.tasks.get(id)?.plan === plan(sub)) continue;
      this.unschedule(id);
      this.schedule(sub);
    }
    for (const sub of subs) await this.catchUp(sub);
  }

  private schedule(sub: Subscription): void {
    const { logger } = this.opts;
    const who = { platform: sub.platform, channelId: sub.channelId };
    const id = key(sub.platform, sub.channelId);
    if (sub.broken) {
      logger.warn({ ...who, lastError: sub.lastError }, 'digest subscription is broken; not scheduled');
      this.tasks.set(id, { plan: plan(sub) });
      return;
    }
    const [hh, mm] = sub.time.split(':').map(Number);
    const task = cron.schedule(`${mm} ${hh} * * *`, (ctx) => this.fire(sub.platform, sub.channelId, ctx.date), {
      name: `digest:${id}`,
      timezone: sub.timezone,
      logger: {
        info: (m) => logger.debug({ ...who }, m),
        warn: (m) => logger.warn({ ...who }, m),
        error: (m, err) => logger.error({ ...who, err }, String(m)),
        debug: (m) => logger.debug({ ...who }, String(m)),
      },
    });
    // A tick node-cron could not run on time (event loop blocked, machine asleep): same rule as at start.
    task.on('execution:missed', (ctx) => this.missed(sub.platform, sub.channelId, ctx.date));
    this.tasks.set(id, { task, plan: plan(sub) });
  }

  private unschedule(id: string): void {
    this.tasks.get(id)?.task?.destroy();
    this.tasks.delete(id);
  }

  private fire(platform: DigestPlatform, channelId: string, at: Date): void {
    void this.track(
      (async () => {
        const sub = await this.opts.store.get(platform, channelId);
        return sub && !sub.broken ? deliver(this.deps, sub, localDate(at, sub.timezone)) : undefined;
      })(),
    );
  }

  private missed(platform: DigestPlatform, channelId: string, at: Date): void {
    void this.track(
      (async () => {
        const sub = await this.opts.store.get(platform, channelId);
        if (sub) await this.catchUp(sub, { slot: localDate(at, sub.timezone), at });
      })(),
    );
  }

  /**
   * A slot that passed unposted (process down, timer late, or a replica died holding its claim):
   * posted if not too late, else skipped.
   */
  private async catchUp(sub: Subscription, last: Slot | undefined = latestSlot(this.deps.now(), sub.time, sub.timezone)): Promise<void> {
    const { store, logger, catchupHours } = this.opts;
    const now = this.deps.now();
    if (sub.broken || !last || last.at < sub.createdAt) return;
    const ledger = await store.delivery(sub.platform, sub.channelId, last.slot);
    const abandoned = ledger?.status === 'claimed' && ledger.leaseUntil! <= now;
    if (ledger && !abandoned) return;
    const lateHours = (now.getTime() - last.at.getTime()) / 3_600_000;
    const who = { platform: sub.platform, channelId: sub.channelId, slot: last.slot, lateHours: Math.round(lateHours * 10) / 10 };
    if (lateHours < catchupHours) {
      logger.info(who, abandoned ? 'retrying a digest slot whose delivery was abandoned' : 'posting a missed digest slot (inside the catch-up window)');
      void this.track(deliver(this.deps, sub, last.slot));
    } else if (await store.skip(sub.platform, sub.channelId, last.slot, `missed by ${who.lateHours} h (catch-up window ${catchupHours} h)`, now)) {
      logger.warn({ ...who, catchupHours }, 'missed digest slot is too late to post: skipped');
    }
  }

  /** Keeps count of work under way (posts, sweeps); a crash (say, the database) is logged, never thrown. */
  private track<T>(p: Promise<T>): Promise<T | 'crashed'> {
    const done: Promise<T | 'crashed'> = p
      .catch((err: unknown) => {
        this.opts.logger.error({ err }, 'digest delivery crashed');
        return 'crashed' as const;
      })
      .finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
    return done;
  }
}
