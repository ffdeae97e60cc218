// Spawns bench/bot.ts with the node flags `npm start` uses (so the memory figure is what it runs)
// and talks to it over stdin/stdout.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ROOT, START_FLAGS } from '../test/helpers/app-process.ts';

export interface BotProcess {
  url: string;
  rssBytes(): Promise<number>;
  stop(): Promise<void>;
}

export async function spawnBot(mode: 'ours' | 'bare', env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, [...START_FLAGS, 'bench/bot.ts', mode, JSON.stringify(env)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`bench bot (${mode}) exited early`);
    return JSON.parse(value as string) as Record<string, unknown>;
  };
  const { url } = (await next()) as { url: string };
  return {
    url,
    async rssBytes() {
      child.stdin.write('rss\n');
      return (await next()).rss as number;
    },
    async stop() {
      child.stdin.end();
      await exited;
    },
  };
}
