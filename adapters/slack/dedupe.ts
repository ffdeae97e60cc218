// Remembers which Slack events were already handled, so a redelivered event is answered once.
// Bounded (oldest forgotten first) and time-limited: Slack's last retry comes ~5 minutes after the first.

export class Dedupe {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time any of `keys` is offered (and remembers them all); false for repeats. */
  firstTime(keys: string[]): boolean {
    const now = this.now();
    for (const [key, expires] of this.seen) {
      if (expires > now && this.seen.size < this.max) break;
      this.seen.delete(key);
    }
    if (keys.some((k) => this.seen.has(k))) return false;
    for (const k of keys) this.seen.set(k, now + this.ttlMs);
    return true;
  }
}
