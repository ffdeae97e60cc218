// The /defense slash command: acknowledge at once, then answer through the command's response_url
// (works in any channel, even ones the bot has not joined).
import type { App } from '@slack/bolt';
import type { Reply } from '../../src/reply.ts';
import { renderReply } from './render.ts';

export interface CommandDeps {
  answer(text: string, channelId: string): Promise<Reply>;
}

/** The slash command, as declared in manifest.json. */
export const COMMAND = '/defense';

export function registerCommands(app: App, deps: CommandDeps): void {
  app.command(COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const reply = await deps.answer(command.text ?? '', command.channel_id);
    await respond({ response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', ...renderReply(reply) });
  });
}
