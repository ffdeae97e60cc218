import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths pino blanks out wherever they appear in a log object. */
export const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'authorization',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.authorization',
  '*.headers.authorization',
  'config.discordToken',
  'config.slackBotToken',
  'config.slackAppToken',
  'config.slackSigningSecret',
];

const secrets = new Set<string>();

/** Registers a secret value so that it is scrubbed from every log line, wherever it appears. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 6) secrets.add(value);
}

function scrub(line: string): string {
  let out = line;
  for (const s of secrets) out = out.split(s).join('[REDACTED]');
  return out;
}

export interface LogOptions {
  level?: string;
  /** Where JSON lines go; defaults to stderr so stdout stays clean for the CLI. */
  destination?: { write(line: string): unknown };
  pretty?: boolean;
}

export function createLogger(opts: LogOptions = {}): Logger {
  const level = opts.level ?? 'info';
  const redact = { paths: REDACT_PATHS, censor: '[REDACTED]' };
  if (opts.pretty) {
    const transport = pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true } });
    return pino({ level, redact, hooks: { streamWrite: scrub } }, transport);
  }
  const dest = opts.destination ?? process.stderr;
  return pino({ level, redact, hooks: { streamWrite: scrub } }, { write: (line: string) => dest.write(line) });
}
