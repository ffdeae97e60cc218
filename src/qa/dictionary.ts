import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

// English words (274,000, from the word-list package), so that a real word the fact base does not
// know ("married", "slated") is never "corrected" into one it does ("marked", "stated"): only
// non-words are typos. Loaded on first use, as most questions need no correction.

let words: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word);
}
