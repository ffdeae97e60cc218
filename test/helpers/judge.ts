// The rules of ../shared/qa/score.mjs for one answer, shared by the question-set tests.
import type { Answer } from '../../src/core.ts';

export interface Expected {
  all?: string[];
  any?: string[];
  none?: string[];
}

/** Text as score.mjs compares quotes: plain quotes and dashes, one space, lower case. */
export const norm = (s: string): string =>
  s
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export const re = (p: string): RegExp => new RegExp(p, 'i');

/**
 * Why an in-scope answer fails (empty when it passes): it must be answered, match every "all",
 * one "any" (when given) and no "none", and quote the article it names (`articles`: id → normalised text) word for word.
 */
export function inScopeProblems(e: Expected, a: Answer, articles: Map<string, string>): string[] {
  const text = String(a.text ?? '');
  const why: string[] = [];
  if (a.answered !== true) why.push('did not answer');
  for (const p of e.all ?? []) if (!re(p).test(text)) why.push(`missing /${p}/`);
  if ((e.any ?? []).length && !e.any!.some((p) => re(p).test(text))) why.push(`none of /${e.any!.join('/, /')}/`);
  for (const p of e.none ?? []) if (re(p).test(text)) why.push(`must not match /${p}/`);
  const cites = Array.isArray(a.citations) ? a.citations : [];
  const verbatim = cites.filter((c) => c && typeof c.quote === 'string' && c.quote.trim() && articles.get(c.articleId)?.includes(norm(c.quote)));
  if (a.answered === true && verbatim.length === 0) why.push('no verbatim citation');
  return why;
}
