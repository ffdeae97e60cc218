// npm run ask -- "question"      prints the answer and its citations
// npm run ask -- "/defense spending nato"   runs a /defense command, as the console does
// npm run --silent ask -- --jsonl  reads questions from stdin, prints one JSON answer per line
import { createInterface } from 'node:readline';
import { parseCommand } from '../command.ts';
import { answerReply } from '../commands.ts';
import { createCore } from '../core.ts';
import { renderPlain } from '../reply.ts';

const args = process.argv.slice(2);
const core = createCore();

if (args[0] === '--jsonl') {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${JSON.stringify(core.answer(line))}\n`);
} else if (args[0]?.startsWith('/')) {
  console.log(renderPlain(await core.run(parseCommand(args.join(' ')), { platform: 'console', channelId: 'console' })));
} else if (args.length) {
  const answer = core.answer(args.join(' '));
  console.log(renderPlain(answerReply(core.facts, answer)));
  process.exitCode = answer.answered ? 0 : 1;
} else {
  console.error('usage: npm run ask -- "your question"   |   npm run --silent ask -- --jsonl < questions.txt');
  process.exitCode = 2;
}
