import type { Article, FactBase } from './schema.ts';

// Which article a command means: the latest by default, or one the user names.

/** The most recently published article (the default for /defense spending and the digest's lead). */
export function latestArticle(base: FactBase): Article {
  return base.articles.reduce((a, b) => (b.curator.published > a.curator.published ? b : a));
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The article a user names ("nato", "germany-debt-brake-2025-03", "debt brake", "latest"): its id,
 * or words all found in its id or title. Several matches: the latest of them. None: undefined.
 */
export function findArticle(base: FactBase, name: string): Article | undefined {
  const wanted = wordsOf(name);
  if (!wanted.length || (wanted.length === 1 && ['latest', 'newest', 'last'].includes(wanted[0]!))) return latestArticle(base);
  const exact = base.articles.find((a) => a.id === name.trim().toLowerCase());
  if (exact) return exact;
  const matches = base.articles.filter((a) => {
    const own = new Set([...wordsOf(a.id), ...wordsOf(a.title)]);
    return wanted.every((w) => own.has(w));
  });
  return matches.length ? latestArticle({ ...base, articles: matches }) : undefined;
}
