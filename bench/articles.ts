// Fact bases of 1, 3 or 20 articles for the core benchmark, written to a temp dir: the real articles
// (data/articles) and synthetic copies of them. A copy gets its own slug, article and fact ids, and
// renamed people (new ids and names, same roles, titles and quotes), so the loader accepts it; places and
// organisations stay shared, as they are between real articles.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ARTICLES_DIR } from '../src/core.ts';
import { REGISTRY_FILE } from '../src/facts/load.ts';
import { titlesOf } from '../src/qa/facts.ts';
import { articleFile, registryFile, type ArticleFile, type RegistryFile } from '../src/facts/schema.ts';

const REAL = ['japan-defence-spending-2025-10', 'nato-summit-2025-06', 'germany-debt-brake-2025-03'];
const SURNAMES = ['Arvell', 'Brisko', 'Calden', 'Dorvan', 'Eskeli', 'Farrow', 'Gristad', 'Holvik', 'Ingram', 'Jessup', 'Kavros', 'Lindqvar', 'Morrell', 'Norberg', 'Osmund', 'Pellar', 'Quenby'];

type Mention = { id: string; quote: string };
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Copy `n` of a real article: every id it defines prefixed, its people renamed. */
function copyOf(slug: string, n: number, registry: RegistryFile, people: RegistryFile['people']): ArticleFile {
  const a = articleFile.parse(read(join(DEFAULT_ARTICLES_DIR, slug, 'facts.json')));
  const fact = (id: string) => `s${n}-${id}`;
  const person = (id: string) => `${id}-s${n}`;
  const renamed = new Set(a.people.map((p) => p.id));
  const ref = (id: string) => (renamed.has(id) ? person(id) : id);
  for (const p of a.people as Mention[]) {
    const real = registry.people.find((r) => r.id === p.id)!;
    const name = `${real.name.split(' ')[0]} ${SURNAMES[n - 1]}${n}`;
    // (Its titles, "head of NATO", still name the original first: the vocabulary keeps an alias's first owner.)
    people.push({ ...real, id: person(p.id), name, aliases: [name, ...titlesOf(real)], contradicts: [] });
  }
  return {
    ...a,
    id: `${a.id}-s${n}`,
    title: `${a.title} (copy ${n})`,
    curator: { ...a.curator, published: `2019-01-${String(n).padStart(2, '0')}` },
    people: (a.people as Mention[]).map((p) => ({ id: person(p.id), quote: p.quote })),
    facts: a.facts.map((f) => ({ ...f, id: fact(f.id), about: f.about.map(ref), owner: Object.fromEntries(Object.entries(f.owner).map(([k, o]) => [k, ref(o)])) })),
    timeline: a.timeline.map((e) => ({ ...e, fact: fact(e.fact) })),
    headline: a.headline.map(fact),
    spending: a.spending.map(fact),
    summary: a.summary.map(fact),
    sections: a.sections?.map((s) => ({ ...s, facts: s.facts.map(fact) })),
  };
}

/** A temp articles folder with `count` articles: the first real ones, then copies in turn. */
export function benchArticles(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `factdesk-articles-${count}-`));
  const registry = registryFile.parse(read(join(DEFAULT_ARTICLES_DIR, REGISTRY_FILE)));
  const people = [...registry.people];
  for (let i = 0; i < count; i++) {
    const slug = REAL[i % REAL.length]!;
    if (i < REAL.length) {
      cpSync(join(DEFAULT_ARTICLES_DIR, slug), join(dir, slug), { recursive: true });
      continue;
    }
    const n = i - REAL.length + 1;
    const copy = copyOf(slug, n, registry, people);
    mkdirSync(join(dir, copy.id));
    cpSync(join(DEFAULT_ARTICLES_DIR, slug, 'article.txt'), join(dir, copy.id, 'article.txt'));
    writeFileSync(join(dir, copy.id, 'facts.json'), JSON.stringify(copy));
  }
  writeFileSync(join(dir, REGISTRY_FILE), JSON.stringify({ ...registry, people }));
  return dir;
}
