// Runs the app exactly as `npm start` does (the node command line in package.json, on the build in
// dist/ that test/global-setup.ts makes) as a real child process, with only the environment a test
// gives it: no inherited tokens, and no .env file from the checkout.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const start: string[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start.split(' ');
if (start[0] !== 'node') throw new Error(`package.json "start" should run node directly, not ${start[0]}`);
/** The node flags `npm start` uses (heap limits), e.g. ['--max-old-space-size=128']. */
export const START_FLAGS = start.slice(1, -1);
/** The script `npm start` runs (dist/src/main.js). */
export const START_SCRIPT = start.at(-1)!;

export function appEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DOTENV_CONFIG_PATH: join(ROOT, 'test', 'no-such.env'),
    DOTENV_CONFIG_QUIET: 'true',
    ...extra,
  };
}

export interface AppProcess {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
  /** Resolves when stdout or stderr has printed something matching `pattern`. */
  printed(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

export function startApp(extra: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, [...START_FLAGS, START_SCRIPT], { cwd: ROOT, env: appEnv(extra) });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  child.stderr.on('data', (d: Buffer) => (err += d));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const printed = (pattern: RegExp, timeoutMs = 15_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(out + err)) return;
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => reject(new Error(`app did not print ${pattern} in ${timeoutMs} ms; stdout: ${out}\nstderr: ${err}`)), timeoutMs);
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      void exited.then(() => {
        clearTimeout(timer);
        pattern.test(out + err) ? resolve() : reject(new Error(`app exited before printing ${pattern}; stdout: ${out}\nstderr: ${err}`));
      });
      check();
    });
  return { child, stdout: () => out, stderr: () => err, exited, printed };
}

/** A TCP port free on 127.0.0.1 just now, for the app's Slack HTTP receiver (PORT). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
