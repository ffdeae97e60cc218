// Replicas and redelivery: every command and mention is claimed in the shared state, so the same
// event reaching two bot processes, or reaching one twice, is answered once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryState } from '../src/state.ts';
import { callbackOf, embedText, interactionPayload, message } from './fakes/discord-events.ts';
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
