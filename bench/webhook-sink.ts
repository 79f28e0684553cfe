/**
 * Child process of bench/webhook.ts: a Bot API sink on 127.0.0.1 that answers every call at once
 * (sendMessage / editMessageText with a plausible Message, anything else `true`) and counts calls.
 */
import { messageFor, startLoopbackApi } from '../src/telegram/loopback-api.js';

if (!process.send) throw new Error('bench/webhook-sink.ts runs as a child of bench/webhook.ts');

let messageId = 1;
const counts: Record<string, number> = {};
const api = await startLoopbackApi(({ method, payload }) => {
  counts[method] = (counts[method] ?? 0) + 1;
  if (method === 'sendMessage') return messageFor(payload, messageId++, 0);
  if (method === 'editMessageText') return messageFor(payload, Number(payload.message_id), 0);
  return true;
});
process.send({ type: 'ready', url: api.url });
process.on('message', (m: { type: string }) => {
  if (m.type === 'counts') process.send!({ type: 'counts', counts });
  if (m.type === 'stop') void api.close().then(() => process.exit(0));
});
