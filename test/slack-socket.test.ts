// The real Bolt App in Socket Mode, with the real core, against a fake Slack WebSocket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply } from '../adapters/slack/render.ts';
import { parseCommand } from '../src/command.ts';
import { startSlackUnderTest, SECRETS, type SlackUnderTest } from './fakes/slack-app.ts';
import { ackedAnswer, BOT, commandPayload, eventPayload, messageTs } from './fakes/slack.ts';
import { createCore } from '../src/core.ts';

const core = createCore();
const expected = async (text: string, channelId: string) =>
  renderReply(await core.run(parseCommand(text), { platform: 'slack', channelId, canManageChannel: true })).blocks;

let t: SlackUnderTest;
beforeAll(async () => {
  t = await startSlackUnderTest(core, 'socket');
});
afterAll(async () => {
  await t?.stop();
});

describe('Slack in Socket Mode', () => {
  it('connects with the app-level token and opens no HTTP port', () => {
    expect(t.fake.callsOf('apps.connections.open')).toHaveLength(1);
    expect(t.fake.sockets.size).toBe(1);
    expect(t.slack.url).toBeUndefined();
  });

  it('answers a /defense question in the channel inside the envelope acknowledgement', async () => {
    const responseUrl = t.fake.responseUrl();
    const envelope = t.fake.sendEnvelope('slash_commands', commandPayload('ask How much will Japan spend on defence?', { responseUrl }));
    const shown = ackedAnswer((await t.fake.waitForAck(envelope)).payload);
    expect(t.fake.shown.filter((s) => s.responseUrl === responseUrl)).toHaveLength(0);
    expect(shown.responseType).toBe('in_channel');
    expect(shown.blocks).toEqual(await expected('ask How much will Japan spend on defence?', 'C0GENERAL'));
  });

  it('answers an @mention in its thread, once even when redelivered', async () => {
    const event = { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT.userId}> spending`, ts: messageTs(), channel: 'C0SOCKET' };
    const payload = eventPayload(event);
    const first = t.fake.sendEnvelope('events_api', payload);
    await t.fake.waitForAck(first);
    const [shown] = await t.fake.waitForShown(1, (s) => s.threadTs === event.ts, 'threaded answer');
    expect(shown).toMatchObject({ via: 'chat.postMessage', channel: 'C0SOCKET' });
    expect(shown.blocks).toEqual(await expected('spending', 'C0SOCKET'));

    const retry = t.fake.sendEnvelope('events_api', payload, { retry_attempt: 1, retry_reason: 'timeout' });
    await t.fake.waitForAck(retry);
    await t.fake.waitFor(() => t.logs.some((l) => l.includes('already answered')), 'skipped redelivery');
    expect(t.fake.shown.filter((s) => s.threadTs === event.ts)).toHaveLength(1);
  });

  it('closes the socket on stop and never logs the tokens', async () => {
    await t.slack.stop();
    await t.fake.waitFor(() => t.fake.sockets.size === 0, 'socket closed');
    const all = t.logs.join('');
    for (const secret of Object.values(SECRETS)) expect(all).not.toContain(secret);
    expect(t.fake.callsOf('auth.test')).toHaveLength(1);
  });
});
