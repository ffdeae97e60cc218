import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { articleFile, type Article, type ArticleFile, type FactBase } from './schema.ts';

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

function checkArticle(file: string, data: ArticleFile, text: string): Article {
  const sentences = splitSentences(text);
  const verbatim = (quote: string, id: string): string => {
    const found = sentences.map((s) => findVerbatim(s, quote)).find((v) => v !== undefined);
    if (!found) throw new FactError(file, id, `quote is not in the article word for word: "${quote.slice(0, 80)}"`);
    return found;
  };
  const ids = new Set<string>();
  for (const f of data.facts) {
    if (ids.has(f.id)) throw new FactError(file, f.id, 'duplicate fact id');
    ids.add(f.id);
  }
  const known = new Set([...data.people.map((p) => p.id), ...data.entities.map((e) => e.id)]);
  const facts = data.facts.map((f) => {
    for (const a of f.about) if (!known.has(a)) throw new FactError(file, f.id, `"about" names unknown person or entity "${a}"`);
    for (const o of Object.values(f.owner)) if (!known.has(o)) throw new FactError(file, f.id, `"owner" names unknown entity "${o}"`);
    return { ...f, quote: verbatim(f.quote, f.id) };
  });
  const people = data.people.map((p) => ({ ...p, quote: verbatim(p.quote, `person ${p.id}`) }));
  for (const list of [data.headline, data.summary, data.spending, data.timeline.map((e) => e.fact), ...(data.sections ?? []).map((s) => s.facts)])
    for (const id of list) if (!ids.has(id)) throw new FactError(file, id, 'listed in headline, summary, spending, sections or timeline but no such fact');
  return { ...data, facts, people, text, sentences };
}

/** Loads one article folder: article.txt (verbatim) and facts.json (validated and verified). */
export function loadArticle(dir: string): Article {
  const file = join(dir, 'facts.json');
  const textFile = join(dir, 'article.txt');
  if (!existsSync(textFile)) throw new FactError(textFile, undefined, 'missing article text');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new FactError(file, undefined, `cannot read JSON: ${(e as Error).message}`);
  }
  const parsed = articleFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [top, index] = issue.path;
    const facts = (raw as { facts?: { id?: string }[] }).facts;
    const factId = top === 'facts' && typeof index === 'number' ? (facts?.[index]?.id ?? `facts[${index}]`) : undefined;
    throw new FactError(file, factId, `${issue.path.join('.')}: ${issue.message}`);
  }
  return checkArticle(file, parsed.data, readFileSync(textFile, 'utf8'));
}

/** Loads every article folder under `root` (data/articles). */
export function loadFactBase(root: string): FactBase {
  if (!existsSync(root)) throw new FactError(root, undefined, 'articles folder not found');
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  if (!dirs.length) throw new FactError(root, undefined, 'no article folders');
  return { articles: dirs.map((d) => loadArticle(join(root, d))) };
}
