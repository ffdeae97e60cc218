// Answering what is not asked: a fact sharing a question's words is no answer when it leaves the
// asked slot empty — which measure ("the interest rate"), or why something happened — and the
// decline then offers questions about the article the question is about.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

const declines = (q: string) => {
  const a = core.answer(q);
  expect(a.answered, a.text).toBe(false);
  expect(a.text).toMatch(/doesn't say/);
};
const answers = (q: string, expected: RegExp) => {
  const a = core.answer(q);
  expect(a.answered, a.text).toBe(true);
  expect(a.text).toMatch(expected);
};

describe('the word saying which measure is asked is the crux', () => {
  it.each([
    // "interest" shares its stem with the generic "interesting"; the facts about the loans never say it.
    ["what's the interest rate on the new borrowing?", 'How would the Commission raise the money for the loans?', /borrowing on capital markets/],
    ['what interest rate will the defence loans carry?', 'How much would the Commission lend member states for defence investment?', /€150 billion/],
    ["what's the repayment period on the 150bn loans?", 'over what period is the military housing money spent?', /this parliament/],
  ])('declines "%s" but answers "%s"', (nearMiss, asked, expected) => {
    declines(nearMiss);
    answers(asked, expected);
  });

  it('a word of the measure read as a topic still finds the fact saying it otherwise', () => {
    answers('What spending level did Hegseth demand from Tokyo?', /did not request any specific amount/);
  });
});

describe('a count of one thing of a kind is not the count of another', () => {
  it.each([
    // Tanks, carriers and ships are weapons as the lexicon groups them, but not the long-range weapons or submarines counted.
    ['How many tanks will Britain buy?', 'How many missiles will Britain buy?', /7,000 long-range weapons/],
    ['How many aircraft carriers does Britain have?', 'how many subs will the UK build?', /12 new attack submarines/],
  ])('declines "%s" but answers "%s"', (nearMiss, asked, expected) => {
    declines(nearMiss);
    answers(asked, expected);
  });
});

describe('a title held before names no current holder', () => {
  it('in any order of its words', () => {
    // Kallas is "a former Estonian prime minister", also known as "Estonian former PM".
    declines("who's estonia's prime minister now?");
    answers('who is the former Estonian prime minister?', /Kallas/);
  });
});

describe('a why-question needs the cause of the act it asks about', () => {
  it.each([
    // The clash is what the fact gives as the cause of the pause, not something it explains.
    ['Why did Zelensky and Trump clash in the Oval Office?', 'Why is the EU scrambling to rearm?', /United States paused military aid/],
    // "Their approval … marked a major shift" says what the approval did, not why it was given.
    ["Why did Kishida's government approve the documents?", 'Why were the 2022 documents significant?', /major shift/],
  ])('declines "%s" but answers "%s"', (nearMiss, asked, expected) => {
    declines(nearMiss);
    answers(asked, expected);
  });

  it('a cause with a reason of its own answers', () => {
    answers('Why was the agenda trimmed?', /to avoid open disputes/);
    answers('why was the vote held in the old parliament?', /enough seats to block/);
  });
});

describe('a who-question asks who did its act', () => {
  it('a fact naming the act only as a thing done does not say who did it', () => {
    // "leaders were likely to welcome the defence proposals" writes "proposals", not who proposed them.
    answers('who proposed the EU plan?', /von der Leyen/);
    answers('who proposed the plan to rearm Europe?', /von der Leyen/);
  });
});
