import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, inert, renderEmbed, messageBody, toChoice } from '../adapters/discord/render.ts';
import { reply, type Reply } from '../src/reply.ts';
import { expectEmbedWithinLimits } from './helpers/discord-limits.ts';

const sentence = (i: number) => `Sentence ${i} says Japan will raise defence spending to two percent of GDP. `;
const prose = (chars: number) => Array.from({ length: Math.ceil(chars / 70) }, (_, i) => sentence(i)).join('').slice(0, chars);

describe('Discord rendering', () => {
  it('shows a normal answer whole: title, text, fields, quoted sentences and source', () => {
    const r = reply('answer', 'Defence spending', 'Japan aims for 2% of GDP.', {
      fields: [{ name: 'Target', value: '2% of GDP' }],
      citations: [{ articleId: 'a', sentence: 3, quote: 'raise defence spending to 2% of GDP' }],
      footer: 'Source: The Japan Times',
    });
    const e = renderEmbed(r);
    expect(e.title).toBe('Defence spending');
    expect(e.description).toBe('Japan aims for 2% of GDP.');
    expect(e.fields).toEqual([
      { name: 'Target', value: '2% of GDP' },
      { name: 'From the article', value: '> “raise defence spending to 2% of GDP”' },
    ]);
    expect(e.footer?.text).toBe('Source: The Japan Times');
  });

  it('cuts a 10,000-character reply cleanly at a sentence end, within every limit', () => {
    const body = prose(10_000);
    const r = reply('answer', 'T'.repeat(400), body, {
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `Field ${i} `.repeat(40), value: prose(2_000) })),
      citations: [{ articleId: 'a', sentence: 1, quote: prose(3_000) }],
      footer: prose(3_000),
    });
    const e = renderEmbed(r);
    expectEmbedWithinLimits(e);
    expect(e.description).toMatch(/GDP\. …$/);
    expect(body.startsWith(e.description!.replace(/ …$/, ''))).toBe(true);
  });

  it('cuts at a word break when there is no sentence end, and never splits an emoji', () => {
    const words = 'defence '.repeat(700);
    expect(clip(words, 1024)).toMatch(/ defence …$/);
    const emoji = '🇯🇵'.repeat(600);
    const cut = clip(emoji, 1001);
    expect(cut.length).toBeLessThanOrEqual(1001);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('stays within Discord limits for any reply (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 7_000, size: 'max' });
    const replyArb = fc.record({
      kind: fc.constantFrom('answer', 'decline', 'info', 'help', 'error', 'digest'),
      title: text,
      body: text,
      footer: text,
      fields: fc.array(fc.record({ name: text, value: text }), { maxLength: 30 }),
      citations: fc.array(fc.record({ articleId: fc.constant('a'), sentence: fc.nat(), quote: text }), { maxLength: 5 }),
      ephemeral: fc.boolean(),
    }) as fc.Arbitrary<Reply>;
    fc.assert(fc.property(replyArb, (r) => expectEmbedWithinLimits(renderEmbed(r))), { numRuns: 60 });
  });

  it('makes @everyone, @here, user and role mentions inert and allows no mentions', () => {
    const text = 'hi @everyone and @here, <@123456789012345678> <@!123456789012345678> <@&223456789012345678>';
    expect(inert(text)).not.toMatch(/@everyone|@here|<@!?\d+>|<@&\d+>/);
    const m = messageBody(reply('answer', '@everyone', text));
    expect(m.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(m.embeds)).not.toMatch(/@everyone|@here|<@!?\d+>|<@&\d+>/);
  });

  it('keeps autocomplete choices within 100 characters', () => {
    const choice = toChoice(prose(300));
    expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(choice.value).toBe(choice.name);
  });
});
