// Conversation sets (test/questions/threads/*.jsonl): each line a thread of messages, the last one
// judged like a question-set item. A thread runs as the console runs a session: each message is
// answered with the standalone question the one before it was read as.
import type { Answer } from '../../src/core.ts';
import type { Expected } from './judge.ts';
import { readSets } from './jsonl.ts';

export interface Thread extends Expected {
  file: string;
  id: string;
  kind: 'in' | 'out';
  turns: string[];
}

export const readThreads = (dir: string): Thread[] => readSets<Omit<Thread, 'file'>>(dir);

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
