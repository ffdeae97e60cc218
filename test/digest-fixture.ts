// Small fact bases for the digest tests, written to a temp folder and loaded by the real loader
// (so every quote is checked against the article text), plus a recording PlatformHandle.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFactBase } from '../src/facts/load.ts';
import type { FactBase } from '../src/facts/schema.ts';
import { createLogger, type Logger } from '../src/log.ts';
import type { PlatformHandle } from '../src/platform.ts';
import type { Reply } from '../src/reply.ts';
import { openStore, type Store } from '../src/store/open.ts';

export const ARTICLE_TEXT = [
  'Japan has conveyed its resolve to continue increasing its defence spending as Defence Minister Shinjiro Koizumi met with US Defence Secretary Pete Hegseth in Tokyo.',
  'Their meeting took place on Wednesday, a day after talks between Japanese Prime Minister Sanae Takaichi and US President Donald Trump.',
  'Koizumi and Hegseth discussed plans for revising three key documents on national security, according to Kyodo.',
  'Koizumi also conveyed the Japanese government’s goal of increasing its defence spending budget to two percent of gross domestic product (GDP) by the end of this fiscal year, through March, two years ahead of its previous commitment.',
  'Hegseth said Washington expects Japan to promptly implement its planned defence spending expansion, but he said he did not request any specific amount during the meeting.',
  'Under a mutual defence treaty, the US has more than 50,000 soldiers deployed in Japan along with military bases and assets.',
].join('\n');

const FISCAL_END = { kind: 'date', value: '2026-03-31', label: 'end of this fiscal year, through March' };

const fact = (id: string, quote: string, answer: string, extra: object = {}) => ({ id, quote, answer, keys: [id], kinds: ['what'], ...extra });

export const MAIN_ARTICLE = {
  id: 'defence-2025-10',
  title: 'Japan to reach 2% of GDP on defence two years early',
  source: { name: 'Test Wire', url: 'https://example.org/defence' },
  curator: { published: '2025-10-29', added: '2025-10-29' },
  facts: [
    fact(
      'goal',
      'two percent of gross domestic product (GDP) by the end of this fiscal year, through March, two years ahead of its previous commitment',
      'Japan aims to spend 2% of GDP on defence by the end of this fiscal year, through March, two years ahead of its previous commitment.',
      { values: [{ kind: 'percent', value: 2, of: 'GDP' }, FISCAL_END], examples: ["What is Japan's defence spending goal?"] },
    ),
    fact('meeting', 'Their meeting took place on Wednesday', 'Koizumi met Hegseth in Tokyo on Wednesday.', {
      values: [{ kind: 'date', value: '2025-10-29', label: 'Wednesday' }],
      examples: ['When did Koizumi meet Hegseth?'],
    }),
    fact('talks', 'a day after talks between Japanese Prime Minister Sanae Takaichi and US President Donald Trump', 'Takaichi held talks with Trump the day before.', {
      examples: ['When did Takaichi meet Trump?'],
    }),
    fact('us-expects', 'Hegseth said Washington expects Japan to promptly implement its planned defence spending expansion', 'Washington expects Japan to move promptly.', {
      examples: ['What does the US expect?'],
    }),
    fact('documents', 'Koizumi and Hegseth discussed plans for revising three key documents on national security', 'Three national security documents will be revised.', {
      examples: ['Which documents will be revised?'],
    }),
    fact('troops', 'the US has more than 50,000 soldiers deployed in Japan', 'More than 50,000 US soldiers are deployed in Japan.', {
      values: [{ kind: 'count', value: 50000, unit: 'US soldiers in Japan', atLeast: true }],
      examples: ['How many US soldiers are in Japan?'],
    }),
  ],
  timeline: [
    { date: '2025-10-28', label: 'Takaichi and Trump hold talks', fact: 'talks', dateFrom: 'curator' },
    { date: '2025-10-29', label: 'Koizumi meets Hegseth', fact: 'meeting', dateFrom: 'curator' },
  ],
  headline: ['goal', 'meeting'],
  spending: ['goal'],
  summary: ['goal', 'meeting', 'us-expects'],
  sections: [
    { title: 'The meeting in brief', facts: ['meeting', 'talks'] },
    { title: 'The US position', facts: ['us-expects'] },
    { title: 'What comes next', facts: ['documents'] },
  ],
};

export const SECOND_ARTICLE = {
  id: 'budget-2025-12',
  title: 'Cabinet approves record defence budget',
  source: { name: 'Second Wire' },
  curator: { published: '2025-12-20', added: '2025-12-21' },
  facts: [fact('budget', 'The cabinet approved a record defence budget.', 'The cabinet approved a record defence budget.', { examples: ['Was the budget approved?'] })],
  headline: ['budget'],
  spending: ['budget'],
  summary: ['budget'],
};

const temps: string[] = [];

export function tempDir(prefix = 'factdesk-digest-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** The store `npm start` opens: SQLite in `dataDir`, or PostgreSQL at `databaseUrl`. */
export function openTestStore(dataDir = tempDir(), databaseUrl?: string): Promise<Store> {
  return openStore({ dataDir, databaseUrl }, createLogger({ level: 'silent' }));
}

export function removeTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Writes article folders to a temp dir and loads them with the real loader. */
export function factBase(withSecond = false): { facts: FactBase; dir: string } {
  const dir = tempDir('factdesk-articles-');
  const write = (a: { id: string }, text: string) => {
    mkdirSync(join(dir, a.id));
    writeFileSync(join(dir, a.id, 'facts.json'), JSON.stringify(a));
    writeFileSync(join(dir, a.id, 'article.txt'), text);
  };
  write(MAIN_ARTICLE, ARTICLE_TEXT);
  if (withSecond) write(SECOND_ARTICLE, 'The cabinet approved a record defence budget.');
  return { facts: loadFactBase(dir), dir };
}

export interface LogLine {
  level: number;
  msg: string;
  [k: string]: unknown;
}

export function memoryLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  return { logger: createLogger({ level: 'debug', destination: { write: (l: string) => lines.push(JSON.parse(l)) } }), lines };
}

export interface Post {
  channelId: string;
  at: Date;
  reply: Reply;
}

export interface RecordingHandle extends PlatformHandle {
  posts: Post[];
  tries: Post[];
  /** Decides each try's fate; throw to fail it. */
  behaviour: (channelId: string, attempt: number) => void | Promise<void>;
}

/** A PlatformHandle that records tries and successful posts (with the fake clock's time). */
export function recordingHandle(platform: 'discord' | 'slack'): RecordingHandle {
  const h: RecordingHandle = {
    platform,
    posts: [],
    tries: [],
    behaviour: () => {},
    async post(channelId, reply) {
      const attempt = h.tries.filter((t) => t.channelId === channelId).length + 1;
      h.tries.push({ channelId, at: new Date(), reply });
      await h.behaviour(channelId, attempt);
      h.posts.push({ channelId, at: new Date(), reply });
    },
    health: () => ({ ok: true, detail: 'recording' }),
    async stop() {},
  };
  return h;
}
