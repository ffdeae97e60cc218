// Signed /defense slash commands through autocannon: the project's Slack adapter (HTTP mode) against
// a bare Bolt App that acks a static string, alternating so machine noise hits both alike.
import autocannon from 'autocannon';
import { commandPayload, slackSignature, type FakeSlack } from '../test/fakes/slack.ts';
import type { BotProcess } from './bot-process.ts';
import { QUESTIONS } from './questions.ts';
import { note, round } from './stats.ts';

export interface SlackResult {
  reqPerSec: number;
  p99Ms: number;
  bareBoltReqPerSec: number;
  ratio: number;
}

/** One signed slash command request (Slack accepts a timestamp up to 5 minutes old). */
function signed(secret: string, text: string, fake: FakeSlack) {
  const body = new URLSearchParams(commandPayload(text, { responseUrl: fake.responseUrl() })).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, body),
  };
  return { method: 'POST', headers, body };
}

async function load(url: string, request: ReturnType<typeof signed>, seconds: number) {
  const r = await autocannon({ url: `${url}/slack/events`, connections: 10, duration: seconds, ...request });
  if (r.errors || r.timeouts || r.non2xx) throw new Error(`Slack load against ${url}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`);
  return { reqPerSec: r.requests.average, p99Ms: r.latency.p99 };
}

export async function benchSlack(ours: BotProcess, bare: BotProcess, fake: FakeSlack, secret: string, rounds = 2, seconds = 8): Promise<SlackResult> {
  const request = signed(secret, 'spending', fake);
  await load(ours.url, request, 2);
  await load(bare.url, request, 2);
  const mine: { reqPerSec: number; p99Ms: number }[] = [];
  const floor: number[] = [];
  for (let i = 0; i < rounds; i++) {
    note(`slack round ${i + 1}/${rounds}`);
    floor.push((await load(bare.url, request, seconds)).reqPerSec);
    mine.push(await load(ours.url, request, seconds));
  }
  const best = mine.reduce((a, b) => (b.reqPerSec > a.reqPerSec ? b : a));
  const bareBest = Math.max(...floor);
  return { reqPerSec: Math.round(best.reqPerSec), p99Ms: best.p99Ms, bareBoltReqPerSec: Math.round(bareBest), ratio: round(best.reqPerSec / bareBest, 2) };
}

/** Asks the bot `count` varied questions through /defense ask (for the memory figure). */
export async function askMany(bot: BotProcess, fake: FakeSlack, secret: string, count: number): Promise<void> {
  const requests = QUESTIONS.map((q) => signed(secret, `ask ${q}`, fake));
  let i = 0;
  const r = await autocannon({
    url: `${bot.url}/slack/events`,
    connections: 10,
    amount: count,
    requests: [{ setupRequest: (req) => ({ ...req, ...requests[i++ % requests.length]! }) }],
  });
  if (r.errors || r.timeouts || r.non2xx) throw new Error(`asking ${count} questions: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`);
}
