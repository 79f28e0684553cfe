/** Chinese texts of the broadcast feature. Keys must match ../en/broadcast.ts. Plain text: callers escape. */
const TOPICS: Readonly<Record<string, string>> = {
  equipment: '先进装备智造',
  semiconductor: '半导体新材料',
  printing: '印刷包装',
  agrifood: '绿色农产品精深加工',
  land: '项目用地',
  startup: '企业开办',
  energy: '清洁能源',
  incentives: '招商奖励',
  services: '企业服务',
};

export const broadcast = {
  topicLabel: (id: string): string => TOPICS[id] ?? id,
  allTopics: '全部主题',
  listSeparator: '、',

  // The policy message an investor receives.
  policyHeader: '📢 喀左县政策推送',
  date: (year: number, month: number, day: number): string => `${year}年${month}月${day}日`,
  published: (date: string): string => `发布日期：${date}`,
  sourceLine: (source: string): string => `来源：${source}`,
  footer: '管理订阅：/subscribe　退订：/unsubscribe',

  // Command menu
  commandSubscribe: '订阅政策推送（选择主题）',
  commandUnsubscribe: '退订全部政策推送',
  commandSubscriptions: '查看我订阅的主题',
  // /subscribe, /subscriptions, /unsubscribe
  subscribeIntro: '请选择想接收的政策推送主题，点按即可开启或关闭：',
  on: '✅',
  off: '⬜',
  doneButton: '完成',
  toggledOn: (label: string): string => `已订阅：${label}`,
  toggledOff: (label: string): string => `已取消：${label}`,
  subscriptionsSome: (labels: string): string =>
    `您订阅了以下主题的政策推送：${labels}。修改请发送 /subscribe，全部退订请发送 /unsubscribe。`,
  subscriptionsAll: '您订阅了全部主题的政策推送（包括今后新增的主题）。修改请发送 /subscribe，全部退订请发送 /unsubscribe。',
  subscriptionsNone: '您目前没有订阅政策推送。发送 /subscribe 选择主题。',
  unsubscribed: '已退订全部政策推送。随时可以发送 /subscribe 重新订阅。',
  notSubscribed: '您目前没有订阅政策推送，无需退订。',

  // /broadcast (staff)
  staffOnly: '此命令仅限工作人员使用。',
  usage: (ids: string): string => `用法：/broadcast <政策编号>。可推送的政策：${ids}`,
  noPolicies: '（无）',
  unknownPolicy: (id: string): string => `找不到政策“${id}”。`,
  notYetPublished: (id: string, when: string): string => `政策“${id}”定于 ${when} 发布，发布前不能推送。`,
  expiredPolicy: (id: string, when: string): string => `政策“${id}”已于 ${when} 失效，不再推送。`,
  alreadyBroadcast: (id: string, when: string): string =>
    `政策“${id}”已于 ${when} 推送过，同一政策只推送一次（修改内容后也不会重发）。`,
  previewLang: (lang: string): string => `预览（${lang === 'en' ? '英文' : '中文'}订阅者看到的消息）：`,
  previewSummary: (id: string, recipients: number): string =>
    `政策“${id}”将发送给 ${recipients} 位订阅者，各用其语言。确认发送吗？`,
  confirmButton: '✅ 确认发送',
  cancelButton: '取消',
  cancelled: '已取消，未发送。',
  started: (id: string, recipients: number): string => `已开始推送政策“${id}”（${recipients} 位订阅者）。进度和结果会发到工作群。`,
  progress: (id: string, done: number, total: number, failed: number, blocked: number): string =>
    `推送“${id}”进行中：已处理 ${done}/${total}，失败 ${failed}，已屏蔽 ${blocked}。`,
  finalReport: (id: string, sent: number, failed: number, blocked: number): string =>
    `推送“${id}”完成：已发送 ${sent}，失败 ${failed}，屏蔽机器人或会话已不存在 ${blocked}（已自动退订）。`,
  resentNote: (count: number): string => `另有 ${count} 条消息在中断时正在发送，重启后已重发，可能重复一次。`,
  busy: '另一个推送进程正在运行，本次未发送；稍后会自动继续。',
} as const;
