import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A tiny Bot API server on 127.0.0.1 that answers `sendMessage` the way Telegram does when things go
 * wrong — 429 with parameters.retry_after, 5xx, 403 "bot was blocked by the user", 400 "chat not
 * found", a hung request, a dropped connection — and can enforce Telegram's limits (about 30
 * messages/s overall, 1/s per chat) by answering 429 to a faster sender. It records every message it
 * accepted, so a test or benchmark counts per-chat receipts (duplicates, losses) and measures rates.
 */
export type Fault =
  | { readonly kind: 'ok' }
  | { readonly kind: 'throttle'; readonly retryAfter: number }
  | { readonly kind: 'server-error'; readonly status?: number }
  | { readonly kind: 'blocked' }
  | { readonly kind: 'chat-not-found' }
  /** The message is delivered (recorded) but the answer never comes: what a kill mid-call looks like. */
  | { readonly kind: 'hang' }
  /** The connection is cut before anything is delivered: a network error. */
  | { readonly kind: 'drop' };

export interface SendRequest {
  readonly chatId: number;
  readonly text: string;
  /** 1-based index of this sendMessage request overall / to this chat. */
  readonly seq: number;
  readonly chatSeq: number;
}

export interface Received {
  readonly chatId: number;
  readonly text: string;
  readonly parseMode: string | undefined;
  readonly messageId: number;
  /** performance.now() when accepted. */
  readonly at: number;
}

export interface FaultBotApiOptions {
  readonly port: number;
  /** Decides each sendMessage; default: always ok. */
  readonly fault?: (req: SendRequest) => Fault;
  /** Answer 429 like Telegram when a sender goes faster than this (a sliding one-second window). */
  readonly limits?: { readonly perSecond: number; readonly perChatIntervalMs: number; readonly retryAfter: number };
  readonly onReceived?: (message: Received) => void;
}

/** One sendMessage request and how it was answered. */
export interface RequestLog {
  readonly chatId: number;
  readonly answer: Fault['kind'] | 'limit';
  /** performance.now() when the request arrived. */
  readonly at: number;
}

export interface FaultBotApi {
  readonly url: string;
  readonly received: Received[];
  readonly requests: RequestLog[];
  /** Answers given, by kind ('ok', 'throttle', …, and 'limit' for 429s from the enforced limits). */
  readonly answered: Record<string, number>;
  /** Forgets everything received and every limit's state (between tests). */
  reset(): void;
  /** How many messages each chat received. */
  receiptsByChat(): Map<number, number>;
  close(): Promise<void>;
}

export async function startFaultBotApi(options: FaultBotApiOptions): Promise<FaultBotApi> {
  const received: Received[] = [];
  const requests: RequestLog[] = [];
  const answered: Record<string, number> = {};
  const window: number[] = [];
  const lastByChat = new Map<number, number>();
  const chatSeq = new Map<number, number>();
  const sockets = new Set<Socket>();
  let seq = 0;
  const count = (kind: string) => (answered[kind] = (answered[kind] ?? 0) + 1);

  const json = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const refuse = (res: ServerResponse, code: number, description: string, parameters?: object) =>
    json(res, code, { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) });

  /** Telegram's own limits: true (and a 429 sent) when this message would break them. */
  const overLimit = (res: ServerResponse, chatId: number, now: number): boolean => {
    const limits = options.limits;
    if (!limits) return false;
    while (window.length > 0 && window[0]! <= now - 1000) window.shift();
    const last = lastByChat.get(chatId);
    if (window.length >= limits.perSecond || (last !== undefined && now - last < limits.perChatIntervalMs)) {
      count('limit');
      refuse(res, 429, `Too Many Requests: retry after ${limits.retryAfter}`, { retry_after: limits.retryAfter });
      return true;
    }
    return false;
  };

  const accept = (chatId: number, text: string, parseMode: string | undefined): Received => {
    const at = performance.now();
    window.push(at);
    lastByChat.set(chatId, at);
    const message = { chatId, text, parseMode, messageId: received.length + 1, at };
    received.push(message);
    options.onReceived?.(message);
    return message;
  };

  const sendMessage = (req: IncomingMessage, res: ServerResponse, payload: Record<string, unknown>) => {
    const chatId = Number(payload.chat_id);
    const text = String(payload.text ?? '');
    const n = (chatSeq.get(chatId) ?? 0) + 1;
    chatSeq.set(chatId, n);
    const fault = options.fault?.({ chatId, text, seq: ++seq, chatSeq: n }) ?? { kind: 'ok' };
    const log = { chatId, answer: fault.kind as RequestLog['answer'], at: performance.now() };
    requests.push(log);
    count(fault.kind);
    switch (fault.kind) {
      case 'throttle':
        return refuse(res, 429, `Too Many Requests: retry after ${fault.retryAfter}`, { retry_after: fault.retryAfter });
      case 'server-error':
        res.writeHead(fault.status ?? 500, 'Internal Server Error');
        return res.end();
      case 'blocked':
        return refuse(res, 403, 'Forbidden: bot was blocked by the user');
      case 'chat-not-found':
        return refuse(res, 400, 'Bad Request: chat not found');
      case 'drop':
        return req.socket.destroy();
      case 'hang':
        accept(chatId, text, payload.parse_mode as string | undefined);
        return; // never answered
      case 'ok': {
        if (overLimit(res, chatId, log.at)) {
          answered.ok = (answered.ok ?? 1) - 1;
          requests[requests.length - 1] = { ...log, answer: 'limit' };
          return;
        }
        const m = accept(chatId, text, payload.parse_mode as string | undefined);
        return json(res, 200, {
          ok: true,
          result: { message_id: m.messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private' }, text },
        });
      }
    }
  };

  const server = createServer(async (req, res) => {
    const method = /^\/bot[^/]+\/([A-Za-z]+)$/.exec(req.url ?? '')?.[1];
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString('utf8');
    const payload = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
    if (method === 'sendMessage') return sendMessage(req, res, payload);
    if (method === 'getMe') return json(res, 200, { ok: true, result: { id: 1, is_bot: true, first_name: 'sink', username: 'sink_bot' } });
    if (method) return json(res, 200, { ok: true, result: true });
    return refuse(res, 404, 'Not Found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });

  return {
    url: `http://127.0.0.1:${options.port}`,
    received,
    requests,
    answered,
    reset() {
      received.length = 0;
      requests.length = 0;
      window.length = 0;
      lastByChat.clear();
      chatSeq.clear();
      seq = 0;
      for (const key of Object.keys(answered)) delete answered[key];
    },
    receiptsByChat() {
      const counts = new Map<number, number>();
      for (const m of received) counts.set(m.chatId, (counts.get(m.chatId) ?? 0) + 1);
      return counts;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
