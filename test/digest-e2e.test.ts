// Subscribe, post and unsubscribe end to end: the real adapters (discord.js, Bolt) and the real core
// with the digest commands and scheduler on a temp SQLite file, against the fake Discord and Slack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../adapters/discord/index.ts';
import { createCore } from '../src/core.ts';
import { DigestScheduler } from '../src/digest/scheduler.ts';
import { DigestCommands } from '../src/digest/service.ts';
import type { DigestStore } from '../src/digest/store.ts';
import { loadFactBase } from '../src/facts/load.ts';
import { latestArticle } from '../src/facts/pick.ts';
import type { PlatformHandle } from '../src/platform.ts';
import type { Store } from '../src/store/open.ts';
import { memoryLogger, openTestStore, removeTemps } from './digest-fixture.ts';
import { FakeDiscord } from './fakes/discord.ts';
import { callbackOf, EPHEMERAL, embedText, MANAGER_PERMISSIONS, slash } from './fakes/discord-events.ts';
import { SECRETS, startSlackUnderTest, type SlackUnderTest } from './fakes/slack-app.ts';
import { ackedAnswerOf, readable, sendCommand } from './fakes/slack.ts';

const facts = loadFactBase('data/articles');
const defaults = { time: '09:00', timezone: 'Asia/Tokyo' };
const lead = latestArticle(facts);
const headline = lead.facts.find((f) => f.id === lead.headline[0])!;

let db: Store;
let store: DigestStore;
let scheduler: DigestScheduler;
let discordFake: FakeDiscord;
let slack: SlackUnderTest;
const handles: PlatformHandle[] = [];

beforeAll(async () => {
  db = await openTestStore();
  store = db.digest;
  const { logger } = memoryLogger();
  scheduler = new DigestScheduler({ store, facts, handles, logger, catchupHours: 6, defaults, retry: { attempts: 2, backoffMs: 50 } });
  const core = createCore({ facts, digest: new DigestCommands({ store, facts, defaults, scheduler }) });
  discordFake = await FakeDiscord.start();
  handles.push(await startDiscord({ core, config: { token: 'fake-bot-token.MTIzNDU2Nzg5.digest-e2e', apiUrl: discordFake.apiUrl }, logger }));
  slack = await startSlackUnderTest(core);
  handles.push(slack.slack);
  await scheduler.start();
});

afterAll(async () => {
  await scheduler?.stop();
  for (const h of handles) await h.stop();
  await discordFake?.close();
  await slack?.fake.close();
  await db?.close();
  removeTemps();
});

async function discord(sub: string, values: Record<string, string> = {}, permissions?: string) {
  const body = await callbackOf(discordFake, slash(discordFake, sub, { group: 'digest', values, permissions }));
  return { text: embedText(body.data), ephemeral: Boolean(body.data.flags & EPHEMERAL) };
}

async function slackCommand(text: string, channel: string) {
  return ackedAnswerOf(await sendCommand(slack.eventsUrl, text, { secret: SECRETS.signing, responseUrl: slack.fake.responseUrl(), channel }));
}

describe('digest through Discord', () => {
  it('subscribes with Manage Channels, posts once per day to the channel, shows status and unsubscribes', async () => {
    const channel = discordFake.channelId;
    const refused = await discord('subscribe', { time: '07:15' });
    expect(refused.text).toMatch(/only people who can manage this channel/);
    expect(await store.get('discord', channel)).toBeUndefined();

    const ok = await discord('subscribe', { time: '07:15', timezone: 'Pacific/Pago_Pago' }, MANAGER_PERMISSIONS);
    expect(ok.text).toContain('every day at 07:15 (Pacific/Pago_Pago)');
    expect(await store.get('discord', channel)).toMatchObject({ time: '07:15', timezone: 'Pacific/Pago_Pago' });

    const bad = await discord('subscribe', { time: '7 o’clock' }, MANAGER_PERMISSIONS);
    expect(bad).toMatchObject({ ephemeral: true });
    expect(bad.text).toMatch(/Use HH:MM/);

    await scheduler.sendNow();
    await scheduler.sendNow();
    const posts = discordFake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
    expect(posts).toHaveLength(1);
    expect(embedText(posts[0]!.body)).toContain(headline.answer.slice(0, 40));

    const status = await discord('status');
    expect(status.ephemeral).toBe(true);
    expect(status.text).toMatch(/Last digest\n.*\(Pacific\/Pago_Pago\)/);

    const off = await discord('unsubscribe', {}, MANAGER_PERMISSIONS);
    expect(off.text).toMatch(/no longer/);
    expect((await discord('status')).text).toMatch(/not subscribed/);
  });

  it('marks a channel Discord says is gone as broken and says so in status', async () => {
    // Kiritimati (UTC+14) is always a calendar day ahead of Pago Pago (UTC-11): a new slot.
    const channel = discordFake.channelId;
    await discord('subscribe', { time: '06:00', timezone: 'Pacific/Kiritimati' }, MANAGER_PERMISSIONS);
    discordFake.fail('POST', new RegExp(`^/channels/${channel}/messages$`), { status: 404, code: 10003 });
    const results = await scheduler.sendNow();
    expect(results.find((r) => r.sub.channelId === channel)?.outcome).toBe('broken');
    expect(await store.get('discord', channel)).toMatchObject({ broken: true });
    expect((await discord('status')).text).toMatch(/Broken\ngone: Discord/);
  });
});

describe('digest through Slack', () => {
  it('subscribes, posts once to the channel as Block Kit, reports status and unsubscribes', async () => {
    slack.fake.directory.creators.set('C0DIGEST', 'U0ASKER');
    const subscribed = await slackCommand('digest subscribe 18:30 America/New_York', 'C0DIGEST');
    expect(readable(subscribed)).toContain('every day at 18:30 (America/New_York)');
    expect(subscribed.responseType).toBe('in_channel');

    const badZone = await slackCommand('digest subscribe 18:30 Atlantis/Lost', 'C0DIGEST');
    expect(badZone.responseType).toBe('ephemeral');
    expect(readable(badZone)).toMatch(/not a time zone/);

    await scheduler.sendNow();
    await scheduler.sendNow();
    const posted = slack.fake.shown.filter((s) => s.via === 'chat.postMessage' && s.channel === 'C0DIGEST');
    expect(posted).toHaveLength(1);
    expect(readable(posted[0]!)).toContain(headline.answer.slice(0, 40));

    const status = await slackCommand('digest status', 'C0DIGEST');
    expect(status.responseType).toBe('ephemeral');
    expect(readable(status)).toMatch(/Last digest/);

    const preview = await slackCommand('digest preview', 'C0DIGEST');
    expect(preview.responseType).toBe('ephemeral');
    expect(readable(preview)).toMatch(/GDP/);

    expect(readable(await slackCommand('digest unsubscribe', 'C0DIGEST'))).toMatch(/no longer/);
    expect(await store.get('slack', 'C0DIGEST')).toBeUndefined();
  });
});
