// Property-based tests: whatever anyone types, and whatever a reply contains, the bot answers
// well-formed, quickly, and renders inside every Discord and Slack limit without pinging anyone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { messageBody, renderEmbed } from '../adapters/discord/render.ts';
import { LIMITS as SLACK, renderReply } from '../adapters/slack/render.ts';
import { parseCommand, type CommandContext } from '../src/command.ts';
import { createCore } from '../src/core.ts';
import { DigestCommands } from '../src/digest/service.ts';
import { createLogger } from '../src/log.ts';
import { openStore } from '../src/store/open.ts';
import type { Reply, ReplyKind } from '../src/reply.ts';
import { LIVE_MENTION, blockKitProblems } from './fakes/slack.ts';
import { expectEmbedWithinLimits } from './helpers/discord-limits.ts';

const core = createCore();
const dataDir = mkdtempSync(join(tmpdir(), 'factdesk-properties-'));
const store = await openStore({ dataDir }, createLogger({ level: 'silent' }));
/** The core as the chat platforms run it, with digest subscriptions on a temporary database. */
const withDigest = createCore({ facts: core.facts, digest: new DigestCommands({ store: store.digest, facts: core.facts, defaults: { time: '09:00', timezone: 'Asia/Tokyo' } }) });
afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});
const articles = core.facts.articles.map((a) => a.text);
const articleWords = [...new Set(articles.join(' ').split(/\s+/).filter(Boolean))];

/** Pieces people really type: article words, questions, mentions in both platforms' syntax, markdown, emoji. */
const piece = fc.oneof(
  fc.constantFrom(...articleWords),
  fc.constantFrom('how much', 'who', 'when', 'what did', 'Koizumi', 'Hegseth', 'defence', 'defense', 'spending', 'GDP', '2%', 'troops', 'Tokyo'),
  fc.constantFrom('Koizmi', 'Hegset', 'spendng', 'defnce', 'Jpan', 'tropps'),
  fc.constantFrom('@everyone', '@here', '<!channel>', '<!everyone>', '<!here>', '<@123>', '<@U0BOSS>', '<@&123456789012345678>', '<#C1|news>'),
  fc.constantFrom('**', '__', '`', '```', '> ', '~~', '||', '[x](https://x.test)', '&amp;', '<', '>', '\n', '\t', ' ', '?', '.'),
  fc.constantFrom('😀', '👩‍👩‍👧', '🇯🇵', '日本の防衛費', 'ñ', '\u200b', '\u202e', '\u0000', '\uD800', 'e\u0301'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const typed = fc.array(piece, { maxLength: 40 }).map((a) => a.join(' '));
/** Up to 20,000 characters: a repeated piece, cut anywhere (even inside a surrogate pair). */
const huge = fc.tuple(piece.filter((p) => p.length > 0), fc.integer({ min: 900, max: 20_000 })).map(([p, n]) => p.repeat(Math.ceil(n / p.length)).slice(0, n));
const anyText = fc.oneof(typed, huge, fc.string({ unit: 'grapheme', maxLength: 500 }), fc.string({ unit: 'binary', maxLength: 2_000 }));

/** Generous per-call bound (ms): catches runaway work (a backtracking regex, an unbounded loop), not noise. */
const SLOW_MS = 1_000;

describe('answer() for any input', () => {
  it('returns a well-formed answer, with verbatim quotes, quickly and without throwing', () => {
    let answered = 0;
    // The word list and WordNet load on first use; the bound is for the work per call, not that.
    core.answer('lorem ipsum dolor quixotic?');
    fc.assert(
      fc.property(anyText, (q) => {
        const started = performance.now();
        const a = core.answer(q);
        expect(performance.now() - started).toBeLessThan(SLOW_MS);
        expect(typeof a.answered).toBe('boolean');
        expect(typeof a.text).toBe('string');
        expect(a.text.trim().length).toBeGreaterThan(0);
        expect(Array.isArray(a.citations)).toBe(true);
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1);
        if (a.answered) {
          answered++;
          expect(a.citations.length).toBeGreaterThan(0);
          for (const c of a.citations) expect(articles.some((text) => text.includes(c.quote))).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
    // The generator must reach real answers too, or the quote check above proves nothing.
    expect(answered).toBeGreaterThan(0);
  });

  it('core.run(parseCommand(text)) never throws and always gives a titled reply, digest commands included', async () => {
    const commandText = fc.oneof(
      anyText,
      fc
        .tuple(
          fc.constantFrom('/defense', '/defence', 'defense', ''),
          fc.constantFrom('spending', 'ask', 'people', 'timeline', 'sources', 'help', 'digest', 'DIGEST subscribe', 'digest subscribe 08:30', 'digest unsubscribe', 'digest preview'),
          anyText,
        )
        .map((p) => p.join(' ')),
    );
    const ctx = fc.record({
      platform: fc.constantFrom('console' as const, 'discord' as const, 'slack' as const),
      channelId: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }),
      canManageChannel: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(commandText, ctx, fc.boolean(), async (text, c: CommandContext, digest) => {
        const r = await (digest ? withDigest : core).run(parseCommand(text), c);
        expect(r.title.trim().length).toBeGreaterThan(0);
        expect(typeof r.body).toBe('string');
      }),
      { numRuns: 400 },
    );
  });
});

const kinds: ReplyKind[] = ['answer', 'decline', 'info', 'help', 'error', 'digest'];
const field = fc.record({ name: anyText, value: anyText });
const citation = fc.record({ articleId: fc.string({ maxLength: 20 }), sentence: fc.nat(200), quote: anyText });
const anyReply: fc.Arbitrary<Reply> = fc.record({
  kind: fc.constantFrom(...kinds),
  title: anyText,
  body: anyText,
  fields: fc.array(field, { maxLength: 40 }),
  citations: fc.array(citation, { maxLength: 12 }),
  footer: anyText,
  ephemeral: fc.boolean(),
});

/** A Discord mention that would ping if mentions were allowed: @everyone, @here, <@id>, <@!id>, <@&id>. */
const DISCORD_MENTION = /@(everyone|here)|<@[!&]?\d+>/;

describe('rendering any reply', () => {
  it('Discord: every embed limit holds, nothing reads as a mention, and no mention is allowed', () => {
    fc.assert(
      fc.property(anyReply, (r) => {
        const message = messageBody(r);
        expect(message.embeds).toHaveLength(1);
        expect((message as { content?: string }).content?.length ?? 0).toBeLessThanOrEqual(2000);
        const embed = message.embeds[0]!;
        expect(embed).toEqual(renderEmbed(r));
        expectEmbedWithinLimits(embed);
        expect(JSON.stringify(embed)).not.toMatch(DISCORD_MENTION);
        expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
      }),
      { numRuns: 250 },
    );
  });

  it('Slack: every Block Kit limit holds and nothing becomes a live mention', () => {
    fc.assert(
      fc.property(anyReply, (r) => {
        const msg = renderReply(r);
        expect(blockKitProblems(msg)).toEqual([]);
        expect(msg.blocks.length).toBeLessThanOrEqual(SLACK.blocks);
        for (const b of msg.blocks) {
          if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK.header);
          if (b.type === 'section') expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(SLACK.section);
          if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(10);
        }
        expect(msg.text.length).toBeLessThanOrEqual(SLACK.fallback);
        expect(JSON.stringify(msg)).not.toMatch(LIVE_MENTION);
      }),
      { numRuns: 250 },
    );
  });
});
