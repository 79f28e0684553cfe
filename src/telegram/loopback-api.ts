import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A minimal Bot API server on the loopback interface, for running the real bot without Telegram:
 * the terminal chat prints what the bot sends, the webhook benchmark uses it as an instant sink.
 * Every `POST /bot<token>/<method>` with a JSON body goes to `handle`; its return value is the
 * `result`. Methods the handler does not care about should return `true`.
 */
export interface BotApiCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
}

export interface LoopbackApi {
  /** Give this to createBot as `apiRoot`. */
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Telegram-shaped refusal: the bot sees a TelegramError with this code and description. */
export class BotApiRefusal extends Error {
  override readonly name = 'BotApiRefusal';
  constructor(
    readonly code: number,
    readonly description: string,
  ) {
    super(description);
  }
}

export async function startLoopbackApi(
  handle: (call: BotApiCall) => unknown,
  options: { port?: number; host?: string } = {},
): Promise<LoopbackApi> {
  const server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      const json = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    };
    const method = /^\/bot[^/]+\/([A-Za-z]+)$/.exec((req.url ?? '').split('?')[0] ?? '')?.[1];
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    if (!method) return send(404, { ok: false, error_code: 404, description: 'Not Found' });
    let payload: Record<string, unknown> = {};
    try {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text) payload = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return send(400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
    }
    try {
      const result = await handle({ method, payload });
      send(200, { ok: true, result: result === undefined ? true : result });
    } catch (err) {
      if (err instanceof BotApiRefusal) return send(err.code, { ok: false, error_code: err.code, description: err.description });
      send(500, { ok: false, error_code: 500, description: 'Internal Server Error' });
    }
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The Message the Bot API returns for sendMessage / editMessageText, built from the request. */
export function messageFor(payload: Record<string, unknown>, messageId: number, date = Math.floor(Date.now() / 1000)) {
  return {
    message_id: messageId,
    date,
    chat: { id: Number(payload.chat_id), type: 'private' as const, first_name: 'User' },
    from: { id: 1, is_bot: true, first_name: 'Bot', username: 'bot' },
    text: typeof payload.text === 'string' ? payload.text : '',
    ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
  };
}
