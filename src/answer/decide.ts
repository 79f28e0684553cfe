import type { SearchConfig } from '../search/config.js';
import type { SearchHit } from '../search/engine.js';
import type { AnswerStatus, Candidate } from './types.js';

export interface Decision {
  readonly status: AnswerStatus;
  readonly candidates: readonly Candidate[];
  readonly confidence: number;
}

/**
 * Turns ranked hits into one of the three outcomes (plus smalltalk), on the calibrated confidence:
 * one entry clearly above the answer threshold answers; several close ones, or one that fits only
 * partly, are offered as choices; below the clarify threshold the question goes to staff. A question
 * about passports shares 需要/材料 with a permit entry, but its subject 护照 is covered by nothing, so
 * its confidence stays low whatever the raw score.
 */
export function decide(allHits: readonly SearchHit[], config: SearchConfig): Decision {
  // A greeting wrapped around a question ("您好，施工许可要几天") is the question, not small talk:
  // small talk answers only a message it mostly explains and that no real entry answers too.
  const substantive = allHits.some((h) => h.entry.category !== 'smalltalk' && h.confidence >= config.clarifyThreshold);
  const hits = allHits.filter(
    (h) => h.entry.category !== 'smalltalk' || (!substantive && h.signals.queryCoverage >= config.smalltalkMinQueryCoverage),
  );
  // A candidate that never speaks of the procedure, cost, year or subject asked cannot answer it,
  // however well the rest matches: 营业执照丢了怎么补办 is not answered by how to get a licence,
  // 刻章要多少钱 not by where seals are made, 2025年签约了多少项目 not by the 2023 figures, 县政府附近的
  // 宾馆 not by the county government's contact entry (search/unspoken.ts).
  const answerable = hits.filter((h) => h.signals.unspokenAsk !== 1);
  const top = answerable[0];
  // The bot speaks for the county only: a question about another place (沈阳开公司要几天) that never
  // names the county is not answered with the county's facts, however well the rest matches.
  if (!top || top.confidence < config.clarifyThreshold || top.signals.foreignPlace === 1) {
    return { status: 'unresolved', candidates: hits.slice(0, config.maxClarifyChoices), confidence: top?.confidence ?? 0 };
  }
  const close = answerable.filter(
    (h) => logOdds(top.confidence) - logOdds(h.confidence) <= config.ambiguityMargin && h.confidence >= config.clarifyThreshold,
  );
  // Close pleasantries (明白了，谢谢，再见: thanks or goodbye) need no choosing: the best one answers.
  const onlySmalltalk = close.every((h) => h.entry.category === 'smalltalk');
  if ((close.length === 1 || onlySmalltalk) && top.confidence >= config.answerThreshold) {
    const status: AnswerStatus = top.entry.category === 'smalltalk' ? 'smalltalk' : 'answered';
    return { status, candidates: [top], confidence: top.confidence };
  }
  // Several entries fit about equally well, or one fits only partly: let the user choose.
  const choices = close.filter((h) => h.entry.category !== 'smalltalk').slice(0, config.maxClarifyChoices);
  if (choices.length === 0) {
    return { status: 'unresolved', candidates: hits.slice(0, config.maxClarifyChoices), confidence: top.confidence };
  }
  return { status: 'clarify', candidates: choices, confidence: top.confidence };
}

/**
 * Closeness is judged in log-odds: 0.976 and 0.999 are far apart (1 error in 40 against 1 in 1,000)
 * though their difference is small, while 0.52 and 0.55 are about equally uncertain.
 */
function logOdds(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}
