import type { Logger } from '../core/logger.js';
import type { Messenger } from '../core/messenger.js';
import type { ReplyLang } from '../text/language.js';
import type { BroadcastObserver } from './broadcaster.js';
import { finalReportText, progressText } from './staff-report.js';

/**
 * Posts broadcast progress and each policy's final report (sent, failed, blocked) to the staff
 * group. A failed post is logged, never allowed to stop the broadcast.
 */
export function staffGroupObserver(messenger: Messenger, staffChatId: number | string, lang: ReplyLang, logger: Logger): BroadcastObserver {
  const post = async (text: string) => {
    try {
      await messenger.send(staffChatId, text);
    } catch (err) {
      logger.error({ err, staffChatId }, 'could not post a broadcast report to the staff group');
    }
  };
  return {
    progress: (summary) => post(progressText(summary, lang)),
    finished: (summary) => post(finalReportText(summary, lang)),
  };
}
