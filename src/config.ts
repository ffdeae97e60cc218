import { z } from 'zod';

// Every setting comes from the environment (and .env when present). Invalid or partial settings
// are reported all at once in one short message, never as a stack trace.

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(blank, z.string().trim().optional());
const list = z.preprocess(
  blank,
  z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : [])),
);
const url = z.preprocess(blank, z.url({ message: 'expected an http(s) URL' }).optional());
const isPostgresUrl = (s: string) => {
  try {
    const u = new URL(s);
    return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '';
  } catch {
    return false;
  }
};
// The message never repeats the value: it may hold a password.
const databaseUrl = z.preprocess(blank, z.string().refine(isPostgresUrl, { message: 'expected postgres://user:password@host:port/database' }).optional());
const seconds = (what: string, fallback: number) =>
  z.preprocess(blank, z.coerce.number({ message: `expected ${what} in seconds` }).positive({ message: `expected ${what} in seconds, above 0` }).default(fallback));
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected a time as HH:MM (24-hour)' });

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const schema = z.object({
  LOG_LEVEL: z.preprocess(blank, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  DATA_DIR: z.preprocess(blank, z.string().default('./var')),
  DATABASE_URL: databaseUrl,
  ARTICLES_DIR: z.preprocess(blank, z.string().default('./data/articles')),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: z.preprocess(blank, z.string().regex(/^\d{15,22}$/, { message: 'expected a Discord snowflake (digits)' }).optional()),
  DISCORD_GUILD_ID: z.preprocess(blank, z.string().regex(/^\d{15,22}$/, { message: 'expected a Discord snowflake (digits)' }).optional()),
  DISCORD_API_URL: url,
  SLACK_BOT_TOKEN: z.preprocess(blank, z.string().startsWith('xoxb-', { message: 'expected a bot token starting with xoxb-' }).optional()),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: z.preprocess(blank, z.string().startsWith('xapp-', { message: 'expected an app-level token starting with xapp-' }).optional()),
  SLACK_API_URL: url,
  PORT: z.preprocess(blank, z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(3000)),
  HEALTH_PORT: z.preprocess(blank, z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).optional()),
  DIGEST_TIME: z.preprocess(blank, hhmm.default('09:00')),
  DIGEST_TIMEZONE: z.preprocess(blank, z.string().refine(isTimeZone, { message: 'expected an IANA time zone such as Asia/Tokyo' }).default('Asia/Tokyo')),
  DIGEST_DISCORD_CHANNELS: list,
  DIGEST_SLACK_CHANNELS: list,
  DIGEST_CATCHUP_HOURS: z.preprocess(blank, z.coerce.number({ message: 'expected a number of hours' }).min(0).max(48).default(6)),
  DIGEST_RELOAD_SECONDS: seconds('a reload interval', 30),
  DIGEST_POST_TIMEOUT_SECONDS: seconds('a timeout', 20),
});

type Env = z.infer<typeof schema>;

export interface Config {
  logLevel: Env['LOG_LEVEL'];
  dataDir: string;
  /** PostgreSQL for state shared by replicas; SQLite in dataDir when absent. */
  databaseUrl?: string;
  articlesDir: string;
  /** Where GET /healthz is served when Slack does not run its HTTP receiver (Socket Mode, or no Slack). */
  healthPort?: number;
  discord?: { token: string; applicationId?: string; guildId?: string; apiUrl?: string };
  slack?: { botToken: string; signingSecret: string; appToken?: string; apiUrl?: string; port: number };
  digest: {
    time: string;
    timezone: string;
    discordChannels: string[];
    slackChannels: string[];
    catchupHours: number;
    /** How often each replica reloads subscriptions and retries abandoned deliveries. */
    reloadMs: number;
    /** Longest a digest post may take before it counts as a transient failure. */
    postTimeoutMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  // Partial platform settings are checked on the raw values, so they are reported together with invalid ones.
  const set = (k: keyof Env) => blank(env[k]) !== undefined;
  if (!set('DISCORD_TOKEN')) {
    for (const k of ['DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL'] as const)
      if (set(k)) problems.push(`${k}: is set but DISCORD_TOKEN is missing (set the bot token, or unset ${k})`);
  }
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_SIGNING_SECRET')) problems.push('SLACK_SIGNING_SECRET: missing (required with SLACK_BOT_TOKEN)');
  if (!set('SLACK_BOT_TOKEN')) {
    for (const k of ['SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_API_URL'] as const)
      if (set(k)) problems.push(`SLACK_BOT_TOKEN: missing (required with ${k})`);
  }
  if (set('DIGEST_DISCORD_CHANNELS') && !set('DISCORD_TOKEN')) problems.push('DIGEST_DISCORD_CHANNELS: is set but DISCORD_TOKEN is missing');
  if (set('DIGEST_SLACK_CHANNELS') && !set('SLACK_BOT_TOKEN')) problems.push('DIGEST_SLACK_CHANNELS: is set but SLACK_BOT_TOKEN is missing');
  if (problems.length || !parsed.success) throw new ConfigError([...new Set(problems)]);
  const e = parsed.data;
  return {
    logLevel: e.LOG_LEVEL,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    articlesDir: e.ARTICLES_DIR,
    healthPort: e.HEALTH_PORT,
    discord: e.DISCORD_TOKEN
      ? { token: e.DISCORD_TOKEN, applicationId: e.DISCORD_APPLICATION_ID, guildId: e.DISCORD_GUILD_ID, apiUrl: e.DISCORD_API_URL }
      : undefined,
    slack:
      e.SLACK_BOT_TOKEN && e.SLACK_SIGNING_SECRET
        ? { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL, port: e.PORT }
        : undefined,
    digest: {
      time: e.DIGEST_TIME,
      timezone: e.DIGEST_TIMEZONE,
      discordChannels: e.DIGEST_DISCORD_CHANNELS,
      slackChannels: e.DIGEST_SLACK_CHANNELS,
      catchupHours: e.DIGEST_CATCHUP_HOURS,
      reloadMs: e.DIGEST_RELOAD_SECONDS * 1000,
      postTimeoutMs: e.DIGEST_POST_TIMEOUT_SECONDS * 1000,
    },
  };
}
