// The framework's floor for the Slack benchmark: a bare Bolt App that acks /defense with a static
// string, in its own process. Prints {"url": ...} when ready; stops when stdin ends.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import { loadConfig } from '../src/config.ts';

const config = loadConfig({ ...(JSON.parse(process.argv[2] ?? '{}') as Record<string, string>), PORT: '0', LOG_LEVEL: 'error' });
const app = new App({ token: config.slack!.botToken, signingSecret: config.slack!.signingSecret, clientOptions: { slackApiUrl: config.slack!.apiUrl } });
app.command('/defense', async ({ ack }) => ack('factdesk'));
const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`);
process.stdin.resume();
process.stdin.once('end', () => void app.stop());
