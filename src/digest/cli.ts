// npm run digest -- --preview    prints today's digest as plain text (no tokens needed)
// npm run digest -- --send-now   posts today's digest to every subscribed channel now, once per channel per day
// npm run digest -- --status     shows, per subscribed channel, where its latest slot stands
import { parseArgs } from 'node:util';
import { config as loadEnv } from 'dotenv';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { FactError, loadFactBase } from '../facts/load.ts';
import { createLogger } from '../log.ts';
import { renderPlain } from '../reply.ts';
import { openStore } from '../store/open.ts';
import { composeDigest } from './compose.ts';
import { channelStatus, formatStatus } from './status.ts';

const USAGE = [
  'usage: npm run digest -- --preview     print today’s digest',
  '       npm run digest -- --send-now    post it to every subscribed channel now',
  '       npm run digest -- --status      show each channel’s latest digest: delivered, pending, retrying or failed',
].join('\n');

const MODES = ['preview', 'send-now', 'status'] as const;
type Mode = (typeof MODES)[number];

function mode(argv: string[]): Mode | undefined {
  try {
    const { values } = parseArgs({ args: argv, options: Object.fromEntries(MODES.map((m) => [m, { type: 'boolean' as const }])), strict: true });
    const chosen = MODES.filter((m) => values[m]);
    if (chosen.length === 1) return chosen[0];
  } catch {
    // unknown option or stray argument: fall through to the usage message
  }
  return undefined;
}

async function sendNow(config: Config): Promise<number> {
  const logger = createLogger({ level: config.logLevel });
  const facts = loadFactBase(config.articlesDir);
  if (!config.discord && !config.slack) {
    console.error('No chat platform is configured: set DISCORD_TOKEN and/or SLACK_BOT_TOKEN.');
    return 1;
  }
  // Loaded only here, so --preview starts fast and never needs discord.js or Bolt. Port 0: the
  // HTTP receiver is not needed to post, and must not clash with a running `npm start`.
  const { startApp } = await import('../app.ts');
  const app = await startApp({ ...config, slack: config.slack && { ...config.slack, port: 0 } }, facts, logger);
  try {
    await app.scheduler.subscribeConfigChannels();
    const results = await app.scheduler.sendNow();
    if (!results.length) console.log('No channel is subscribed to the digest.');
    for (const { sub, outcome } of results) console.log(`${outcome.padEnd(10)} ${sub.platform} ${sub.channelId}`);
    return results.every((r) => r.outcome === 'posted' || r.outcome === 'already') ? 0 : 1;
  } finally {
    await app.stop();
  }
}

async function status(config: Config): Promise<number> {
  const store = await openStore(config, createLogger({ level: config.logLevel }));
  try {
    const subs = await store.digest.list();
    if (!subs.length) console.log('No channel is subscribed to the digest.');
    for (const sub of subs) console.log(formatStatus(await channelStatus(store.digest, sub, new Date())));
    return 0;
  } finally {
    await store.close();
  }
}

async function main(): Promise<number> {
  const what = mode(process.argv.slice(2));
  if (!what) {
    console.error(USAGE);
    return 2;
  }
  loadEnv({ quiet: true });
  const config = loadConfig();
  if (what === 'send-now') return sendNow(config);
  if (what === 'status') return status(config);
  const facts = loadFactBase(config.articlesDir);
  console.log(renderPlain(composeDigest(facts, new Date(), config.digest.timezone, { seenArticleIds: [] })));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof ConfigError || e instanceof FactError ? e.message : `digest: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
