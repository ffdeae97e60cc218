import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../adapters/slack/index.ts';
import { createCore } from '../src/core.ts';
import { createLogger } from '../src/log.ts';
import { FakeSlack } from './fakes/slack.ts';
import { slackConfig, SECRETS } from './fakes/slack-app.ts';

describe('Slack adapter start-up', () => {
  let fake: FakeSlack;
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => logs.push(line) } });
  beforeAll(async () => {
    fake = await FakeSlack.start({ bot: SECRETS.bot, app: SECRETS.app });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it.each([
    ['http', { bot: 'xoxb-revoked-bot-token' }, /did not accept SLACK_BOT_TOKEN \(auth\.test: invalid_auth\)/],
    ['socket', { app: 'xapp-1-revoked-app-token' }, /Socket Mode did not connect \(invalid_auth\); check SLACK_APP_TOKEN/],
  ] as const)('refuses to start in %s mode with a wrong token, saying which one, without logging it', async (mode, tokens, message) => {
    await expect(startSlack({ core: createCore(), logger, config: slackConfig(fake, mode, tokens) })).rejects.toThrow(message);
    expect(logs.join('')).not.toContain(Object.values(tokens)[0]);
  });
});
