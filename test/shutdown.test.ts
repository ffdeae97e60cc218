// Clean shutdown of `npm start` as a real child process: SIGTERM or SIGINT stops everything and
// exits 0 within 5 seconds, with replies already under way delivered and the database closed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callbackOf, slash } from './fakes/discord-events.ts';
import { FakeDiscord } from './fakes/discord.ts';
import { ackedAnswerOf, BOT, eventPayload, FakeSlack, messageTs, readable, sendCommand, sendEvent } from './fakes/slack.ts';
import { freePort, startApp, type AppProcess } from './helpers/app-process.ts';

const GRACE_MS = 5_000;
const SLACK = { bot: 'xoxb-1-2-shutdown-test-token', signing: 'shutdown-test-signing-secret' };

let app: AppProcess | undefined;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  if (app && app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
  app = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** The exit code, or 'still running' when the process has not ended GRACE_MS after the signal. */
function exitAfter(signal: NodeJS.Signals, a: AppProcess): Promise<number | string> {
  a.child.kill(signal);
  return Promise.race([a.exited, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), GRACE_MS).unref())]);
}

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}; app stderr:\n${app?.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('shutdown', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('the terminal console exits 0 on %s while waiting for input', async (signal) => {
    app = startApp({ LOG_LEVEL: 'warn' });
    await app.printed(/factdesk — ask about the news/);
    expect(await exitAfter(signal, app)).toBe(0);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('with Discord and Slack running, %s delivers the reply under way, closes everything and exits 0', async (signal) => {
    const discord = await FakeDiscord.start();
    const slack = await FakeSlack.start({ bot: SLACK.bot });
    const dataDir = mkdtempSync(join(tmpdir(), 'factdesk-shutdown-'));
    cleanups.push(() => discord.close(), () => slack.close(), () => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    app = startApp({
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      DISCORD_TOKEN: 'shutdown-test-discord-token',
      DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: SLACK.bot,
      SLACK_SIGNING_SECRET: SLACK.signing,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
    });
    const base = `http://127.0.0.1:${port}`;
    await until('the Slack receiver', async () => (await fetch(`${base}/healthz`)).ok);
    await discord.waitForFrame((f) => f.op === 2, 'IDENTIFY');
    const answered = await callbackOf(discord, slash(discord, 'spending'));
    expect(answered.type).toBe(4);

    const command = await ackedAnswerOf(await sendCommand(`${base}/slack/events`, 'spending', { secret: SLACK.signing, responseUrl: slack.responseUrl() }));
    expect(command.responseType).toBe('in_channel');
    expect(readable(command)).toMatch(/GDP/);

    // A reply under way when the signal comes: an @mention Slack has been acknowledged for, whose
    // answer met a rate limit (Retry-After: 1 s) and is waiting to be posted again.
    const mention = { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT.userId}> spending`, ts: messageTs(), channel: 'C0NEWS' };
    slack.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    // Slack gets its HTTP response once the answer is posted (a crash before that makes it deliver the event again).
    const response = sendEvent(`${base}/slack/events`, eventPayload(mention), { secret: SLACK.signing });
    await slack.waitFor(() => slack.callsOf('chat.postMessage').some((c) => c.status === 429), 'the rate-limited first attempt');
    expect(await exitAfter(signal, app)).toBe(0);
    expect((await response).status).toBe(200);

    expect(slack.shown.filter((s) => s.threadTs === mention.ts)).toHaveLength(1);
    expect(app.stderr()).not.toMatch(/^\s+at /m);
    // SQLite removes the write-ahead log when the last connection closes cleanly.
    expect(existsSync(join(dataDir, 'factdesk.db'))).toBe(true);
    expect(existsSync(join(dataDir, 'factdesk.db-wal'))).toBe(false);
  });
});
