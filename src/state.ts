// State that every replica of the bot shares: which inbound events are being (or were) handled,
// and the last question of each conversation (for follow-ups). SQLite by default; PostgreSQL when
// DATABASE_URL is set. The console and unit tests use MemoryState.

export interface SharedState {
  /**
   * Claims an inbound event (a Slack event id, a Discord interaction id) for this process.
   * True when nobody has handled it and no live claim holds it; false for a redelivery.
   * A claim not completed within `leaseMs` (the process died) may be claimed again.
   */
  claimEvent(key: string, leaseMs: number): Promise<boolean>;
  /** Marks a claimed event handled: later claims of `key` are refused for a day. */
  completeEvent(key: string): Promise<void>;
  /** Whether `key` was handled (completed) — as against claimed by a replica still at work on it. */
  isEventDone(key: string): Promise<boolean>;
  /** The last question asked in a conversation (thread, DM, console session), if set within its TTL. */
  getContext(conversation: string): Promise<string | undefined>;
  setContext(conversation: string, question: string, ttlMs: number): Promise<void>;
}

/** How long a thread, DM or other conversation remembers its last question. */
export const CONTEXT_TTL_MS = 30 * 60_000;

/** Runs one shared-state call: a policy on its failure (going on with `fallback`, or not). */
export type StateCall = <T>(what: string, call: Promise<T>, fallback: T) => Promise<T>;

/** Failures propagate. */
const strict: StateCall = (_what, call) => call;

/**
 * Answers in a conversation: `answer` gets the conversation's last question (to read a follow-up
 * with), and the question its reply answered is kept for the next one, for CONTEXT_TTL_MS. Without
 * a conversation (a busy channel) nothing is read or kept. State failures propagate unless `guard`
 * says otherwise.
 */
export async function inConversation<R extends { asked?: string }>(
  state: SharedState,
  conversation: string | undefined,
  answer: (previous: string | undefined) => Promise<R>,
  guard: StateCall = strict,
): Promise<R> {
  if (!conversation) return answer(undefined);
  const r = await answer(await guard('get context', state.getContext(conversation), undefined));
  if (r.asked) await guard('set context', state.setContext(conversation, r.asked, CONTEXT_TTL_MS), undefined);
  return r;
}

const DONE_MS = 24 * 3_600_000;

/** One process's state, for the console and tests. */
export class MemoryState implements SharedState {
  private readonly events = new Map<string, { done: boolean; until: number }>();
  private readonly contexts = new Map<string, { question: string; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async claimEvent(key: string, leaseMs: number): Promise<boolean> {
    const held = this.events.get(key);
    if (held && held.until > this.now()) return false;
    this.events.set(key, { done: false, until: this.now() + leaseMs });
    return true;
  }

  async completeEvent(key: string): Promise<void> {
    this.events.set(key, { done: true, until: this.now() + DONE_MS });
  }

  async isEventDone(key: string): Promise<boolean> {
    const e = this.events.get(key);
    return !!e && e.done && e.until > this.now();
  }

  async getContext(conversation: string): Promise<string | undefined> {
    const c = this.contexts.get(conversation);
    return c && c.until > this.now() ? c.question : undefined;
  }

  async setContext(conversation: string, question: string, ttlMs: number): Promise<void> {
    this.contexts.set(conversation, { question, until: this.now() + ttlMs });
  }
}
