import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startConsole } from '../adapters/console/index.ts';
import { parseCommand } from '../src/command.ts';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, DEFAULT_ARTICLES_DIR } from '../src/core.ts';
import { REGISTRY_FILE } from '../src/facts/load.ts';
import { latestArticle } from '../src/facts/pick.ts';

const core = createCore();
const ctx = { platform: 'console' as const, channelId: 'c1', canManageChannel: true };
const JAPAN = 'japan-defence-spending-2025-10';
const NATO = 'nato-summit-2025-06';
const GERMANY = 'germany-debt-brake-2025-03';
const textOf = (id: string) => core.facts.articles.find((a) => a.id === id)!.text;
const article = textOf(JAPAN);

describe('commands', () => {
  it('/defense spending japan gives the 2% goal, deadline, two years early, the pledge and the US response, all cited', async () => {
    const r = await core.run(parseCommand('/defense spending japan'), ctx);
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

  it('/defense timeline lists dated events of every article in order and marks curator dates', async () => {
    const r = await core.run(parseCommand('timeline'), ctx);
    const names = r.fields.map((f) => f.name);
    expect(names.filter((n) => /December 2022|October 2025|March 2026/.test(n))).toEqual(['December 2022', '21 October 2025', '28 October 2025 †', '29 October 2025 †', '31 March 2026 †']);
    // Year-only dates of the other articles ("by 2035") sit in order among them.
    expect(names.indexOf('2014')).toBeLessThan(names.indexOf('December 2022'));
    expect(names.at(-1)).toBe('2035');
    expect(r.body).toMatch(/curators/);
  });

  it('/defense sources lists every article, newest first, with its source', async () => {
    const r = await core.run(parseCommand('sources'), ctx);
    // Every article once, newest first (a curator adding one must not break this test).
    const title = (id: string) => core.facts.articles.find((a) => a.id === id)!.title;
    const published = r.fields.map((f) => core.facts.articles.find((a) => a.title === f.name)!.curator.published);
    expect(r.fields).toHaveLength(core.facts.articles.length);
    expect(published).toEqual([...published].sort().reverse());
    expect(r.fields.map((f) => f.name)).toEqual(expect.arrayContaining([JAPAN, NATO, GERMANY].map(title)));
    expect(r.fields.find((f) => f.name === title(JAPAN))!.value).toMatch(/Kyodo/);
    expect(r.fields.find((f) => f.name === title(NATO))!.value).toMatch(/Defence Wire/);
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

describe('many articles', () => {
  it('/defense spending shows the latest article by default and the one named otherwise', async () => {
    const latest = await core.run(parseCommand('spending'), ctx);
    const newest = latestArticle(core.facts);
    expect(latest.title).toBe(newest.spendingTitle ?? newest.title);
    const japan = await core.run(parseCommand('spending japan'), ctx);
    expect(japan.title).toBe('Japan’s defence spending');
    const nato = await core.run(parseCommand('/defense spending nato'), ctx);
    expect(nato.title).toMatch(/NATO/);
    expect(nato.body).toMatch(/5%.*GDP.*2035/);
    expect(nato.citations.every((c) => c.articleId === NATO && textOf(NATO).includes(c.quote))).toBe(true);
    const germany = await core.run(parseCommand(`spending ${GERMANY}`), ctx);
    expect([germany.body, ...germany.fields.map((f) => f.value)].join(' ')).toMatch(/€500 billion/);
    expect(germany.footer).toMatch(/German parliament loosens debt brake/);
    const question = await core.run(parseCommand('spending how much will Japan spend?'), ctx);
    expect(question.kind).toBe('answer');
  });

  it.each([
    ['How much will NATO allies spend on defence by 2035?', NATO, /5%/],
    ['Did Zelensky meet Trump?', NATO, /^Yes\b/],
    ['Which country got an exception from the NATO target?', NATO, /Spain/],
    ['How many votes did the debt brake changes get in the Bundestag?', GERMANY, /513/],
    ['How big is Germany\'s infrastructure fund?', GERMANY, /€500 billion/],
    ['Who negotiated the debt brake package?', GERMANY, /Merz/],
    ['who met Hegseth in Tokyo?', JAPAN, /Koizumi/],
    ['Did Trump meet Takaichi?', JAPAN, /Takaichi/],
    ['How many US troops are in Japan?', JAPAN, /50,000/],
  ])('%s is answered from its own article and cites it', (q, id, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
    expect(a.citations.map((c) => c.articleId)).toEqual(a.citations.map(() => id));
    for (const c of a.citations) {
      expect(textOf(id)).toContain(c.quote);
      expect(c.title).toBe(core.facts.articles.find((x) => x.id === id)!.title);
    }
  });

  it('says which article an answer comes from', async () => {
    const r = await core.run(parseCommand('ask How big is Germany\'s infrastructure fund?'), ctx);
    expect(r.footer).toMatch(/German parliament loosens debt brake .*\(Defence Wire/);
    expect(r.footer).not.toMatch(/Japan/);
  });

  it('Trump is one person shared by two articles', async () => {
    const r = await core.run(parseCommand('people'), ctx);
    expect(r.fields.filter((f) => f.name === 'Donald Trump')).toHaveLength(1);
    expect(r.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['Mark Rutte', 'Friedrich Merz']));
  });
});

describe('answers to awkward input', () => {
  it.each([
    ['', /I answer questions/],
    ['   ', /I answer questions/],
    ['hello!', /I answer questions/],
    ['x'.repeat(20_000), /too long/],
    ['🇯🇵🚀🔥', /doesn't say/],
    ['@everyone how many troops in japan?', /50,000/],
    ["<!channel> **what is japan's goal?**", /2%/],
  ])('%#: %s', (q, expected) => {
    const a = core.answer(q);
    expect(a.text).toMatch(expected);
    expect(a.text).not.toMatch(/@everyone|<!channel>/);
  });

  it('declines a huge message as too long in a short answer, even one that would read as a greeting', async () => {
    for (const huge of ['?'.repeat(20_000), 'hello '.repeat(2_000), 'How many US troops are in Japan? '.repeat(400)]) {
      const r = await core.run({ name: 'ask', question: huge }, ctx);
      expect(r.kind).toBe('decline');
      expect(r.body).toMatch(/^That message is too long for me \([\d,]+ characters\)/);
      expect(r.body.length).toBeLessThan(500); // not read, so nothing of it is echoed
    }
  });

  it('answers summary requests with the latest article, or the one named', () => {
    for (const q of ["what's the news?", 'can you sum up the article?', 'sum it up for me']) {
      const a = core.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.citations.length, q).toBeGreaterThan(1);
      expect(a.citations.every((c) => c.articleId === latestArticle(core.facts).id), q).toBe(true);
    }
    const japan = core.answer("what's the news from japan?");
    expect(japan.text).toMatch(/Koizumi/);
    expect(japan.text).toMatch(/2%/);
  });

  it('answers a request for the summary and another question in one message, both', () => {
    const both = core.answer("what's the news from japan? and how many US troops are in Japan?");
    expect(both.text).toMatch(/Koizumi met .*Hegseth in Tokyo[^]*2%[^]*\n\nThe US has more than 50,000 soldiers/);
    const asked = core.answer('give me a summary of the japan news. also, who did koizumi meet in tokyo?');
    expect(asked.text).toMatch(/2%[^]*\n\n.*Koizumi met .*Hegseth/);
  });

  it('lists the other articles after a summary of the latest, not after one the question or the thread chose', () => {
    const latest = latestArticle(core.facts);
    const others = core.facts.articles.filter((a) => a !== latest).sort((a, b) => b.curator.published.localeCompare(a.curator.published));
    const news = core.answer("what's the news?").text;
    const listed = news.split('\nAlso in the news:')[1]!;
    expect(listed.split('\n• ').slice(1).map((l) => l.split('\n')[0])).toEqual(others.slice(0, 3).map((a) => a.title));
    expect(listed).toMatch(new RegExp(`\\(and ${others.length - 3} more\\)$`));
    expect(core.answer("what's the news from japan?").text).not.toMatch(/Also in the news/);
    expect(core.answer('give me a summary', 'what is the new NATO spending target?').text).not.toMatch(/Also in the news/);
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

  it('honours ARTICLES_DIR', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-ask-'));
    cpSync(join(DEFAULT_ARTICLES_DIR, JAPAN), join(dir, JAPAN), { recursive: true });
    cpSync(join(DEFAULT_ARTICLES_DIR, REGISTRY_FILE), join(dir, REGISTRY_FILE));
    const ask = (articlesDir: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', 'Which country got an exception from the NATO target?'], { encoding: 'utf8', env: { ...process.env, ARTICLES_DIR: articlesDir } });
    expect(ask(dir).status).toBe(1);
    expect(ask(DEFAULT_ARTICLES_DIR).stdout).toMatch(/Spain/);
  });

  it('runs a /defense command as the console does, not as a question', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '/defense spending nato'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/5%/);
    expect(run.stdout).not.toMatch(/Japan/);
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
    input.write('/defense spending japan\nWho is the Pentagon chief?\nexit\nnever read\n');
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
