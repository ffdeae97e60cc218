// Bolt's logger interface on top of the app's pino logger (which scrubs registered secrets).
import { formatWithOptions } from 'node:util';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';

const LEVELS: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };

export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'bolt' });
  const line = (msg: unknown[]) => formatWithOptions({ breakLength: Infinity, depth: 3 }, ...msg);
  return {
    debug: (...msg) => log.debug(line(msg)),
    info: (...msg) => log.info(line(msg)),
    warn: (...msg) => log.warn(line(msg)),
    error: (...msg) => log.error(line(msg)),
    getLevel: () => LEVELS[log.level] ?? LogLevel.ERROR,
    // The app's LOG_LEVEL decides; Bolt asking for another level is ignored.
    setLevel: () => {},
    setName: () => {},
  };
}
