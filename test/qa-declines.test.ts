// Near misses: a question sharing most of its words with a fact but asking for something the
// fact does not give is declined, while the question the fact does answer still is answered.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('a fact answers only what it gives', () => {
  it.each([
    // The thing counted or paid for must be the fact's, not another with a figure in the article.
    ['How much will the UK spend on the new submarines?', 'How much will the UK spend on military housing?', /£1\.5 billion.*housing/],
    ['how much is the uk spending on the long-range weapons?', 'How much will the UK invest in its nuclear warhead programme?', /£15 billion/],
    ['How much will the 7,000 long-range weapons cost?', 'How much will the nuclear warhead programme cost?', /£15 billion/],
    // "The number of" asks for a count, which a fact of shares of GDP does not give.
    ['what is the total number of NATO troops?', 'Number of US troops in Japan?', /50,000/],
    // A role held now does not say who held it in another year.
    ['Who was the US defence secretary in 2022?', 'Who is the US defence secretary?', /Hegseth/],
    // Another country's doing is not the fact's, though the fact names that country.
    ['How many submarines will Australia build under AUKUS?', 'How many submarines will Britain build under AUKUS?', /12/],
    ['how many attack submarines will the US build under AUKUS?', 'How many attack submarines will the UK build?', /12/],
    // ...but what a fact places in a country is what that country hosts or has.
    ['How many submarines will Australia build under AUKUS?', 'How many American troops does Japan host?', /50,000/],
    // Two countries written as a pair ("US-Japan") are both what the question is about: not the NATO
    // article's next summit.
    ['Where will the next US-Japan defence talks be held?', 'Where did the Japan–US defence ministers meet?', /Tokyo/],
    // A country no fact speaks of is what the question is about.
    ['What percent of GDP did France spend on defence last year?', 'What percent of GDP did Germany spend on defence last year?', /2\.1%/],
    // A date the question already gives, or rules out, is no answer to "when".
    ['What date in 2026 is the summit in Türkiye?', 'When will NATO leaders meet next?', /2026/],
    ['When were the security documents revised before 2022?', 'When were the security documents approved?', /December 2022/],
    ['what exact day in December 2022 were the papers approved?', 'what exact day did Koizumi and Hegseth meet?', /Wednesday/],
    // A deadline ("by 2035") does not say when something was done.
    ['When was the mutual defence treaty signed?', 'By when will allies spend 5% of GDP?', /2035/],
    // "…in July 2024, shortly after Labour won the election" dates the review, not the election.
    ['on what date did Labour win the general election?', 'When was the review commissioned?', /July 2024/],
    // Last year's figure does not answer "next year", nor a plan for the next parliament "last year".
    ['What percent of GDP will Germany spend on defence next year?', 'What percent of GDP did Germany spend on defence last year?', /2\.1%/],
    ['What share of GDP did the UK spend on defence last year?', "what is the UK's ambition for the next parliament?", /3%/],
    // A "why" that agrees with what the fact says asks a reason the fact does not give.
    ['why did hegseth not request a specific amount?', 'Why did Hegseth ask Japan to double its defence budget?', /^Actually, no: .*did not request/],
    // What will be built is not what there is today.
    ['How many munitions factories does Britain have today?', 'How many munitions factories will Britain build?', /six/],
    // A unit of time the fact writes after its number counts what "how many hours" asks.
    ['How many minutes did Zelensky and Trump meet for?', "how many hours did the summit's main working session last?", /two and a half hours/],
    // What happened is not what is still to come.
    ['What did the Bundesrat decide?', 'When does the Bundesrat vote?', /March 21/],
    // Which way someone voted needs a fact giving a side ("in favour", "with the support of").
    ['How did the Left Party vote?', 'How many votes were in favour?', /513/],
    // "The most" asks a ranking: a fact that ranks nothing does not give it.
    ['which states will get the most money?', 'which ally got the biggest exception?', /only ally/],
    // A price is the price of the thing asked: a sum a summit proposed is not what the summit cost.
    ['How much did the summit cost in euros?', 'How much is the infrastructure fund in euros?', /€500 billion/],
    // How long one event lasted is not the time between the events of its participants.
    ['How long did the meeting between Koizumi and Hegseth last?', "How long did the summit's main working session last?", /two and a half hours/],
    // A part of a figure the question states is not that figure.
    ['How many of the 50,000 soldiers are marines?', 'How many US soldiers are in Japan?', /50,000/],
    // "Where exactly" asks a place within the one the question names.
    ['Where exactly in Tokyo did Koizumi and Hegseth meet?', 'Where did Koizumi and Hegseth meet?', /Tokyo/],
    // "Which company" asks for an organisation the fact names.
    ['which company makes the US bases\' equipment?', 'which platform did Hegseth post on?', /\bX\b/],
    // A country after "about"/"for" is the topic, not whose: who someone is does not answer it.
    ['What is Merz\'s plan for Ukraine?', 'Who is Merz?', /conservative leader/],
    // What percentages are of (GDP) is not given by a percentage of it.
    ["How much is Japan's GDP?", 'How much of GDP will Japan spend on defence?', /2%/],
    // A word the article never uses for what money goes to is what the question asks about.
    ['how much will the federal states spend on schools?', 'How much of the fund goes to the federal states?', /€100 billion/],
    // A figure the question states points to the article stating it.
    ['who will get the 100 billion for the states?', 'how much goes to the climate and transformation fund?', /€100 billion/],
    // What someone thinks of something is what they said of it.
    ['What does Schoof think about Spain?', 'What did Hegseth think of Koizumi?', /Great meeting/],
    // The act an open question asks about is its crux: a fact sharing its other words but not the act
    // does not answer it, while a verb of the lexicon's concepts is answered however the fact says it.
    ['How will the Commission repay the 150 billion euros it borrows?', 'How would the Commission raise the money for the loans?', /borrowing on capital markets/],
    ['When does Japan expect to reach 3% of GDP?', 'When will NATO review progress towards the target?', /2029/],
    // A figure for each one of something is not the sum they all get together, but one per year is worked out.
    ['How much does each federal state get from the fund?', 'How much is the infrastructure fund per year?', /41\.67 billion a year/],
    // A sum another article states is not corrected from an article giving another sum.
    ['Where exactly will the €100 billion for the states be spent?', 'how many billion euros go to the federal states?', /€100 billion/],
  ])('declines "%s" but answers "%s"', (nearMiss, answered, expected) => {
    const declined = core.answer(nearMiss);
    expect(declined.answered, declined.text).toBe(false);
    expect(declined.text).toMatch(/doesn't say/);
    const a = core.answer(answered);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('answers a count with the fact that counts that thing, not a look-alike count', () => {
    const a = core.answer('how many munitions factories will be built?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/six (new )?munitions/);
    expect(a.text).not.toMatch(/7,000/);
  });
});

describe('a decline offers questions about the article the question is about', () => {
  it.each([
    ['How many soldiers will the UK add?', 'uk-defence-review-2025-06'],
    ['When did the Greens agree to back the package?', 'germany-debt-brake-2025-03'],
    // With no fact fitting: the article its words were read in.
    ['what interest rate will the defence loans carry?', 'eu-rearm-2025-03'],
    ['How many votes did the debt brake get in 2009?', 'germany-debt-brake-2025-03'],
  ])('%s → questions answered from %s', (q, article) => {
    const a = core.answer(q);
    expect(a.answered).toBe(false);
    expect(a.suggestions.length).toBeGreaterThan(0);
    for (const s of a.suggestions) {
      const back = core.answer(s);
      expect(back.answered, s).toBe(true);
      expect(back.citations[0]!.articleId, s).toBe(article);
    }
  });
});

describe('"which country…?" asks a country the question does not name', () => {
  it('declines when the facts name no other country', () => {
    expect(core.answer('which country did hegseth visit after japan?').answered).toBe(false);
  });
  it('a place names its country', () => {
    expect(core.answer('What country did the US defence secretary visit?').text).toMatch(/Tokyo/);
    expect(core.answer('which country got an exception?').text).toMatch(/Spain/);
  });
});

describe('"who didn’t …?" asks what was not done', () => {
  it.each([
    ["who wasn't at the dinner?", /Zelensky attended/],
    ["who didn't meet Hegseth?", /Koizumi/],
    ['what wasn’t approved in 2022?', /approved/],
    ['who did not back the package?', /support of the Greens/],
  ])('%s is not answered by a fact saying who did', (q, said) => {
    const a = core.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say so/);
    expect(a.text).toMatch(said);
  });

  it.each([
    ["who didn't take part in the formal session?", /Zelensky did not take part/],
    ['what did Hegseth not ask for?', /did not request any specific amount/],
  ])('%s is answered by a fact saying so, without correcting the question', (q, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
    expect(a.text).not.toMatch(/Actually/);
  });
});

describe('"how many opposed …?" needs a fact saying who was for or against', () => {
  it('a vote still to come counts no one against', () => {
    const a = core.answer('how many states opposed the reform in the bundesrat');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^\W*16\b/);
  });
  it('a tally does', () => {
    expect(core.answer('how many lawmakers opposed the changes?').text).toMatch(/207 against/);
  });
});
