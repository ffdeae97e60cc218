// Chat messages across the articles as people type them: a guess tacked onto a question, "these
// days"/"rn" on a question about who holds a post, and chat abbreviations for things the articles
// count ("subs").
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();
const ask = (q: string) => core.answer(q);

describe('a guess offered after a question the articles do not bear out leaves the question', () => {
  it.each([
    ['who reported the docs talk, was it reuters?', /Kyodo/],
    ['when was the debt brake written into the constitution, maybe 2010?', /2009/],
  ])('%s', (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('still declines a question the articles do not answer, guess or not', () => {
    expect(ask('who reported the docs talk first in europe, was it the bbc?').answered).toBe(false);
  });
});

describe('"these days", "rn" on a question about who holds something asks who the articles say', () => {
  it.each([
    ['who runs the EIB these days', /Calvi/],
    ['which country holds the EU presidency rn', /Poland/],
  ])('%s', (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('still declines a post no article names a holder of', () => {
    expect(ask("who is france's defence minister these days").answered).toBe(false);
    expect(ask('who runs the bundesbank these days').answered).toBe(false);
  });
});

describe('"subs" are submarines', () => {
  it('counts them', () => {
    const a = ask('how many subs is britain building');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b12\b/);
  });

  it('does not price them', () => {
    expect(ask('how much will the 12 new subs cost').answered).toBe(false);
  });
});

describe('rejecting is the opposite of backing', () => {
  it('denies backing what the article says was rejected', () => {
    expect(ask('has the netherlands backed joint eu borrowing for defence?').text).toMatch(/^No\b.*rejected/);
  });

  it('still confirms backing the article states', () => {
    expect(ask('did the greens back the debt brake reform').text).toMatch(/^Yes\b/);
  });
});

describe('a word after a preposition that ties it to a thing the fact names is a detail, not the topic', () => {
  it('answers with the fact naming the thing', () => {
    // The article says "her first policy speech", not to whom: "to parliament" only says which speech.
    const a = ask('what did the PM promise in her first speech to parliament?');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toMatch(/2%/);
  });

  it('still declines a thing the question asks about after its verb', () => {
    expect(ask('how much goes to railways?').answered).toBe(false);
  });
});
