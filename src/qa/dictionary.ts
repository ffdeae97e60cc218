import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

// English words (274,000, from the word-list package), so that a real word the fact base does not
// know ("married", "slated") is never "corrected" into one it does ("marked", "stated"): only
// non-words are typos. Kept compact, as the list's text (about 3 MB) with the ranges each
// three-letter prefix occupies, and loaded on first use, as most questions need no correction.

interface Dictionary {
  text: string;
  ranges: Map<string, [number, number][]>;
}

let dictionary: Dictionary | undefined;

function load(): Dictionary {
  const text = `\n${readFileSync(wordListPath, 'utf8')}\n`;
  const ranges = new Map<string, [number, number][]>();
  let last: [number, number] | undefined;
  let lastKey = '';
  for (let at = 0; at < text.length - 1; ) {
    const end = text.indexOf('\n', at + 1);
    const key = text.slice(at + 1, Math.min(at + 4, end));
    if (key === lastKey && last) last[1] = end;
    else {
      last = [at, end];
      lastKey = key;
      ranges.set(key, [...(ranges.get(key) ?? []), last]);
    }
    at = end;
  }
  return { text, ranges };
}

export function isEnglishWord(word: string): boolean {
  dictionary ??= load();
  const { text, ranges } = dictionary;
  const needle = `\n${word}\n`;
  // Searched within the prefix's ranges only: a word not in the list would otherwise scan the rest of the 3 MB text.
  return (ranges.get(word.slice(0, 3)) ?? []).some(([start, end]) => text.substring(start, end + 1).includes(needle));
}
