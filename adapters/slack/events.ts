// @mentions (answered in a thread) and direct messages. Each event is claimed in the shared state
// before it is answered, so a redelivery (a Slack retry, after a restart, to another replica) is
// answered once; a claim whose holder died lapses after EVENT_LEASE_MS and Slack's next delivery is
// answered. Threads and DMs remember their last question for follow-ups.
import type { App } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import { PostError } from '../../src/platform.ts';
import type { Reply } from '../../src/reply.ts';
import { inConversation, type SharedState } from '../../src/state.ts';
import type { Asker } from './answer.ts';
import type { Sender } from './send.ts';

export interface EventDeps {
  answer(text: string, asker: Asker): Promise<Reply>;
  sender: Pick<Sender, 'deliver' | 'posted'>;
  state: SharedState;
  logger: Logger;
  /** Keeps a listener's work for stop() to wait on. */
  track<T>(work: Promise<T>): Promise<T>;
}

/** Shorter than Slack's wait before its second retry (1 minute), longer than any answer takes. */
export const EVENT_LEASE_MS = 50_000;

/** The event is being answered elsewhere (or its answerer died): Slack should deliver it again later. */
export class RetryLater extends Error {
  constructor(eventId: string) {
    super(`Slack event ${eventId} is claimed but not answered yet`);
    this.name = 'RetryLater';
  }
}

interface Incoming {
  eventId: string;
  retryNum?: number;
  channel: string;
  ts: string;
  user?: string;
  text?: string;
  threadTs?: string;
  dm: boolean;
}

export function registerEvents(app: App, deps: EventDeps): void {
  const { state, sender, logger } = deps;

  const handle = async (msg: Incoming) => {
    const key = `slack:${msg.eventId}`;
    const to = { channel: msg.channel, threadTs: msg.threadTs, key };
    if (!(await state.claimEvent(key, EVENT_LEASE_MS))) {
      // Done (even with an answer Slack cannot show us, like an only-you reply) or posted: skip it;
      // claimed by a replica still at work on it: Slack is to deliver it again later.
      if (!(await state.isEventDone(key)) && !(await sender.posted(to))) throw new RetryLater(msg.eventId);
      logger.info({ eventId: msg.eventId, channel: msg.channel }, 'skipped a Slack event that was already answered');
      return;
    }
    const conversation = `slack:${msg.channel}:${msg.threadTs ?? ''}`;
    // A state failure is not tolerated: the event is then not completed, and Slack delivers it again.
    const reply = await inConversation(state, conversation, (previous) => deps.answer(msg.text ?? '', { channelId: msg.channel, userId: msg.user, previous }));
    // Help and errors are shown only to the asker in channels; in a DM everything stays visible.
    const ephemeralTo = reply.ephemeral && !msg.dm ? msg.user : undefined;
    try {
      // A redelivery may follow a try that posted and died before completing the claim.
      await sender.deliver({ ...to, ephemeralTo }, reply, { checkFirst: (msg.retryNum ?? 0) > 0 });
    } catch (err) {
      // Only a lasting refusal ends the event; anything else lets the claim lapse for Slack's next delivery.
      if (!(err instanceof PostError) || (err.failure !== 'gone' && err.failure !== 'forbidden')) throw err;
      logger.warn({ eventId: msg.eventId, channel: msg.channel, failure: err.failure }, 'Slack will not take the answer; giving up');
    }
    await state.completeEvent(key);
  };

  // One listener for both event types: Bolt runs every listener's filters for every request (slash
  // commands included), so each listener costs every request a little.
  app.event(/^(app_mention|message)$/, async ({ event, body, context }) => {
    const at = { eventId: body.event_id, retryNum: context.retryNum };
    if (event.type === 'app_mention') await deps.track(handle({ ...event, ...at, threadTs: event.thread_ts ?? event.ts, dm: false }));
    else if (event.type === 'message' && event.subtype === undefined && event.channel_type === 'im' && !event.bot_id)
      await deps.track(handle({ ...event, ...at, threadTs: event.thread_ts, dm: true }));
  });
}
