// npm run digest: the real CLI, compiled, in a child process (cwd a temp folder, so no .env is read).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/digest/time.ts';
import { loadFactBase } from '../src/facts/load.ts';
import { latestArticle } from '../src/facts/pick.ts';
import { openTestStore, removeTemps, tempDir } from './digest-fixture.ts';
import { FakeSlack } from './fakes/slack.ts';
import { SECRETS } from './fakes/slack-app.ts';

const CLI = resolve('dist/src/digest/cli.js');
const ARTICLES = resolve('data/articles');

afterAll(removeTemps);

function digest(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: tempDir(), env: { PATH: process.env.PATH!, HOME: process.env.HOME!, ARTICLES_DIR: ARTICLES, DATA_DIR: tempDir(), LOG_LEVEL: 'silent', ...env }, timeout: 30_000 },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run digest', () => {
  it('--preview prints today’s digest as plain text without any token', async () => {
    const { code, stdout, stderr } = await digest(['--preview'], { DIGEST_TIMEZONE: 'Europe/London' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const facts = loadFactBase(ARTICLES);
    const today = localDate(new Date(), 'Europe/London');
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^Defence digest for \\w+ ${Number(today.slice(8))} `));
    // It leads with the latest article's headline facts.
    const lead = latestArticle(facts);
    expect(stdout).toContain(lead.title);
    expect(stdout).toContain(lead.facts.find((f) => f.id === lead.headline[0])!.answer.slice(0, 30));
    expect(stdout).toContain('From the article:');
  });

  it.each([[[]], [['--bogus']], [['--preview', '--send-now']], [['--preview', 'extra']]])('refuses %j with a usage message and exit code 2', async (args) => {
    const { code, stdout, stderr } = await digest(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^usage: npm run digest -- --preview/);
    expect(stderr.split('\n').length).toBeLessThan(5);
  });

  it('--send-now posts to every subscribed Slack channel once, even when run twice', { timeout: 45_000 }, async () => {
    const fake = await FakeSlack.start({ bot: SECRETS.bot });
    try {
      const dataDir = tempDir();
      const store = await openTestStore(dataDir);
      await store.digest.subscribe('slack', 'C0SUBSCRIBED', '08:00', 'Europe/London', new Date());
      await store.close();
      const env = {
        DATA_DIR: dataDir,
        SLACK_BOT_TOKEN: SECRETS.bot,
        SLACK_SIGNING_SECRET: SECRETS.signing,
        SLACK_API_URL: fake.apiUrl,
        DIGEST_SLACK_CHANNELS: 'C0FROMCONFIG',
      };
      const first = await digest(['--send-now'], env);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^posted +slack C0FROMCONFIG$/m);
      expect(first.stdout).toMatch(/^posted +slack C0SUBSCRIBED$/m);
      const second = await digest(['--send-now'], env);
      expect(second.stdout).toMatch(/^already +slack C0SUBSCRIBED$/m);
      const posted = fake.shown.filter((s) => s.via === 'chat.postMessage');
      expect(posted.map((s) => s.channel).sort()).toEqual(['C0FROMCONFIG', 'C0SUBSCRIBED']);
    } finally {
      await fake.close();
    }
  });

  it('--status shows each channel’s latest slot: delivered, pending, retrying or failed', async () => {
    const dataDir = tempDir();
    const store = await openTestStore(dataDir);
    const now = Date.now();
    const due = new Date(now - 10 * 60_000);
    const [time, slot] = [due.toISOString().slice(11, 16), due.toISOString().slice(0, 10)];
    const longAgo = new Date(now - 2 * 86_400_000);
    for (const c of ['C0DONE', 'C0WAIT', 'C0RETRY', 'C0FAIL']) await store.digest.subscribe('slack', c, time, 'UTC', longAgo);
    await store.digest.subscribe('slack', 'C0NEW', time, 'UTC', new Date(now));
    const lease = new Date(now + 60_000);
    await store.digest.claim('slack', 'C0DONE', slot, 'r1', lease, due);
    await store.digest.posted('slack', 'C0DONE', slot, 1, [], due);
    await store.digest.claim('slack', 'C0RETRY', slot, 'r1', lease, due);
    await store.digest.retrying('slack', 'C0RETRY', slot, 'r1', 1, 'transient: no answer in 20000 ms', lease, due);
    await store.digest.claim('slack', 'C0FAIL', slot, 'r1', lease, due);
    await store.digest.failed('slack', 'C0FAIL', slot, 4, 'transient: fatal_error', false, due);
    await store.close();
    const { code, stdout, stderr } = await digest(['--status'], { DATA_DIR: dataDir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      `slack C0DONE  ${slot}  delivered after 1 try  (daily at ${time} UTC)`,
      `slack C0FAIL  ${slot}  failed after 4 tries: transient: fatal_error  (daily at ${time} UTC)`,
      `slack C0NEW  -  not due yet  (daily at ${time} UTC)`,
      `slack C0RETRY  ${slot}  retrying after 1 try: transient: no answer in 20000 ms  (daily at ${time} UTC)`,
      `slack C0WAIT  ${slot}  pending  (daily at ${time} UTC)`,
    ]);
  });

  it('--send-now without a chat platform says what to set', async () => {
    const { code, stderr } = await digest(['--send-now']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/set DISCORD_TOKEN and\/or SLACK_BOT_TOKEN/);
  });
});
