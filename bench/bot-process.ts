// The two bots the Slack benchmark loads, each in its own process (so the load generator and the
// fakes do not share their CPU). `ours` is the bot exactly as `npm start` runs it: the compiled
// dist/src/main.js with its node flags (core, digest scheduler and store, Discord and Slack
// adapters, Slack in HTTP mode) against the fakes, so its memory figure is what runs in production.
// `bare` is a bare Bolt App acking a static string (bench/bare-bolt.ts), the framework's floor.
import { execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { freePort, ROOT, START_FLAGS, startApp } from '../test/helpers/app-process.ts';

export interface BotProcess {
  url: string;
  rssBytes(): Promise<number>;
  stop(): Promise<void>;
}

/** Resident set size of a running process, as `ps` reports it (KiB). */
const rssOf = (pid: number) => Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) * 1024;

export async function spawnOurs(env: Record<string, string>): Promise<BotProcess> {
  const port = await freePort();
  const app = startApp({ ...env, PORT: String(port) });
  await app.printed(/factdesk is running/, 30_000);
  return {
    url: `http://127.0.0.1:${port}`,
    rssBytes: async () => rssOf(app.child.pid!),
    async stop() {
      app.child.kill('SIGTERM');
      if ((await app.exited) !== 0) throw new Error(`the bot did not stop cleanly: ${app.stderr()}`);
    },
  };
}

export async function spawnBare(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, [...START_FLAGS, '--import', 'tsx', 'bench/bare-bolt.ts', JSON.stringify(env)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { value, done } = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
  if (done) throw new Error('the bare Bolt app exited early');
  return {
    url: (JSON.parse(value as string) as { url: string }).url,
    rssBytes: async () => rssOf(child.pid!),
    async stop() {
      child.stdin.end();
      await exited;
    },
  };
}
