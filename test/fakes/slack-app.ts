// Starts the real Slack adapter (real Bolt App) against a FakeSlack, with logs captured.
import { startSlack, type SlackHandle, type SlackOptions } from '../../adapters/slack/index.ts';
import { loadConfig } from '../../src/config.ts';
import type { Core } from '../../src/core.ts';
import { createLogger } from '../../src/log.ts';
import { FakeSlack } from './slack.ts';

export const SECRETS = {
  bot: 'xoxb-1111-2222-test-bot-token',
  app: 'xapp-1-A0FACTDESK-test-app-token',
  signing: 'f00dfeedc0ffee-test-signing-secret',
};

export interface SlackUnderTest {
  fake: FakeSlack;
  slack: SlackHandle;
  /** Where Slack sends events and commands in HTTP mode. */
  eventsUrl: string;
  logs: string[];
  stop(): Promise<void>;
}

/** The adapter's config exactly as `npm start` builds it from the environment. */
export function slackConfig(fake: FakeSlack, mode: 'http' | 'socket', tokens: Partial<typeof SECRETS> = {}) {
  const s = { ...SECRETS, ...tokens };
  const env = { SLACK_BOT_TOKEN: s.bot, SLACK_SIGNING_SECRET: s.signing, SLACK_API_URL: fake.apiUrl, PORT: '0' };
  const config = loadConfig(mode === 'socket' ? { ...env, SLACK_APP_TOKEN: s.app } : env).slack;
  if (!config) throw new Error('Slack config missing');
  return config;
}

/** Short timeouts and waits, so that tests of slow or failing Slack calls stay quick. */
export const TEST_TIMING = { timeoutMs: 1_000, retry: { attempts: 3, backoffMs: 50, maxWaitMs: 60_000 } };

type Extra = Pick<SlackOptions, 'state' | 'health'> & { fake?: FakeSlack };

/** The adapter against a new FakeSlack, or against `extra.fake` (a second replica of the bot on the same Slack). */
export async function startSlackUnderTest(core: Core, mode: 'http' | 'socket' = 'http', extra: Extra = {}): Promise<SlackUnderTest> {
  const fake = extra.fake ?? (await FakeSlack.start({ bot: SECRETS.bot, app: SECRETS.app }));
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => logs.push(line) } });
  const options = { core, logger, config: slackConfig(fake, mode), state: extra.state, health: extra.health, ...TEST_TIMING };
  const slack = await startSlack(options).catch(async (err: unknown) => {
    await fake.close();
    throw err;
  });
  return {
    fake,
    slack,
    eventsUrl: `${slack.url}/slack/events`,
    logs,
    async stop() {
      await slack.stop();
      if (!extra.fake) await fake.close();
    },
  };
}
