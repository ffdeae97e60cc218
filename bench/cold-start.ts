// Process start to first answer: spawn the ask CLI in --jsonl mode, write one question, time the
// first line it prints. Median of a few runs. Compiled (dist/, as `npm start` runs the bot), and
// from source through tsx for comparison.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ROOT } from '../test/helpers/app-process.ts';
import { median, round } from './stats.ts';

const COMMANDS = { compiled: ['dist/src/cli/ask.js'], source: ['--import', 'tsx', 'src/cli/ask.ts'] };

function once(from: keyof typeof COMMANDS): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...COMMANDS[from], '--jsonl'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.write('How much will Japan spend on defence?\n');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`ask CLI exited (${code}) before answering`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      child.removeAllListeners('exit');
      child.stdin.end();
      if (!(JSON.parse(line) as { answered: boolean }).answered) reject(new Error(`ask CLI did not answer: ${line}`));
      else resolve(ms);
    });
  });
}

export async function benchColdStart(from: keyof typeof COMMANDS, runs = 5): Promise<number> {
  await once(from); // fills the OS file cache, as on any machine that has run the bot before
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once(from));
  return round(median(times));
}
