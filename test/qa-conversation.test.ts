// Chat messages as people write them: chatter around the question, several questions in one
// message, rumour checks, and follow-ups read against the question before them.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startConsole } from '../adapters/console/index.ts';
import { createCore } from '../src/core.ts';

const core = createCore();
/** What the console prints for a session of these lines. */
async function consoleSession(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  const done = startConsole({ core, input, output });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

/** The text of the article a citation names. */
const articleOf = (id: string) => core.facts.articles.find((a) => a.id === id)?.text ?? '';

describe('chatter never vetoes an answer', () => {
  it.each([
    ["hey, quick one before standup: what's Japan's spending goal?", /2%/],
    ['ugh, long day, coffee machine broke again. anyway: who did koizumi meet?', /Hegseth/],
    ['Before I forget (headcount review at 3): how many US soldiers are in Japan?', /50,000/],
    ['our trio of interns keeps asking, so: where did Koizumi and Hegseth meet?', /Tokyo/],
    ['the soil in my garden is awful. which documents will be revised?', /National Defen[cs]e Strategy/],
    ['not sure this is the right channel but who did Koizumi meet?', /Hegseth/],
    ['hiya, where did the defence chiefs meet?', /Tokyo/],
    ["what's the name of the US defence secretary again?", /Hegseth/],
    ['meh, fridays. anyway, what is this story about?', /Koizumi/],
    ["what's the name of the defence minister who met Hegseth?", /Koizumi/],
    ['so like, where did Koizumi meet Hegseth?', /Tokyo/],
    ['hmm, where did Koizumi meet Hegseth again?', /Tokyo/],
    // A closing phrase saying which story it is about, which the answering fact does not repeat.
    ['when did the bundestag vote on the debt brake', /March 18/],
    // Letters typed over and over, and a short word missing a letter.
    ['hiii 👋 who did koizumi meet?', /Hegseth/],
    ['sooo who hosted the summit', /Schoof/],
    ['how mny us troops r in japn', /50,000/],
    // "their" is the country the message names.
    ['Spain got an exception. Who is their PM?', /Sánchez/],
    // Chatter after the question, with no question mark.
    ['who negotiated the package, asking for a friend', /Merz/],
    // A hyphenated name typed with spaces.
    ["who's the chancellor in waiting", /Merz/],
  ])('%s', (q, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('still declines when the question itself is about something the article does not cover', () => {
    expect(core.answer('hey, quick one before standup: how many US troops are in South Korea?').answered).toBe(false);
  });
});

describe('several questions in one message', () => {
  it.each(['? ? ? x', 'hi! thanks!', 'hello? ok?'])('%j, with nothing that reads as a question, gets a reply, not an error', (q) => {
    const a = core.answer(q);
    expect(typeof a.answered).toBe('boolean');
    expect(a.text.length).toBeGreaterThan(0);
  });

  it.each([
    ['who did Koizumi meet and where?', [/Hegseth/, /They met in Tokyo/]],
    ['Where did they meet? And what did Takaichi pledge?', [/Tokyo/, /policy speech/]],
    ['two qs: where did they meet, and on what day?', [/Tokyo/, /Wednesday/]],
    ['when was takaichi elected, and who did she hold talks with?', [/October 21/, /Trump/]],
    ['who is PM, who is defence minister, who is US defence secretary?', [/Takaichi/, /Koizumi/, /Hegseth/]],
    ['where did they meet & when was takaichi elected?', [/Tokyo/, /October 21/]],
    ['1) where did Koizumi meet Hegseth 2) who is the PM', [/Tokyo/, /Takaichi/]],
    ['where did Koizumi meet Hegseth; who is the PM?', [/Tokyo/, /Takaichi/]],
    ['where did Koizumi meet Hegseth / who is the PM?', [/Tokyo/, /Takaichi/]],
    ['the security documents - what are they and who signed off on it?', [/Defence Buildup Program/, /Kishida/]],
  ])('%s answers each part, each with its citation', (q, patterns) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    for (const p of patterns) expect(a.text).toMatch(p);
    expect(a.citations.length).toBeGreaterThanOrEqual(1);
    for (const c of a.citations) expect(articleOf(c.articleId)).toContain(c.quote);
  });

  it('"where and when …?" asks both of the same thing, and one fact answering both is given once', () => {
    const a = core.answer('where and when was the old 2% target set?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Wales/);
    expect(a.text).toMatch(/2014/);
    expect(a.text.match(/Wales/g)).toHaveLength(1);
  });

  it('answers the questions the article covers and names the one it does not', () => {
    const a = core.answer('Where did they meet, and how did China react?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Tokyo/);
    expect(a.text).toMatch(/“how did China react\?”: the article doesn't say/);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/Tokyo/);
  });

  it('a question leaning on one the article does not cover is not answered on its own', () => {
    expect(core.answer('who is the greens party chairwoman and what did she say?').answered).toBe(false);
    // Read with the question before it, it is answered.
    expect(core.answer('merz = chancellor? who is he in this story').text).toMatch(/conservative leader/);
  });

  it('options offered for a question are part of it, not a question of their own', () => {
    expect(core.answer('How will Japan fund the defence increase — taxes or bonds?').answered).toBe(false);
  });

  it('declines a message none of whose questions the article covers', () => {
    const a = core.answer('who won the world cup and how did China react?');
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });
});

describe('a conversation stays on its article', () => {
  it.each(['what is the article about?', 'anything else?', 'tell me more', 'ok, what else?'])('%j in a thread summarises the article the thread is on', (q) => {
    const a = core.answer(q, 'how did the Bundestag vote on the debt brake?');
    expect(a.citations.length).toBeGreaterThan(1);
    expect(a.citations.every((c) => c.articleId === 'germany-debt-brake-2025-03')).toBe(true);
  });

  it.each([
    ['how many votes did the package get?', 'on what day?', /March 18/],
    ['who hosted the summit dinner?', 'on what day?', /June 24/],
    ['where did Starmer give his speech?', 'on what date?', /June 2\b/],
  ])('after %j, %j (a question phrase after a preposition) asks the same thing', (previous, question, expected) => {
    const a = core.answer(question, previous);
    expect(a.text).toMatch(expected);
    expect(a.asked).not.toBe(question);
  });

  it('a question naming nothing is answered from the thread’s article, even after a decline naming it', () => {
    // "how did the Bundestag vote go?" is declined, with the German article's questions offered.
    const a = core.answer('how much is the fund?', 'how did the bundestag vote go?');
    expect(a.text).toMatch(/€500 billion/);
    expect(a.citations.every((c) => c.articleId === 'germany-debt-brake-2025-03')).toBe(true);
  });

  it('the thread’s article does not outweigh words pointing to another article', () => {
    const a = core.answer('when did the summit end?', 'when did Koizumi and Hegseth meet?');
    expect(a.citations.filter((c) => c.articleId === 'japan-defence-spending-2025-10')).toEqual([]);
  });

  it('"his" that the thread\'s person does not answer is not whoever another article finds', () => {
    const a = core.answer("what's his background?", 'who leads the UK review?');
    expect(a.citations.filter((c) => c.articleId !== 'uk-defence-review-2025-06')).toEqual([]);
    expect(a.text).not.toMatch(/European Union/);
  });

  it('two parts one fact answers get it once, and one note on the article', () => {
    const once = core.answer("Is the new spending timeline ahead of Japan's earlier pledge, and by how much?").text;
    expect(once.match(/two years ahead/g)).toHaveLength(1);
    const both = core.answer('two qs: where was the meeting and what day?').text;
    expect(both).toMatch(/Tokyo[\s\S]*Wednesday/);
    expect(both.match(/From the article on/g)).toHaveLength(1);
  });

  it('answers from two articles each keep their own note', () => {
    const a = core.answer('when was the pledge adopted at the summit and when did Zelensky meet Trump in the Oval Office?').text;
    expect(a).toMatch(/June 25[^]*NATO\.\)[^]*February 28/);
  });
});

describe('rumour checks', () => {
  it.each([
    ['someone in the team chat said Koizumi and Hegseth met in Washington — true?', /^No\b.*Tokyo/],
    ['a colleague claimed Koizumi and Hegseth met in Osaka. legit?', /^No\b.*Tokyo/],
    ['wait, they met in Osaka??', /^No\b.*Tokyo/],
    ["i'm pretty sure the papers were approved in 2020?", /^No\b.*2022/],
    ['the documents were approved by the Kishida administration, yeah?', /^Yes\b.*Kishida/],
    ['rumour: there are only about 5,000 US soldiers in Japan. true?', /^No\b.*50,000/],
    ['my manager says the security papers were approved in 2022, is he right?', /^Yes\b.*2022/],
    ['so the defence ministers met on a Friday, yes?', /^No\b.*Wednesday/],
    ['someone said Koizumi had only been in the job about a week at the time. true?', /^Yes\b.*week/],
    ['after the meeting did they hold a press conference together?', /^Yes\b.*press conference/],
  ])('%s', (q, expected) => {
    expect(core.answer(q).text.replace(/\n/g, ' ')).toMatch(expected);
  });
});

describe('follow-ups', () => {
  it.each([
    ['Who did Koizumi meet?', 'and when was that?', /Wednesday/],
    ['Who did Koizumi meet?', 'where?', /Tokyo/],
    ['Who did Koizumi meet?', 'what did he say?', /exchanged views/],
    ['When was Takaichi elected?', 'what about Koizumi?', /appointed/],
    ['Who did Koizumi meet in Tokyo?', 'and when?', /Wednesday/],
    ['what did Rutte call the deal?', 'who said that?', /Rutte/],
    ['what did merz tell lawmakers?', 'who said that?', /Merz told lawmakers/],
    ['how big is the infrastructure fund?', 'how much was it again?', /€500 billion/],
    ['what does the Bundestag need for the changes?', 'and the Bundesrat?', /two-thirds majority in the Bundesrat/],
    ['what did merz say?', 'and droge?', /security of our country/],
    ['what is the new NATO spending target?', 'what about Germany?', /Germany spent about 2\.1%/],
    ['what is the new NATO spending target?', 'and japan?', /Japan/],
    ['what did hegseth post on x?', 'what platform was that on again?', /\bX\b/],
    // The previous question names nobody: the pronoun is whom its answer names.
    ['which country got an exception?', 'who is their pm?', /Sánchez/],
    ['who hosted the summit?', 'what did he say?', /stronger than ever/],
    ["what is japan's target?", "and nato's?", /5%/],
    ['when does the bundesrat vote?', 'what day of the week is that?', /Friday/],
    ['how much goes to the federal states?', 'and to the climate fund?', /€100 billion to the climate/],
  ])('after %j, %j is answered as a full question', (previous, question, expected) => {
    const a = core.answer(question, previous);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
    expect(a.asked).not.toBe(question);
  });

  it('"what about defence spending?" with nothing before it is answered on its own', () => {
    const a = core.answer('what about defence spending?');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/full question/);
  });

  it.each(['and when was that?', 'where?', 'what about him?', 'why?', 'who said that?', 'how much was it again?', 'what about germany?', 'by when?', 'and what day?', 'and the rest?'])('%j with nothing before it asks for the full question', (q) => {
    const a = core.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/full question/);
    expect(a.text).not.toMatch(/doesn't say/);
  });

  it('a standalone question is not bent by the one before it', () => {
    expect(core.answer('How many US troops are in Japan?', 'Who did Koizumi meet?').text).toMatch(/50,000/);
    expect(core.answer('where did they meet?', 'What did Takaichi pledge?').text).toMatch(/Tokyo/);
  });

  it('the console keeps the session’s previous question', async () => {
    const text = await consoleSession(['Who did Koizumi meet?', 'and when was that?']);
    expect(text).toMatch(/met on Wednesday/);
    expect(text).not.toMatch(/full question/);
  });

  it('a console session follows a chain of follow-ups, each read with the one before', async () => {
    const text = await consoleSession(['which country got an exception?', 'who is their pm?', 'what did he say?', 'and when?']);
    expect(text).toMatch(/Spain was the only ally/);
    expect(text).toMatch(/Pedro Sánchez is Spain's Prime Minister/);
    expect(text).toMatch(/unreasonable/);
    expect(text).not.toMatch(/Takaichi|full question/);
  });
});
