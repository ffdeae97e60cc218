// Configuration from the environment: all problems reported at once, in one short message that
// names each variable and what it expects; `npm start` with a bad environment exits without a stack trace.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { startApp } from './helpers/app-process.ts';

const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'signing-secret-value' };
const DISCORD = { DISCORD_TOKEN: 'discord-token-value', DISCORD_APPLICATION_ID: '123456789012345678' };

/** The problems loadConfig reports for `env` (fails the test when it accepts it). */
function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error(`configuration was accepted: ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('runs with no chat platform (the terminal console) when nothing is set, blank values counting as unset', () => {
    for (const env of [{}, { SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '  ', PORT: '' }]) {
      const c = loadConfig(env);
      expect(c.discord).toBeUndefined();
      expect(c.slack).toBeUndefined();
      expect(c.logLevel).toBe('info');
    }
  });

  it('accepts complete Discord and Slack settings', () => {
    const c = loadConfig({ ...SLACK, ...DISCORD, PORT: '8080', DIGEST_SLACK_CHANNELS: 'C1, C2' });
    expect(c.slack).toMatchObject({ botToken: SLACK.SLACK_BOT_TOKEN, signingSecret: SLACK.SLACK_SIGNING_SECRET, port: 8080 });
    expect(c.discord).toMatchObject({ token: DISCORD.DISCORD_TOKEN, applicationId: DISCORD.DISCORD_APPLICATION_ID });
    expect(c.digest.slackChannels).toEqual(['C1', 'C2']);
    expect(loadConfig(SLACK).slack!.port).toBe(3000);
  });

  it('reads HEALTH_PORT, unset by default, and refuses one that is not a port', () => {
    expect(loadConfig({ HEALTH_PORT: '9090' }).healthPort).toBe(9090);
    expect(loadConfig({}).healthPort).toBeUndefined();
    expect(() => loadConfig({ HEALTH_PORT: 'ninety' })).toThrow(/HEALTH_PORT: expected a port number/);
  });

  it('reports every invalid variable at once, each named with what it expects', () => {
    const env = {
      LOG_LEVEL: 'loud',
      PORT: 'eighty',
      DIGEST_TIME: '25:00',
      DIGEST_TIMEZONE: 'Mars/Olympus',
      DIGEST_CATCHUP_HOURS: 'lots',
      SLACK_BOT_TOKEN: 'not-a-bot-token',
      SLACK_SIGNING_SECRET: 'x',
      DISCORD_TOKEN: 't',
      DISCORD_API_URL: 'nowhere',
    };
    const found = problems(env);
    for (const name of ['LOG_LEVEL', 'PORT', 'DIGEST_TIME', 'DIGEST_TIMEZONE', 'DIGEST_CATCHUP_HOURS', 'SLACK_BOT_TOKEN', 'DISCORD_API_URL'])
      expect(found.filter((p) => p.startsWith(`${name}:`))).toHaveLength(1);
    expect(found).toHaveLength(7);
    for (const p of found) expect(p).toMatch(/expected/i);
    expect(found.find((p) => p.startsWith('DIGEST_TIME:'))).toMatch(/HH:MM/);
    expect(found.find((p) => p.startsWith('SLACK_BOT_TOKEN:'))).toMatch(/xoxb-/);
  });

  it.each([
    [{ SLACK_BOT_TOKEN: SLACK.SLACK_BOT_TOKEN }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_SIGNING_SECRET: SLACK.SLACK_SIGNING_SECRET }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_APP_TOKEN: 'xapp-1-A1-xyz' }, 'SLACK_BOT_TOKEN'],
    [{ DISCORD_APPLICATION_ID: DISCORD.DISCORD_APPLICATION_ID }, 'DISCORD_APPLICATION_ID'],
    [{ DISCORD_API_URL: 'http://127.0.0.1:9/api' }, 'DISCORD_API_URL'],
    [{ DIGEST_SLACK_CHANNELS: 'C1' }, 'DIGEST_SLACK_CHANNELS'],
    [{ DIGEST_DISCORD_CHANNELS: '123456789012345678' }, 'DIGEST_DISCORD_CHANNELS'],
  ])('partial platform settings %j are an error naming %s, not a silent skip', (env, name) => {
    const found = problems(env);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${name}:`));
  });

  it('reports partial platform settings together with invalid values', () => {
    const found = problems({ PORT: '99999', SLACK_BOT_TOKEN: SLACK.SLACK_BOT_TOKEN, DISCORD_GUILD_ID: 'abc' });
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual(['DISCORD_GUILD_ID', 'DISCORD_GUILD_ID', 'PORT', 'SLACK_SIGNING_SECRET']);
  });

  it('takes a PostgreSQL DATABASE_URL, and refuses a malformed one without repeating it (it may hold a password)', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(loadConfig({}).digest).toMatchObject({ reloadMs: 30_000, postTimeoutMs: 20_000 });
    for (const url of ['postgres://bot:pw@db.internal:5432/factdesk', 'postgresql://localhost/factdesk'])
      expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    for (const url of ['mysql://bot:hunter2-secret@db/factdesk', 'postgres://bot:hunter2-secret@', 'hunter2-secret']) {
      const found = problems({ DATABASE_URL: url });
      expect(found).toEqual(['DATABASE_URL: expected postgres://user:password@host:port/database']);
    }
    expect(loadConfig({ DIGEST_RELOAD_SECONDS: '5', DIGEST_POST_TIMEOUT_SECONDS: '2.5' }).digest).toMatchObject({ reloadMs: 5_000, postTimeoutMs: 2_500 });
    expect(problems({ DIGEST_RELOAD_SECONDS: '0', DIGEST_POST_TIMEOUT_SECONDS: 'soon' })).toEqual([
      'DIGEST_RELOAD_SECONDS: expected a reload interval in seconds, above 0',
      'DIGEST_POST_TIMEOUT_SECONDS: expected a timeout in seconds',
    ]);
  });

  it('keeps the message short: a heading and one line per problem', () => {
    const err = (() => {
      try {
        loadConfig({ PORT: 'x', DIGEST_TIME: '9am' });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    const lines = err!.message.split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.length).toBeLessThan(160);
  });
});

describe('npm start with a bad environment', () => {
  it('exits non-zero with the short message on stderr and no stack trace', async () => {
    const app = startApp({ PORT: 'eighty', SLACK_BOT_TOKEN: SLACK.SLACK_BOT_TOKEN, DIGEST_TIMEZONE: 'Nowhere/Special' });
    app.child.stdin.end();
    const code = await app.exited;
    expect(code).not.toBe(0);
    const err = app.stderr();
    expect(err).toMatch(/^Invalid configuration:/);
    expect(err).toMatch(/PORT: expected a port number/);
    expect(err).toMatch(/SLACK_SIGNING_SECRET: missing/);
    expect(err).toMatch(/DIGEST_TIMEZONE: expected an IANA time zone/);
    expect(err).not.toMatch(/^\s+at /m);
    expect(err).not.toMatch(/ConfigError|\.ts:\d+/);
    expect(err.trim().split('\n').length).toBeLessThanOrEqual(4);
    expect(app.stdout()).not.toMatch(/factdesk/);
  });

  it('exits non-zero with one short line when the PostgreSQL database cannot be reached, never showing its password', async () => {
    const app = startApp({ ...SLACK, PORT: '0', DATABASE_URL: 'postgres://bot:hunter2-secret@127.0.0.1:1/factdesk' });
    expect(await app.exited).toBe(1);
    const out = app.stdout() + app.stderr();
    expect(app.stderr()).toMatch(/^Cannot use the PostgreSQL database at 127\.0\.0\.1:1\/factdesk \(DATABASE_URL\): .*ECONNREFUSED/m);
    expect(out).not.toContain('hunter2');
    expect(out).not.toMatch(/^\s+at /m);
  });
});
