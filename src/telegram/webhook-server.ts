import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'telegraf/types';
import type { Logger } from '../core/logger.js';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface WebhookServerOptions {
  /** The path Telegram posts to (the path of WEBHOOK_URL). */
  readonly path: string;
  /** WEBHOOK_SECRET: requests without this exact X-Telegram-Bot-Api-Secret-Token get 401. */
  readonly secret: string;
  /** Handles one update; resolves when done (the HTTP answer waits, so Telegram paces delivery). */
  readonly handleUpdate: (update: Update) => Promise<void>;
  readonly logger: Logger;
  /** Extra facts for GET /healthz (e.g. how many knowledge entries are served). */
  readonly health?: () => Record<string, unknown>;
  /** Updates are small; anything larger is refused with 413. Default 1 MiB. */
  readonly maxBodyBytes?: number;
}

export interface WebhookServer {
  readonly server: Server;
  /** Starts listening; resolves with the port actually bound (pass 0 for any free port). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting requests and waits for those in progress. */
  close(): Promise<void>;
}

class BodyTooLarge extends Error {
  override readonly name = 'BodyTooLarge';
}

function sameSecret(given: string | string[] | undefined, expected: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const g = Buffer.from(given);
  return g.length === expected.length && timingSafeEqual(g, expected);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge(`body over ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isUpdate(value: unknown): value is Update {
  return typeof value === 'object' && value !== null && Number.isSafeInteger((value as { update_id?: unknown }).update_id);
}

/**
 * The webhook endpoint on node:http. `GET /healthz` answers 200 without a secret (for probes);
 * everything else needs Telegram's secret-token header (401 otherwise), then only `POST <path>`
 * with a JSON update is accepted. The update is handled before answering 200; a handler failure is
 * logged and still answered 200, so Telegram does not redeliver a poison update forever.
 */
export function createWebhookServer(options: WebhookServerOptions): WebhookServer {
  const { logger } = options;
  const expected = Buffer.from(options.secret);
  const limit = options.maxBodyBytes ?? 1024 * 1024;

  const respond = (res: ServerResponse, status: number, body = '') => {
    res.writeHead(status, { 'content-type': body ? 'application/json' : 'text/plain', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };

  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      return respond(res, 200, JSON.stringify({ ok: true, ...options.health?.() }));
    }
    if (!sameSecret(req.headers[SECRET_HEADER], expected)) {
      req.resume();
      return respond(res, 401);
    }
    if (path !== options.path) {
      req.resume();
      return respond(res, 404);
    }
    if (req.method !== 'POST') {
      req.resume();
      res.setHeader('allow', 'POST');
      return respond(res, 405);
    }
    let update: unknown;
    try {
      update = JSON.parse(await readBody(req, limit));
    } catch (err) {
      if (err instanceof BodyTooLarge) return respond(res, 413);
      return respond(res, 400);
    }
    if (!isUpdate(update)) return respond(res, 400);
    try {
      await options.handleUpdate(update);
    } catch (err) {
      logger.error({ err, updateId: update.update_id }, 'webhook update failed');
    }
    respond(res, 200);
  });
  server.keepAliveTimeout = 65_000;

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
