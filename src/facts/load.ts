import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { articleFile, registryFile, type Article, type ArticleFile, type Entity, type FactBase, type Person, type RegistryFile } from './schema.ts';

/** The people and entities shared by the articles, in the articles folder. */
export const REGISTRY_FILE = 'registry.json';

/** A broken facts file: names the file, the fact and the problem. */
export class FactError extends Error {
  constructor(
    readonly file: string,
    readonly factId: string | undefined,
    readonly problem: string,
  ) {
    super(`${file}${factId ? ` [${factId}]` : ''}: ${problem}`);
    this.name = 'FactError';
  }
}

const FOLD: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '′': "'", '“': '"', '”': '"', '„': '"', '″': '"', '–': '-', '—': '-' };

/**
 * Folds curly quotes and dashes and collapses whitespace, keeping a map from each folded
 * character back to its offset in the original, so a match can be cut out verbatim.
 */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (folded.length === 0 || folded.endsWith(' ')) continue;
      folded += ' ';
    } else folded += FOLD[ch] ?? ch;
    origin.push(i);
  }
  return { folded: folded.trimEnd(), origin };
}

/** Finds `quote` in `text` (curly quotes and whitespace normalised); returns the verbatim text or undefined. */
export function findVerbatim(text: string, quote: string): string | undefined {
  const t = fold(text);
  const q = fold(quote).folded;
  const at = t.folded.indexOf(q);
  if (at < 0 || !q) return undefined;
  return text.slice(t.origin[at], t.origin[at + q.length - 1]! + 1);
}

/** The article's sentences: one per non-empty line (the article is one sentence or heading a line). */
export function splitSentences(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Where each id was defined so far (id → file), to reject an id defined twice. */
type Defined = Record<'fact' | 'person' | 'entity', Map<string, string>>;

function define(defined: Defined, what: keyof Defined, file: string, id: string): void {
  const earlier = defined[what].get(id);
  if (earlier) throw new FactError(file, id, `${what} id "${id}" is already defined in ${earlier}`);
  defined[what].set(id, file);
}

function checkArticle(file: string, data: ArticleFile, text: string, defined: Defined, registry: RegistryFile): Article {
  const sentences = splitSentences(text);
  const verbatim = (quote: string, id: string): string => {
    const found = sentences.map((s) => findVerbatim(s, quote)).find((v) => v !== undefined);
    if (!found) throw new FactError(file, id, `quote is not in the article word for word: "${quote.slice(0, 80)}"`);
    return found;
  };
  const ids = new Set<string>();
  for (const f of data.facts) {
    ids.add(f.id);
    define(defined, 'fact', file, f.id);
  }
  const registryPerson = new Map(registry.people.map((p) => [p.id, p]));
  const registryEntity = new Map(registry.entities.map((e) => [e.id, e]));
  const people: Person[] = data.people.map((p) => {
    if ('name' in p) define(defined, 'person', file, p.id);
    const known = 'name' in p ? p : registryPerson.get(p.id);
    if (!known) throw new FactError(file, `person ${p.id}`, `no person "${p.id}" in the registry (registry.json) or this file`);
    return { ...known, quote: verbatim(p.quote, `person ${p.id}`) };
  });
  const entities: Entity[] = data.entities.map((e) => {
    if (typeof e !== 'string') {
      define(defined, 'entity', file, e.id);
      return e;
    }
    const known = registryEntity.get(e);
    if (!known) throw new FactError(file, e, `no entity "${e}" in the registry (registry.json) or this file`);
    return known;
  });
  const known = new Set([...people.map((p) => p.id), ...entities.map((e) => e.id)]);
  if (data.subject && !known.has(data.subject)) throw new FactError(file, undefined, `"subject" names "${data.subject}", which is not among the article's entities`);
  const facts = data.facts.map((f) => {
    for (const a of f.about) if (!known.has(a)) throw new FactError(file, f.id, `"about" names "${a}", which is not among the article's people or entities`);
    for (const o of Object.values(f.owner)) if (!known.has(o)) throw new FactError(file, f.id, `"owner" names "${o}", which is not among the article's entities`);
    return { ...f, quote: verbatim(f.quote, f.id) };
  });
  for (const list of [data.headline, data.summary, data.spending, data.timeline.map((e) => e.fact), ...(data.sections ?? []).map((s) => s.facts)])
    for (const id of list) if (!ids.has(id)) throw new FactError(file, id, 'listed in headline, summary, spending, sections or timeline but no such fact');
  return { ...data, facts, people, entities, text, sentences };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new FactError(file, undefined, `cannot read JSON: ${(e as Error).message}`);
  }
}

/** The first schema problem, naming the item it is in (a fact's or person's id). */
function schemaError(file: string, raw: unknown, issue: z.core.$ZodIssue): FactError {
  const [top, index] = issue.path;
  const list = (raw as Record<string, { id?: string }[] | undefined>)[String(top)];
  const itemId = typeof index === 'number' && Array.isArray(list) ? (list[index]?.id ?? `${String(top)}[${index}]`) : undefined;
  return new FactError(file, itemId, `${issue.path.join('.')}: ${issue.message}`);
}

/** The shared people and entities (registry.json in the articles folder; none when it is absent). */
function loadRegistry(root: string, defined: Defined): RegistryFile {
  const file = join(root, REGISTRY_FILE);
  if (!existsSync(file)) return { people: [], entities: [] };
  const raw = readJson(file);
  const parsed = registryFile.safeParse(raw);
  if (!parsed.success) throw schemaError(file, raw, parsed.error.issues[0]!);
  for (const p of parsed.data.people) define(defined, 'person', file, p.id);
  for (const e of parsed.data.entities) define(defined, 'entity', file, e.id);
  return parsed.data;
}

/** Loads one article folder: article.txt (verbatim) and facts.json (validated and verified). */
function loadArticle(dir: string, defined: Defined, registry: RegistryFile): Article {
  const file = join(dir, 'facts.json');
  const textFile = join(dir, 'article.txt');
  if (!existsSync(textFile)) throw new FactError(textFile, undefined, 'missing article text');
  const raw = readJson(file);
  const parsed = articleFile.safeParse(raw);
  if (!parsed.success) throw schemaError(file, raw, parsed.error.issues[0]!);
  return checkArticle(file, parsed.data, readFileSync(textFile, 'utf8'), defined, registry);
}

/**
 * Loads the registry and every article folder under `root` (data/articles, or ARTICLES_DIR). A fact,
 * person or entity id defined twice, in one file or two, is an error naming both files.
 */
export function loadFactBase(root: string): FactBase {
  if (!existsSync(root)) throw new FactError(root, undefined, 'articles folder not found');
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  if (!dirs.length) throw new FactError(root, undefined, 'no article folders');
  const defined: Defined = { fact: new Map(), person: new Map(), entity: new Map() };
  const registry = loadRegistry(root, defined);
  const articles = dirs.map((d) => loadArticle(join(root, d), defined, registry));
  const once = <T extends { id: string }>(items: T[]) => items.filter((x, i) => items.findIndex((y) => y.id === x.id) === i);
  return { articles, people: once(articles.flatMap((a) => a.people)), entities: once(articles.flatMap((a) => a.entities)) };
}
