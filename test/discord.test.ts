// /defense slash commands and autocomplete, end to end: real discord.js Client, real core, fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autocomplete, callbackOf, EPHEMERAL, embedText, MANAGER_PERMISSIONS, slash, type SlashOptions } from './fakes/discord-events.ts';
import { startTestBot, type TestBot } from './helpers/discord-bot.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot?.stop());

/** Runs `/defense [group] sub` and returns what the user sees: the reply's text, and whether only they see it. */
async function run(sub: string, opts: SlashOptions = {}) {
  const body = await callbackOf(bot.fake, slash(bot.fake, sub, opts));
  expect(body.type).toBe(4); // CHANNEL_MESSAGE_WITH_SOURCE: answered at once, no defer
  expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  return { text: embedText(body.data), ephemeral: Boolean(body.data.flags & EPHEMERAL) };
}

describe('/defense on Discord', () => {
  it('spending shows the latest article’s share of GDP to the channel', async () => {
    const { text, ephemeral } = await run('spending');
    expect(text).toMatch(/\d\s?(%|percent)/i);
    expect(text).toMatch(/GDP/);
    expect(ephemeral).toBe(false);
  });

  it('spending with an article option shows that article’s card', async () => {
    const { text } = await run('spending', { values: { article: 'debt brake' } });
    expect(text).toMatch(/€500 billion/);
    expect(text).toMatch(/German parliament loosens debt brake/);
  });

  it('people, timeline and sources answer from the article', async () => {
    const people = await run('people');
    expect(people.text).toMatch(/Koizumi/);
    expect(people.text).toMatch(/Hegseth/);
    const timeline = await run('timeline');
    expect(timeline.text).toMatch(/October 2025/);
    const sources = await run('sources');
    expect(sources.text).toMatch(/Koizumi meets Hegseth/);
    expect([people, timeline, sources].every((r) => !r.ephemeral)).toBe(true);
  });

  it('help is shown only to the person who asked', async () => {
    const { text, ephemeral } = await run('help');
    expect(text).toMatch(/\/defense spending/);
    expect(ephemeral).toBe(true);
  });

  it('ask answers from the fact base with the quoted sentence', async () => {
    const { text, ephemeral } = await run('ask', { values: { question: 'How many US troops are in Japan?' } });
    expect(text).toMatch(/50,000/);
    expect(text).toMatch(/From the article/);
    expect(ephemeral).toBe(false);
  });

  it('ask declines what the article does not say', async () => {
    const { text } = await run('ask', { values: { question: 'How many US troops are in South Korea?' } });
    expect(text).toMatch(/doesn't say|does not say/i);
    expect(text).not.toMatch(/\d{2},\d{3}/);
  });

  it('@everyone and role mentions in a question are sent inert, with no allowed mentions', async () => {
    const question = '@everyone @here <@&123456789012345678> how much will Japan spend on defence?';
    const body = await callbackOf(bot.fake, slash(bot.fake, 'ask', { values: { question } }));
    expect(body.data.allowed_mentions.parse).toEqual([]);
    expect(JSON.stringify(body.data)).not.toMatch(/@everyone|@here|<@&\d+>/);
    expect(embedText(body.data)).toMatch(/2%|two percent/i);
  });

  it('autocomplete offers answerable questions matching what is typed, within 100 characters', async () => {
    const body = await callbackOf(bot.fake, autocomplete(bot.fake, 'troo'));
    expect(body.type).toBe(8);
    const choices: { name: string; value: string }[] = body.data.choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name).toMatch(/troop/i);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('digest: subscribing needs Manage Channels; status, preview and unsubscribe work', async () => {
    const refused = await run('subscribe', { group: 'digest', values: { time: '08:30' } });
    expect(refused.text).toMatch(/only people who can manage this channel/i);
    expect(refused.ephemeral).toBe(true);

    const subscribed = await run('subscribe', { group: 'digest', values: { time: '08:30', timezone: 'Europe/London' }, permissions: MANAGER_PERMISSIONS });
    expect(subscribed.text).toMatch(/08:30 \(Europe\/London\)/);
    expect(subscribed.ephemeral).toBe(false);

    const status = await run('status', { group: 'digest' });
    expect(status.text).toMatch(/08:30/);
    expect(status.ephemeral).toBe(true);

    const preview = await run('preview', { group: 'digest' });
    expect(preview.text).toMatch(/GDP/);
    expect(preview.ephemeral).toBe(true);

    const gone = await run('unsubscribe', { group: 'digest', permissions: MANAGER_PERMISSIONS });
    expect(gone.text).toMatch(/no longer/i);
    expect((await run('status', { group: 'digest' })).text).toMatch(/not subscribed/i);
  });
});
