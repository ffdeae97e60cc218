// Who may change a channel's digest in Slack: workspace admins and owners, the channel's creator,
// and the person in a direct message with the bot. (Slack's Web API does not list channel managers.)
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import type { RetryPolicy } from '../../src/retry.ts';
import { repeatable, withRetries } from './retry.ts';

export async function canManageChannel(client: webApi.WebClient, policy: RetryPolicy, logger: Logger, userId: string, channelId: string): Promise<boolean> {
  const read = <T>(what: string, call: () => Promise<T>) => withRetries(call, { policy, logger, what, tookEffect: repeatable });
  const [user, channel] = await Promise.all([
    read('users.info', () => client.users.info({ user: userId })),
    // A channel the bot cannot see (private, not a member) has no creator we can check.
    read('conversations.info', () => client.conversations.info({ channel: channelId })).catch((err: unknown) => {
      logger.warn({ channelId, err: (err as Error).message }, 'could not read the channel to check who may change its digest');
      return undefined;
    }),
  ]);
  if (user?.user?.is_admin || user?.user?.is_owner) return true;
  const c = channel?.channel as { creator?: string; is_im?: boolean; user?: string } | undefined;
  return c?.creator === userId || (c?.is_im === true && c.user === userId);
}
