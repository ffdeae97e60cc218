// npm run bench [-- --json]: core speed, cold start, Slack throughput against bare Bolt, Discord
// interaction latency and memory, all on 127.0.0.1 with the same fake Discord and Slack as the tests.
// The bot runs as `npm start` runs it, compiled (`npm run bench` builds dist/ first).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../test/fakes/discord.ts';
import { FakeSlack } from '../test/fakes/slack.ts';
import { spawnBare, spawnOurs } from './bot-process.ts';
import { benchColdStart } from './cold-start.ts';
import { ARTICLE_COUNTS, benchCore } from './core.ts';
import { benchDiscord } from './discord.ts';
import { askMany, benchSlack } from './slack.ts';
import { note, round } from './stats.ts';

const TOKENS = { discord: 'bench-discord-token.MTIz.fake', slack: 'xoxb-1-2-bench-bot-token', signing: 'bench-signing-secret-0123456789' };
const ANSWERS_BEFORE_RSS = 10_000;

async function main() {
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', node: process.version, loadAvg1m: round(loadavg()[0]!, 2) };
  const core = ARTICLE_COUNTS.map((n) => {
    note(`core answer(), ${n} article(s) ...`);
    return benchCore(n);
  });
  note('cold start ...');
  const coldStartMs = await benchColdStart('compiled');
  const coldStartSourceMs = await benchColdStart('source');

  const discordFake = await FakeDiscord.start();
  const slackFake = await FakeSlack.start({ bot: TOKENS.slack });
  const dataDir = mkdtempSync(join(tmpdir(), 'factdesk-bench-'));
  const env = { DATA_DIR: dataDir, DISCORD_TOKEN: TOKENS.discord, DISCORD_API_URL: discordFake.apiUrl, SLACK_BOT_TOKEN: TOKENS.slack, SLACK_SIGNING_SECRET: TOKENS.signing, SLACK_API_URL: slackFake.apiUrl };
  const ours = await spawnOurs(env);
  const bare = await spawnBare(env);
  try {
    note('discord interactions ...');
    const discord = await benchDiscord(discordFake);
    note('slack: ours vs bare Bolt ...');
    const slack = await benchSlack(ours, bare, slackFake, TOKENS.signing);
    note(`memory after ${ANSWERS_BEFORE_RSS.toLocaleString('en')} more answers ...`);
    await askMany(ours, slackFake, TOKENS.signing, ANSWERS_BEFORE_RSS);
    const rssMb = round((await ours.rssBytes()) / 2 ** 20);
    return { core, coldStartMs, coldStartSourceMs, slack, discord, rssMb, machine };
  } finally {
    await Promise.all([ours.stop(), bare.stop()]);
    await Promise.all([discordFake.close(), slackFake.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Result = Awaited<ReturnType<typeof main>>;

function table(r: Result): string {
  const rows: [string, string, string, boolean][] = [
    ...r.core.map((c): [string, string, string, boolean] => [
      `core answer(), ${c.articles} article${c.articles > 1 ? 's' : ''}`,
      `${c.answersPerSec.toLocaleString('en')}/s, p50 ${c.p50Us} µs, p99 ${c.p99Us} µs`,
      c.articles === 20 ? 'p99 < 1,000 µs' : '',
      c.p99Us < 1000,
    ]),
    ['cold start (CLI, first answer)', `${r.coldStartMs} ms`, '< 1,000 ms', r.coldStartMs < 1000],
    ['cold start from source (tsx)', `${r.coldStartSourceMs} ms`, '', true],
    ['Slack /defense spending', `${r.slack.reqPerSec.toLocaleString('en')} req/s, p99 ${r.slack.p99Ms} ms`, '', true],
    ['bare Bolt (static ack)', `${r.slack.bareBoltReqPerSec.toLocaleString('en')} req/s`, '', true],
    ['Slack ratio (ours / bare)', `${r.slack.ratio}`, '≥ 0.9', r.slack.ratio >= 0.9],
    ['Discord interaction p50 / p99', `${r.discord.p50Ms} ms / ${r.discord.p99Ms} ms`, 'p50 < 5 ms', r.discord.p50Ms < 5],
    ['RSS, both adapters, 10k+ answers', `${r.rssMb} MB`, '< 130 MB', r.rssMb < 130],
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(w[i] ?? 0)).join('  ');
  const m = r.machine;
  return [
    line(['measure', 'result', 'target']) + '  ok',
    ...rows.map(([a, b, c, ok]) => `${line([a, b, c])}  ${c ? (ok ? 'yes' : 'NO') : ''}`),
    '',
    `machine: ${m.cpus} × ${m.cpuModel}, Node ${m.node}, load average ${m.loadAvg1m} at start`,
  ].join('\n');
}

const result = await main();
process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(result)}\n` : `${table(result)}\n`);
