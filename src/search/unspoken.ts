import { ACTION_PREFIX, ASPECT_PREFIX, isActionToken } from '../text/lexicon.js';
import { measuresAsked } from './measures.js';

/**
 * What a question asks that only an entry speaking of it can answer, however well the subject
 * matches: a procedure other than obtaining the thing (营业执照丢了怎么补办, 社保从沈阳转到喀左), a
 * year or an edition it names (the entries' figures are dated: 2025年签约了多少项目, 第九届紫陶节), a
 * strict aspect (a price: the source gives almost none; a validity period: none), a figure the entry
 * does not state (measures.ts: 恒锌有多少员工) or states only for a list the thing belongs to (凯美
 * among 37 projects), a part of a whole it states without naming the part (193个项目里工业项目占多少), a
 * subject the lexicon names but no entry covers (个人所得税, 酒店: listed in
 * synonyms.yaml so that such questions reach staff, not a near entry), and what no report states (the
 * next event's date, predictions, the bot's opinion or recommendation, a task for the bot). Pure: the
 * index and texts are passed in.
 */
export interface UnspokenCheck {
  /** Whether the candidate entry never speaks of something the question asks (answer/decide.ts refuses it). */
  (candidate: {
    readonly contains: (token: string) => boolean;
    /** The entry's text (lower-cased), asked for only when needed. */
    readonly text: () => string;
    readonly smalltalk: boolean;
  }): boolean;
}

export function unspokenCheck(question: {
  /** The normalised question, with quotation marks next to Chinese dropped (text/normalize.ts unquoteChinese). */
  readonly normalized: string;
  readonly tokens: readonly string[];
  /**
   * The question's tokens as written, without repairs by sound (几场 must not become 机场); asked for
   * only when a token names an uncovered subject (a second tokenisation, not worth it otherwise).
   */
  readonly literalTokens: () => ReadonlySet<string>;
  readonly aspects: ReadonlySet<string>;
  readonly strictAspects: readonly string[];
  /** A subject token no entry contains. */
  readonly isUncovered: (token: string) => boolean;
  /** A token that can name what the question asks of (a subject word of some weight, not 各有 or 年前). */
  readonly namesPart: (token: string) => boolean;
}): UnspokenCheck | null {
  const mustSpeakOf = [...question.tokens.filter(isActionToken), ...yearsIn(question.normalized)];
  for (const [pattern, action] of ACTION_PATTERNS) if (pattern.test(question.normalized)) mustSpeakOf.push(action);
  const strict = question.strictAspects.filter((a) => question.aspects.has(a)).map((a) => `${ASPECT_PREFIX}${a}`);
  // A subject named only as what the question sets aside (除了出口退税，还有什么税收减免) is not asked.
  const candidates = question.tokens.filter((t) => question.isUncovered(t) && !setAside(question.normalized, t));
  const uncovered = candidates.length > 0 && candidates.some((t) => question.literalTokens().has(t));
  const offTopic = uncovered || asksBeyondReports(question.normalized);
  const measures = measuresAsked(question.normalized);
  const editions = editionsIn(question.normalized);
  const partOfWhole = PART_OF_WHOLE.test(question.normalized);
  const parts = partOfWhole ? question.tokens.filter((t) => question.namesPart(t) && !ASKING_FRAME.has(t)) : [];
  // …and the whole is the one the entry states (66个签约项目里有几个是新能源项目: not the clean-energy
  // entry, which names 新能源 and 项目 but not the 66).
  const wholes = partOfWhole ? statedFiguresIn(question.normalized) : [];
  // Most questions ask nothing of the kind: no check to run on each candidate.
  if (mustSpeakOf.length === 0 && strict.length === 0 && !offTopic && measures.length === 0 && editions.length === 0 && !partOfWhole) {
    return null;
  }
  return ({ contains, text, smalltalk }) =>
    mustSpeakOf.some((t) => !contains(t)) ||
    // Small talk is still answered (谢谢，我先去酒店了; 好的谢谢，我回头打电话问问; 下次见).
    (!smalltalk &&
      (offTopic ||
        parts.some((t) => !contains(t) && !startsOrEndsWord(text(), t)) ||
        wholes.some((figure) => !figure.test(text())) ||
        measures.some((m) => !m.stated.test(text())) ||
        (measures.some((m) => m.numeric) && namesListMember(text(), question.tokens)) ||
        editions.some((forms) => !forms.some((f) => text().includes(f))))) ||
    // A price is also spoken of by an entry that states a sum of money.
    strict.some((t) => !contains(t) && !(t === COST && AMOUNT.test(text())));
}

const COST = `${ASPECT_PREFIX}cost`;

/**
 * A part of a stated whole (193个开复工项目里工业项目占多少, 557.85亿的签约额里装备制造和新能源分别占多少,
 * 100兆瓦里光伏和风电各多少, of the 193 projects how many are industrial): the entry that states the
 * whole answers it only if it names the part too (193个项目里新建的有多少个: 其中新建项目80个), so each
 * word that can name the part (namesPart: weighty enough, not 各有 or 年前) must be in the entry. A rate
 * (办结率, what percentage of complaints get resolved) is a figure of its own, not a part.
 * Read as: a stated count or sum (193个, 557.85亿, 574名, 100兆瓦), then within its clause or the next
 * the place it is looked into (里, not 哪里 or 公里; 中 before 有/的 or the clause's end, not 中心 or
 * 中标), then a quantity asked; or a share asked (各占, 占多少, not 占地 or 占多少亩); or in English.
 */
const PART_OF_WHOLE = new RegExp(
  '(?:\\d|[一二三四五六七八九十两百千万]) ?(?:个|名|家|项|位|条|张|类|户|亿|万|兆瓦)[^ ]{0,12}?(?:(?<![哪公这那])里|当中|之中|里面|里头|中(?=$| |有|的))' +
    ' ?[^ ]{0,16}?(?:占|有|是)?(?:多少|几个|几家|几名|几成|几多|百分之几)' +
    '|(?:分别|各)占|占(?!地)(?:多少|几成|百分之几|几多)(?!亩|平|公顷|地)' +
    // a breakdown by kind (按产业分各有几个)
    '|按[^ ]{1,6}?(?:分|划分|分类|统计)[^ ]{0,4}?(?:各|分别)(?:有|是|占)?(?:多少|几)|\\bbroken down by\\b|\\bbreakdown (?:by|of)\\b' +
    '|\\bhow (?:many|much) of (?:the|these|those|its|their) [\\d,.]+\\b|\\bof (?:the|these|those) [\\d,.]+\\b.{0,60}\\b(?:how many|how much)\\b|\\bhow many (?:are|were|is)\\b.{0,40}\\band how many (?:are|were|is)\\b',
);

// Words that frame a request for a breakdown, naming no part (give me a breakdown of the 193
// projects by new vs continuing; 按产业划分).
const ASKING_FRAME = new Set(['breakdown', 'broken', 'break', 'give', 'tell', 'show', 'list', 'vs', 'versus', '划分', '分类', '统计']);

// What sets a subject aside, just before it (除了出口退税，…; besides export rebates, …).
const SETTING_ASIDE = /(?:除了|除去|除开|\bbesides|\bapart from|\bother than|\bexcept(?: for)?) ?[^ ]{0,6}$/;

/** Whether every mention of `token` in the question follows 除了 / besides (除了出口退税，还有…). */
function setAside(normalized: string, token: string): boolean {
  let at = normalized.indexOf(token);
  if (at < 0) return false;
  for (; at >= 0; at = normalized.indexOf(token, at + 1)) {
    if (!SETTING_ASIDE.test(normalized.slice(Math.max(0, at - 16), at))) return false;
  }
  return true;
}

/**
 * Whether the entry names a Chinese word of the question only as an item of a list joined by 、 and
 * closed by 等, whose figure it states together (昕锐科技智能装备、凯美高品质石英玻璃管等37个项目, total
 * investment 557.85亿元: not 凯美's own). For figures of one thing only (numeric measures).
 */
function namesListMember(entryText: string, tokens: readonly string[]): boolean {
  return tokens.some((t) => {
    if (t.length < 2 || !/^\p{Script=Han}+$/u.test(t) || !entryText.includes(t)) return false;
    return new RegExp(`(?:、[^，。；、\\n]{0,12}?${t}|${t}[^，。；、\\n]{0,12}?、)[^，。；\\n]{0,40}?等`).test(entryText);
  });
}

/**
 * The figures a question quotes as a count or sum (193个, 574名, 100兆瓦; not 2023年), each as a pattern
 * finding that number whole in an entry's text (66 is not in 66.5亿元, 11 not in 113).
 */
function statedFiguresIn(normalized: string): RegExp[] {
  // Not the decimals of a sum (557.85亿 is 557 85亿 once normalised).
  return [...normalized.matchAll(/(?<![\d.]|\d )(\d{2,}) ?(?:个|名|家|项|位|条|张|类|户|亿|万|兆瓦)/g)].map(
    (m) => new RegExp(`(?<![\\d.])${m[1] as string}(?![\\d.]\\d|\\d)`),
  );
}

/**
 * Whether `word` begins or ends a word of the text: a Chinese word may stand inside a longer term of
 * the entry's (续建 in 、续建项目), which the index holds whole, but not inside another word (外资 in
 * 域外资金). Chinese has no spaces, so "begins or ends" means next to a character that is not Chinese.
 */
function startsOrEndsWord(text: string, word: string): boolean {
  const isHan = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isHan(text[at - 1]) || !isHan(text[at + word.length])) return true;
  }
  return false;
}

/**
 * Actions (synonyms.yaml) asked in words a lexicon term cannot match: a benefit taken back
 * (企业会被扣减已经享受的优惠吗: penalty), moving social insurance, a housing fund or a file from another
 * place (社保关系从沈阳转到喀左: the place sits between the words of the transfer procedure, 转移接续), and the name of an office holder when a longer term has taken
 * the office (喀左县委书记叫什么名字: the county-leaders term takes 喀左县委书记 before 书记叫什么 can
 * match), or of the report's author (who wrote the article).
 */
const ACTION_PATTERNS: readonly (readonly [RegExp, string])[] = [
  // a benefit taken back or a failed review's consequences (企业会被扣减已经享受的优惠吗, 考核不过有什么
  // 后果), words apart
  [
    /(?:考核不过|考核不合格|没通过考核|不达标|没完成|完不成)[^ ]{0,6}?(?:有什么|有啥|会有什么|会有啥)?(?:后果|处罚|惩罚)|(?:扣减|追回|收回|取消|扣回)(?:已经?享受的?|已?领取的?|已?拿到的?|的)?(?:优惠|补贴|奖励|奖金|扶持资金)|(?:优惠|补贴|奖励|奖金)[^ ]{0,8}?(?:被|要|会|得)(?:扣减|追回|收回|取消|扣回|退回|要回|退还)/,
    `${ACTION_PREFIX}penalty`,
  ],
  [
    /(?:社保|医保|养老保险|公积金|档案)[^ ]{0,6}?从[^ ]{1,10}?转(?:到|入|来|回)|从[^ ]{1,10}?转(?:到|入|来|回)[^ ]{0,6}?(?:社保|医保|养老保险|公积金|档案)|[^ ]{2,4}的(?:社保|医保|养老保险|公积金)[^ ]{0,4}?转(?:到|入|回)/,
    `${ACTION_PREFIX}withdraw`,
  ],
  [
    /(?:书记|县长|局长|主任|董事长|总经理|老板|记者|作者|法人代表|法定代表人)的?(?:现在|目前|现任)?(?:分别)?(?:叫什么|叫啥|姓什么|姓啥|是谁|是哪位|名字)|一把手(?:是谁|叫什么|叫啥)|(?:聘任|聘用|任命|聘)(?:的是)?谁|聘(?:的是|的)?(?:什么|啥)(?:人|职务|岗位)|负责人(?:叫什么|叫啥|姓什么|姓啥|的名字)|(?:报道|文章|稿子)[^ ]{0,6}?(?:谁写的|作者)|\bwho wrote\b|\b(?:the )?(?:author|reporter|journalist) of\b|\bname of (?:the )?(?:current )?(?:county head|county magistrate|magistrate|mayor|party secretary|bureau director|director)\b/,
    `${ACTION_PREFIX}identity`,
  ],
];

/**
 * What no report states, however well its words match an entry: when the next event of a kind takes
 * place (下一届辽洽会什么时候举办, when is the next signing conference), the date of an event next year
 * (辽洽会明年什么时候举办) or of this year's (the entries report 2023's: 今年辽洽会在哪开，几号), how much
 * an economic figure will grow (明年固定资产投资能增长多少), new policies to come (明年会不会出台更多补贴
 * 政策), a prediction about prices or the economy (房价明年会涨吗, will housing prices go up), the bot's
 * opinion of a venture (你觉得半导体在喀左能做起来吗) and a task the bot cannot do for the user (帮我把
 * 申请提交了): the entries report what took place and what the county states. Each pattern needs its
 * telltale parts together — an event and a "when", a figure and a rise, an opinion asked of a venture,
 * a request and an act — so that 下次办理需要多长时间, 我们明年会来投资什么时候开始办手续, 明年来投资补贴
 * 能提高多少, will the subsidy increase, 你认为注册公司需要哪些材料, 帮我查一下 are answered.
 */
const EVENT = '(?:大会|座谈会|推介会|洽谈会|签约会|恳谈会|博览会|展会|交易会|辽洽会|年会|艺术节|文化节|论坛|峰会|招商会|招商活动)';
const WHEN = '(?:什么时候|啥时候|哪天|何时|几号|几月|日期)';
const LATER = '(?:明年|下半年|下个月|年底)';
const NEXT_YEARS = '(?:明年|后年|明后年|下一年|未来几年|今后几年)';
const ECONOMIC_FIGURE = '(?:固定资产投资|投资额|gdp|生产总值|产值|经济|税收|财政收入)';
const EN_EVENT = '(?:conference|fair|expo|forum|summit|event|festival|meeting|signing)';
const PRICE = '(?:房价|地价|价格|电价|水价|租金|股价|行情|锌价|物价|经济)';
const EN_PRICE = '(?:prices?|rents?|costs?|market|economy|values?)';
const BEYOND_REPORTS = [
  // the next one of something: 下一届/下一场/下一轮 …, or 下次 with an event
  new RegExp(
    `下一?(?:届|场|轮)[^ ]{0,12}?${WHEN}|下一?(?:次|回)[^ ]{0,12}?(?:${EVENT}|招商|签约)[^ ]{0,6}?${WHEN}|${WHEN}[^ ]{0,4}下一?(?:次|届|回|场|轮)` +
      `|\\bwhen\\b.{0,40}\\bnext(?: \\w+){0,2} ${EN_EVENT}|\\bnext(?: \\w+){0,2} ${EN_EVENT}\\b.{0,40}\\b(?:when|what date|which date|dates?)\\b`,
  ),
  // an event next year
  new RegExp(
    `${LATER}[^ ]{0,16}?${EVENT}[^ ]{0,8}?${WHEN}|${EVENT}${LATER}[^ ]{0,6}?${WHEN}` +
      `|\\b(?:next year|later this year)\\b.{0,40}\\b${EN_EVENT}\\b.{0,20}\\b(?:when|what date|which date)\\b|\\bwhen\\b.{0,40}\\b${EN_EVENT}\\b.{0,20}\\b(?:next year|later this year)\\b`,
  ),
  // this year's event: the entries report past years' (今年辽洽会在哪个城市开，具体几号)
  new RegExp(`今年[^ ]{0,14}?${EVENT}[^ ]{0,20}?(?: [^ ]{0,3}?)?${WHEN}`),
  // how much an economic figure will grow, and policies to come (补贴能提高多少 is an incentive question)
  new RegExp(
    `${NEXT_YEARS}[^ ]{0,16}?${ECONOMIC_FIGURE}[^ ]{0,6}?(?:能|会|将|可以)?(?:增长|增加|提高|下降|减少|达到)(?:多少|几)` +
      `|${NEXT_YEARS}[^ ]{0,10}?会不会(?:出台|推出|发布|出新)|会(?:出台|推出)[^ ]{0,8}?(?:新的|更多)`,
  ),
  // a task the bot cannot do for the user (帮我把施工许可申请提交了, can you file it for me)
  /(?:你|您|你们|机器人)(?:能|可以|能不能|可不可以)?(?:直接)?(?:帮我|替我|帮我们|替我们)(?:直接)?(?:[^ ]{0,16}?把[^ ]{0,24}?)?(?:提交|递交|填写|填好|填一下|代办|代填|报名|预约|翻译|写一份|写个)|\b(?:can|could|would) you (?:please )?(?:submit|file|fill (?:in|out)|translate|book|write) .{0,40}\bfor (?:me|us)\b/,
  // a prediction about prices or the economy
  new RegExp(
    `${PRICE}[^ ]{0,6}?会不?会?(?:涨|跌|上涨|下跌|下滑|下降|增长|好转|变好)|${PRICE}[^ ]{0,4}走势` +
      `|\\bwill\\b.{0,20}\\b${EN_PRICE}\\b.{0,20}\\b(?:go up|go down|rise|fall|drop|increase|decrease|grow)\\b` +
      `|\\b${EN_PRICE}\\b.{0,10}\\bwill\\b.{0,10}\\b(?:go up|go down|rise|fall|drop|increase|decrease|grow|boom|decline)\\b`,
  ),
  // the bot's opinion of a venture
  /(?:你|您)(?:个人)?(?:觉得|认为|看好)[^ ]{0,20}?(?:能不能做起来|做得起来|能做起来|有前途|值不值|更赚钱|能赚钱|赚不赚钱|能成吗|能成不|能不能成|能成功吗|会成功吗|靠谱吗|靠不靠谱|有搞头|有戏吗|前景如何|前景怎么样|有没有用|有用吗|管用吗|管不管用|风险大不大|风险大吗|风险高吗|有风险吗)|依你看|(?:你|您)(?:能|可以|会)?推荐(?:一下)?(?:哪家|哪一家|一家|哪个|一个)?(?:银行|律所|律师|会计|代理|中介|酒店|宾馆|饭店|机构)|推荐(?:一下)?哪(?:家|一家)|\b(?:would|do|can|could) you recommend (?:a|an|any|which|some|the best) (?:bank|law firm|lawyer|agent|agency|hotel|accountant|consultant|firm|supplier)\b|\bwhich (?:bank|law firm|lawyer|agent|agency|hotel|accountant|consultant|firm|supplier)\b.{0,40}\b(?:would|do|can|could) you recommend\b|\bin your opinion\b|\bshould (?:i|we) (?:buy|sell|invest in)\b.{0,30}\b(?:stocks?|shares?|bonds?|funds?|crypto|bitcoin|gold|property|real estate)\b|(?:该不该|要不要|能不能|可不可以)(?:买|卖|抄底)[^ ]{0,8}?(?:股票|股份|基金|债券|房子|黄金)|\bdo you think\b.{0,40}\b(?:worth it|good idea|good bet|profitable|succeed|take off|will (?:grow|boom|decline|recover|improve))\b/,
];

export const asksBeyondReports = (normalized: string): boolean => BEYOND_REPORTS.some((pattern) => pattern.test(normalized));
/**
 * Years a question names: 2025年, or "in 2025" / "since 2023" in English. A bare number is not one
 * (投资2000万元, over 2000 employees).
 */
const YEAR = /(?:^|[^\d])((?:19|20)\d\d) ?年|\b(?:in|since|during|year|for|of|by|after|beyond) ((?:19|20)\d\d)\b(?! ?(?:万|亿|yuan|rmb|people|employees|workers|staff|mu|square|sqm|tons?|units?))/g;

export const yearsIn = (normalized: string): string[] => [...normalized.matchAll(YEAR)].map((m) => (m[1] ?? m[2]) as string);

/**
 * The editions of an event a question names (第九届紫陶节, 首届): each as the forms an entry may write it
 * in (第九届, 第9届; 第一届, 第1届, 首届). Like a year, an edition the entry does not mention is one it says nothing of.
 */
const EDITION = /(?:第([一二三四五六七八九十]{1,3}|\d{1,2})|首) ?届(?=[^ ]{0,12}?(?:节|会|展|赛|论坛))/g;
const CHINESE_DIGITS = '〇一二三四五六七八九';

export function editionsIn(normalized: string): string[][] {
  return [...normalized.matchAll(EDITION)].map((m) => {
    const n = m[1] === undefined ? 1 : chineseNumberValue(m[1]);
    if (n === null) return [m[0].replace(/ /g, '')];
    return n === 1 ? ['第一届', '第1届', '首届'] : [`第${chineseNumeral(n)}届`, `第${n}届`];
  });
}

/** 1–99 written in digits or Chinese numerals (九, 十二, 二十三); null for anything else. */
function chineseNumberValue(written: string): number | null {
  if (/^\d+$/.test(written)) return Number(written);
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(written);
  if (!m) return null;
  const [, tens, ten, ones] = m as unknown as [string, string, string, string];
  if (!ten) return tens && !ones ? CHINESE_DIGITS.indexOf(tens) : null;
  return (tens ? CHINESE_DIGITS.indexOf(tens) : 1) * 10 + (ones ? CHINESE_DIGITS.indexOf(ones) : 0);
}

function chineseNumeral(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

/** A sum of money stated in an entry's text (66.5亿元, 6.65 billion yuan). */
const AMOUNT = /\d ?(?:万|亿)?元|\byuan\b|\brmb\b/;
