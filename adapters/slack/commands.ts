// The /defense slash command: answered inside the acknowledgement when the answer is ready within
// ACK_BUDGET_MS (one HTTP exchange), otherwise acknowledged empty and answered through the
// command's response_url once ready (works in any channel, even ones the bot has not joined).
import type { AckFn, App, RespondArguments, SlashCommand } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import { once } from '../../src/qa/once.ts';
import type { Reply } from '../../src/reply.ts';
import type { RetryPolicy } from '../../src/retry.ts';
import type { Asker } from './answer.ts';
import { renderReply } from './render.ts';
import { withRetries, type Failure } from './retry.ts';

export interface CommandDeps {
  answer(text: string, asker: Asker): Promise<Reply>;
  /** Keeps work under way (the listener, a late answer sent after the acknowledgement) for stop() to wait on. */
  track<T>(work: Promise<T>): Promise<T>;
  logger: Logger;
  timeoutMs: number;
  policy: RetryPolicy;
}

/** The slash command, as declared in manifest.json. */
export const COMMAND = '/defense';

/** Slack waits 3 s for the acknowledgement; this leaves room for the network. */
export const ACK_BUDGET_MS = 2_500;

/**
 * The reply as the acknowledgement (or response_url post) carries it, rendered once per reply: the
 * core hands out the same reply object for an unchanged answer (the spending card, help), so a
 * repeated command is not rendered again. Replies are never changed once made.
 */
const message = once((reply: Reply) => ({ response_type: reply.ephemeral ? ('ephemeral' as const) : ('in_channel' as const), ...renderReply(reply) }));

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

class ResponseUrlError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterS: number,
  ) {
    super(`response_url answered HTTP ${status}`);
  }
}

/** A 429 or 5xx from response_url posted nothing; a timeout may have posted, so it is not repeated. */
function responseFailure(err: unknown): Failure {
  if (!(err instanceof ResponseUrlError)) return 'refused';
  if (err.status === 429) return { waitMs: err.retryAfterS * 1000 };
  return err.status >= 500 ? 'again' : 'refused';
}

async function respond(url: string, reply: Reply, deps: CommandDeps): Promise<void> {
  const post = async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message(reply)), signal: AbortSignal.timeout(deps.timeoutMs) });
    await res.arrayBuffer();
    if (!res.ok) throw new ResponseUrlError(res.status, Number(res.headers.get('retry-after')) || 1);
  };
  await withRetries(post, { policy: deps.policy, logger: deps.logger, what: 'response_url', classify: responseFailure });
}

export function registerCommands(app: App, deps: CommandDeps): void {
  app.command(COMMAND, ({ command, ack }) => deps.track(onCommand(command, ack)));

  async function onCommand(command: SlashCommand, ack: AckFn<string | RespondArguments>): Promise<void> {
    const answer = deps.answer(command.text ?? '', { channelId: command.channel_id, userId: command.user_id });
    const ready = await within(answer, ACK_BUDGET_MS);
    if (ready) return ack(message(ready));
    await ack();
    // Not awaited: the acknowledgement goes out now (the HTTP receiver sends it when this listener returns).
    deps.track(
      answer
        .then((reply) => respond(command.response_url, reply, deps))
        .catch((err: unknown) => deps.logger.error({ err, channelId: command.channel_id }, 'could not send a late /defense answer')),
    );
  }
}
