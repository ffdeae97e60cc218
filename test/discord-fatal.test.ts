// Gateway closes Discord means for good (4004 bad token, 4014 disallowed intents): discord.js gives
// up, so the bot says why, turns unhealthy, and `npm start` exits non-zero instead of running deaf.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakes/discord.ts';
import { startApp, type AppProcess } from './helpers/app-process.ts';
import { startTestBot, TOKEN } from './helpers/discord-bot.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function fakeDiscord(): Promise<FakeDiscord> {
  const fake = await FakeDiscord.start();
  cleanups.push(() => fake.close());
  return fake;
}

function app(fake: FakeDiscord, token: string): AppProcess {
  const dataDir = mkdtempSync(join(tmpdir(), 'factdesk-fatal-'));
  const a = startApp({ LOG_LEVEL: 'info', DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl, DATA_DIR: dataDir });
  cleanups.push(
    () => a.child.exitCode === null && a.child.signalCode === null && a.child.kill('SIGKILL'),
    () => rmSync(dataDir, { recursive: true, force: true }),
  );
  return a;
}

describe('fatal Discord gateway closes', () => {
  it('a rejected token (4004) fails start-up with the reason, not the token', async () => {
    const fake = await fakeDiscord();
    fake.identifyCloseCode = 4004;
    const err = await startTestBot({ fake }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/4004.*DISCORD_TOKEN/);
    expect((err as Error).message).not.toContain(TOKEN);
  });

  it('4014 while running turns health red with the reason and calls onFatal once', async () => {
    const fatal: string[] = [];
    const bot = await startTestBot({ onFatal: (reason) => fatal.push(reason) });
    cleanups.push(() => bot.stop());
    expect(bot.handle.health().ok).toBe(true);
    bot.fake.closeGateway(4014);
    for (let waited = 0; !fatal.length && waited < 5_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatch(/intents.*4014/);
    expect(bot.handle.health()).toEqual({ ok: false, detail: fatal[0] });
  });

  it('npm start exits 1 with a one-line reason when Discord rejects the token', async () => {
    const fake = await fakeDiscord();
    fake.identifyCloseCode = 4004;
    const token = 'fatal-test-discord-token.secret';
    const a = app(fake, token);
    expect(await a.exited).toBe(1);
    expect(a.stderr()).toMatch(/4004.*DISCORD_TOKEN/);
    expect(a.stderr()).not.toMatch(/\n\s+at /); // no stack trace
    expect(a.stdout() + a.stderr()).not.toContain(token);
  }, 60_000);

  it('npm start exits 1 when Discord closes with 4014 after start-up', async () => {
    const fake = await fakeDiscord();
    const token = 'fatal-test-discord-token.secret';
    const a = app(fake, token);
    await a.printed(/factdesk is running/, 40_000);
    fake.closeGateway(4014);
    expect(await a.exited).toBe(1);
    expect(a.stderr()).toMatch(/4014/);
    expect(a.stdout() + a.stderr()).not.toContain(token);
  }, 60_000);
});
