// Question and conversation sets: every `.jsonl` file of a folder, in name order, one item a line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each line of each `.jsonl` file in `dir`, parsed, with the file it came from. */
export function readSets<T>(dir: string): (T & { file: string })[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => ({ ...(JSON.parse(l) as T), file: f })),
    );
}
