// GET /healthz reports every configured platform, 503 when any is not ok: on the Slack HTTP
// receiver, or on HEALTH_PORT when Slack runs in Socket Mode.
import { afterAll, describe, expect, it } from 'vitest';
import { startApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { loadFactBase } from '../src/facts/load.ts';
import { healthReport } from '../src/health.ts';
import type { PlatformHandle } from '../src/platform.ts';
import { memoryLogger, removeTemps, tempDir } from './digest-fixture.ts';
import { startSlackUnderTest, SECRETS } from './fakes/slack-app.ts';
import { FakeSlack } from './fakes/slack.ts';
import { createCore } from '../src/core.ts';

const facts = loadFactBase('data/articles');
const handle = (platform: PlatformHandle['platform'], ok: boolean, detail: string): PlatformHandle => ({
  platform,
  post: async () => {},
  health: () => ({ ok, detail }),
  stop: async () => {},
});
const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text() };
};

afterAll(() => removeTemps());

describe('health report', () => {
  it('is ok only when every configured platform is, and names a configured one that has not started', () => {
    expect(healthReport(['slack'], [handle('slack', true, 'http')])).toEqual({ status: 200, body: { ok: true, platforms: { slack: { ok: true, detail: 'http' } } } });
    const down = healthReport(['discord', 'slack'], [handle('discord', false, 'closed 4014: disallowed intents'), handle('slack', true, 'http')]);
    expect(down).toEqual({
      status: 503,
      body: { ok: false, platforms: { discord: { ok: false, detail: 'closed 4014: disallowed intents' }, slack: { ok: true, detail: 'http' } } },
    });
    expect(healthReport(['discord', 'slack'], [handle('slack', true, 'http')]).body.platforms.discord).toEqual({ ok: false, detail: 'not started' });
  });
});

describe('/healthz on the Slack HTTP receiver', () => {
  it('reports Slack alone by default, and every platform the app gives it', async () => {
    const t = await startSlackUnderTest(createCore());
    const discord = handle('discord', false, 'gateway closed');
    const all = await startSlackUnderTest(createCore(), 'http', { fake: t.fake, health: () => healthReport(['discord', 'slack'], [discord, all.slack]) });
    try {
      expect(await get(`${t.slack.url}/healthz`)).toEqual({ status: 200, body: { ok: true, platforms: { slack: { ok: true, detail: 'http' } } } });
      expect(await get(`${all.slack.url}/healthz`)).toEqual({
        status: 503,
        body: { ok: false, platforms: { discord: { ok: false, detail: 'gateway closed' }, slack: { ok: true, detail: 'http' } } },
      });
    } finally {
      await all.stop();
      await t.stop();
    }
  });
});

describe('/healthz on HEALTH_PORT', () => {
  it('is served when Slack runs in Socket Mode, and turns 503 when the socket is down', async () => {
    const fake = await FakeSlack.start({ bot: SECRETS.bot, app: SECRETS.app });
    const env = { SLACK_BOT_TOKEN: SECRETS.bot, SLACK_SIGNING_SECRET: SECRETS.signing, SLACK_APP_TOKEN: SECRETS.app, SLACK_API_URL: fake.apiUrl, HEALTH_PORT: '0', DATA_DIR: tempDir() };
    const app = await startApp(loadConfig(env), facts, memoryLogger().logger);
    try {
      expect(app.healthUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await fake.waitFor(() => app.handles[0]!.health().ok, 'socket connected');
      expect(await get(`${app.healthUrl}/healthz`)).toEqual({ status: 200, body: { ok: true, platforms: { slack: { ok: true, detail: 'socket mode: connected' } } } });
      expect((await get(`${app.healthUrl}/elsewhere`)).status).toBe(404);
      fake.failNext('apps.connections.open', { error: 'internal_error' }, 100);
      for (const ws of fake.sockets) ws.terminate();
      await fake.waitFor(() => !app.handles[0]!.health().ok, 'socket down');
      const down = await get(`${app.healthUrl}/healthz`);
      expect(down.status).toBe(503);
      expect((down.body as { platforms: object }).platforms).toMatchObject({ slack: { ok: false, detail: expect.stringMatching(/^socket mode: (reconnecting|disconnected)$/) } });
    } finally {
      await app.stop();
      await fake.close();
    }
    await expect(fetch(`${app.healthUrl}/healthz`)).rejects.toThrow();
  });

  it('is left to the Slack HTTP receiver when there is one, which reports the app\'s platforms', async () => {
    const fake = await FakeSlack.start({ bot: SECRETS.bot });
    const env = { SLACK_BOT_TOKEN: SECRETS.bot, SLACK_SIGNING_SECRET: SECRETS.signing, SLACK_API_URL: fake.apiUrl, PORT: '0', HEALTH_PORT: '0', DATA_DIR: tempDir() };
    const app = await startApp(loadConfig(env), facts, memoryLogger().logger);
    try {
      expect(app.healthUrl).toBeUndefined();
      const slackUrl = (app.handles[0] as PlatformHandle & { url: string }).url;
      expect(await get(`${slackUrl}/healthz`)).toEqual({ status: 200, body: { ok: true, platforms: { slack: { ok: true, detail: 'http' } } } });
    } finally {
      await app.stop();
      await fake.close();
    }
  });
});
