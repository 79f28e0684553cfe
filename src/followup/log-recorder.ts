import type { Logger } from '../core/logger.js';
import type { UnresolvedRecorder } from './unresolved.js';

/**
 * The recorder used until the staff desk is plugged in: each unresolved question becomes one
 * structured `warn` log line (so it is never silently lost), with everything the desk would store.
 */
export function logRecorder(logger: Logger): UnresolvedRecorder {
  return {
    async record(q) {
      logger.warn(
        {
          event: 'unresolved_question',
          chatId: q.chatId,
          userId: q.userId,
          displayName: q.displayName,
          lang: q.lang,
          reason: q.reason,
          text: q.text,
          normalized: q.normalized,
          nearest: q.nearest,
          askedAt: q.askedAt.toISOString(),
          ...(q.messageId !== undefined ? { messageId: q.messageId } : {}),
        },
        'unresolved question',
      );
    },
  };
}
