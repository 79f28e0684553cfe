/** Chinese texts for answers composed from the knowledge base. */
export const answer = {
  sourceLabel: '来源',
  verifiedLabel: '核实于',
  relatedHeading: '您可能还想了解：',
  clarifyPrompt: '您想问的是哪一个？',
  noneFits: '🙋 都不是，请工作人员回答',
  unresolved: '这个问题我暂时无法准确回答。已转给喀左县营商环境工作人员，他们会在这个对话里回复您。',
  unresolvedNearest: '相近的内容：',
  helpful: '👍 有帮助',
  notHelpful: '👎 没帮助',
  deadlineButton: '📅 计算我的办结日期',
  generalKnowledgeNote: '（一般性规定，仅供参考，请以工作人员答复为准）',
} as const;
