import type { SearchConfig } from '../search/config.js';
import type { SearchHit } from '../search/engine.js';
import type { AnswerStatus, Candidate } from './types.js';

export interface Decision {
  readonly status: AnswerStatus;
  readonly candidates: readonly Candidate[];
  readonly confidence: number;
}

/**
 * Turns ranked hits into one of the three outcomes (plus smalltalk). Coverage — how much of the
 * question's informative weight an entry contains — is the calibrated confidence: a question about
 * passports shares 需要/材料 with a permit entry, but its subject 护照 is covered by nothing, so its
 * coverage stays low whatever the raw score.
 */
export function decide(hits: readonly SearchHit[], config: SearchConfig): Decision {
  const top = hits[0];
  if (!top || top.coverage < config.clarifyCoverage) {
    return { status: 'unresolved', candidates: hits.slice(0, config.maxClarifyChoices), confidence: top?.coverage ?? 0 };
  }
  const close = hits.filter(
    (h) => h.coverage >= top.coverage - config.ambiguityMargin && h.coverage >= config.clarifyCoverage,
  );
  if (close.length === 1 && top.coverage >= config.answerCoverage) {
    const status: AnswerStatus = top.entry.category === 'smalltalk' ? 'smalltalk' : 'answered';
    return { status, candidates: [top], confidence: top.coverage };
  }
  // Several entries fit about equally well, or one fits only partly: let the user choose.
  const choices = close.filter((h) => h.entry.category !== 'smalltalk').slice(0, config.maxClarifyChoices);
  if (choices.length === 0) {
    return { status: 'unresolved', candidates: hits.slice(0, config.maxClarifyChoices), confidence: top.coverage };
  }
  return { status: 'clarify', candidates: choices, confidence: top.coverage };
}
