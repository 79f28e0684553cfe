/**
 * Chinese texts of the Telegram bot (simplified; traditional readers get them through `localize`).
 * Plain text: the bot escapes them before sending as HTML. Keys must match ../en/bot.ts.
 */
export const bot = {
  welcome: (name: string) => `您好，${name}！我是喀左县营商环境助手。`,
  capabilities:
    '我可以用中文或英文回答在喀左县投资办事的问题：\n' +
    '• 工程建设项目审批：各阶段时限、所需材料、办理地点\n' +
    '• 企业开办：流程、材料、一网通办\n' +
    '• 招商引资政策与奖励、惠企服务\n' +
    '直接输入您的问题，或点下面的主题浏览。我答不了的问题会转给县里的工作人员，他们会在这个对话里回复您。',
  help:
    '使用方法：\n' +
    '• 直接输入问题，例如“施工许可要多久？”“开公司需要什么材料？”\n' +
    '• /menu 按主题浏览\n' +
    '• /lang 切换语言（中文 / English）\n' +
    '• 每个回答下面有 👍 / 👎，点 👎 的问题会转给工作人员\n' +
    '在群里使用时，请 @我 或回复我的消息。',
  menuPrompt: '请选择主题：',
  topicPrompt: (topic: string) => `${topic}：请选择`,
  stagePrompt: (stage: string) => `${stage}：您想了解什么？`,
  emptyTopic: '这个主题暂时没有内容。',
  topics: {
    permits: '🏗 工程建设审批',
    startup: '🏢 企业开办',
    incentives: '💰 招商政策与奖励',
    policies: '📢 最新政策',
    services: '🤝 惠企服务',
    industry: '🏭 产业与园区',
    investment: '📈 投资项目',
    contact: '☎️ 联系方式',
  },
  stages: {
    'land-planning': '立项用地规划许可',
    'construction-planning': '建设工程规划许可',
    'construction-permit': '施工许可',
    'completion-acceptance': '竣工联合验收',
  },
  aspects: {
    overview: '📋 概况',
    duration: '⏱ 要多久',
    materials: '📄 需要什么材料',
    where: '📍 在哪里办理',
  },
  back: '⬅️ 返回',
  home: '🏠 主题',
  nextPage: '下一页 ➡️',
  previousPage: '⬅️ 上一页',
  langPrompt: '请选择语言 / Choose your language:',
  langSet: '好的，以后我用简体中文回复您。',
  langSetHant: '好的，以后我用繁体中文回复您。',
  langNames: { zh: '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
  nonText: '我只能看懂文字消息。请直接输入您的问题，或发送 /menu 按主题浏览。',
  emptyQuestion: '请在 @我 之后写上您的问题，例如“施工许可要多久？”',
  slowDown: '您发送消息太快了，请稍等一分钟再试。',
  error: '抱歉，系统出了点问题。请稍后再试，或换个说法提问。',
  feedbackThanks: '谢谢您的反馈！',
  feedbackRecorded: '谢谢您的反馈。已把这个问题转给工作人员，他们会在这个对话里回复您。',
  feedbackAlready: '已经收到您的反馈了。',
  noneFitsForgotten: '抱歉，我已记不起这个问题了。请再发一次您的问题。',
  staleButton: '这个按钮已失效，请发送 /menu 重新浏览。',
  unknownCommand: '我不认识这个命令。发送 /help 查看使用方法。',
  commands: {
    start: '开始，显示能做什么',
    menu: '按主题浏览',
    help: '使用方法',
    lang: '切换语言 / Language',
  },
  terminalBanner:
    '本地终端对话（未设置 BOT_TOKEN）。输入问题并回车；输入按钮前的数字来点按钮；/quit 退出。\n' +
    '连接 Telegram：在 @BotFather 创建机器人，把令牌写入 BOT_TOKEN（见 .env.example），再运行 npm start。',
  terminalButtons: '按钮（输入数字）：',
  terminalEdited: '（消息已更新）',
} as const;
