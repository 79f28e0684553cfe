import { Telegram, TelegramError } from 'telegraf';
import { afterEach, beforeEach, vi } from 'vitest';

export interface ApiCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
}

/**
 * Intercepts every Bot API call of every telegraf client (telegraf builds one per update) at
 * `Telegram.prototype.callApi`: no network at all. Calls are recorded; `respond` may return a
 * result or throw (e.g. a TelegramError) to play Telegram's part.
 */
export function captureApi(respond: (call: ApiCall) => unknown = () => undefined) {
  const calls: ApiCall[] = [];
  let messageId = 500;
  const spy = vi.spyOn(Telegram.prototype, 'callApi').mockImplementation(async function (method: string, payload: unknown) {
    const call = { method, payload: (payload ?? {}) as Record<string, unknown> };
    calls.push(call);
    const answer = await respond(call);
    if (answer !== undefined) return answer as never;
    if (method === 'sendMessage' || method === 'editMessageText') {
      return {
        message_id: method === 'sendMessage' ? messageId++ : Number(call.payload.message_id),
        date: 0,
        chat: { id: Number(call.payload.chat_id), type: 'private', first_name: 'x' },
        text: call.payload.text,
      } as never;
    }
    return true as never;
  } as never);
  return {
    calls,
    sent: () => calls.filter((c) => c.method === 'sendMessage'),
    restore: () => spy.mockRestore(),
  };
}

/**
 * captureApi around every test of the calling file. A test may set `respond` to play Telegram's part;
 * it is reset to `defaultRespond` before each test.
 */
export function captureApiEachTest(defaultRespond: (call: ApiCall) => unknown = () => undefined) {
  let api: ReturnType<typeof captureApi> | undefined;
  const handle = {
    respond: defaultRespond,
    get calls(): readonly ApiCall[] {
      return api?.calls ?? [];
    },
    sent: (): ApiCall[] => api?.sent() ?? [],
  };
  beforeEach(() => {
    handle.respond = defaultRespond;
    api = captureApi((call) => handle.respond(call));
  });
  afterEach(() => api?.restore());
  return handle;
}

export const refusal = (code: number, description: string, method = 'sendMessage') =>
  new TelegramError({ error_code: code, description }, { method, payload: {} } as never);
