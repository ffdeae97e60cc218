// npm run facts:check — validates every article folder and exits non-zero on any problem.
import { loadFactBase } from '../facts/load.ts';

const root = process.argv[2] ?? process.env.ARTICLES_DIR ?? './data/articles';
try {
  const base = loadFactBase(root);
  const facts = base.articles.reduce((n, a) => n + a.facts.length, 0);
  console.log(`facts ok: ${base.articles.length} article(s), ${facts} facts, every quote found word for word`);
} catch (e) {
  console.error(`facts check failed: ${(e as Error).message}`);
  process.exit(1);
}
