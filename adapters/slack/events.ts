// @mentions (answered in a thread) and direct messages. Slack redelivers events it thinks were
// missed, so each is answered only the first time it arrives.
import type { App } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import type { Reply } from '../../src/reply.ts';
import { Dedupe } from './dedupe.ts';
import type { Target } from './send.ts';

export interface EventDeps {
  answer(text: string, channelId: string): Promise<Reply>;
  deliver(to: Target, reply: Reply): Promise<void>;
  logger: Logger;
}

interface Incoming {
  channel: string;
  ts: string;
  user?: string;
  text?: string;
  threadTs?: string;
  dm: boolean;
}

export function registerEvents(app: App, deps: EventDeps): void {
  const dedupe = new Dedupe();

  const handle = async (eventId: string | undefined, msg: Incoming) => {
    if (!dedupe.firstTime([eventId ?? '', `${msg.channel}:${msg.ts}`].filter(Boolean))) {
      deps.logger.info({ eventId, channel: msg.channel }, 'skipped a Slack event that was already answered');
      return;
    }
    const reply = await deps.answer(msg.text ?? '', msg.channel);
    // Help and errors are shown only to the asker in channels; in a DM everything stays visible.
    const ephemeralTo = reply.ephemeral && !msg.dm ? msg.user : undefined;
    await deps.deliver({ channel: msg.channel, threadTs: msg.threadTs, ephemeralTo }, reply);
  };

  app.event('app_mention', async ({ event, body }) => {
    await handle(body.event_id, { ...event, threadTs: event.thread_ts ?? event.ts, dm: false });
  });

  app.event('message', async ({ event, body }) => {
    if (event.subtype !== undefined || event.channel_type !== 'im' || event.bot_id) return;
    await handle(body.event_id, { ...event, threadTs: event.thread_ts, dm: true });
  });
}
