// With several articles loaded, a question goes to the article it is about, even when another
// article's facts look alike once words become concepts ("infrastructure fund" and NATO's
// "critical infrastructure"), and everyday words keep their own meaning ("vote" is not "elected").
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchArticles } from '../bench/articles.ts';
import { QUESTIONS } from '../bench/questions.ts';
import { createCore } from '../src/core.ts';
import { latestArticle } from '../src/facts/pick.ts';

const core = createCore();

describe('article choice with several articles', () => {
  it.each([
    ['How big is the infrastructure fund?', 'germany-debt-brake-2025-03', /€500 billion/],
    ['Does the Bundesrat also need a two-thirds majority?', 'germany-debt-brake-2025-03', /two-thirds/],
    ['what did SecDef say in his X post?', 'japan-defence-spending-2025-10', /Great meeting/],
    ['when did Koizumi take up the defence post?', 'japan-defence-spending-2025-10', /last week/],
    ['How many submarines?', 'uk-defence-review-2025-06', /12 new attack submarines/],
    // The article about what the question names, not another that mentions it.
    ['what is the NATO target?', 'nato-summit-2025-06', /5%/],
    // A place a yes/no question names is a claim to check in the article it is about, not a pointer
    // to another article that names the place (the EU's summit was in Brussels).
    ['so the summit was in Brussels, yeah?', 'nato-summit-2025-06', /^No\b.*The Hague/],
    ['was the nato summit held in brussels?', 'nato-summit-2025-06', /^No\b.*The Hague/],
    // "commissioned" is not the European Commission.
    ['when was the review commissioned?', 'uk-defence-review-2025-06', /July 2024/],
    ['was the review commissioned in july 2024?', 'uk-defence-review-2025-06', /^Yes\b.*July 2024/],
    // Naming no article, the fact using most of the question's words wins, wherever its article
    // uses them: the meeting's place (keyed "city", "host", "meeting"), not the summit venue of an
    // article whose text says "hosted" of a dinner and a gathering.
    ['Which city hosted the meeting?', 'japan-defence-spending-2025-10', /Tokyo/],
    ['who hosted the summit?', 'nato-summit-2025-06', /Schoof/],
  ])('%s → %s', (q, article, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
    expect(a.citations[0]!.articleId).toBe(article);
  });

  it('naming nobody and nothing, a question goes to the newest article (every article speaks of spending)', () => {
    const a = core.answer('defense spending');
    expect(a.text).toMatch(/defen[cs]e/);
    expect(a.citations[0]!.articleId).toBe(latestArticle(core.facts).id);
  });

  it('the day a yes/no question claims does not pick the fact saying that day of another meeting', () => {
    // (Two articles have a meeting on a Wednesday: neither is confirmed as on a Tuesday.)
    expect(core.answer('they met on a tuesday, right?').text).toMatch(/^No\b/);
    expect(core.answer('Koizumi and Hegseth met on a tuesday, right?').text).toMatch(/^No\b.*Wednesday/);
  });

  it('says which article an answer comes from when the question does not name it', () => {
    expect(core.answer('how many votes were required for the two-thirds majority?').text).toMatch(/489[\s\S]*\(From the article on Germany\.\)$/);
    expect(core.answer('how many votes did the Bundestag need?').text).not.toMatch(/From the article/);
    // Each part of a message says where its answer comes from.
    const two = core.answer('who hosted the summit, and how big is the infrastructure fund?').text;
    expect(two).toMatch(/Schoof[\s\S]*\(From the article on NATO\.\)[\s\S]*€500 billion[\s\S]*\(From the article on Germany\.\)/);
    // Who someone is comes from the registry the articles share.
    expect(core.answer('who is Trump?').text).not.toMatch(/From the article/);
  });

  it('a vote in the outgoing parliament is not confirmed as one in the newly elected Bundestag', () => {
    expect(core.answer('was the vote held in the newly elected Bundestag?').text).toMatch(/^No\b.*outgoing/);
  });

  it('"how old" asks an age the articles do not give; an "old commitment" is the previous one', () => {
    expect(core.answer('How old is Koizumi?').answered).toBe(false);
    expect(core.answer('a colleague claims Japan wants to reach 2% three years ahead of its old commitment — correct?').text).toMatch(/^No\b.*two years/);
  });

  // Seventeen older copies of three articles (bench/articles.ts) score as well as their originals
  // on every question that names none of their people: the original, the newest, must still win.
  it('older copies of the articles (their people renamed) change no answer', () => {
    const load = (articles: number) => {
      const dir = benchArticles(articles);
      const loaded = createCore({ articlesDir: dir });
      rmSync(dir, { recursive: true, force: true });
      return loaded;
    };
    const [originals, copied] = [load(3), load(20)];
    const reply = (c: typeof core, q: string) => {
      const { answered, text, citations } = c.answer(q);
      // (Which article an answer comes from is said when the question names no single article, as
      // with the copies naming the same places it may not, and a summary lists the other articles
      // after that note: the answer itself must not change.)
      return { answered, citations, text: text.startsWith('I answer questions') ? 'help' : text.replace(/\n\(From the articles? on [^\n]*\)(?:\nAlso in the news:[^]*)?$/, '') };
    };
    for (const q of QUESTIONS) expect(reply(copied, q), q).toEqual(reply(originals, q));
  }, 60_000); // the whole bench mix at 3 and 20 articles: slow on a loaded machine, and no timing is asserted
});
