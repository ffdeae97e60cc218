// The bot under load, in its own process (so the load generator and the fakes do not share its
// CPU). `ours`: the bot as `npm start` runs it (src/app.ts: core, digest scheduler and store, Discord
// and Slack adapters, Slack in HTTP mode) against the fakes; `bare`: a bare Bolt App that acks
// /defense with a static string, the framework's floor.
// Prints {"url": ...} when ready; answers "rss" on stdin with {"rss": bytes}; stops when stdin ends.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { App } from '@slack/bolt';
import type { SlackHandle } from '../adapters/slack/index.ts';
import { startApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { loadFactBase } from '../src/facts/load.ts';
import { createLogger } from '../src/log.ts';

const [mode = 'ours', settings = '{}'] = process.argv.slice(2);
const env = JSON.parse(settings) as Record<string, string>;
const config = loadConfig({ ...env, PORT: '0', LOG_LEVEL: 'error' });
const logger = createLogger({ level: config.logLevel });

async function start(): Promise<{ url: string; stop(): Promise<unknown> }> {
  if (mode === 'bare') {
    const app = new App({ token: config.slack!.botToken, signingSecret: config.slack!.signingSecret, clientOptions: { slackApiUrl: config.slack!.apiUrl } });
    app.command('/defense', async ({ ack }) => ack('factdesk'));
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => app.stop() };
  }
  const app = await startApp(config, loadFactBase(config.articlesDir), logger);
  app.scheduler.start();
  const slack = app.handles.find((h): h is SlackHandle => h.platform === 'slack');
  return { url: slack!.url!, stop: app.stop };
}

const bot = await start();
process.stdout.write(`${JSON.stringify({ url: bot.url })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'rss') process.stdout.write(`${JSON.stringify({ rss: process.memoryUsage().rss })}\n`);
}
await bot.stop();
