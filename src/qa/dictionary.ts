import { openSync, readFileSync, readSync } from 'node:fs';
import wordListPath from 'word-list';

// English words (274,000, from the word-list package), so that a real word the fact base does not
// know ("married", "slated") is never "corrected" into one it does ("marked", "stated"): only
// non-words are typos. The list (about 3 MB) stays on disk: only the ranges each three-letter
// prefix occupies are kept, read on first use (most questions need no correction), and a word is
// looked for by reading its prefix's ranges.

interface Dictionary {
  fd: number;
  /** Each prefix's runs of lines in the list, as byte offsets: from a word's first letter to the end of the run's last word. */
  ranges: Map<string, [number, number][]>;
}

let dictionary: Dictionary | undefined;

function load(): Dictionary {
  const text = readFileSync(wordListPath, 'latin1');
  const ranges = new Map<string, [number, number][]>();
  let last: [number, number] | undefined;
  let lastKey = '';
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const key = text.slice(at, Math.min(at + 3, end));
    if (key === lastKey && last) last[1] = end;
    else {
      last = [at, end];
      lastKey = key;
      ranges.set(key, [...(ranges.get(key) ?? []), last]);
    }
    at = end + 1;
  }
  return { fd: openSync(wordListPath, 'r'), ranges };
}

/** The list's lines from `start` to `end`, a newline either side. */
function linesAt(fd: number, start: number, end: number): string {
  const buf = Buffer.alloc(end - start);
  readSync(fd, buf, 0, buf.length, start);
  return `\n${buf.toString('latin1')}\n`;
}

export function isEnglishWord(word: string): boolean {
  dictionary ??= load();
  const { fd, ranges } = dictionary;
  const needle = `\n${word}\n`;
  // Searched within the prefix's ranges only: a word not in the list would otherwise scan the rest of the 3 MB list.
  return (ranges.get(word.slice(0, 3)) ?? []).some(([start, end]) => linesAt(fd, start, end).includes(needle));
}
