// Who may change a Slack channel's digest: workspace admins and owners and the channel's creator
// (and the person in a DM with the bot). Anyone may look at its status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { DigestCommands } from '../src/digest/service.ts';
import { loadFactBase } from '../src/facts/load.ts';
import { openTestStore, removeTemps } from './digest-fixture.ts';
import type { Store } from '../src/store/open.ts';
import { startSlackUnderTest, SECRETS, type SlackUnderTest } from './fakes/slack-app.ts';
import { ackedAnswerOf, BOT, eventPayload, messageTs, readable, sendCommand, sendEvent } from './fakes/slack.ts';

const facts = loadFactBase('data/articles');
let store: Store;
let t: SlackUnderTest;
beforeAll(async () => {
  store = await openTestStore();
  const core = createCore({ facts, digest: new DigestCommands({ store: store.digest, facts, defaults: { time: '09:00', timezone: 'Asia/Tokyo' } }) });
  t = await startSlackUnderTest(core);
  t.fake.directory.creators.set('C0TEAM', 'U0CREATOR');
  t.fake.directory.admins.add('U0ADMIN');
  t.fake.directory.owners.add('U0OWNER');
});
afterAll(async () => {
  await t?.stop();
  await store?.close();
  removeTemps();
});

const command = async (text: string, user: string, channel = 'C0TEAM') =>
  ackedAnswerOf(await sendCommand(t.eventsUrl, text, { secret: SECRETS.signing, responseUrl: t.fake.responseUrl(), channel, user }));

describe('Slack digest changes', () => {
  it('refuses a member who neither created the channel nor administers the workspace, briefly and only to them', async () => {
    for (const text of ['digest subscribe 08:30', 'digest unsubscribe']) {
      const shown = await command(text, 'U0MEMBER');
      expect(shown.responseType).toBe('ephemeral');
      expect(readable(shown)).toMatch(/only people who can manage this channel/);
    }
    expect(await store.digest.get('slack', 'C0TEAM')).toBeUndefined();
  });

  it('lets the channel creator subscribe, an owner re-time and an admin cancel; anyone sees the status', async () => {
    expect(readable(await command('digest subscribe 08:30', 'U0CREATOR'))).toMatch(/every day at 08:30/);
    expect(readable(await command('digest status', 'U0MEMBER'))).toMatch(/Every day at 08:30/);
    expect(readable(await command('digest subscribe 07:15 Europe/London', 'U0OWNER'))).toMatch(/every day at 07:15 \(Europe\/London\)/);
    expect(readable(await command('digest subscribe 10:00', 'U0MEMBER'))).toMatch(/only people who can manage/);
    expect((await store.digest.get('slack', 'C0TEAM'))?.time).toBe('07:15');
    expect(readable(await command('digest unsubscribe', 'U0ADMIN'))).toMatch(/no longer/);
    expect(await store.digest.get('slack', 'C0TEAM')).toBeUndefined();
  });

  it('lets a person subscribe their own DM with the bot, also when asked in a message', async () => {
    const dm = { type: 'message', channel_type: 'im', channel: 'D0MINE', user: 'U0ASKER', text: 'digest subscribe 06:45', ts: messageTs() };
    await sendEvent(t.eventsUrl, eventPayload(dm), { secret: SECRETS.signing });
    expect((await store.digest.get('slack', 'D0MINE'))?.time).toBe('06:45');
  });

  it('checks permissions only for changes: questions make no users.info call', async () => {
    const before = t.fake.callsOf('users.info').length;
    await command('spending', 'U0MEMBER');
    await sendEvent(t.eventsUrl, eventPayload({ type: 'app_mention', user: 'U0MEMBER', text: `<@${BOT.userId}> people`, ts: messageTs(), channel: 'C0TEAM' }), { secret: SECRETS.signing });
    expect(t.fake.callsOf('users.info')).toHaveLength(before);
  });

  it('says so briefly when Slack cannot tell who the user is', async () => {
    t.fake.failNext('users.info', { error: 'user_not_found' });
    const shown = await command('digest subscribe 08:30', 'U0GHOST');
    expect(shown.responseType).toBe('ephemeral');
    expect(readable(shown)).toMatch(/could not answer that just now/);
    expect(await store.digest.get('slack', 'C0TEAM')).toBeUndefined();
  });
});
