// Where each channel's latest digest slot stands, for `npm run digest -- --status`.
import type { DigestStore, Subscription } from './store.ts';
import { latestSlot } from './time.ts';

export type SlotState = 'delivered' | 'pending' | 'retrying' | 'failed' | 'skipped' | 'not due yet' | 'broken';

export interface ChannelStatus {
  sub: Subscription;
  /** The latest slot that is due (the channel's local date), if any since it was subscribed. */
  slot?: string;
  state: SlotState;
  attempts: number;
  error?: string;
}

export async function channelStatus(store: DigestStore, sub: Subscription, now: Date): Promise<ChannelStatus> {
  const last = latestSlot(now, sub.time, sub.timezone);
  if (!last || last.at < sub.createdAt) return { sub, state: sub.broken ? 'broken' : 'not due yet', attempts: 0, error: sub.lastError };
  const d = await store.delivery(sub.platform, sub.channelId, last.slot);
  const base = { sub, slot: last.slot, attempts: d?.attempts ?? 0, error: d?.error };
  if (!d) return { ...base, state: sub.broken ? 'broken' : 'pending' };
  if (d.status === 'posted') return { ...base, state: 'delivered' };
  if (d.status === 'failed' || d.status === 'skipped') return { ...base, state: d.status };
  // Claimed: a replica is posting it, or one failed try (or a dead replica) left it for a retry.
  return { ...base, state: d.attempts > 0 || d.leaseUntil! <= now ? 'retrying' : 'pending' };
}

export function formatStatus(s: ChannelStatus): string {
  const tries = s.attempts ? ` after ${s.attempts} ${s.attempts === 1 ? 'try' : 'tries'}` : '';
  const why = s.error && s.state !== 'delivered' ? `: ${s.error}` : '';
  return `${s.sub.platform} ${s.sub.channelId}  ${s.slot ?? '-'}  ${s.state}${tries}${why}  (daily at ${s.sub.time} ${s.sub.timezone})`;
}
