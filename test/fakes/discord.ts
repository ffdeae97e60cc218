// A small fake Discord for tests: REST under /api/v10 and a gateway WebSocket, both on 127.0.0.1.
// The real discord.js Client connects to it with `rest: { api: fake.apiUrl }`; the gateway URL
// comes from REST `GET /gateway/bot`, exactly as with the real Discord.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

let lastId = 1_300_000_000_000_000_000n;
/** A fresh 19-digit snowflake (discord.js only treats 17–19 digit ids as major route parameters). */
export const snowflake = (): string => String(++lastId);

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, decoded, without the query string, e.g. `/channels/123/messages`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: any;
  /** Status the fake answered with. */
  status: number;
}

export interface GatewayFrame {
  op: number;
  d: any;
  s?: number | null;
  t?: string | null;
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  remaining: number;
  body: unknown;
  headers: Record<string, string>;
}

type Waiter<T> = { match: (item: T) => boolean; resolve: (item: T) => void };

const WAIT_MS = 15_000;
/** How long Discord remembers a message's nonce for enforce_nonce ("the past few minutes"). */
const NONCE_MS = 5 * 60_000;

export interface PostedMessage {
  id: string;
  channelId: string;
  body: any;
}

export class FakeDiscord {
  readonly botId = snowflake();
  readonly applicationId = this.botId;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  /** A public thread in channelId. */
  readonly threadId = snowflake();
  readonly ownerId = snowflake();
  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Every gateway frame the client sent (IDENTIFY, RESUME, heartbeats...). */
  readonly received: GatewayFrame[] = [];
  /** Every message created in a channel (a nonce repeated with enforce_nonce creates none). */
  readonly messages: PostedMessage[] = [];
  /** When set, IDENTIFY is answered by closing the gateway with this code (4004 bad token, 4014 disallowed intents...). */
  identifyCloseCode: number | undefined;
  apiUrl = '';
  gatewayUrl = '';

  readonly #http = createServer((req, res) => void this.#onRequest(req, res));
  readonly #wss = new WebSocketServer({ server: this.#http });
  readonly #failures: Failure[] = [];
  readonly #requestWaiters = new Set<Waiter<RecordedRequest>>();
  readonly #frameWaiters = new Set<Waiter<GatewayFrame>>();
  readonly #sessionId = 'fake-session';
  /** Interaction callback paths already answered: Discord takes one initial response per interaction. */
  readonly #answered = new Set<string>();
  readonly #nonces = new Map<string, { message: unknown; at: number }>();
  #delays: { method: string; path: RegExp; ms: number; remaining: number }[] = [];
  #seq = 0;

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await new Promise<void>((resolve) => fake.#http.listen(0, '127.0.0.1', resolve));
    const { port } = fake.#http.address() as AddressInfo;
    fake.apiUrl = `http://127.0.0.1:${port}/api`;
    fake.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
    fake.#wss.on('connection', (socket) => fake.#onConnection(socket));
    return fake;
  }

  get botUser() {
    return { id: this.botId, username: 'factdesk', discriminator: '0', global_name: null, avatar: null, bot: true };
  }

  /**
   * Makes the next `count` requests matching method and path answer with `status`. 429 carries
   * `retry_after` (seconds) in the body and the Retry-After / X-RateLimit-* headers discord.js reads.
   */
  fail(method: string, path: RegExp, opts: { status: number; count?: number; code?: number; retryAfter?: number }): void {
    const { status, count = 1, code = 0, retryAfter = 0.2 } = opts;
    const headers: Record<string, string> = {};
    let body: unknown = { message: `fake ${status}`, code };
    if (status === 429) {
      Object.assign(headers, {
        'retry-after': String(retryAfter),
        'x-ratelimit-limit': '1',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(retryAfter),
        'x-ratelimit-scope': 'user',
      });
      body = { message: 'You are being rate limited.', retry_after: retryAfter, global: false };
    }
    this.#failures.push({ method, path, status, remaining: count, body, headers });
  }

  /** Makes the next `count` matching requests answer only after `ms` (their effect happens at once, as when a response is lost). */
  delay(method: string, path: RegExp, opts: { ms: number; count?: number }): void {
    this.#delays.push({ method, path, ms: opts.ms, remaining: opts.count ?? 1 });
  }

  /** Closes every gateway connection with a close code, as Discord does for a fatal error. */
  closeGateway(code: number): void {
    for (const socket of this.#wss.clients) socket.close(code, 'fake close');
  }

  /** Resolves with the first request (already recorded or still to come) that matches. */
  waitForRequest(match: (r: RecordedRequest) => boolean, what = 'request'): Promise<RecordedRequest> {
    return this.#wait(this.requests, this.#requestWaiters, match, what);
  }

  /** Resolves with the first gateway frame from the client (already received or still to come) that matches. */
  waitForFrame(match: (f: GatewayFrame) => boolean, what = 'gateway frame'): Promise<GatewayFrame> {
    return this.#wait(this.received, this.#frameWaiters, match, what);
  }

  /** Sends a dispatch (op 0) to every connected gateway client. */
  dispatch(t: string, d: unknown): void {
    this.#broadcast({ op: 0, t, s: ++this.#seq, d });
  }

  /** Tells every connected client to reconnect and resume (op 7). */
  reconnect(): void {
    this.#broadcast({ op: 7, d: null });
  }

  async close(): Promise<void> {
    for (const socket of this.#wss.clients) socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }

  #wait<T>(seen: T[], waiters: Set<Waiter<T>>, match: (item: T) => boolean, what: string): Promise<T> {
    const found = seen.find(match);
    if (found) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        match,
        resolve: (item) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`fake Discord: no ${what} within ${WAIT_MS} ms`));
      }, WAIT_MS);
      waiters.add(waiter);
    });
  }

  #notify<T>(waiters: Set<Waiter<T>>, item: T): void {
    for (const w of waiters)
      if (w.match(item)) {
        waiters.delete(w);
        w.resolve(item);
      }
  }

  #broadcast(frame: GatewayFrame): void {
    for (const socket of this.#wss.clients) socket.send(JSON.stringify(frame));
  }

  #onConnection(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as GatewayFrame;
      this.received.push(frame);
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11, d: null }));
      if (frame.op === 2 && this.identifyCloseCode) socket.close(this.identifyCloseCode, 'fake close');
      else if (frame.op === 2) this.#ready(socket);
      if (frame.op === 6) socket.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.#seq, d: {} }));
      this.#notify(this.#frameWaiters, frame);
    });
  }

  #ready(socket: WebSocket): void {
    const send = (t: string, d: unknown) => socket.send(JSON.stringify({ op: 0, t, s: ++this.#seq, d }));
    send('READY', {
      v: 10,
      user: this.botUser,
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: this.#sessionId,
      resume_gateway_url: this.gatewayUrl,
      application: { id: this.applicationId, flags: 0 },
      shard: [0, 1],
    });
    send('GUILD_CREATE', {
      id: this.guildId,
      name: 'Fake Guild',
      owner_id: this.ownerId,
      unavailable: false,
      member_count: 2,
      roles: [{ id: this.guildId, name: '@everyone', permissions: '68608', position: 0, color: 0, hoist: false, managed: false, mentionable: false }],
      channels: [{ id: this.channelId, type: 0, name: 'general', guild_id: this.guildId, position: 0, permission_overwrites: [] }],
      members: [],
      emojis: [],
      stickers: [],
      threads: [
        {
          id: this.threadId,
          type: 11,
          guild_id: this.guildId,
          parent_id: this.channelId,
          name: 'questions',
          owner_id: this.ownerId,
          message_count: 0,
          member_count: 1,
          thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
        },
      ],
      features: [],
    });
  }

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ''));
    const method = req.method ?? 'GET';
    const body = text && String(req.headers['content-type']).includes('json') ? JSON.parse(text) : text;
    const failure = this.#failures.find((f) => f.remaining > 0 && f.method === method && f.path.test(path));
    let status: number;
    let out: unknown;
    let headers: Record<string, string> = {};
    if (failure) {
      failure.remaining--;
      ({ status, headers } = failure);
      out = failure.body;
    } else {
      [status, out] = this.#route(method, path, body);
    }
    const recorded: RecordedRequest = { method, path, query: url.searchParams, headers: req.headers, body, status };
    this.requests.push(recorded);
    const delay = this.#delays.find((d) => d.remaining > 0 && d.method === method && d.path.test(path));
    if (delay) {
      delay.remaining--;
      await new Promise((resolve) => setTimeout(resolve, delay.ms));
    }
    res.writeHead(status, { ...headers, ...(out === undefined ? {} : { 'content-type': 'application/json' }) });
    res.end(out === undefined ? undefined : JSON.stringify(out));
    this.#notify(this.#requestWaiters, recorded);
  }

  #route(method: string, path: string, body: any): [number, unknown] {
    const at = (m: string, re: RegExp) => method === m && re.test(path);
    if (at('GET', /^\/gateway\/bot$/))
      return [200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } }];
    if (at('GET', /^\/applications\/@me$/)) return [200, { id: this.applicationId, name: 'factdesk', flags: 0 }];
    if (at('POST', /^\/interactions\/\d+\/[^/]+\/callback$/)) {
      if (this.#answered.has(path)) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
      this.#answered.add(path);
      return [204, undefined];
    }
    if (at('POST', /^\/webhooks\/\d+\/[^/]+$/) || at('PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/))
      return [200, this.#message(this.channelId, body)];
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && channel) return this.#post(channel[1]!, body);
    if (at('PUT', /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/))
      return [200, (body as any[]).map((c) => ({ ...c, id: snowflake(), application_id: this.applicationId, version: snowflake() }))];
    return [404, { message: '404: Not Found', code: 0 }];
  }

  /** Creates a message; with enforce_nonce, a nonce seen in the channel within NONCE_MS returns that message instead. */
  #post(channelId: string, body: any): [number, unknown] {
    const nonce = body?.nonce;
    if (nonce !== undefined && String(nonce).length > 25)
      return [400, { message: 'Invalid Form Body', code: 50035, errors: { nonce: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }] } } }];
    const key = `${channelId}:${nonce}`;
    const seen = body?.enforce_nonce && nonce !== undefined ? this.#nonces.get(key) : undefined;
    if (seen && Date.now() - seen.at < NONCE_MS) return [200, seen.message];
    const message = this.#message(channelId, body);
    this.messages.push({ id: message.id, channelId, body });
    if (nonce !== undefined) this.#nonces.set(key, { message, at: Date.now() });
    return [200, message];
  }

  #message(channelId: string, body: any) {
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      attachments: [],
      components: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: body?.message_reference ? 19 : 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body?.flags ?? 0,
    };
  }
}
