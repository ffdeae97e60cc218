import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromSlackText, MAX_SLACK_TEXT_CHARS } from '../adapters/slack/answer.ts';
import { LIMITS, renderReply, splitText } from '../adapters/slack/render.ts';
import { reply, type Reply } from '../src/reply.ts';
import { blockKitProblems, LIVE_MENTION } from './fakes/slack.ts';

const sentence = (i: number) => `Sentence ${i} says Japan plans to raise defence spending to 2% of GDP by fiscal 2027.`;
const sectionTexts = (r: Reply) => renderReply(r).blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('Slack rendering', () => {
  it('renders header, answer, quotes and source, with a plain fallback', () => {
    const r = reply('answer', 'Defence spending', 'Japan aims for 2% of GDP.', {
      citations: [{ articleId: 'a', sentence: 3, quote: 'two percent of GDP' }],
      footer: 'Source: the article',
    });
    const msg = renderReply(r);
    expect(msg.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context']);
    expect(JSON.stringify(msg.blocks)).toContain('>“two percent of GDP”');
    expect(msg.text).toBe('Defence spending: Japan aims for 2% of GDP.');
    expect(blockKitProblems(msg)).toEqual([]);
  });

  it('splits a 10,000-character answer at sentence boundaries within Block Kit limits, losing nothing', () => {
    const sentences = Array.from({ length: 120 }, (_, i) => sentence(i + 1));
    const body = sentences.join(' ');
    expect(body.length).toBeGreaterThan(10_000);
    const msg = renderReply(reply('answer', 'T'.repeat(400), body, { footer: 'F'.repeat(5000) }));
    expect(blockKitProblems(msg)).toEqual([]);
    const sections = sectionTexts(reply('answer', 'x', body));
    expect(sections.length).toBeGreaterThan(3);
    for (const s of sections) expect(s).toMatch(/2027\.$/);
    expect(sections.join(' ')).toBe(body);
    expect(msg.text.length).toBeLessThanOrEqual(LIMITS.fallback);
    expect(msg.text.endsWith('…')).toBe(true);
  });

  it('prefers paragraph breaks, and hard-cuts one huge word without breaking entities or emoji', () => {
    const paras = ['a'.repeat(2000), 'b'.repeat(2000)].join('\n\n');
    expect(splitText(paras, 3000)).toEqual(['a'.repeat(2000), 'b'.repeat(2000)]);
    for (const word of ['&'.repeat(10_000), '😀'.repeat(5000), `x${'<'.repeat(9999)}`]) {
      const sections = sectionTexts(reply('answer', 'x', word));
      expect(blockKitProblems(renderReply(reply('answer', 'x', word)))).toEqual([]);
      for (const s of sections) {
        expect(s).toMatch(/^(x?)((&amp;)|(&lt;)|(😀))+$/u);
        expect(s).not.toMatch(loneSurrogate);
      }
    }
  });

  it('keeps to 50 blocks, saying the answer was shortened', () => {
    const body = Array.from({ length: 80 }, (_, i) => `${i}: ${'word '.repeat(590)}`).join('\n\n');
    const msg = renderReply(reply('answer', 'Long', body, { footer: 'Source', citations: [{ articleId: 'a', sentence: 1, quote: 'q' }] }));
    expect(msg.blocks).toHaveLength(50);
    expect(blockKitProblems(msg)).toEqual([]);
    expect(JSON.stringify(msg.blocks.at(-2))).toContain('Shortened to fit');
    expect(msg.blocks.at(-1)).toMatchObject({ type: 'context', elements: [{ text: 'Source' }] });
  });

  it('escapes user and article text so mentions and broadcasts stay inert', () => {
    const evil = 'Hi <!everyone> <!channel> <!here> <@U123ABC> <!subteam^S1> <https://x.test|click> & more';
    const msg = renderReply(reply('answer', evil, evil, { fields: [{ name: evil, value: evil }], citations: [{ articleId: 'a', sentence: 1, quote: evil }], footer: evil }));
    const json = JSON.stringify(msg);
    expect(json).not.toMatch(LIVE_MENTION);
    expect(json).not.toContain('<https://');
    expect(json).toContain('&lt;!everyone&gt;');
    expect(json).toContain('&amp; more');
  });

  it('never produces an invalid or pinging message, whatever the text (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.array(fc.constantFrom('<!everyone>', '<@U1>', '&', '<', '>', '\n\n', '. ', ' ', 'word', '😀', 'x'.repeat(700)), { maxLength: 60 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, text, text, (title, body, quote) => {
        const msg = renderReply(reply('answer', title, body, { citations: [{ articleId: 'a', sentence: 1, quote }], footer: quote }));
        expect(blockKitProblems(msg)).toEqual([]);
        expect(JSON.stringify(msg)).not.toMatch(LIVE_MENTION);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Slack text', () => {
  it('reads Slack markup as the question the user meant', () => {
    expect(fromSlackText('<@U0FACTBOT> <!everyone> ask <@U2|ann> in <#C1|news> about <https://x.test|this> &amp; &lt;2% &gt; 1')).toBe(
      'ask in #news about this & <2% > 1',
    );
    expect(fromSlackText('<!here|here> <!subteam^S1> people <#C9> <https://x.test>')).toBe('people #C9 https://x.test');
  });

  it('cleans unclosed markup in linear time (quadratic cleanup takes seconds here)', () => {
    for (const unit of ['<@', '<!', '<#', '<', '<#C1|', '<https://x|']) {
      const text = unit.repeat(Math.floor(MAX_SLACK_TEXT_CHARS / unit.length));
      const start = performance.now();
      for (let i = 0; i < 50; i++) fromSlackText(text);
      expect(performance.now() - start, unit).toBeLessThan(1_000);
    }
  });

  it('leaves text longer than any question alone, for the core to decline', () => {
    const flood = '<@'.repeat(50_000);
    expect(fromSlackText(flood)).toBe(flood);
  });
});
