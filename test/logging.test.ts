// Log lines never carry tokens or signing secrets: not as fields, not inside messages, errors or
// child-logger bindings.
import { describe, expect, it } from 'vitest';
import { createLogger, registerSecret } from '../src/log.ts';

const SECRETS = {
  discord: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhJkLm.discord-bot-token-value',
  slackBot: 'xoxb-1111-2222-slackbottokenvalue',
  slackApp: 'xapp-1-A0FACT-3333-slackapptokenvalue',
  signing: '8f14e45fceea167a5a36dedd4bea2543',
};

function capture(level = 'trace') {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (line) => lines.push(line) } });
  const text = () => lines.join('');
  return { logger, lines, text };
}

const expectClean = (text: string) => {
  for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
};

describe('log redaction', () => {
  it('blanks token and secret fields, at the top level and nested, while keeping the rest', () => {
    const { logger, lines, text } = capture();
    logger.info({ token: SECRETS.discord, botToken: SECRETS.slackBot, channel: 'C1' }, 'starting');
    logger.warn({ slack: { appToken: SECRETS.slackApp, signingSecret: SECRETS.signing, port: 3000 } }, 'slack settings');
    logger.debug({ request: { headers: { authorization: `Bearer ${SECRETS.slackBot}` } } }, 'outgoing');
    expectClean(text());
    expect(lines).toHaveLength(3);
    const [first, second] = lines.map((l) => JSON.parse(l));
    expect(first).toMatchObject({ token: '[REDACTED]', botToken: '[REDACTED]', channel: 'C1', msg: 'starting' });
    expect(second.slack).toEqual({ appToken: '[REDACTED]', signingSecret: '[REDACTED]', port: 3000 });
  });

  it('scrubs registered secrets wherever they appear: messages, errors, stacks, bindings, any level', () => {
    for (const secret of Object.values(SECRETS)) registerSecret(secret);
    const { logger, lines, text } = capture();
    logger.info(`connecting with ${SECRETS.discord}`);
    logger.error({ err: new Error(`auth.test failed for ${SECRETS.slackBot}`) }, 'Slack refused the token');
    logger.warn({ detail: { deep: [`sig=${SECRETS.signing}`] } }, 'odd field name');
    logger.child({ session: SECRETS.slackApp }).fatal('child logger with a secret binding');
    logger.trace('%s and %s', SECRETS.slackApp, SECRETS.signing);
    expect(lines).toHaveLength(5);
    expectClean(text());
    expect(text()).toContain('[REDACTED]');
    const err = JSON.parse(lines[1]!).err;
    expect(err.message).toBe('auth.test failed for [REDACTED]');
    expect(err.stack).toMatch(/^Error: auth.test failed for \[REDACTED\]/);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('does not treat short everyday values as secrets', () => {
    registerSecret('abc');
    registerSecret(undefined);
    const { logger, text } = capture();
    logger.info('abc is fine');
    expect(JSON.parse(text()).msg).toBe('abc is fine');
  });
});
