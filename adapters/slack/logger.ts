// Bolt's logger interface on top of the app's pino logger (which scrubs registered secrets).
import { formatWithOptions } from 'node:util';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';

const LEVELS: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };

export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'bolt' });
  // Formats only what will be written: Bolt logs at debug level several times per request.
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (...msg: unknown[]) => {
    if (log.isLevelEnabled(level)) log[level](formatWithOptions({ breakLength: Infinity, depth: 3 }, ...msg));
  };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    getLevel: () => LEVELS[log.level] ?? LogLevel.ERROR,
    // The app's LOG_LEVEL decides; Bolt asking for another level is ignored.
    setLevel: () => {},
    setName: () => {},
  };
}
