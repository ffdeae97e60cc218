// Calendar arithmetic in a named time zone, with plain Intl (no date library).
const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "HH:MM", 24-hour. */
export function isTime(s: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
}

/** The zone's canonical spelling ("europe/london" → "Europe/London"). */
export function canonicalZone(tz: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz }).resolvedOptions().timeZone;
}

interface Parts {
  date: string; // YYYY-MM-DD
  time: string; // HH:MM
  ms: number; // the wall-clock reading as if it were UTC
}

function parts(at: Date, tz: string): Parts {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const date = `${p.year}-${p.month}-${p.day}`;
  const time = `${p.hour}:${p.minute}`;
  return { date, time, ms: Date.parse(`${date}T${time}:${p.second}Z`) };
}

/** The calendar date at `at` in `tz`, as YYYY-MM-DD. */
export function localDate(at: Date, tz: string): string {
  return parts(at, tz).date;
}

/** The wall-clock time at `at` in `tz`, as HH:MM. */
export function localTime(at: Date, tz: string): string {
  return parts(at, tz).time;
}

/**
 * The instant when the clock in `tz` reads `date` `time`; the earlier one when the clock repeats
 * the hour, undefined when daylight saving skips it (node-cron skips such a day too).
 */
export function zonedInstant(date: string, time: string, tz: string): Date | undefined {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const candidates = [wall - DAY_MS / 2, wall, wall + DAY_MS / 2]
    .map((probe) => wall - (parts(new Date(probe), tz).ms - probe))
    .filter((t) => {
      const p = parts(new Date(t), tz);
      return p.date === date && p.time === time;
    });
  return candidates.length ? new Date(Math.min(...candidates)) : undefined;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export interface Slot {
  /** The local calendar date the slot belongs to (one digest per channel per date). */
  slot: string;
  at: Date;
}

/** The most recent daily slot at or before `now`. */
export function latestSlot(now: Date, time: string, tz: string): Slot | undefined {
  const today = localDate(now, tz);
  for (const day of [today, addDays(today, -1), addDays(today, -2)]) {
    const at = zonedInstant(day, time, tz);
    if (at && at.getTime() <= now.getTime()) return { slot: day, at };
  }
  return undefined;
}

/** The first daily slot strictly after `now`. */
export function nextSlot(now: Date, time: string, tz: string): Slot {
  const today = localDate(now, tz);
  for (let i = 0; ; i++) {
    const day = addDays(today, i);
    const at = zonedInstant(day, time, tz);
    if (at && at.getTime() > now.getTime()) return { slot: day, at };
  }
}

/** "29 October 2025" (or "December 2022" for a month). */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}

/** "Wednesday" for a YYYY-MM-DD date; undefined for a month. */
export function weekday(date: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] : undefined;
}

/** "Thursday 30 October 2025, 09:00 (Asia/Tokyo)". */
export function formatInstant(at: Date, tz: string): string {
  const p = parts(at, tz);
  return `${weekday(p.date)} ${formatDate(p.date)}, ${p.time} (${tz})`;
}
