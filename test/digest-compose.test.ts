import { afterAll, describe, expect, it } from 'vitest';
import { composeDigest } from '../src/digest/compose.ts';
import { loadFactBase } from '../src/facts/load.ts';
import { latestArticle } from '../src/facts/pick.ts';
import { renderPlain, type Reply } from '../src/reply.ts';
import { factBase, MAIN_ARTICLE, removeTemps, SECOND_ARTICLE } from './digest-fixture.ts';

afterAll(removeTemps);

const { facts } = factBase();
const fresh = { seenArticleIds: [] };
const field = (r: Reply, name: string) => r.fields.find((f) => f.name === name)?.value;

describe('composeDigest', () => {
  it('leads with the headline from the headline facts and puts the deadline in time before it passes', () => {
    const d = composeDigest(facts, new Date('2025-10-30T01:00:00Z'), 'Asia/Tokyo', fresh);
    expect(d.kind).toBe('digest');
    expect(d.ephemeral).toBe(false);
    expect(d.title).toBe('Defence digest for Thursday 30 October 2025');
    expect(d.body).toContain('Japan aims to spend 2% of GDP on defence by the end of this fiscal year, through March (31 March 2026)');
    expect(d.body).toContain('is in 152 days.');
    expect(field(d, 'Key figures')).toContain('31 March 2026 (end of this fiscal year, through March): in 152 days');
  });

  it('says the deadline is today on its day and how long ago it was afterwards', () => {
    expect(composeDigest(facts, new Date('2026-03-31T05:00:00Z'), 'Asia/Tokyo', fresh).body).toContain('is today.');
    const after = composeDigest(facts, new Date('2026-04-03T05:00:00Z'), 'Asia/Tokyo', fresh);
    expect(after.body).toContain('was 3 days ago.');
    expect(after.body).not.toMatch(/is in \d+ days/);
    expect(field(after, 'Key figures')).toContain('3 days ago');
  });

  it('counts days in the reader’s time zone', () => {
    // 16:00 UTC on 30 March is already 31 March in Tokyo but still 30 March in London.
    const at = new Date('2026-03-30T16:00:00Z');
    expect(composeDigest(facts, at, 'Asia/Tokyo', fresh).body).toContain('is today.');
    expect(composeDigest(facts, at, 'Europe/London', fresh).body).toContain('is in 1 day.');
  });

  it('states relative words as dates from the timeline, outside the quotes', () => {
    const text = renderPlain(composeDigest(facts, new Date('2025-11-10T01:00:00Z'), 'Asia/Tokyo', fresh));
    expect(text).toContain('Koizumi met Hegseth in Tokyo on Wednesday (29 October 2025).');
    expect(text).toContain('Takaichi held talks with Trump the day before (28 October 2025).');
    for (const c of composeDigest(facts, new Date('2025-11-10T01:00:00Z'), 'Asia/Tokyo', fresh).citations) expect(c.quote).not.toMatch(/\d{4}\)/);
  });

  it('has the sections, figures, questions and sources in order', () => {
    const d = composeDigest(facts, new Date('2025-10-30T01:00:00Z'), 'Asia/Tokyo', fresh);
    expect(d.fields.map((f) => f.name)).toEqual(['In focus today', 'The meeting in brief', 'The US position', 'What comes next', 'Key figures', 'Ask me', 'Sources']);
    expect(field(d, 'The US position')).toBe('• Washington expects Japan to move promptly.');
    expect(field(d, 'What comes next')).toBe('• Three national security documents will be revised.');
    expect(field(d, 'Key figures')).toContain('2% of GDP');
    expect(field(d, 'Key figures')).toContain('at least 50,000 US soldiers in Japan');
    const asks = field(d, 'Ask me')!.split('\n');
    expect(asks.length).toBeGreaterThanOrEqual(2);
    expect(asks.length).toBeLessThanOrEqual(3);
    const examples = MAIN_ARTICLE.facts.flatMap((f) => (f as { examples?: string[] }).examples ?? []);
    for (const a of asks) expect(examples).toContain(a.replace('• /defense ask ', ''));
    expect(field(d, 'Sources')).toContain('Japan to reach 2% of GDP on defence two years early, Test Wire, published 29 October 2025 https://example.org/defence');
  });

  it('cites verbatim quotes with the right sentence numbers', () => {
    const d = composeDigest(facts, new Date('2025-10-30T01:00:00Z'), 'Asia/Tokyo', fresh);
    const article = facts.articles[0]!;
    expect(d.citations.length).toBeGreaterThan(3);
    for (const c of d.citations) expect(article.sentences[c.sentence - 1]).toContain(c.quote);
  });

  it('puts a different fact in focus on consecutive days and the same one all day', () => {
    const focus = (iso: string) => field(composeDigest(facts, new Date(iso), 'Asia/Tokyo', fresh), 'In focus today');
    const morning = focus('2025-10-30T00:00:00Z');
    expect(focus('2025-10-30T14:59:00Z')).toBe(morning);
    const next = focus('2025-10-30T15:00:00Z'); // midnight in Tokyo
    expect(next).not.toBe(morning);
    const answers = MAIN_ARTICLE.facts.map((f) => f.answer.slice(0, 20));
    for (const f of [morning, next]) expect(answers.some((a) => f!.startsWith(a))).toBe(true);
    const week = new Set(Array.from({ length: 6 }, (_, i) => focus(`2025-11-0${i + 1}T03:00:00Z`)));
    expect(week.size).toBe(6);
  });

  it('leads with articles added since the channel’s last digest, and only then', () => {
    const both = factBase(true).facts;
    const lastDigestAt = new Date('2025-12-01T00:00:00Z');
    const d = composeDigest(both, new Date('2025-12-22T01:00:00Z'), 'Asia/Tokyo', { lastDigestAt, seenArticleIds: [MAIN_ARTICLE.id] });
    expect(d.fields[0]!.name).toBe('New since your last digest');
    expect(d.fields[0]!.value).toContain(`${SECOND_ARTICLE.title} (Second Wire): The cabinet approved a record defence budget.`);
    expect(d.fields[0]!.value).not.toContain(MAIN_ARTICLE.title);
    const seenAll = composeDigest(both, new Date('2025-12-23T01:00:00Z'), 'Asia/Tokyo', {
      lastDigestAt: new Date('2025-12-22T01:00:00Z'),
      seenArticleIds: [MAIN_ARTICLE.id, SECOND_ARTICLE.id],
    });
    expect(seenAll.fields.map((f) => f.name)).not.toContain('New since your last digest');
    expect(composeDigest(both, new Date('2025-12-22T01:00:00Z'), 'Asia/Tokyo', fresh).fields[0]!.name).toBe('In focus today');
  });

  it('leaves out an article published after the digest day: it was not news yet', () => {
    const real = loadFactBase('data/articles');
    const newest = latestArticle(real);
    const dayBefore = new Date(Date.parse(`${newest.curator.published}T12:00:00Z`) - 86_400_000);
    const d = composeDigest(real, dayBefore, 'UTC', fresh);
    expect(d.citations.length).toBeGreaterThan(0);
    expect(d.citations.some((c) => c.articleId === newest.id)).toBe(false);
    const then = { ...real, articles: real.articles.filter((a) => a.curator.published < newest.curator.published) };
    expect(renderPlain(d)).toContain(latestArticle(then).title);
  });

  it('composes the shipped fact base: the 2% goal, its deadline in time, the meeting and the sources', () => {
    const real = loadFactBase('data/articles');
    // On 1 November 2025 the news is what was published by then: a later article is not in it yet.
    const then = { ...real, articles: real.articles.filter((a) => a.curator.published <= '2025-11-01') };
    const article = latestArticle(then);
    const d = composeDigest(real, new Date('2025-11-01T00:00:00Z'), 'Asia/Tokyo', fresh);
    const text = renderPlain(d);
    expect(text).toMatch(/2% .*of GDP/);
    expect(text).toMatch(/The deadline .*31 March 2026.* is in 150 days\./);
    expect(text).toContain('Hegseth');
    expect(field(d, 'Sources')).toContain(article.title);
    // The other articles' headlines, newest first, each cited from its own article.
    const others = field(d, 'Also in the news') ?? '';
    expect(others.indexOf('NATO allies agree')).toBeLessThan(others.indexOf('German parliament loosens'));
    expect(others).toMatch(/5%.*2035/);
    expect(d.citations.map((c) => c.articleId)).toEqual(expect.arrayContaining(then.articles.map((a) => a.id)));
    expect(d.citations.every((c) => then.articles.some((a) => a.id === c.articleId))).toBe(true);
    for (const c of d.citations) expect(real.articles.find((a) => a.id === c.articleId)!.sentences[c.sentence - 1]).toContain(c.quote);
  });

  it('leads with the latest article and renders its money values and year-only deadlines', () => {
    const real = loadFactBase('data/articles');
    const germany = { ...real, articles: real.articles.filter((a) => a.id === 'germany-debt-brake-2025-03') };
    const d = composeDigest(germany, new Date('2025-03-19T00:00:00Z'), 'Europe/Berlin', fresh);
    expect(field(d, 'Key figures')).toContain('€500 billion (infrastructure fund)');
    expect(renderPlain(d)).toMatch(/Germany's parliament voted to loosen/);
    const nato = { ...real, articles: real.articles.filter((a) => a.id !== 'japan-defence-spending-2025-10') };
    expect(composeDigest(nato, new Date('2025-06-26T00:00:00Z'), 'Europe/Amsterdam', fresh).body).toMatch(/5%.*2035/);
  });
});
