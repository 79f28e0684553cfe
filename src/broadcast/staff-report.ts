import { localize, messages } from '../i18n/index.js';
import type { ReplyLang } from '../text/language.js';
import type { PolicyCheck } from './broadcaster.js';
import { DEFAULT_TIME_ZONE, formatLocalDateTime } from './compose.js';
import type { DeliverySummary } from './delivery-store.js';

/** Plain-text messages for staff about broadcasts: progress, final report, usage and refusals. */
export function progressText(s: DeliverySummary, lang: ReplyLang): string {
  const done = s.sent + s.failed + s.blocked + s.cancelled;
  return localize(messages(lang).broadcast.progress(s.policyId, done, s.total, s.failed, s.blocked), lang);
}

export function finalReportText(s: DeliverySummary, lang: ReplyLang): string {
  const t = messages(lang).broadcast;
  const lines = [t.finalReport(s.policyId, s.sent, s.failed, s.blocked)];
  if (s.resent > 0) lines.push(t.resentNote(s.resent));
  return localize(lines.join('\n'), lang);
}

export function usageText(knownIds: readonly string[], lang: ReplyLang): string {
  const t = messages(lang).broadcast;
  return localize(t.usage(knownIds.length > 0 ? knownIds.join(', ') : t.noPolicies), lang);
}

/** Why a policy cannot be broadcast now, or null when it can; times are given in `timeZone`. */
export function refusalText(check: PolicyCheck, lang: ReplyLang, timeZone: string = DEFAULT_TIME_ZONE): string | null {
  const t = messages(lang).broadcast;
  const at = (d: Date) => formatLocalDateTime(d, timeZone);
  switch (check.kind) {
    case 'ready':
      return null;
    case 'unknown':
      return `${localize(t.unknownPolicy(check.id), lang)}\n${usageText(check.known, lang)}`;
    case 'scheduled':
      return localize(t.notYetPublished(check.policy.id, at(check.policy.publishAt)), lang);
    case 'expired':
      return localize(t.expiredPolicy(check.policy.id, at(check.policy.expiresAt ?? check.policy.publishAt)), lang);
    case 'already':
      return localize(t.alreadyBroadcast(check.policy.id, at(check.record.queuedAt)), lang);
  }
}
