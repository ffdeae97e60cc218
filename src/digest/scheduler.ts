// Daily digest posts: one node-cron task per subscription, in the subscription's time zone.
import cron, { type ScheduledTask } from 'node-cron';
import type { FactBase } from '../facts/schema.ts';
import type { Logger } from '../log.ts';
import type { PlatformHandle } from '../platform.ts';
import { createPacer, deliver, DEFAULT_RETRY, realSleep, type DeliveryDeps, type DeliveryOutcome, type RetryPolicy } from './deliver.ts';
import type { DigestPlatform, DigestStore, Subscription } from './store.ts';
import { latestSlot, localDate } from './time.ts';

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
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  retry?: RetryPolicy;
}

const key = (platform: DigestPlatform, channelId: string) => `${platform}:${channelId}`;

export class DigestScheduler {
  private readonly tasks = new Map<string, ScheduledTask>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly deps: DeliveryDeps;
  private running = false;

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
    };
  }

  /** Subscribes config channels, schedules every subscription and catches up on missed slots. */
  start(): void {
    this.running = true;
    this.subscribeConfigChannels();
    for (const sub of this.opts.store.list()) {
      this.schedule(sub);
      this.catchUp(sub);
    }
  }

  /** Subscribes the config channels that are not subscribed yet, at the default time and zone. */
  subscribeConfigChannels(): void {
    const { store, defaults, configChannels } = this.opts;
    for (const platform of ['discord', 'slack'] as const)
      for (const channelId of configChannels?.[platform] ?? [])
        if (!store.get(platform, channelId)) store.subscribe(platform, channelId, defaults.time, defaults.timezone, this.deps.now());
  }

  /** Applies a subscription change (subscribe, new time or zone, unsubscribe) to the running schedule. */
  reschedule(platform: DigestPlatform, channelId: string): void {
    if (!this.running) return;
    this.unschedule(platform, channelId);
    const sub = this.opts.store.get(platform, channelId);
    if (sub) this.schedule(sub);
  }

  /** Posts today's digest (each channel's local date) to every working subscription at once. */
  async sendNow(): Promise<{ sub: Subscription; outcome: DeliveryOutcome | 'crashed' }[]> {
    const subs = this.opts.store.list().filter((s) => !s.broken);
    return Promise.all(
      subs.map(async (sub) => ({ sub, outcome: await this.track(deliver(this.deps, sub, localDate(this.deps.now(), sub.timezone))) })),
    );
  }

  /** Stops the cron tasks and waits for posts under way. */
  async stop(): Promise<void> {
    this.running = false;
    for (const id of [...this.tasks.keys()]) this.tasks.get(id)!.destroy();
    this.tasks.clear();
    await this.settled();
  }

  /** Resolves when no post is under way. */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private schedule(sub: Subscription): void {
    const { logger } = this.opts;
    const who = { platform: sub.platform, channelId: sub.channelId };
    if (sub.broken) {
      logger.warn({ ...who, lastError: sub.lastError }, 'digest subscription is broken; not scheduled');
      return;
    }
    const [hh, mm] = sub.time.split(':').map(Number);
    const task = cron.schedule(`${mm} ${hh} * * *`, (ctx) => this.fire(sub.platform, sub.channelId, ctx.date), {
      name: `digest:${key(sub.platform, sub.channelId)}`,
      timezone: sub.timezone,
      logger: {
        info: (m) => logger.debug({ ...who }, m),
        warn: (m) => logger.warn({ ...who }, m),
        error: (m, err) => logger.error({ ...who, err }, String(m)),
        debug: (m) => logger.debug({ ...who }, String(m)),
      },
    });
    // A tick node-cron could not run on time (event loop blocked, machine asleep): same rule as at start.
    task.on('execution:missed', (ctx) => {
      const current = this.opts.store.get(sub.platform, sub.channelId);
      if (current) this.catchUp(current, { slot: localDate(ctx.date, current.timezone), at: ctx.date });
    });
    this.tasks.set(key(sub.platform, sub.channelId), task);
  }

  private unschedule(platform: DigestPlatform, channelId: string): void {
    this.tasks.get(key(platform, channelId))?.destroy();
    this.tasks.delete(key(platform, channelId));
  }

  private fire(platform: DigestPlatform, channelId: string, at: Date): void {
    const sub = this.opts.store.get(platform, channelId);
    if (!sub || sub.broken) return;
    this.track(deliver(this.deps, sub, localDate(at, sub.timezone)));
  }

  /** A slot that passed unposted (process down, or timer late): posted if not too late, else skipped. */
  private catchUp(sub: Subscription, last = latestSlot(this.deps.now(), sub.time, sub.timezone)): void {
    const { store, logger, catchupHours } = this.opts;
    const now = this.deps.now();
    if (sub.broken || !last || last.at < sub.createdAt || store.delivery(sub.platform, sub.channelId, last.slot)) return;
    const lateHours = (now.getTime() - last.at.getTime()) / 3_600_000;
    const who = { platform: sub.platform, channelId: sub.channelId, slot: last.slot, lateHours: Math.round(lateHours * 10) / 10 };
    if (lateHours < catchupHours) {
      logger.info(who, 'posting a missed digest slot (inside the catch-up window)');
      this.track(deliver(this.deps, sub, last.slot));
    } else if (store.skip(sub.platform, sub.channelId, last.slot, `missed by ${who.lateHours} h (catch-up window ${catchupHours} h)`, now)) {
      logger.warn({ ...who, catchupHours }, 'missed digest slot is too late to post: skipped');
    }
  }

  /** Keeps count of a post under way; a crash (say, the database) is logged, never thrown. */
  private track(p: Promise<DeliveryOutcome>): Promise<DeliveryOutcome | 'crashed'> {
    const done: Promise<DeliveryOutcome | 'crashed'> = p
      .catch((err: unknown) => {
        this.opts.logger.error({ err }, 'digest delivery crashed');
        return 'crashed' as const;
      })
      .finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
    return done;
  }
}
