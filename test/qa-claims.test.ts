// A yes/no answer only when the fact states every claim of the question: people together,
// places, figures and days. Otherwise the bot says what the article does say, without a verdict.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, DEFAULT_ARTICLES_DIR } from '../src/core.ts';
import { REGISTRY_FILE } from '../src/facts/load.ts';

const core = createCore();

/** Neither Yes nor No, and not counted as answered: the article does not say. */
function expectNoVerdict(q: string) {
  const a = core.answer(q);
  expect(a.answered).toBe(false);
  expect(a.text).not.toMatch(/^\W*(yes|no)\b/i);
}
const lead = (q: string) => core.answer(q).text.split(/[.:]/)[0]!;

describe('yes/no claims', () => {
  it.each([
    'Did Hegseth meet Takaichi?',
    'Did Koizumi meet Trump?',
    'Did the PM meet the defence secretary?',
    'Was Trump at the Koizumi-Hegseth meeting?',
    'Was Hegseth at the Takaichi–Trump talks?',
    'Did Trump and Hegseth meet in Tokyo?',
    'Did Kishida meet Hegseth?',
    // Someone else attending does not rule Trump out; the article does not say who else came.
    'Did Trump attend the royal dinner?',
    // The Left Party is named with the new Bundestag's seats, not with the vote.
    'did the Left Party vote against in the Bundestag?',
    // Another topic named in the fact's place does not rule out one it never mentions.
    'Did the declaration mention China?',
    'Did the NATO declaration describe Iran as a long-term threat?',
    // A word outside the title asks more than the title.
    'Is Koizumi the grandson of a prime minister?',
    // The article says only "Wednesday"; the date is the curators' working-out, not a claim it states.
    'Did Koizumi and Hegseth meet on October 29?',
    // Someone else speaking there does not rule Zelensky out; "news conference" is not a request for the news.
    'did Zelensky speak at the news conference after the summit?',
    // Zelensky not taking part in the session says nothing of what NATO agreed about Ukraine.
    'did NATO agree to let Ukraine join?',
    // Rutte's summit is NATO's: the EU summit that Costa chairs (not Rutte) says nothing of it.
    'did Mark Rutte host the summit?',
    // Hegseth's post is on X; that Trump did not post on Truth Social is not said.
    'did Trump post about the meeting on Truth Social?',
  ])('%s gets no verdict: the article does not say, and what it does say', expectNoVerdict);

  it('says what the article does say when it neither confirms nor denies', () => {
    expect(core.answer('Did Hegseth meet Takaichi?').text).toMatch(/^The article doesn't say so\. It says: Koizumi and Hegseth met/);
  });

  it.each([
    ['Did Hegseth meet Koizumi?', 'Yes'],
    ['Did Takaichi meet Trump?', 'Yes'],
    ['Did Takaichi meet Trump before Koizumi met Hegseth?', 'Yes'],
    ['Did Koizumi and Hegseth meet on Wednesday?', 'Yes'],
    ['Did Koizumi meet Hegseth in Osaka?', 'No'],
    ['Did the Koizumi-Hegseth meeting happen before the Takaichi-Trump talks?', 'No'],
    // A sum of money other than the fact's is a correction, as a wrong percentage is.
    ['the Greens got €50 billion for climate, right?', 'No'],
    ['Is the infrastructure fund worth €1 trillion?', 'No'],
  ])('%s → %s (every claim stated, or one denied)', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });

  it.each([
    // Who did what: the review was led by Robertson, "working with" Barrons.
    ['Did Richard Barrons lead the review?', /^No\b.*led by George Robertson/],
    ['Was the review led by George Robertson?', /^Yes\b/],
    // Direction: said of the same thing, the other way round.
    ['did Starmer raise overseas aid to pay for defence?', /^No\b.*cutting overseas aid/],
    ['did Starmer cut overseas aid?', /^Yes\b/],
    ['are there fewer than 50,000 US soldiers in Japan?', /^No\b.*more than 50,000/],
    ['was the main working session one of the longest in NATO history?', /^No\b.*shortest/],
    ['Were the security papers approved by the current administration?', /^No\b.*former administration/],
    // Order: "A before B" is "B after A"; the other way round is denied.
    ['Was the Koizumi-Hegseth meeting a day before the Takaichi-Trump talks?', /^No\b/],
    ['Did Takaichi talk with Trump the day before the Koizumi-Hegseth meeting?', /^Yes\b/],
    // Figures: a count of the same things with another number, and the fact that gives the number asked.
    ['will the new submarines replace eight Astute-class boats?', /^No\b.*seven/],
    ['were there 513 votes in favour?', /^Yes\b.*513/],
    ['were there 523 votes in favour?', /^No\b.*513/],
    // The fact's other number for another measure ("489 votes … required") is not the number of votes in favour.
    ['did 489 MPs vote in favour?', /^No\b.*513/],
    ['did the changes pass with 489 votes?', /^No\b.*513/],
    ['were 489 votes required?', /^Yes\b/],
    // A sum said to be for one thing, where the fact has it for another.
    ['Did the Greens secure €100 billion for defence?', /^No\b.*climate protection/],
    ['did the Greens win €100 billion for climate protection?', /^Yes\b/],
    // A denied word by meaning is not one the fact itself states (money), nor a phrase inside a number.
    ['the infrastructure fund is €500 billion, right?', /^Yes\b/],
    ['will UK defence spending rise to 2.5 percent of GDP by April 2027?', /^Yes\b/],
    // A quoted phrase: said by someone else.
    ["did Starmer say 'ten times more lethal'?", /^No\b.*Healey/],
    // A negative question asks yes or no as well.
    ["wasn't it the Kishida government that approved the security papers?", /^Yes\b.*Kishida/],
    // A place named for the meeting: corrected with where it was.
    ['did Koizumi meet Hegseth in Osaka?', /^No\b.*Tokyo/],
  ])('%s → %s (who did what, direction, order, count, quote, place)', (q, expected) => {
    expect(core.answer(q).text).toMatch(expected);
  });

  it.each([
    // The date is the other clause's event's: "met on Wednesday, a day after talks between Takaichi and Trump".
    ['Did Takaichi and Trump meet on Wednesday?', /^The article doesn't say so\./],
    ['did Trump and Takaichi talk on Tuesday?', /^The article doesn't say so\./],
    // A share of something else: of GDP, not of the budget.
    ['is defence spending above 1% of the federal budget exempt from the debt brake?', /^No\b.*of gross domestic product/],
    ['is defence spending above 1% of GDP exempt from the debt brake?', /^Yes\b/],
    // A figure the fact's words give is no conflict; someone else written to is.
    ['did Sánchez write to Rutte that 5% would be unreasonable?', /^Yes\b/],
    ['did Sánchez write to Trump that 5% would be unreasonable?', /^No\b.*wrote to Rutte/],
    // A topic asked about must be in the fact's own words ("changing … environment" is not climate change).
    ['did the declaration mention climate change?', /^The article doesn't say so\./],
    ['did the declaration describe Russia as a long-term threat?', /^Yes\b/],
    // What is still to come has not happened yet.
    ['heard the Bundesrat already approved the changes?', /^No\b.*scheduled to vote/],
    // Start and close, meeting and falling short, are the other way round.
    ['was the pledge adopted at the start of the summit?', /^No\b.*at the close/],
    ['was the pledge adopted at the close of the summit?', /^Yes\b/],
    ["did Germany fall short of NATO's 2% target last year?", /^No\b.*meeting NATO's 2% target/],
    // "An hour and a half" is one figure, 1.5 hours.
    ['did the main working session last an hour and a half?', /^No\b.*two and a half hours/],
    ['did the main working session last two and a half hours?', /^Yes\b/],
    // What the fact says only of its last percentage is not said of the other.
    ['does cyber defence count towards the 3.5 percent?', /^No\b/],
    ['does cyber defence count towards the 1.5 percent?', /^Yes\b/],
    // The claim's own words must be the fact's, all but two: his welcome of Japan's commitment promises no troops.
    ['did hegseth promise to send more troops to japan?', /^The article doesn't say so\./],
    ['did the japanese parliament vote on the defence budget?', /^The article doesn't say\b/],
    ["Did Hegseth welcome Japan's commitment to increase its defence spending?", /^Yes\b/],
    // The main clause's place is the event's; the new Bundestag is the reason.
    ['did the vote happen in the newly elected bundestag?', /^The article doesn't say so\./],
    ['was the vote held in the outgoing parliament?', /^Yes\b/],
    ['is the next nato summit in turkey in 2026?', /^Yes\b/],
    // A phase of events the fact does not state ("at first") is neither confirmed nor denied; a sum alone is.
    ['did the greens ask for 200 billion for climate at first?', /^The article doesn't say so\./],
    ['did the greens get 200 billion for climate?', /^No\b.*€100 billion/],
    // A percentage the fact writes is its own only said of the same words.
    ['did Sánchez say Spain would spend 5%?', /^No\b/],
    ['did Sánchez write to Rutte that reaching 5% would be unreasonable?', /^Yes\b/],
  ])('%s → %s (the claim checked slot by slot: date of the same event, share of what, to whom, topic, time, figure)', (q, expected) => {
    expect(core.answer(q).text).toMatch(expected);
  });

  it.each([
    // The weapons are built in the UK; the article does not say where the submarines are built.
    'will the new submarines be built in Glasgow?',
    // A time of day the fact does not give.
    'was the Bundestag vote on March 18 held in the evening?',
    // Starmer spoke at the shipyard; that Healey did not is not said.
    'did Healey speak at the Govan shipyard?',
  ])('%s gets no verdict (a place, time or person the fact does not state)', expectNoVerdict);

  it('"Was it X who …?" with someone else doing it says who', () => {
    expect(core.answer('Was it Kishida who met Hegseth in Tokyo?').text).toMatch(/^No: it was Shinjiro Koizumi\./);
  });

  it('a word the bot does not know is never confirmed, even when the rest of the question matches a fact', () => {
    // With the NATO article alone, "legally" is a word no fact uses.
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-claims-'));
    cpSync(join(DEFAULT_ARTICLES_DIR, 'nato-summit-2025-06'), join(dir, 'nato-summit-2025-06'), { recursive: true });
    cpSync(join(DEFAULT_ARTICLES_DIR, REGISTRY_FILE), join(dir, REGISTRY_FILE));
    const nato = createCore({ articlesDir: dir });
    expect(nato.answer('will the 5% target be legally binding?').text).not.toMatch(/^\W*yes\b/i);
  });

  it('a figure or weekday the fact does not give is never confirmed', () => {
    for (const q of ['Did Hegseth post on Thursday?', 'Is Japan spending 1 trillion yen on defence?', 'Does the US have 50,000 troops in Japan and 3 bases?'])
      expect(core.answer(q).text).not.toMatch(/^\W*yes\b/i);
  });
});

describe('every slot of a claim', () => {
  it.each([
    // An event the article does not state, joined to one it does.
    'heard the AfD took the reform to court after the vote, true?',
    // The vote is in a clause without the Left Party.
    'did the Left Party vote for the changes?',
    // A premise the fact says of others, or a figure it does not give.
    'why did the FDP block the constitutional changes?',
    'why did 600 lawmakers vote for the changes?',
    // Who the claim is about is named nowhere in the fact, or only as another's nationality or article.
    'did Spain host the summit?',
    'did Germany secure an exception?',
    'did the netherlands raise its defence budget to 3% of GDP?',
    // Someone else, by name, did it ("negotiated by conservative leader Friedrich Merz").
    'is it true the Greens negotiated the package?',
    // A span of time the fact does not give.
    'did Koizumi take office the week before?',
  ])('%s gets what the article says, no verdict', (q) => {
    expectNoVerdict(q);
  });

  it.each([
    ['is the 3.5% for critical infrastructure and the 1.5% for troops and weapons?', 'No'],
    ["Japan's 2% goal comes two years after its previous commitment, correct?", 'No'],
    ['was the old 2% target set in 2014?', 'Yes'],
    ['was the old 2% target set in 2016?', 'No'],
    ['did the reform pass in the bundestag?', 'Yes'],
    ['did Dick Schoof host the summit?', 'Yes'],
    ['fact check: Trump said Spain would pay three times as much in trade talks', 'No'],
  ])('%s → %s', (q, expected) => {
    expect(lead(q)).toBe(expected);
  });
});
