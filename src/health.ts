// GET /healthz: each configured platform's health, 503 when any of them is not ok. Served by the
// Slack HTTP receiver when there is one, otherwise by a small server on HEALTH_PORT.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './log.ts';
import type { PlatformHandle } from './platform.ts';

type Platform = PlatformHandle['platform'];

export interface HealthReport {
  status: 200 | 503;
  body: { ok: boolean; platforms: Partial<Record<Platform, { ok: boolean; detail: string }>> };
}

/** A configured platform without a running handle is reported as not ok ("not started"). */
export function healthReport(configured: readonly Platform[], handles: readonly PlatformHandle[]): HealthReport {
  const platforms = Object.fromEntries(
    configured.map((p) => [p, handles.find((h) => h.platform === p)?.health() ?? { ok: false, detail: 'not started' }]),
  );
  const ok = Object.values(platforms).every((h) => h.ok);
  return { status: ok ? 200 : 503, body: { ok, platforms } };
}

export function writeHealth(res: ServerResponse, { status, body }: HealthReport): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Serves GET /healthz on `port` (0 picks a free one); anything else is 404. */
export async function startHealthServer(port: number, report: () => HealthReport, logger: Logger): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/healthz') return void res.writeHead(404).end();
    writeHealth(res, report());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  logger.info({ port: actual }, 'health check listening on /healthz');
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
