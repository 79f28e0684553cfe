/**
 * Chinese texts of the follow-up desk: the county's answer as investors receive it, everything staff
 * see in the staff group, and the `npm run questions` tool. Keys must match ../en/desk.ts.
 * Plain text (never sent with parse_mode), so nothing needs escaping.
 */
const REASONS: Readonly<Record<string, string>> = {
  'no-match': '知识库中没有答案',
  'thumbs-down': '用户对回答点了 👎',
  'clarify-not-picked': '给出的选项都不是用户想问的',
};

const LANGS: Readonly<Record<string, string>> = { zh: '简体中文', 'zh-Hant': '繁体中文', en: '英文' };

const STATUSES: Readonly<Record<string, string>> = { open: '待回复', answered: '已答复', dismissed: '已关闭' };

export const desk = {
  // What the investor receives.
  answerToInvestor: (question: string, answer: string): string =>
    `📮 喀左县营商环境工作人员答复\n\n您的问题：${question}\n\n${answer}`,

  // Labels.
  reasonLabel: (reason: string): string => REASONS[reason] ?? reason,
  langLabel: (lang: string): string => LANGS[lang] ?? lang,
  statusLabel: (status: string): string => STATUSES[status] ?? status,
  duration: (days: number, hours: number, minutes: number): string =>
    days > 0 ? `${days}天${hours}小时` : hours > 0 ? `${hours}小时${minutes}分钟` : `${minutes}分钟`,
  listSeparator: '、',
  none: '（无）',

  // The post for a new item in the staff group.
  newItem: (p: { id: number; question: string; asker: string; lang: string; reason: string; nearest: string }): string =>
    `🆕 待回复问题 #${p.id}\n\n${p.question}\n\n提问人：${p.asker}（${p.lang}）\n原因：${p.reason}\n相近条目：${p.nearest}\n\n` +
    '↩️ 直接回复这条消息即可答复提问人（所有问过同一问题的人都会收到）。',
  askedAgain: (id: number, asker: string, count: number): string =>
    `➕ 问题 #${id} 又有人问了：${asker}（共问 ${count} 次）。回复本消息或原消息即可一并答复。`,
  dismissButton: '🗑 关闭',
  nearestButton: '📚 相近条目',
  nearestList: (id: number, lines: string): string => `问题 #${id} 的相近条目（分数越高越接近）：\n${lines}`,
  nearestLine: (entryId: string, score: string): string => `• ${entryId}（${score}）`,
  noNearest: (id: number): string => `问题 #${id} 没有相近的知识条目。`,

  // Outcomes of staff actions.
  answerSending: (id: number, askers: number): string =>
    `📤 问题 #${id} 的答复已保存，正在发送给 ${askers} 位提问人；发送结果随后在这里报告。`,
  delivered: (id: number, count: number): string => `✅ 问题 #${id} 的答复已发送给 ${count} 位提问人。`,
  deliveryPartial: (id: number, delivered: number, pending: number, failed: number): string =>
    `⚠️ 问题 #${id}：已送达 ${delivered} 位，稍后自动重试 ${pending} 位，无法送达 ${failed} 位。`,
  undeliveredLine: (who: string, why: string): string => `• ${who}：${why}`,
  lateDelivered: (id: number, who: string): string => `✅ 问题 #${id} 的答复已补发送达 ${who}。`,
  lateFailed: (id: number, who: string, why: string): string => `❌ 问题 #${id} 的答复无法送达 ${who}：${why}`,
  failureBlocked: '对方已屏蔽机器人或会话已不存在',
  failureRejected: (detail: string): string => `Telegram 拒绝发送（${detail}）`,
  failureGaveUp: (attempts: number, detail: string): string => `重试 ${attempts} 次仍失败（${detail}）`,
  failureRetention: '个人信息已按保留期限删除',
  notFound: (id: string): string => `找不到问题 #${id}。`,
  alreadyClosed: (id: number, status: string): string => `问题 #${id} 已经${status}，不能再操作。`,
  emptyAnswer: '答复内容不能为空。',
  dismissed: (id: number): string => `🗑 问题 #${id} 已关闭（不答复）。`,
  dismissedBy: (id: number, who: string): string => `🗑 问题 #${id} 已由 ${who} 关闭。`,
  answeredBy: (id: number, who: string): string => `✅ 问题 #${id} 已由 ${who} 答复。`,
  promoted: (id: number, path: string): string =>
    `📝 已根据问题 #${id} 和答复写出知识条目草稿：${path}\n请审核、补全另一种语言后移入正式文件，再运行 npm run validate。`,
  promoteNotAnswered: (id: number): string => `问题 #${id} 还没有答复，无法生成知识条目草稿。`,
  promoteUnavailable: '没有配置草稿目录，无法生成知识条目草稿。',
  refused: '此命令仅限喀左县工作人员使用。',
  wrongChat: '为保护提问人的隐私，请在工作群或与机器人的私聊中使用此命令。',
  replyNotMapped: '这条消息不对应某个问题。请回复问题的原消息，或发送 /answer <编号> <答复>。',
  commandFailed: '抱歉，操作没有完成，已记录错误。请稍后再试。',

  // Command usage.
  answerUsage: '用法：/answer <编号> <答复内容>（或直接回复问题消息）',
  dismissUsage: '用法：/dismiss <编号> [原因]',
  promoteUsage: '用法：/promote <编号>',

  // /pending
  pendingEmpty: '🎉 目前没有待回复的问题。',
  pendingHeader: (page: number, pages: number, total: number): string => `待回复问题（共 ${total} 个，第 ${page}/${pages} 页，最早的在前）：`,
  pendingLine: (id: number, question: string, age: string, asks: number): string =>
    `#${id}（已等 ${age}，问了 ${asks} 次）${question}`,
  pendingFooter: '用 /answer <编号> <答复> 答复，或回复该问题的原消息。',
  previousPage: '⬅️ 上一页',
  nextPage: '下一页 ➡️',

  // /stats
  stats: (p: { open: number; answered: number; dismissed: number; rate: string; median: string; topics: string }): string =>
    `📊 待回复问题统计\n待回复：${p.open}\n已答复：${p.answered}\n已关闭：${p.dismissed}\n答复率：${p.rate}\n` +
    `答复用时中位数：${p.median}\n\n未答复的热点（按最相近条目）：\n${p.topics}`,
  topicLine: (topic: string, items: number, asks: number): string => `• ${topic}：${items} 个问题，共问 ${asks} 次`,
  noTopic: '（无相近条目）',
  notApplicable: '—',

  // /export
  exportCaption: (count: number): string => `全部 ${count} 个问题（CSV，UTF-8，可用 Excel 打开）`,
  exportFailed: '抱歉，导出文件没能发送。请稍后再试，或在服务器上运行 npm run questions -- export --csv 文件名。',

  // Daily digest.
  digestHeader: (count: number): string => `🗓 每日待办：${count} 个问题等待答复（最早的在前）`,
  digestLine: (id: number, question: string, age: string, asks: number): string => `#${id} 已等 ${age}（问了 ${asks} 次）：${question}`,
  digestMore: (count: number): string => `……另有 ${count} 个，发送 /pending 查看全部。`,
  digestEmpty: '🗓 每日待办：目前没有待回复的问题。',
  digestUndelivered: (count: number): string => `另有 ${count} 条答复仍在重试发送。`,

  // npm run questions
  cliUsage:
    '用法：\n  npm run questions -- list [--status open|answered|dismissed]\n  npm run questions -- export --csv 文件\n' +
    '  npm run questions -- answer <编号> "答复内容"\n  npm run questions -- dismiss <编号> [原因]',
  cliListLine: (id: number, status: string, asks: number, firstAsked: string, question: string): string =>
    `#${id}\t${status}\t${asks}次\t${firstAsked}\t${question}`,
  cliListEmpty: '没有符合条件的问题。',
  cliExported: (count: number, path: string): string => `已导出 ${count} 个问题到 ${path}`,
  cliStoredForBot: (id: number): string =>
    `问题 #${id} 的答复已保存。未设置 BOT_TOKEN，答复将在机器人运行时自动发送给提问人。`,
  cliBadStatus: (value: string): string => `未知状态“${value}”，可用：open、answered、dismissed。`,
};

export type DeskText = typeof desk;
