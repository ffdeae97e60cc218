// A message whose asking part refers back to a statement ("climate neutrality by 2050 — is that
// what the Greens got?") asks about that statement: every claim in it is checked before a Yes.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { questionParts } from '../src/qa/parts.ts';

const core = createCore();
const reply = (q: string) => core.answer(q).text.replace(/\n/g, ' ');
const noChatter = () => false;

describe('a question referring back to the claim before it', () => {
  it.each([
    ['climate neutrality by 2050 — is that what the Greens got?', /^No\b.*climate neutrality by 2045/],
    ['climate neutrality by 2045 — is that what the Greens got?', /^Yes\b.*climate neutrality by 2045/],
    ['€200 billion and climate neutrality by 2045, is that what the Greens got?', /^No\b.*€100 billion/],
    ['€100 billion and climate neutrality by 2045, is that what the Greens got?', /^Yes\b/],
    ['someone told me the Greens secured climate neutrality by 2050. is that right?', /^No\b.*2045/],
    ['the Bundestag approved the changes with 413 votes?? is this correct', /^No\b.*513 votes/],
    ['heard the Bundestag approved the changes with 413 votes - legit?', /^No\b.*513 votes/],
    ['heard the Bundestag approved the changes with 513 votes - legit?', /^Yes\b.*513 votes/],
    ['the Greens got €200 billion for climate protection. is it?', /^No\b.*€100 billion/],
    ['the Greens secured climate neutrality by 2050, was that why they voted yes?', /^No\b.*2045/],
    ['ugh, long day at the office. climate neutrality by 2050 — is that what the Greens got?', /^No\b.*2045/],
  ])('%s', (q, expected) => {
    expect(reply(q)).toMatch(expected);
  });

  it('never confirms a claim it cannot tie to what was asked', () => {
    expect(reply('climate neutrality by 2050, is that what they agreed?')).not.toMatch(/^\W*Yes\b/);
  });

  it('asks about the claim, without the chatter before it', () => {
    const { asked } = core.answer('ugh, long day at the office. climate neutrality by 2050 — is that what the Greens got?');
    expect(asked).toMatch(/climate neutrality by 2050/);
    expect(asked).not.toMatch(/long day/);
  });

  it.each([
    ['climate neutrality by 2045 — is that what the Greens got? And how many votes were in favour?', [/^Yes\b.*2045/, /513 votes in favour/]],
    ['climate neutrality by 2050, is that what the Greens got? where did Koizumi meet Hegseth?', [/^No\b.*2045/, /Tokyo/]],
  ])('%s still answers both questions', (q, patterns) => {
    const text = reply(q);
    for (const p of patterns) expect(text).toMatch(p);
  });
});

describe('questions that only look like they refer back', () => {
  it.each([
    ['defence buildup program — what is it?', 'defence buildup program, what is it?'],
    ['Was it Kishida who met Hegseth?', 'Was it Kishida who met Hegseth?'],
    ['is that what the Greens got?', 'is that what the Greens got?'],
    ['hey, is that what they agreed?', 'hey, is that what they agreed?'],
  ])('%s is read as it is asked', (q, read) => {
    expect(questionParts(q, noChatter)).toEqual([read]);
  });

  it('a question before "is that what …?" is not taken for a claim', () => {
    expect(questionParts('what did the Greens get? is that what they wanted?', noChatter)).toEqual(['what did the Greens get?', 'is that what they wanted?']);
  });
});

describe('rumour checks, however they are passed on', () => {
  it.each([
    ['a friend told me Koizumi met Hegseth in Osaka', /^No\b.*Tokyo/],
    ["there's a rumour going around that Koizumi met Hegseth in Osaka. any truth to it?", /^No\b.*Tokyo/],
    ['news says Koizumi met Hegseth in Osaka — legit?', /^No\b.*Tokyo/],
    ['reportedly Koizumi met Hegseth in Osaka?', /^No\b.*Tokyo/],
    ['Koizumi met Hegseth in Osaka, or am I right?', /^No\b.*Tokyo/],
    ['someone on twitter is saying Koizumi met Hegseth in Tokyo, can you confirm?', /^Yes\b.*Tokyo/],
    ['I was told Koizumi met Hegseth in Tokyo — accurate?', /^Yes\b.*Tokyo/],
    ['my colleague claims the main working session lasted about five hours. fact check?', /^No\b.*two and a half hours/],
    ['fact check: the main working session lasted about two and a half hours', /^Yes\b/],
    ['did hegseth ask for a set amount or not?', /^No\b.*did not request/],
  ])('%s', (q, expected) => {
    expect(reply(q)).toMatch(expected);
  });

  it('a statement followed by another question is not a claim to check', () => {
    expect(questionParts('my manager wants this for the quarterly deck: by when must nato allies reach 5%?', noChatter)).toHaveLength(1);
  });
});
