// The question mix every benchmark asks: the user-style, chat-style, NATO and German sets from the QA
// tests (in scope and out of scope), the same questions with typos, and 2,000-character inputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../test/helpers/app-process.ts';

const SETS = ['user-questions', 'chat-1', 'nato-1', 'germany-1'];
const asked: string[] = SETS.flatMap((set) =>
  readFileSync(join(ROOT, 'test', 'questions', `${set}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { q: string }).q),
);

/** Swaps two neighbouring letters in the longest word: "Hegseth" → "Hegsteh". */
function typo(q: string): string {
  const word = q.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (word.length < 5) return q;
  const i = Math.floor(word.length / 2);
  return q.replace(word, word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1));
}

const long = (seed: string) => `${seed} `.repeat(Math.ceil(2000 / (seed.length + 1))).slice(0, 2000);

export const QUESTIONS: string[] = [...asked, ...asked.map(typo), long(asked[0]!), long('Japan defence spending GDP Koizumi Hegseth'), long('<@U123> @everyone 日本 😀')];
