// Replicas end to end: real `npm start` processes sharing one real PostgreSQL (DATABASE_URL),
// posting the digest to the fake Slack. Two replicas post each channel's slot once; a replica
// killed with SIGKILL in the middle of a delivery leaves nothing lost once another one runs.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openTestStore, removeTemps, tempDir } from './digest-fixture.ts';
import { FakeSlack } from './fakes/slack.ts';
import { SECRETS } from './fakes/slack-app.ts';
import { startApp, type AppProcess } from './helpers/app-process.ts';
import { freshDatabase } from './postgres.ts';

const running: AppProcess[] = [];
const fakes: FakeSlack[] = [];

afterEach(async () => {
  for (const app of running.splice(0)) {
    app.child.kill('SIGKILL');
    await app.exited;
  }
  for (const fake of fakes.splice(0)) await fake.close();
});
afterAll(removeTemps);

/** A database whose channels were subscribed two days ago, with today's slot (UTC) a few minutes past. */
async function seeded(channels: string[]): Promise<{ url: string; slot: string }> {
  const url = await freshDatabase();
  const store = await openTestStore(tempDir(), url);
  const due = new Date(Date.now() - 3 * 60_000);
  const time = due.toISOString().slice(11, 16);
  for (const c of channels) await store.digest.subscribe('slack', c, time, 'UTC', new Date(Date.now() - 2 * 86_400_000));
  await store.close();
  return { url, slot: due.toISOString().slice(0, 10) };
}

function replica(fake: FakeSlack, url: string): AppProcess {
  const app = startApp({
    SLACK_BOT_TOKEN: SECRETS.bot,
    SLACK_SIGNING_SECRET: SECRETS.signing,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    DATABASE_URL: url,
    DATA_DIR: tempDir(),
    LOG_LEVEL: 'info',
    DIGEST_RELOAD_SECONDS: '1',
    DIGEST_POST_TIMEOUT_SECONDS: '2',
  });
  running.push(app);
  return app;
}

const postsTo = (fake: FakeSlack, channel: string) => fake.shown.filter((s) => s.via === 'chat.postMessage' && s.channel === channel);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function digestStatus(url: string): Promise<string> {
  return new Promise((done, fail) =>
    execFile(
      resolve('node_modules/.bin/tsx'),
      [resolve('src/digest/cli.ts'), '--status'],
      { cwd: tempDir(), env: { PATH: process.env.PATH!, HOME: process.env.HOME!, DATABASE_URL: url, LOG_LEVEL: 'silent' }, timeout: 30_000 },
      (err, stdout, stderr) => (err ? fail(new Error(`${err.message}\n${stderr}`)) : done(stdout)),
    ),
  );
}

describe('replicas on one PostgreSQL', () => {
  it('two bot processes post each channel’s slot exactly once', { timeout: 60_000 }, async () => {
    const channels = ['C0REPA', 'C0REPB', 'C0REPC'];
    const { url } = await seeded(channels);
    const fake = await FakeSlack.start({ bot: SECRETS.bot });
    fakes.push(fake);
    const [a, b] = [replica(fake, url), replica(fake, url)];
    await Promise.all([a.printed(/factdesk is running/, 30_000), b.printed(/factdesk is running/, 30_000)]);
    await fake.waitForShown(channels.length, (s) => s.via === 'chat.postMessage', 'a digest in every channel');
    await sleep(3_000); // several reload rounds of both replicas
    for (const c of channels) expect(postsTo(fake, c), c).toHaveLength(1);
    expect(a.child.exitCode).toBeNull();
    expect(b.child.exitCode).toBeNull();
  });

  it('after a replica is killed mid-delivery, every channel gets exactly one post', { timeout: 60_000 }, async () => {
    const channels = ['C0KILL1', 'C0KILL2', 'C0KILL3'];
    const { url, slot } = await seeded(channels);
    const fake = await FakeSlack.start({ bot: SECRETS.bot });
    fakes.push(fake);
    let stalled!: () => void;
    const reached = new Promise<void>((r) => (stalled = r));
    fake.hold = (method, args) => {
      if (method !== 'chat.postMessage' || args.channel !== 'C0KILL2') return undefined;
      stalled();
      return new Promise<void>(() => {}); // Slack never answers this one
    };
    const first = replica(fake, url);
    await reached;
    // Killed once the other two are recorded as posted: a post that reached Slack but not the ledger
    // is the adapters' idempotent posting's case (Slack metadata, Discord nonce), not this test's.
    const store = await openTestStore(tempDir(), url);
    const ledger = () => Promise.all(channels.map(async (c) => (await store.digest.delivery('slack', c, slot))?.status));
    while ((await ledger()).join() !== 'posted,claimed,posted') await sleep(50);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    expect(await ledger()).toEqual(['posted', 'claimed', 'posted']);
    await store.close();

    fake.hold = undefined;
    const second = replica(fake, url);
    await second.printed(/retrying a digest slot whose delivery was abandoned/, 30_000);
    await fake.waitForShown(1, (s) => s.via === 'chat.postMessage' && s.channel === 'C0KILL2', 'the retried digest');
    await sleep(2_000);
    for (const c of channels) expect(postsTo(fake, c), c).toHaveLength(1);
    const status = await digestStatus(url);
    for (const c of channels) expect(status).toMatch(new RegExp(`^slack ${c}  ${slot}  delivered`, 'm'));
  });
});
