// Chat messages as people type them in Discord and Slack: contractions without their apostrophe,
// a greeting or "quick q" run into the question with no punctuation, and small talk that asks
// nothing ("thanks!!", "lol nice"), which gets a short friendly reply, not a decline.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../src/command.ts';
import { createCore } from '../src/core.ts';

const core = createCore();
const ask = (q: string) => core.answer(q);
const ctx = { platform: 'console' as const, channelId: 'c1', canManageChannel: true };

describe('a contraction typed without its apostrophe reads as the contraction', () => {
  it.each([
    ['which documents are they revising', 'which documents theyre revising, again'],
    ["why didn't they wait for the new bundestag", 'why didnt they wait for the new bundestag'],
    ["hegseth didn't ask for a specific amount, right?", 'hegseth didnt ask for a specific amount, right?'],
  ])('%s = %s', (typed, bare) => {
    const a = ask(bare);
    expect(a.answered).toBe(true);
    expect(a.text).toBe(ask(typed).text);
  });

  it('"whos X now" is "who\'s X now"', () => {
    const a = ask('whos japans prime minister now');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Takaichi/);
  });

  it('leaves words that are words of their own: "were", "well"', () => {
    expect(ask('when were the security documents approved').text).toMatch(/December 2022/);
  });
});

describe('a greeting or "quick q" run into the question without punctuation is chatter', () => {
  it.each([
    ['gm quick q what kind of treaty keeps us troops in japan', /mutual defen[cs]e treaty/],
    ['sry quick q who chairs the eu summit', /Costa/],
  ])('%s', (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('keeps words before the question word that say what it is about', () => {
    expect(ask('wdym rearm europe, who proposed it').text).not.toMatch(/follow-up/);
    expect(ask('european defence stocks doing what this week?').text).toMatch(/surged/);
  });

  it('does not turn a remark after a question into a question of its own', () => {
    const a = ask("Did the US ask Japan for a specific amount? I'm always curious how these things are negotiated.");
    expect(a.text).toMatch(/did not request/);
    expect(a.text).not.toMatch(/Merz/);
  });
});

describe('small talk that asks nothing gets a short friendly reply, not a decline or an answer', () => {
  it.each(['thanks!! :pray:', 'ty <@U07FACTD> that helps', 'appreciate it 🙏', 'thx fr'])('thanks: %s', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/welcome/i);
    expect(a.text).not.toMatch(/You could ask|doesn't say/);
  });

  it.each(['lol nice', 'haha fair enough 😂', 'good bot :robot_face:', 'nvm figured it out', 'morning all, happy friday'])('%s', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.text.length).toBeLessThan(80);
    expect(a.text).not.toMatch(/You could ask|doesn't say|Hegseth|Rutte|Poland/);
  });

  it('answers a question that comes with the thanks', () => {
    const a = ask('thanks! and who chairs the eu summit');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Costa/);
  });

  it('reads a remark naming what the articles name as it always did, not as small talk', () => {
    expect(ask('nice, koizumi met hegseth in osaka?').text).not.toMatch(/welcome|👍/);
  });

  it('in a chat, thanks gets the short reply, not the help card; "help" still gets the help card', async () => {
    const thanks = await core.run(parseCommand('/defense ask thanks!'), ctx);
    expect(thanks.kind).not.toBe('help');
    expect(thanks.body).toMatch(/welcome/i);
    expect((await core.run(parseCommand('/defense ask help'), ctx)).kind).toBe('help');
  });
});

describe('names typed in lower case, as chat does', () => {
  it('a place after "in" is a place even in lower case: the correction says where they met', () => {
    for (const q of ['did koizumi meet hegseth in osaka', 'i heard the koizumi hegseth meeting was in osaka fr?']) expect(ask(q).text).toMatch(/^No\b.*Tokyo/);
  });

  it('does not read an everyday word after "in" as a place', () => {
    expect(ask('did koizumi and hegseth meet in person').text).not.toMatch(/^No\b/);
  });

  it('a misspelt name with a possessive "s" and no apostrophe is the name', () => {
    const a = ask('what did von der leyns letter say');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/von der Leyen wrote/);
    expect(ask('what is hegsiths slogan').text).toMatch(/Peace through Strength/);
  });

  it('but an everyday name near a common word is not corrected into it', () => {
    expect(ask("was the leaders' dinner hosted by King Charles?").answered).toBe(false);
  });
});

describe('"in the first place" says "originally", not a first or a place', () => {
  it.each([
    ['who approved those security docs in the first place and when was that', /Kishida.*December 2022/],
    ['why was the debt brake created in the first place?', /financial crisis/],
  ])('%s', (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });
});
