// Question words an article uses itself reach its facts without curated keys: a word that means a
// broad concept elsewhere ("goes", "fund") still matches the fact that says it, a figure answers
// "how much", and people are found by what their titles say they lead. Broader matching must not
// answer what the articles do not cover.
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const core = createCore();

describe('the articles own words', () => {
  it.each([
    // "goes" reads as travelling elsewhere; the fact says "€100 billion going to the federal states".
    ['how much goes to the federal states?', 'germany-debt-brake-2025-03', /€100 billion going to the federal states/],
    // The fact gives figures, so it answers "how much" though its keys never say "amount".
    ['how much goes to the climate and transformation fund?', 'germany-debt-brake-2025-03', /€100 billion to the climate/],
    // "head of NATO" is one of Rutte's titles: he is who is in charge of NATO.
    ['who is in charge of NATO?', 'nato-summit-2025-06', /Rutte/],
    // A newer article covering less of the question does not win the close call.
    ['how long did the summit last?', 'nato-summit-2025-06', /two-day summit/],
    // A title with a country names that country's holder.
    ["Who is Spain's prime minister?", 'nato-summit-2025-06', /Sánchez/],
    // ...written after it too, with or without "the" ("the prime minister of the UK" is not Japan's).
    ['Who is the prime minister of the UK?', 'uk-defence-review-2025-06', /Starmer/],
    ['who is the prime minister of Spain?', 'nato-summit-2025-06', /Sánchez/],
    // ...and a title in other words names the one holder there whose titles have its words.
    ["who is Japan's top defence official?", 'japan-defence-spending-2025-10', /Koizumi/],
    // "First approved" is "originally approved", not the first of something.
    ['when were the security papers first approved?', 'japan-defence-spending-2025-10', /December 2022/],
    // "Besides" one of the things a fact names asks for the others it names.
    ['which documents were discussed besides the National Security Strategy?', 'japan-defence-spending-2025-10', /National Defen[cs]e Strategy/],
    // Words the question quotes find the fact quoting them, in the article that quotes them.
    ['what did Trump mean by "terrible"?', 'nato-summit-2025-06', /“terrible”/],
    // Words of someone's titles next to their name describe them, asking nothing of their own.
    ["Where did Japan's new defence chief sit down with the Pentagon boss?", 'japan-defence-spending-2025-10', /Tokyo/],
    // Allies are countries (WordNet): a count of allies answers how many countries.
    ['How many countries signed the declaration?', 'nato-summit-2025-06', /32 allies/],
    // A word only other articles' facts use is unknown to this one, and may be chatter there.
    ['Which ally was allowed to skip the target?', 'nato-summit-2025-06', /Spain was the only ally/],
    ['What figure did Madrid say would be enough?', 'nato-summit-2025-06', /2\.1%/],
    // A title reaching past "the Greens" is the title, not the party and two words.
    ['who is the greens parliamentary leader?', 'germany-debt-brake-2025-03', /Dröge/],
    ['When did the policy documents get the green light?', 'japan-defence-spending-2025-10', /December 2022/],
  ])('%s → %s', (q, article, expected) => {
    const a = core.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
    expect(a.citations[0]!.articleId).toBe(article);
  });

  it.each([
    // The US president is not France's; no article names France's.
    "Who is France's president?",
    // Two of Japan's office-holders are ministers: "foreign minister" names neither.
    "Who is Japan's foreign minister?",
    "who else did Hegseth meet besides Koizumi?",
    // A thing no fact names, as the object of the question, is not a paraphrase.
    'How much of the fund goes to hospitals?',
    // "leader" describes the SPD here, not Merz, whose title it is too.
    "what's the name of the SPD leader who negotiated with Merz?",
    // A word after a name with "'s" is what they have, not their title ("boss" → lead).
    "did hegseth praise koizumi's leadership?",
    // The verb right after "who" or a "which" noun phrase is what is asked, never chatter.
    'who owns the social media company X?',
    'Which Japanese officials besides Koizumi attended the meeting?',
  ])('declines %s', (q) => {
    expect(core.answer(q).answered).toBe(false);
  });
});

describe('"the lower house" is the Bundestag (as "the upper house" is the Bundesrat)', () => {
  it('answers when it voted and by how many votes', () => {
    expect(core.answer('when did the lower house vote on loosening the debt brake?').text).toMatch(/March 18/);
    expect(core.answer('how many votes did the changes get in the lower house?').text).toMatch(/513/);
  });
  it('"chamber" too: the upper chamber is the Bundesrat, the lower chamber the Bundestag', () => {
    expect(core.answer('when will the upper chamber vote on it?').text).toMatch(/March 21/);
    expect(core.answer('what was the tally in the lower chamber?').text).toMatch(/513 votes in favour and 207 against/);
  });
});

describe('a former holder of a title is not its holder now', () => {
  it("\"Lithuania's current prime minister\" is not Kubilius (a former one), nor Japan's", () => {
    expect(core.answer("who is Lithuania's current prime minister?").answered).toBe(false);
  });
  it('a question asking for the former one gets him', () => {
    expect(core.answer('who is the ex-Lithuanian PM?').text).toMatch(/Kubilius/);
  });
});
