import { readFileSync } from 'node:fs';
import type { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { COMMAND } from '../adapters/slack/commands.ts';

const manifest: webApi.AppsManifestCreateArguments['manifest'] = JSON.parse(readFileSync(new URL('../adapters/slack/manifest.json', import.meta.url), 'utf8'));

describe('Slack app manifest', () => {
  it('declares the command, the events the adapter handles, Socket Mode, and only the scopes they need', () => {
    expect(manifest.features?.slash_commands?.map((c) => c.command)).toEqual([COMMAND]);
    expect(manifest.settings?.event_subscriptions?.bot_events).toEqual(['app_mention', 'message.im']);
    expect(manifest.settings?.socket_mode_enabled).toBe(true);
    expect(manifest.features?.app_home?.messages_tab_enabled).toBe(true);
    // history: finding a post by its idempotency key before posting again; read: who may change a channel's digest.
    const conversations = ['channels', 'groups', 'im', 'mpim'].flatMap((kind) => [`${kind}:history`, `${kind}:read`]);
    expect(manifest.oauth_config?.scopes?.bot?.slice().sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', ...conversations, 'users:read'].sort());
  });
});
