// Replicas and redelivery: every command and mention is claimed in the shared state, so the same
// event reaching two bot processes, or reaching one twice, is answered once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryState, type SharedState } from '../src/state.ts';
import { snowflake } from './fakes/discord.ts';
import { autocomplete, callbackOf, embedText, interactionPayload, message, slash } from './fakes/discord-events.ts';
import { startTestBot, type TestBot } from './helpers/discord-bot.ts';

let a: TestBot;
let b: TestBot;
beforeAll(async () => {
  const state = new MemoryState();
  a = await startTestBot({ state });
  b = await startTestBot({ state, fake: a.fake });
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

/** Resolves once the bots have logged `times` skips of the event (one replica answers, the other skips). */
async function skipped(id: string, times = 1): Promise<void> {
  const count = () => [...a.logs, ...b.logs].filter((l) => l.includes('event already handled') && l.includes(`discord:${id}`)).length;
  for (let waited = 0; count() < times; waited += 20) {
    if (waited > 10_000) throw new Error(`event ${id} was not skipped ${times} times`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('two Discord replicas sharing state', () => {
  it('both receive a /defense command; it is answered once', async () => {
    const payload = interactionPayload(a.fake, 'spending');
    a.fake.dispatch('INTERACTION_CREATE', payload);
    expect(embedText((await callbackOf(a.fake, payload)).data)).toMatch(/GDP/);
    await skipped(payload.id);
    expect(a.fake.requests.filter((r) => r.path.startsWith(`/interactions/${payload.id}/`))).toHaveLength(1);
  });

  it('both receive a mention; one reply is posted', async () => {
    const m = message(a.fake, `<@${a.fake.botId}> how many US troops are in Japan?`, { mentions: [a.fake.botUser] });
    await skipped(m.id);
    await a.fake.waitForRequest((r) => r.status === 200 && r.body?.message_reference?.message_id === m.id, 'the reply');
    expect(a.fake.requests.filter((r) => r.body?.message_reference?.message_id === m.id)).toHaveLength(1);
  });

  it('both answer an autocomplete keystroke; Discord keeps the first and the second is no error', async () => {
    const sent = autocomplete(a.fake, 'troo');
    const path = `/interactions/${sent.id}/${sent.token}/callback`;
    expect((await callbackOf(a.fake, sent)).type).toBe(8);
    await a.fake.waitForRequest((r) => r.path === path && r.status === 400, 'the second answer');
    await callbackOf(a.fake, slash(a.fake, 'help')); // later events are handled after it settled
    expect([...a.logs, ...b.logs].filter((l) => l.includes('"level":50'))).toEqual([]);
  });

  it('a redelivered command is answered once', async () => {
    const payload = interactionPayload(a.fake, 'people');
    a.fake.dispatch('INTERACTION_CREATE', payload);
    await callbackOf(a.fake, payload);
    await skipped(payload.id);
    a.fake.dispatch('INTERACTION_CREATE', payload);
    await skipped(payload.id, 3); // now both replicas skip it
    expect(a.fake.requests.filter((r) => r.path.startsWith(`/interactions/${payload.id}/`))).toHaveLength(1);
  });
});

describe('a Discord bot whose shared state is down', () => {
  it('still answers commands and mentions, and logs the failure', async () => {
    const down = () => Promise.reject(new Error('database is locked'));
    const state: SharedState = { claimEvent: down, completeEvent: down, isEventDone: down, getContext: down, setContext: down };
    const bot = await startTestBot({ state });
    try {
      expect(embedText((await callbackOf(bot.fake, slash(bot.fake, 'spending'))).data)).toMatch(/GDP/);
      const m = message(bot.fake, 'How many US troops are in Japan?', { dm: snowflake() });
      const r = await bot.fake.waitForRequest((r) => r.status === 200 && r.body?.message_reference?.message_id === m.id, 'the DM reply');
      expect(embedText(r.body)).toMatch(/50,000/);
      expect(bot.logs.some((l) => l.includes('shared state: claim failed') && l.includes('database is locked'))).toBe(true);
    } finally {
      await bot.stop();
    }
  });
});
