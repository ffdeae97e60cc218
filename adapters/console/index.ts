import { createInterface } from 'node:readline';
import { parseCommand } from '../../src/command.ts';
import type { Core } from '../../src/core.ts';
import { renderPlain } from '../../src/reply.ts';

export interface ConsoleOptions {
  core: Core;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

const BANNER = 'factdesk — ask about the news, or type a command (/defense spending, /defense help). "exit" or Ctrl-D leaves.';

/** A terminal chat: each line is a question or a /defense command. Resolves when the input ends. */
export async function startConsole({ core, input = process.stdin, output = process.stdout }: ConsoleOptions): Promise<void> {
  const tty = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output: tty ? output : undefined, terminal: tty, crlfDelay: Infinity });
  const write = (s: string) => output.write(`${s}\n`);
  write(BANNER);
  if (tty) rl.setPrompt('factdesk> ');
  rl.prompt();
  // The session's last question answered, so that "and when was that?" follows on from it.
  let previous: string | undefined;
  for await (const raw of rl) {
    const line = raw.trim();
    if (/^(exit|quit|\/exit|\/quit)$/i.test(line)) break;
    if (line) {
      const r = await core.run(parseCommand(line), { platform: 'console', channelId: 'console', canManageChannel: true, previous });
      if (r.asked) previous = r.asked;
      write(`\n${renderPlain(r)}\n`);
    }
    rl.prompt();
  }
  rl.close();
}
