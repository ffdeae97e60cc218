// Conversation sets (test/questions/threads/*.jsonl): each line a thread of messages, the last one
// judged like a question-set item. A thread runs as the console runs a session: each message is
// answered with the standalone question the one before it was read as.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer } from '../../src/core.ts';
import type { Expected } from './judge.ts';

export interface Thread extends Expected {
  file: string;
  id: string;
  kind: 'in' | 'out';
  turns: string[];
}

export function readThreads(dir: string): Thread[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => ({ ...(JSON.parse(l) as Omit<Thread, 'file'>), file: f })),
    );
}

/** The answer to a thread's last message, each message read with the question asked before it. */
export function lastAnswer(core: { answer(q: string, previous?: string): Answer }, turns: string[]): Answer {
  let previous: string | undefined;
  let answer: Answer | undefined;
  for (const q of turns) {
    answer = core.answer(q, previous);
    if (answer.asked) previous = answer.asked;
  }
  return answer!;
}
