import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startConsole } from '../adapters/console/index.ts';
import { parseCommand } from '../src/command.ts';
import { createCore } from '../src/core.ts';

const core = createCore();
const ctx = { platform: 'console' as const, channelId: 'c1', canManageChannel: true };
const article = core.facts.articles[0]!.text;

describe('commands', () => {
  it('/defense spending gives the 2% goal, deadline, two years early, the pledge and the US response, all cited', async () => {
    const r = await core.run(parseCommand('/defense spending'), ctx);
    const all = [r.body, ...r.fields.map((f) => f.value)].join('\n');
    expect(r.body).toMatch(/2%.*GDP/);
    expect(all).toMatch(/through March/);
    expect(all).toMatch(/two years ahead/);
    expect(all).toMatch(/policy speech/);
    expect(all).toMatch(/did not request any specific amount/);
    expect(r.ephemeral).toBe(false);
    for (const c of r.citations) expect(article).toContain(c.quote);
  });

  it('/defense people lists each person with a role', async () => {
    const r = await core.run(parseCommand('people'), ctx);
    const names = r.fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['Shinjiro Koizumi', 'Pete Hegseth', 'Sanae Takaichi', 'Donald Trump', 'Fumio Kishida']));
    expect(r.fields.find((f) => f.name === 'Pete Hegseth')!.value).toMatch(/Secretary of War/);
  });

  it('/defense timeline lists dated events in order and marks curator dates', async () => {
    const r = await core.run(parseCommand('timeline'), ctx);
    expect(r.fields.map((f) => f.name)).toEqual(['December 2022', '21 October 2025', '28 October 2025 †', '29 October 2025 †', '31 March 2026 †']);
    expect(r.body).toMatch(/curators/);
  });

  it('/defense sources names the article and its source', async () => {
    const r = await core.run(parseCommand('sources'), ctx);
    expect(r.fields[0]!.value).toMatch(/Kyodo/);
  });

  it('/defense help is ephemeral and lists the commands', async () => {
    const r = await core.run(parseCommand('/defense help'), ctx);
    expect(r.ephemeral).toBe(true);
    expect(r.fields.map((f) => f.name).join(' ')).toMatch(/spending.*ask.*people.*timeline.*sources/);
  });

  it('/defense ask answers with a verbatim citation, and anything else is a question', async () => {
    const a = await core.run(parseCommand('/defense ask how many US troops are in Japan?'), ctx);
    expect(a.kind).toBe('answer');
    expect(a.body).toMatch(/50,000/);
    expect(article).toContain(a.citations[0]!.quote);
    const b = await core.run(parseCommand('/defence where did they meet'), ctx);
    expect(b.body).toMatch(/Tokyo/);
  });

  it('declines what the article does not say, offering questions it can answer', async () => {
    const r = await core.run(parseCommand('ask How many US troops are in South Korea?'), ctx);
    expect(r.kind).toBe('decline');
    expect(r.body).toMatch(/doesn't say/);
    expect(r.body.match(/^• /gm)!.length).toBeGreaterThanOrEqual(2);
  });

  it('digest commands explain themselves when no digest runs', async () => {
    const r = await core.run(parseCommand('digest status'), ctx);
    expect(r.kind).toBe('error');
    expect(r.ephemeral).toBe(true);
  });
});

describe('answers to awkward input', () => {
  it.each([
    ['', /I answer questions/],
    ['   ', /I answer questions/],
    ['hello!', /I answer questions/],
    ['x'.repeat(20_000), /too long/],
    ['🇯🇵🚀🔥', /doesn't say/],
    ['@everyone how many troops?', /50,000/],
    ['<!channel> **what is the goal?**', /2%/],
  ])('%#: %s', (q, expected) => {
    const a = core.answer(q);
    expect(a.text).toMatch(expected);
    expect(a.text).not.toMatch(/@everyone|<!channel>/);
  });

  it('answers summary requests with the meeting and the goal', () => {
    const a = core.answer("what's the news?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Koizumi/);
    expect(a.text).toMatch(/2%/);
  });
});

describe('suggest (autocomplete)', () => {
  it('offers answerable questions matching what is typed', () => {
    const s = core.suggest('troo');
    expect(s[0]).toMatch(/troops/);
    expect(core.suggest('', 5)).toHaveLength(5);
  });
});

describe('ask CLI', () => {
  it('--jsonl prints exactly one JSON object per input line, in order, and nothing else', () => {
    const input = ['How many US troops are in Japan?', '', 'Who won the Super Bowl?', '{"json": true}'].join('\n') + '\n';
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--jsonl'], { input, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].answered).toBe(true);
    expect(lines[0].citations[0].quote).toMatch(/50,000 soldiers/);
    expect(lines.slice(1).map((l) => l.answered)).toEqual([false, false, false]);
  });

  it('prints one answer with its citations', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', 'Where', 'did', 'they', 'meet?'], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/Tokyo/);
    expect(run.stdout).toMatch(/From the article:\n {2}“Defence Minister Shinjiro Koizumi met with US Defence Secretary Pete Hegseth in Tokyo”/);
  });
});

describe('terminal console', () => {
  it('answers commands and questions from piped input and stops at exit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => (text += d));
    const done = startConsole({ core, input, output });
    input.write('/defense spending\nWho is the Pentagon chief?\nexit\nnever read\n');
    await done;
    expect(text).toMatch(/Japan’s defence spending/);
    expect(text).toMatch(/Pete Hegseth is US Defence Secretary/);
    expect(text).not.toMatch(/never read/);
  });

  it('ends when the input ends (Ctrl-D)', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const done = startConsole({ core, input, output });
    input.end('people\n');
    await expect(done).resolves.toBeUndefined();
  });
});
