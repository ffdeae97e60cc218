// `/defense digest subscribe|unsubscribe|status|preview`: the DigestService behind core.run.
import type { CommandContext } from '../command.ts';
import { isTimeZone } from '../config.ts';
import type { DigestCommand, DigestService } from '../core.ts';
import type { FactBase } from '../facts/schema.ts';
import { reply, type Reply } from '../reply.ts';
import { composeDigest } from './compose.ts';
import type { DigestScheduler } from './scheduler.ts';
import type { DigestPlatform, DigestStore, Subscription } from './store.ts';
import { canonicalZone, formatInstant, isTime, nextSlot } from './time.ts';

export interface DigestServiceOptions {
  store: DigestStore;
  facts: FactBase;
  /** DIGEST_TIME and DIGEST_TIMEZONE. */
  defaults: { time: string; timezone: string };
  /** The running scheduler, told about every change; absent where this instance does not schedule. */
  scheduler?: Pick<DigestScheduler, 'reschedule'>;
  now?: () => Date;
}

const USAGE = '/defense digest subscribe [HH:MM] [Area/Zone], e.g. /defense digest subscribe 08:30 Europe/London';

const error = (body: string) => reply('error', 'Digest', body);

export class DigestCommands implements DigestService {
  constructor(private readonly opts: DigestServiceOptions) {}

  async run(cmd: DigestCommand, ctx: CommandContext): Promise<Reply> {
    const now = ctx.now ?? this.opts.now?.() ?? new Date();
    if (cmd.action === 'preview') return this.preview(ctx, now);
    if (ctx.platform === 'console' || !ctx.channelId)
      return error('Digests are posted to Discord and Slack channels: run this command in the channel that should get it.');
    const where = { platform: ctx.platform, channelId: ctx.channelId };
    switch (cmd.action) {
      case 'subscribe':
        return this.subscribe(where, cmd, ctx, now);
      case 'unsubscribe':
        return this.unsubscribe(where, ctx);
      case 'status':
        return this.status(where, now);
    }
  }

  private async subscribe(where: Where, cmd: DigestCommand, ctx: CommandContext, now: Date): Promise<Reply> {
    if (!ctx.canManageChannel) return error('Sorry, only people who can manage this channel can subscribe it to the daily digest.');
    // "subscribe Europe/London" (zone without a time) is read as the zone.
    const [time, zone] = cmd.time && !cmd.timezone && !isTime(cmd.time) && cmd.time.includes('/') ? [undefined, cmd.time] : [cmd.time, cmd.timezone];
    if (time !== undefined && !isTime(time)) return error(`“${clip(time)}” is not a time. Use HH:MM on the 24-hour clock: ${USAGE}`);
    if (zone !== undefined && !isTimeZone(zone)) return error(`“${clip(zone)}” is not a time zone. Use an IANA name such as Asia/Tokyo: ${USAGE}`);
    const sub = await this.opts.store.subscribe(where.platform, where.channelId, time ?? this.opts.defaults.time, canonicalZone(zone ?? this.opts.defaults.timezone), now);
    await this.opts.scheduler?.reschedule(where.platform, where.channelId);
    return reply('info', 'Daily digest subscribed', `This channel will get the defence digest every day at ${sub.time} (${sub.timezone}).`, {
      fields: [{ name: 'Next digest', value: formatInstant(await this.nextPost(sub, now), sub.timezone) }],
      footer: 'Change it with /defense digest subscribe HH:MM Area/Zone; stop it with /defense digest unsubscribe.',
    });
  }

  private async unsubscribe(where: Where, ctx: CommandContext): Promise<Reply> {
    if (!ctx.canManageChannel) return error('Sorry, only people who can manage this channel can unsubscribe it from the daily digest.');
    if (!(await this.opts.store.unsubscribe(where.platform, where.channelId))) return reply('info', 'Daily digest', 'This channel is not subscribed to the digest.', { ephemeral: true });
    await this.opts.scheduler?.reschedule(where.platform, where.channelId);
    return reply('info', 'Daily digest unsubscribed', 'This channel will no longer get the daily defence digest.');
  }

  private async status(where: Where, now: Date): Promise<Reply> {
    const sub = await this.opts.store.get(where.platform, where.channelId);
    if (!sub) return reply('info', 'Daily digest', `This channel is not subscribed. Subscribe with ${USAGE}.`, { ephemeral: true });
    return reply('info', 'Daily digest status', `Every day at ${sub.time} (${sub.timezone}).`, {
      fields: statusFields(sub, await this.nextPost(sub, now)),
      ephemeral: true,
    });
  }

  /** The next slot whose day has not had its digest yet (one a day, even after a time change). */
  private async nextPost(sub: Subscription, now: Date): Promise<Date> {
    let next = nextSlot(now, sub.time, sub.timezone);
    while (await this.opts.store.delivery(sub.platform, sub.channelId, next.slot)) next = nextSlot(next.at, sub.time, sub.timezone);
    return next.at;
  }

  private async preview(ctx: CommandContext, now: Date): Promise<Reply> {
    const sub = ctx.channelId && ctx.platform !== 'console' ? await this.opts.store.get(ctx.platform, ctx.channelId) : undefined;
    const seen = sub ? { lastDigestAt: sub.lastPostAt, seenArticleIds: await this.opts.store.seenArticles(sub.platform, sub.channelId) } : { seenArticleIds: [] };
    return { ...composeDigest(this.opts.facts, now, sub?.timezone ?? this.opts.defaults.timezone, seen), ephemeral: true };
  }
}

interface Where {
  platform: DigestPlatform;
  channelId: string;
}

function statusFields(sub: Subscription, next: Date) {
  return [
    {
      name: 'Next digest',
      value: sub.broken ? 'None: the last post failed for good (subscribe again once the bot can post here).' : formatInstant(next, sub.timezone),
    },
    { name: 'Last digest', value: sub.lastPostAt ? formatInstant(sub.lastPostAt, sub.timezone) : 'None yet' },
    ...(sub.lastError ? [{ name: sub.broken ? 'Broken' : 'Last error', value: sub.lastError }] : []),
  ];
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
