// A small fake Slack for tests, on 127.0.0.1 (port 0): the Web API methods Bolt and the adapter
// call, a response_url sink, and a Socket Mode WebSocket. It checks tokens and Block Kit limits
// the way Slack does, can be told to fail the next calls of a method, and records everything.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const BOT = { userId: 'U0FACTBOT', botId: 'B0FACTBOT', teamId: 'T0FAKE', appId: 'A0FACTDESK' };

type Json = Record<string, any>;

export interface ApiCall {
  method: string;
  args: Json;
  status: number;
  response: Json;
}

/** Something a user would see: a message posted through the Web API or a response_url, or a slash command's acknowledgement. */
export interface Shown {
  via: 'chat.postMessage' | 'chat.postEphemeral' | 'response_url' | 'ack';
  channel?: string;
  user?: string;
  threadTs?: string;
  responseType?: string;
  /** The response_url it was posted to. */
  responseUrl?: string;
  text: string;
  blocks: Json[];
  /** Message timestamp and metadata (chat.postMessage only). */
  ts?: string;
  metadata?: Json;
}

export type Failure = { status: 429; retryAfter: number } | { status: 500 } | { error: string };

/** What users.info and conversations.info tell about people and channels (unknown ones are plain members and channels). */
export interface Directory {
  admins: Set<string>;
  owners: Set<string>;
  /** Channel id → the user who created it. */
  creators: Map<string, string>;
}

/** Live mentions that would ping people if Slack rendered them. */
export const LIVE_MENTION = /<!(everyone|channel|here)\b[^>]*>|<@[UW][A-Z0-9]+(\|[^>]*)?>|<!subteam\^/;

/** What Slack would reject or truncate in a message (empty when the message is fine). */
export function blockKitProblems(msg: Json): string[] {
  const problems: string[] = [];
  const blocks: Json[] = Array.isArray(msg.blocks) ? msg.blocks : [];
  const text = typeof msg.text === 'string' ? msg.text : '';
  if (!text && !blocks.length) problems.push('no_text');
  if (text.length > 40_000) problems.push('msg_too_long');
  if (blocks.length > 50) problems.push(`${blocks.length} blocks (max 50)`);
  const textOf = (t: Json | undefined, max: number, where: string) => {
    const s = t?.text;
    if (typeof s !== 'string' || s.length === 0) problems.push(`${where}: empty text`);
    else if (s.length > max) problems.push(`${where}: ${s.length} chars (max ${max})`);
  };
  blocks.forEach((b, i) => {
    if (b.type === 'header') {
      if (b.text?.type !== 'plain_text') problems.push(`block ${i}: header must be plain_text`);
      textOf(b.text, 150, `block ${i} header`);
    } else if (b.type === 'section') {
      if (b.text) textOf(b.text, 3000, `block ${i} section`);
      if (b.fields && (b.fields.length > 10 || b.fields.some((f: Json) => (f.text?.length ?? 0) > 2000)))
        problems.push(`block ${i}: bad fields`);
      if (!b.text && !b.fields) problems.push(`block ${i}: section without text`);
    } else if (b.type === 'context') {
      const els: Json[] = b.elements ?? [];
      if (els.length < 1 || els.length > 10) problems.push(`block ${i}: context needs 1-10 elements`);
      els.forEach((e, j) => textOf(e, 3000, `block ${i} context ${j}`));
    } else if (b.type !== 'divider') problems.push(`block ${i}: unexpected type ${b.type}`);
  });
  return problems;
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly shown: Shown[] = [];
  readonly acks: { envelope_id: string; payload: Json }[] = [];
  readonly sockets = new Set<WebSocket>();
  readonly directory: Directory = { admins: new Set(), owners: new Set(), creators: new Map() };
  /** Runs before each Web API call is answered; a promise it returns holds the answer (a hung API). */
  hold?: (method: string, args: Json) => Promise<void> | undefined;
  private readonly failures = new Map<string, Failure[]>();
  private readonly delays = new Map<string, number[]>();
  private readonly waiters = new Set<() => void>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private port = 0;

  private constructor(
    private readonly server: Server,
    readonly tokens: { bot: string; app?: string },
  ) {}

  static async start(tokens: { bot: string; app?: string }): Promise<FakeSlack> {
    let fake!: FakeSlack;
    const server = createServer((req, res) => void fake.handle(req, res));
    fake = new FakeSlack(server, tokens);
    server.on('upgrade', (req, socket, head) => {
      if (req.url !== '/socket') return socket.destroy();
      fake.wss.handleUpgrade(req, socket, head, (ws) => fake.connect(ws));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** Web API base URL (what SLACK_API_URL / clientOptions.slackApiUrl point at). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response_url, as Slack puts in every slash command. */
  responseUrl(): string {
    return `http://127.0.0.1:${this.port}/respond/${randomUUID()}`;
  }

  /** Makes the next `times` calls of `method` fail the way Slack would. */
  failNext(method: string, failure: Failure, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array(times).fill(failure)]);
  }

  /**
   * Makes the next `times` calls of `method` (or 'response_url') answer only after `ms`: the call
   * takes effect at once, as when Slack is slow to reply and the client gives up waiting.
   */
  delayNext(method: string, ms: number, times = 1): void {
    this.delays.set(method, [...(this.delays.get(method) ?? []), ...Array(times).fill(ms)]);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first truthy value of `probe`, re-checked on every recorded request and every 50 ms. */
  waitFor<T>(probe: () => T | undefined | false | null, label: string, timeoutMs = 15_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.waiters.delete(check);
      };
      const check = () => {
        const value = probe();
        if (value) {
          done();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`fake Slack: no ${label} after ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      const poll = setInterval(check, 50);
      this.waiters.add(check);
      check();
    });
  }

  /** Waits until `count` messages matching `match` have been shown, and returns them. */
  waitForShown(count: number, match: (s: Shown) => boolean = () => true, label = `${count} message(s)`): Promise<Shown[]> {
    return this.waitFor(() => {
      const found = this.shown.filter(match);
      return found.length >= count && found;
    }, label);
  }

  /** Sends a Socket Mode envelope to every connected client; returns its envelope_id. */
  sendEnvelope(type: 'slash_commands' | 'events_api', payload: Json, extra: Json = {}): string {
    const envelope_id = randomUUID();
    const frame = JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api', ...extra });
    for (const ws of this.sockets) ws.send(frame);
    return envelope_id;
  }

  waitForAck(envelopeId: string): Promise<{ envelope_id: string; payload: Json }> {
    return this.waitFor(() => this.acks.find((a) => a.envelope_id === envelopeId), `ack of ${envelopeId}`);
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private changed(): void {
    for (const check of [...this.waiters]) check();
  }

  private connect(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.changed();
    });
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data));
      if (msg.envelope_id) this.acks.push({ envelope_id: msg.envelope_id, payload: msg.payload ?? {} });
      this.changed();
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: BOT.appId }, debug_info: { host: 'fake' } }));
    this.changed();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = req.url ?? '/';
    if (url.startsWith('/respond/') && req.method === 'POST') return this.respond(`http://127.0.0.1:${this.port}${url}`, raw, res);
    if (!url.startsWith('/api/')) return send(res, 404, { ok: false, error: 'not_found' });
    const method = url.slice('/api/'.length).split('?')[0];
    const args = parseArgs(raw, String(req.headers['content-type'] ?? ''));
    const token = String(req.headers.authorization ?? '').replace(/^Bearer /, '') || args.token;
    await this.hold?.(method, args);
    const [status, response, headers] = this.answer(method, args, token);
    this.calls.push({ method, args, status, response });
    this.changed();
    await this.delay(method);
    send(res, status, response, headers);
  }

  private async delay(method: string): Promise<void> {
    const ms = this.delays.get(method)?.shift();
    if (ms) await new Promise((resolve) => setTimeout(resolve, ms));
  }

  private answer(method: string, args: Json, token: string | undefined): [number, Json, Record<string, string>?] {
    const expected = method === 'apps.connections.open' ? this.tokens.app : this.tokens.bot;
    if (!expected || token !== expected) return [200, { ok: false, error: 'invalid_auth' }];
    const failure = this.failures.get(method)?.shift();
    if (failure && 'status' in failure && failure.status === 500) return [500, { ok: false, error: 'internal_error' }];
    if (failure && 'retryAfter' in failure) return [429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) }];
    if (failure) return [200, { ok: false, error: failure.error }];
    switch (method) {
      case 'auth.test':
        return [200, { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'factdesk', team_id: BOT.teamId, user_id: BOT.userId, bot_id: BOT.botId }];
      case 'apps.connections.open':
        return [200, { ok: true, url: `ws://127.0.0.1:${this.port}/socket` }];
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        if (!args.channel) return [200, { ok: false, error: 'channel_not_found' }];
        if (method === 'chat.postEphemeral' && !args.user) return [200, { ok: false, error: 'user_not_in_channel' }];
        const problems = blockKitProblems(args);
        if (problems.length) return [200, { ok: false, error: 'invalid_blocks', errors: problems }];
        const ts = `${Math.floor(Date.now() / 1000)}.${String(this.calls.length).padStart(6, '0')}`;
        const posted = method === 'chat.postMessage' ? { ts, metadata: args.metadata } : {};
        this.shown.push({ via: method, channel: args.channel, user: args.user, threadTs: args.thread_ts, text: args.text ?? '', blocks: args.blocks ?? [], ...posted });
        return [200, method === 'chat.postMessage' ? { ok: true, channel: args.channel, ts } : { ok: true, message_ts: ts }];
      }
      case 'conversations.history':
      case 'conversations.replies': {
        const inThread = (s: Shown) => s.ts === args.ts || s.threadTs === args.ts;
        const wanted = method === 'conversations.replies' ? inThread : (s: Shown) => !s.threadTs && Number(s.ts) >= Number(args.oldest ?? 0);
        const messages = this.shown
          .filter((s) => s.via === 'chat.postMessage' && s.channel === args.channel && wanted(s))
          .map((s) => ({ type: 'message', bot_id: BOT.botId, ts: s.ts, thread_ts: s.threadTs, text: s.text, ...(String(args.include_all_metadata) === 'true' && s.metadata ? { metadata: s.metadata } : {}) }));
        return [200, { ok: true, messages: method === 'conversations.history' ? messages.reverse() : messages, has_more: false }];
      }
      case 'users.info': {
        const { admins, owners } = this.directory;
        return [200, { ok: true, user: { id: args.user, is_admin: admins.has(args.user) || owners.has(args.user), is_owner: owners.has(args.user) } }];
      }
      case 'conversations.info': {
        const dm = String(args.channel).startsWith('D');
        return [200, { ok: true, channel: { id: args.channel, is_im: dm, ...(dm ? { user: 'U0ASKER' } : { creator: this.directory.creators.get(args.channel) ?? 'U0SOMEONE' }) } }];
      }
      default:
        return [200, { ok: false, error: 'unknown_method' }];
    }
  }

  private async respond(responseUrl: string, raw: string, res: ServerResponse): Promise<void> {
    let body: Json;
    try {
      body = JSON.parse(raw);
    } catch {
      return send(res, 400, { ok: false, error: 'invalid_json' });
    }
    const problems = blockKitProblems(body);
    const failure = this.failures.get('response_url')?.shift();
    const status = failure && 'status' in failure ? failure.status : problems.length ? 400 : 200;
    this.calls.push({ method: 'response_url', args: body, status, response: { ok: status === 200, problems } });
    if (status === 200) this.shown.push({ via: 'response_url', responseUrl, responseType: body.response_type ?? 'ephemeral', text: body.text ?? '', blocks: body.blocks ?? [] });
    this.changed();
    await this.delay('response_url');
    send(res, status, status === 200 ? { ok: true } : { ok: false, error: problems.length ? 'invalid_blocks' : 'failed', errors: problems });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The Web API takes form-encoded arguments (objects JSON-encoded inside) or a JSON body. */
function parseArgs(raw: string, contentType: string): Json {
  if (contentType.startsWith('application/json')) return raw ? JSON.parse(raw) : {};
  const args: Json = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'attachments', 'metadata']) if (typeof args[key] === 'string') args[key] = JSON.parse(args[key]);
  return args;
}

function send(res: ServerResponse, status: number, body: Json, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

// ---- Requests to the app, signed exactly as Slack signs them --------------------------------------

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignOptions {
  secret: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (to send a wrong one). */
  signature?: string;
  headers?: Record<string, string>;
}

export function postSigned(url: string, body: string, contentType: string, opts: SignOptions): Promise<Response> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': opts.signature ?? slackSignature(opts.secret, timestamp, body),
      ...opts.headers,
    },
    body,
  });
}

export interface CommandOptions {
  channel?: string;
  user?: string;
  responseUrl: string;
}

/** The payload of a `/defense` slash command (as sent over HTTP, form-encoded, or in a Socket Mode envelope). */
export function commandPayload(text: string, opts: CommandOptions): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: BOT.teamId,
    team_domain: 'fake',
    channel_id: opts.channel ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: opts.user ?? 'U0ASKER',
    user_name: 'asker',
    command: '/defense',
    text,
    api_app_id: BOT.appId,
    is_enterprise_install: 'false',
    response_url: opts.responseUrl,
    trigger_id: randomUUID(),
  };
}

export function sendCommand(url: string, text: string, opts: CommandOptions & SignOptions): Promise<Response> {
  const body = new URLSearchParams(commandPayload(text, opts)).toString();
  return postSigned(url, body, 'application/x-www-form-urlencoded', opts);
}

/**
 * What Slack shows for a slash command answered inside its acknowledgement: the HTTP response body
 * (HTTP mode) or the envelope ack's payload (Socket Mode). Throws when there is no answer in it or
 * when Slack would reject it.
 */
export function ackedAnswer(payload: Json): Shown {
  const problems = blockKitProblems(payload);
  if (problems.length) throw new Error(`Slack would reject this acknowledgement: ${problems.join('; ')}`);
  return { via: 'ack', responseType: payload.response_type ?? 'ephemeral', text: payload.text ?? '', blocks: payload.blocks ?? [] };
}

/** The answer in an HTTP slash command response (see ackedAnswer). */
export async function ackedAnswerOf(res: Response): Promise<Shown> {
  const raw = await res.text();
  if (res.status !== 200 || !raw) throw new Error(`no answer in the acknowledgement (HTTP ${res.status}, body ${JSON.stringify(raw)})`);
  return ackedAnswer(JSON.parse(raw));
}

/** An Events API `event_callback` envelope around `event`. */
export function eventPayload(event: Json, eventId = `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`): Json {
  return {
    token: 'legacy-verification-token',
    team_id: BOT.teamId,
    api_app_id: BOT.appId,
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: BOT.teamId, user_id: BOT.userId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

/** Posts an event; `retryNum` adds the headers Slack sends on redelivery. */
export function sendEvent(url: string, payload: Json, opts: SignOptions & { retryNum?: number }): Promise<Response> {
  const retry: Record<string, string> = opts.retryNum ? { 'x-slack-retry-num': String(opts.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {};
  return postSigned(url, JSON.stringify(payload), 'application/json', { ...opts, headers: { ...retry, ...opts.headers } });
}

/** Everything a person would read in a shown message: fallback text and every block's text. */
export function readable(s: Shown): string {
  const texts = s.blocks.flatMap((b) => [b.text?.text, ...(b.elements ?? []).map((e: Json) => e.text)]);
  return [s.text, ...texts].filter(Boolean).join('\n');
}

let tsCounter = 0;
/** A message timestamp as Slack makes them ("seconds.micro"), unique within the test run. */
export function messageTs(): string {
  tsCounter += 1;
  return `${Math.floor(Date.now() / 1000)}.${String(tsCounter).padStart(6, '0')}`;
}
