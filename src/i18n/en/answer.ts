import type { answer as zh } from '../zh/answer.js';

/** English texts for answers composed from the knowledge base. */
export const answer: { readonly [K in keyof typeof zh]: string } = {
  sourceLabel: 'Source',
  verifiedLabel: 'verified',
  relatedHeading: 'You may also want to know:',
  clarifyPrompt: 'Which of these do you mean?',
  noneFits: '🙋 None of these — ask staff',
  unresolved:
    "I can't answer this reliably yet. I have passed it to the county's business-environment staff; they will reply in this chat.",
  unresolvedNearest: 'Closest topics:',
  helpful: '👍 Helpful',
  notHelpful: '👎 Not helpful',
  deadlineButton: '📅 Calculate my deadline',
  generalKnowledgeNote: '(general national practice, for reference; staff will confirm)',
};
