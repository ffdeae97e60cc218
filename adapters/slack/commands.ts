// The /defense slash command: answered inside the acknowledgement when the answer is ready within
// ACK_BUDGET_MS (one HTTP exchange), otherwise acknowledged empty and answered through the
// command's response_url once ready (works in any channel, even ones the bot has not joined).
import type { App } from '@slack/bolt';
import type { Reply } from '../../src/reply.ts';
import { renderReply } from './render.ts';

export interface CommandDeps {
  answer(text: string, channelId: string): Promise<Reply>;
}

/** The slash command, as declared in manifest.json. */
export const COMMAND = '/defense';

/** Slack waits 3 s for the acknowledgement; this leaves room for the network. */
export const ACK_BUDGET_MS = 2_500;

const message = (reply: Reply) => ({ response_type: reply.ephemeral ? ('ephemeral' as const) : ('in_channel' as const), ...renderReply(reply) });

/** The answer if it is ready within `ms`, otherwise undefined. */
async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function registerCommands(app: App, deps: CommandDeps): void {
  app.command(COMMAND, async ({ command, ack, respond }) => {
    const answer = deps.answer(command.text ?? '', command.channel_id);
    const ready = await within(answer, ACK_BUDGET_MS);
    if (ready) return ack(message(ready));
    await ack();
    await respond(message(await answer));
  });
}
