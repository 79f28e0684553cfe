import { escapeRegExp } from '../core/escape-regexp.js';

/**
 * Figures a question can ask of something an entry names, which the entry may well not state: a
 * company's or office's headcount (恒锌有多少员工), a project's investment (凯美项目总投资多少), output,
 * sales or profit (产业集群一年产值多少), visitor numbers, how many firms a cluster holds, when a project
 * will be finished (抽水蓄能电站什么时候建成), how often something happens (项目管家多久走访一次) and a
 * phone number, e-mail or WeChat (金泰地产的电话是多少); also an event's yearly month, a ranking, the
 * members of a stated count (12个项目都是哪些企业), progress against a target by now (目标现在完成多少了),
 * a comparison with the province or an average, the floor to count as something (多大规模才能纳入),
 * why a reported figure is so (为什么只有37个落地), whether a rule has exceptions (外资企业有冇例外); and
 * a project's scale, how soon an office replies, when something began, what became of a reported
 * count, a site, an event's day, office hours, a term's bounds, a rent, from which day a limit counts,
 * which banks, how to sign up, what a company makes, a plan's target, whether a limit includes
 * something, how long a reported case took, where a company comes from, which countries, a capital
 * requirement. The entry that names the company or the service matches such a question well, yet
 * answers it only if it states that figure (its text, phrasings included: a phrasing is the author's
 * claim that the entry answers it; for some, what it must state is read from the question: the
 * outcome asked, the thing whose inclusion is asked); otherwise the question goes to staff (see
 * unspoken.ts). An investor speaking of their own company (我们公司有几百名员工，…, 我们
 * 年销售额5亿) asks no such figure. Pure: regular expressions over normalised question text and over
 * an entry's lower-cased text.
 */
export interface Measure {
  readonly name: string;
  /** The question (normalised text) asks this figure. */
  readonly asked: RegExp;
  /**
   * The entry's text (lower-cased, punctuation kept) states it; or, made from the question's match,
   * states what the question names (whether the 12 working days include 施工图审查: the entry must name it).
   */
  readonly stated: RegExp | ((asked: RegExpExecArray) => RegExp);
  /** A quantity of one thing (headcount, investment …): a list's total is not one member's (unspoken.ts). */
  readonly numeric?: boolean;
}

// Within one clause of an entry's raw text (its punctuation is kept) or of a normalised question.
const CLAUSE = '[^，。；：！？、,.;:!?\\n ]';
// The particles that may close a question (有几家企业吗, 走访一次呢).
const PARTICLE = '吗|呢|啊|呀|啦';
// 几 is also "a few" (代办几家小微企业的登记, 几个员工的社保): read as "how many" only at the end of the
// message (有几家企业？) or before a particle; a comma is a space in normalised text, so not after one.
const ASKED_LAST = `(?=$|${PARTICLE})`;
// Not of the asker's own company (我们公司有多少员工才能享受补贴, 我们年销售额5亿, 我厂有几百个工人):
// a first-person owner earlier in its clause (我想问恒锌有多少员工 still asks).
const NOT_OWN = '(?<!(?:我们|我司|我厂|我公司|咱们|咱|本公司)(?:公司|厂|集团)?(?:有|年|的|现在|目前|一共|总共)[^ ]{0,12})';
// Not a question reported as someone's to the asker (老板天天追着我问啥时候能投产: their own project);
// 请问我想知道… is the asker's own.
const NOT_REPORTED = '(?<!(?:(?<!请|想)问我|追着我问|天天问|老问|总问|一直问|催着问)[^ ]{0,12})';
// The end of an asking clause where 几 cannot mean "a few" (走访一次？一个月一次还是…): also before a
// question mark, which normalises to a space.
const CLAUSE_END = `(?=$| |${PARTICLE})`;
// The words that may stand between a figure and its 多少 (产值是多少, 营收大概多少; 系 is Cantonese 係).
const FIGURE_LINK = '(?:是|有|系|大概|大约|能达到|能有)?';
// A stated count (12个, 19条, 三篇): what a members question asks to be listed.
const COUNT = '(?:\\d+|[一二三四五六七八九十两]+) ?(?:个|条|家|项|位|名|篇|件)';
// Setting up a system or a policy, or a company settling (建立, 出台, 落户 …): what an origin question
// asks the date of.
const FOUNDED = '(?:建立|成立|设立|提出|出台|推出|启动|开通|创立|确立|落户|入驻|进驻)';

/**
 * `pattern`, except in a question that says any of `words` anywhere (a subsidy on rent is no rent
 * question; applying online at the weekend is no office-hours question).
 */
const unlessSaid = (words: string, pattern: string): RegExp => new RegExp(`^(?!.*(?:${words}))(?:.*?)(?:${pattern})`);

export const MEASURES: readonly Measure[] = [
  {
    name: 'headcount',
    numeric: true,
    asked: new RegExp(
      `${NOT_OWN}(?:(?:多少|几多)(?:个|名|位)?(?:员工|职工|工人|雇员|工作人员)|(?:几|几百|几千)(?:个|名|位)?(?:员工|职工|工人|雇员|工作人员)${ASKED_LAST}` +
        '|(?:员工|职工|工人|雇员|工作人员|编制)(?:有|人数|数量)?(?:多少|几多|几个|几名|几位|几百|几千)(?!时间|天|钱|人需要)|(?:员工|职工|工人)(?:人数|数量)(?:是|有)?(?:多少|几多|多大)' +
        '|多少人(?:上班|工作|干活)|(?:雇|养)了?多少人|(?:多少|几多)个?(?:就业)?岗位|就业岗位(?:有)?(?:多少|几多)|带动(?:多少|几多)人?就业)' +
        '|\\bhow many (?:employees|staff|workers|jobs|people (?:work|are employed|does it employ|do they employ))\\b|\\bheadcount\\b|\\bnumber of (?:employees|staff|workers|jobs)\\b',
    ),
    // a number of people employed, not 3个工作日内由工作人员联系
    stated: new RegExp(
      '\\d[\\d.,]*(?:万|千|百)?多?(?:名|个|位|人)?(?:员工|职工|工人|雇员)|(?:就业|岗位|员工|职工)[^，。；\\n]{0,4}?\\d[\\d.,]*(?:万|千|百)?多?(?:人|名|个)' +
        '|\\d[\\d.,]*(?:万|千|百)?多?个?(?:就业岗位|岗位)|\\d[\\d,.]*\\+? (?:employees|staff|workers|jobs)\\b',
    ),
  },
  {
    name: 'output',
    numeric: true,
    // Its quantity (产值有多少, 产能多大), not another one near it (把产能转移过来能拿多少补贴).
    asked: new RegExp(
      `${NOT_OWN}(?:(?:产值|产量|产能|年产)(?:${FIGURE_LINK}|一年|分别是|分别有|各是|各有)(?:多少|几多|多大|多高)|(?:能|可以|一年)产多少|一年(?:能|可以)?生产多少)` +
        '|\\b(?:output value|annual output|production capacity)\\b|\\b(?:how much|what is|what s) (?:the )?(?:annual |yearly )?output\\b|how much (?:does|will|can|could) .{0,40}\\bproduce\\b',
    ),
    stated: /产值|年产|产量|产能|output|production capacity|tons? (?:a|per|each) year/,
  },
  {
    name: 'investment',
    numeric: true,
    // How much a project or a group of them is worth (凯美项目总投资多少, 37个落地项目投资额是多少), not
    // a threshold (投资多少才能享受优惠): answered only by an entry that states a sum of money.
    asked: new RegExp(
      `${NOT_OWN}(?:(?:总投资|投资总额|投资额|计划投资|投资金额)(?:${FIGURE_LINK}|了)(?:多少|几多|多大)(?!以上|以下|才|能|可以|就)|(?:总投资规模|投资规模)${FIGURE_LINK}(?:多少|几多)(?:亿|万)?(?!以上|以下|才|能|可以|就)|(?:涉及|有|是)?多少(?:的)?(?:投资金额|投资额)(?!才|就|能|可以|以上)|(?:投了|投资了)(?:多少|几多)(?!钱?(?:才|能|可以|就))钱?)` +
        '|\\bhow much (?:was|is|has been|will be) invested\\b|\\bhow much did .{0,40}\\binvest\\b|\\b(?:total investment|investment amount|investment size) (?:of|in)\\b',
    ),
    // a sum stated as an investment (总投资557.85亿元), not any sum (恒锌's annual sales)
    stated: new RegExp(
      `投资${CLAUSE}{0,10}?\\d[\\d.,]*\\s?(?:万|亿)?元|\\d[\\d.,]*\\s?(?:万|亿)?元${CLAUSE}{0,4}?投资` +
        '|invest[a-z]*(?:[^.;\\n]|\\.\\d){0,40}?\\b(?:billion|million|yuan)\\b|\\b(?:billion|million) yuan\\b[^.;\\n]{0,20}?\\binvest',
    ),
  },
  {
    name: 'scale',
    numeric: true,
    // How big one project is (恒锌环保那个项目规模有多大, 凯美石英玻璃管项目投资规模多大): answered by an
    // entry stating its investment, land or output (恒锌: 占地100亩, 年产10.96万吨), not by a list that
    // names the project among others with their total (unspoken.ts).
    // Not a floor (企业规模多大才能享受扶持政策, 投资规模多少以上才有奖励) nor a sum (总投资规模是多少亿: an
    // investment), nor a service's reach (项目管家服务规模).
    asked: new RegExp(`${NOT_OWN}(?<!服务)(?:投资)?规模(?:有|是)?(?:多大|多少|几多|怎么样|如何)(?!以上|以下|才|能|可以|就|亿|万)|\\bhow (?:big|large) is (?:the|this|that) .{0,40}\\bproject\\b|\\bscale of (?:the|this|that) .{0,40}\\bproject\\b`),
    stated: /\d ?(?:万|亿)?元|\d ?亩|\d ?(?:万)?吨|\d ?兆瓦|\d ?平方米|\byuan\b|\bmu\b|\btons?\b|\bmw\b|square met/,
  },
  {
    name: 'members',
    // What a stated count is made of (紫陶节签约的12个项目都是哪些企业, 19条建议都是什么内容, 三篇大文章是指
    // 哪三篇): only an entry that lists them answers. 三篇大文章指的是什么 asks what the phrase means.
    asked: new RegExp(
      // (也可隔一个逗号：县级那84个诉求里，没办结的是哪些问题; not 公司有20名员工，社保登记有哪些要求)
      `${NOT_OWN}${COUNT}${CLAUSE}{0,8}? ${CLAUSE}{0,10}?(?:(?:是|(?:都|分别)(?:是|有))(?:哪些|哪几)|(?:具体)?都?(?:提了|说了)些?(?:什么|啥|哪些))|${COUNT}${CLAUSE}{0,8}?(?:(?:都是|分别是|具体是|具体有|都有|包括|都提了些?|具体都?提了些?|都说了些?|都是关于|主要是关于)(?:哪些|什么|哪几|哪[一二三四五六七八九十两]|谁|啥)|(?:具体是指|指的是|是指)(?:哪些|哪几|哪[一二三四五六七八九十两]|谁))` +
        '|\\bwhich (?:companies|firms|projects) (?:are|were) (?:they|those|the \\d+)\\b|\\bwhat (?:are|were) the \\d+ (?:projects|companies|firms|suggestions)\\b',
    ),
    // a list, or an entry that says the report names them not, or only some (报道未列出其名称, 点名的有)
    stated: /包括|分别是|分别为|如下|[:：][^。\n]{0,40}?、|点名|未列出|没有列出|未给出|没有给出|未公布|未具名|未点名|including|namely|not name|does not list|names? (?:only|some)/,
  },
  {
    name: 'rank',
    // Where the county or a project ranks (固投增速在朝阳市各县里排第几): the entries state no rankings.
    asked: /排第几|排名(?:第几|多少|怎么样|如何)|排多少名|名列第几|第几名|\b(?:how|where) does .{0,40}\brank\b|\branking of\b|\bwhat rank\b/,
    stated: /第[一二三四五六七八九十\d]+名|排名|排第|位列|名列|\branks?\b|\branked\b/,
  },
  {
    name: 'sales',
    numeric: true,
    asked: new RegExp(
      `${NOT_OWN}(?:销售额|营业额|营收|营业收入|年销售)${FIGURE_LINK}(?:多少|几多|几个亿)` +
        '|\\b(?:how much|what is|what s|what was) (?:the |its |their )?(?:annual |yearly )?(?:revenue|turnover|sales)\\b',
    ),
    stated: /销售额|营业额|营收|营业收入|年销售|revenue|turnover|sales/,
  },
  {
    name: 'profit',
    numeric: true,
    asked: new RegExp(
      `${NOT_OWN}(?:利润|净利润?)${FIGURE_LINK}(?:多少|几多)` +
        '|\\b(?:how much|what is|what s|what was) (?:the |its |their )?(?:annual |yearly )?(?:profits?|net income)\\b|\\bhow profitable is\\b',
    ),
    stated: /利润|净利|盈利|profit/,
  },
  {
    name: 'visitors',
    numeric: true,
    asked: new RegExp(
      `多少${CLAUSE}{0,4}?(?:游客|人次|客流)|(?:游客|客流|人次)${CLAUSE}{0,6}?(?:多少|几万|几千)|(?:节|会|展)${CLAUSE}{0,4}?多少人(?:参加|来|参观)` +
        '|\\bhow many (?:visitors|tourists|people (?:visit|come|attend))|\\bnumber of (?:visitors|tourists)\\b|\\bvisitor numbers?\\b',
    ),
    stated: /游客|客流|人次|visitors|tourists/,
  },
  {
    name: 'firms',
    asked: new RegExp(
      `${NOT_OWN}(?:(?:多少|几多)(?:家${CLAUSE}{0,8}?|个)?(?:企业|公司|工厂|厂(?!商|房))|几家(?:企业|公司|工厂|厂)${ASKED_LAST}|(?:企业|公司|工厂)(?:数量|数目|有多少家|有几家))` +
        '|\\bhow many (?:companies|firms|enterprises|businesses|factories)\\b|\\bnumber of (?:companies|firms|enterprises|businesses|factories)\\b',
    ),
    stated: new RegExp(
      `\\d${CLAUSE}{0,4}?(?:家|户)${CLAUSE}{0,8}?(?:企业|公司|工厂|厂)|(?:企业|公司|工厂)${CLAUSE}{0,4}?\\d+ ?(?:多)?(?:家|户)` +
        '|\\d[\\d,]*\\+? (?:companies|firms|enterprises|businesses|factories)\\b',
    ),
  },
  {
    name: 'completion',
    // When a named project will be finished or produce (not how long approvals take, nor a company's
    // opening: 注册公司后什么时候能开业 is a start-up question).
    asked: new RegExp(
      `${NOT_REPORTED}(?:什么时候|什么时间|啥时候|何时|哪年|几月份?|哪个?月|哪天)${CLAUSE}{0,3}?(?:能|可以|才能|会|就能)?(?:正式)?(?:建成|投产|完工|建好|投入使用|投用|达产)` +
        `|(?:建成|投产|完工|投用|达产)(?:的)?(?:时间|日期)` +
        '|\\bwhen\\b.{0,50}\\b(?:be (?:completed|finished|built|operational|up and running)|start (?:production|producing)|go into (?:production|operation)|begin production|come online)\\b' +
        '|\\bcompletion date\\b|\\bexpected to (?:be completed|be finished|start production|go into production)\\b',
    ),
    stated: new RegExp(
      `\\d{4} ?年${CLAUSE}{0,10}?(?:建成|投产|完工|投用|达产)|(?:建成|投产|完工|投用|达产)${CLAUSE}{0,6}?\\d{4} ?年` +
        '|\\b(?:completed|finished|put into (?:production|operation)|operational|start(?:ed)? production) (?:in|by) (?:[a-z]+ )?\\d{4}\\b',
    ),
  },
  {
    name: 'frequency',
    // 多久…一次 at the end of a clause (项目管家多久来走访一次？一个月一次还是…), never 一次性 or 一次办完.
    asked: new RegExp(
      `(?:多久|多长时间|隔多久|多少天|几天|几个月)${CLAUSE}{0,8}?(?:一次|一回)(?!性)${CLAUSE_END}|(?:一年|一个?月|每年|每月|每周)${CLAUSE}{0,4}?(?:几|多少)次|频率|频次` +
        '|\\bhow (?:often|frequently)\\b|\\bhow many times (?:a|per|each) (?:year|month|week)\\b',
    ),
    stated: /每(?:年|个?月|季度?|周|星期|半年)|一年一次|annually|monthly|quarterly|weekly|(?:every|each|once a) (?:year|month|quarter|week)/,
  },
  {
    name: 'progress',
    // How far a target or a project has come by now (清洁能源装机目标现在完成多少了, has the pumped-storage
    // station actually started yet): answered only by an entry reporting progress (37个项目全部实现落地,
    // 7月中旬开工, 累计…); the entries state targets and plans as of the report. Not the target itself
    // (装机目标是达到多少兆瓦) nor whether something can be done now (一网通办现在实现了吗).
    asked: new RegExp(
      `(?:现在|目前|如今|至今|到现在|眼下)${CLAUSE}{0,8}?(?:已经(?:完成|实现|达到)了?|(?:完成|实现|达到)了)(?:多少|几成|百分之几)` +
        `|(?:现在|目前|如今|至今|到现在|眼下)${CLAUSE}{0,4}?已经?(?:建成|并网|投产|投运)${CLAUSE}{0,14}?(?:有|是|达到)?(?:多少|几成|百分之几)` +
        // how far it has been built (抽水蓄能电站现在建到什么程度了), not how a sector has grown (紫陶产业发展到什么程度)
        `|(?:建|干|施工|推进|进行)到(?:什么|啥|哪)(?:程度|地步|阶段|一步)` +
        '|(?:开工|动工|建成|投产|完工|建好)了(?:吗|没有?)' +
        '|\\b(?:has|have)\\b.{0,90}\\b(?:started|begun|been completed|been finished|been built|broken ground|been reached|been achieved|been met)\\b.{0,15}\\byet\\b' +
        '|\\bhow (?:much|many)\\b.{0,60}\\b(?:has|have)\\b.{0,40}\\b(?:installed|built|completed|connected|achieved|reached)\\b.{0,20}\\b(?:so far|to date|yet|by now|already)\\b' +
        '|\\bhow (?:much|many)\\b.{0,60}\\b(?:already|so far|to date|today|right now)\\b.{0,30}\\b(?:connected|installed|built|operating|in operation|online)\\b' +
        '|\\bhow much of (?:the|this|that|its) (?:target|goal)\\b|\\bprogress (?:on|towards?|of|against)\\b|\\bhow far along\\b|\\bon track\\b',
    ),
    stated: new RegExp(
      `已经?(?:完成|建成|投产|开工|落地|实现|签约|发放|办结|达到)|累计|截至|全部实现|完成${CLAUSE}{0,10}?\\d|\\d{1,2}月${CLAUSE}{0,6}?(?:开工|动工|建成|投产|落地)|进度|进展` +
        '|\\b(?:so far|already|progress)\\b|\\b(?:had|has|have) (?:been )?(?:landed|completed|started|issued|broken ground)\\b',
    ),
  },
  {
    name: 'comparison',
    // A figure against the province's, the country's or an average (比全省平均高吗, compare with the
    // provincial average): the entries state the county's own figures only (同比 is against its own
    // last year). Not the county against other places (why Kazuo is better than other counties).
    asked: new RegExp(
      `比(?:全省|全市|全国|省里|市里|省内)${CLAUSE}{0,6}?(?:高|低|快|慢|多|少)|(?:全省|全市|全国)的?平均|(?:省|市)的?平均(?:水平|值|数|增速)` +
        `|(?:和|与|跟|同)(?!去年|上年|前年|往年|以前|过去|上一年)${CLAUSE}{0,12}?比(?:快|慢|高|低|多|少)(?:还是|吗)|高于还是低于|快于还是慢于` +
        `|(?:和|与|跟|同)(?:全省|全市|全国|省里|市里)${CLAUSE}{0,6}?(?:比|相比|对比|比较)(?:怎么样|如何|高|低|快|慢|多|少)` +
        '|\\bcompare[sd]? (?:with|to) (?:the )?(?:provincial|national|regional|city|prefecture|liaoning|chaoyang)\\b|\\b(?:provincial|national|regional) average\\b' +
        '|\\b(?:higher|lower|faster|slower) than (?:the )?(?:provincial|national|regional|average|liaoning|chaoyang)\\b',
    ),
    stated: /高于|低于|快于|慢于|平均|全省第|全市第|位列|排名|higher than|lower than|faster than|slower than|average/,
  },
  {
    name: 'threshold',
    // The least a project must bring to count as something (投资达到多少才算重大项目, minimum investment
    // to count as a major project): only an entry stating a floor answers. Not what an incentive needs
    // (投资多少才能享受优惠政策, is there a minimum investment for incentives: the incentives entry says
    // the report gives no amounts).
    asked: new RegExp(
      `(?:最低|多少|多大)${CLAUSE}{0,8}?才(?:算|能算|能被认定为|能列为|能纳入|能列入|能入选|符合)(?!齐全|完整|合格)|准入(?:门槛|标准|条件)` +
        '|\\b(?:minimum|threshold|how (?:much|big|large))\\b.{0,60}\\bto (?:count as|be (?:considered|treated|classed|classified) as)\\b',
    ),
    // a floor with its figure (投资1亿元以上), not 规模以上企业
    stated: /\d ?(?:万|亿)?(?:元|亩|兆瓦|平方米|人)?以上|不低于|至少|最低|门槛|起步|minimum|at least|or more|threshold|above \d|over \d/,
  },
  {
    name: 'reason',
    // Why a reported figure or event is as it is (为什么签约了66个项目只有37个落地, what was the main
    // reason projects stalled): the entries report what happened, not why. Not why to choose the
    // county (为什么选喀左) nor what a policy means (为什么说开公司只要登记一次, 为什么只需要一天).
    asked: new RegExp(
      `为什么${CLAUSE}{0,24}?(?:只(?!要|需|用)|才|还少|这么少|这么慢|没有|没能|还没|落后)|(?:主要|根本)?原因是什么|是什么原因|什么原因|啥原因` +
        '|\\bwhat (?:was|is|were) (?:the )?(?:main |real )?reasons?\\b|\\bwhy\\b.{0,50}\\b(?:stall|stalled|delayed|failed|fewer|so few|so slow)\\b',
    ),
    stated: /原因|因为|由于|because|due to|\breasons?\b|caused by/,
  },
  {
    name: 'exception',
    // Whether a rule has exceptions or also holds for a case of the asker's (外资企业有冇例外, do the
    // 12 working days also apply to hazardous chemical plants): the entries state rules, not their scope.
    asked:
      /有(?:没有|冇|无)?例外|例外(?:吗|情况)|(?:也|都|同样|一样)适用(?:于|吗)|\b(?:also|still) apply to\b|\bany exceptions?\b|\bexceptions? (?:to|for)\b/,
    stated: /例外|除外|不适用|适用于|适用范围|\bexcept\b|\bexceptions?\b|\bnot apply\b|\bapplies to\b/,
  },
  {
    name: 'response',
    // How soon an office answers or settles what it is told (直通车收到诉求后多少个工作日内必须答复, 多久能
    // 解决, how quickly will the project steward respond): only an entry stating a time limit (the
    // stages' 12个工作日) or promptness (第一时间) answers; the service entries say who answers, not how fast.
    asked: new RegExp(
      `(?:多少|几)个?(?:工作日|天|小时|星期|周)(?:之内|以内|内)?${CLAUSE}{0,6}?(?:答复|回复|回应|反馈|回话|给(?:个)?(?:答复|说法|回复|结果))` +
        `|(?<!用了|花了)(?:多久|多长时间|多快|几天)${CLAUSE}{0,4}?(?:能|会|可以|才能|才会|必须|要)?(?:得到|收到|给|有)?(?:答复|回复|回应|反馈|回话|回我|回消息|回电话|回电|解决|办结)` +
        '|\\bhow (?:quickly|soon|fast|long)\\b.{0,60}\\b(?:respond|reply|answer|get back|hear back|react)|\\bresponse time\\b|\\bturnaround time for (?:a )?(?:reply|response)\\b',
    ),
    stated: /\d+ ?个?(?:工作日|天|小时|分钟)|当天|当日|即时|第一时间|及时|急事急办|特事特办|马上办|一日办结|\bwithin \d+|\b\d+ (?:working |business )?(?:days|hours|minutes)\b|\bsame day\b|\bin one day\b|\bpromptly\b|\bimmediately\b|\bright away\b/,
  },
  {
    name: 'origin',
    // When a system or policy was set up, or a company came (3+4+20+22全员招商体系是哪一年、经哪次会议决定
    // 建立的, 科勒迪是哪一年落户喀左的, when was the direct line introduced): the entries state what
    // exists, not its history. Asked in the past (…建立的, 哪一年, 从哪年开始实行), not when something can
    // be set up (新公司什么时候能成立) nor from when a time limit counts (count-start).
    asked: new RegExp(
      `(?:哪一年|哪年|几几年|什么时候|啥时候|何时|哪次会议|什么会议)${CLAUSE}{0,10}?(?:${FOUNDED}|实施|实行|决定)(?:起来)?的` +
        `|(?:哪一年|哪年|几几年|哪次会议)${CLAUSE}{0,10}?(?:${FOUNDED}|决定)` +
        `|(?:从)?(?:哪一年|哪年|几几年|什么时候|啥时候|何时)开始(?:实行|实施|推行|施行|有的|的)` +
        '|\\bwhen (?:was|were|did)\\b.{0,60}\\b(?:established|set up|founded|introduced|launched|created|adopted|first (?:set|put) up)\\b|\\bin what year (?:was|were|did)\\b',
    ),
    stated: new RegExp(
      `\\d{4} ?年${CLAUSE}{0,12}?(?:${FOUNDED}|制定|开展|实施)|(?:建立|成立|设立|提出|出台|推出|启动|开通|创立|制定)于` +
        '|\\b(?:established|set up|founded|introduced|launched|created|adopted|started) in \\d{4}\\b|\\bin \\d{4}\\b[^.;\\n]{0,60}?\\b(?:adopted|introduced|launched|set up|established|started|carried out)\\b|\\bsince \\d{4}\\b',
    ),
  },
  {
    name: 'outcome',
    // What later became of a reported count (外出招商对接洽谈的55个项目，后来签约了几个): only an entry
    // stating that outcome with its figure answers (签约66个…37个落地 does for 66个签约项目后来落地了几个,
    // not for 后来投产了几个).
    asked: new RegExp(
      `(?:后来|最后|最终|结果|到头来|到最后)${CLAUSE}{0,6}?(签约|落地|成交|谈成|开工|投产|签下|引进|转化|成功)了?(?:几|多少)` +
        '|\\bhow many\\b.{0,40}\\b(?:eventually|ultimately|in the end|later) (signed|landed|materiali[sz]ed|started|went ahead)\\b',
    ),
    stated: (asked) => {
      const done = asked[1] ?? asked[2] ?? '';
      const zh = /^[a-z]/.test(done) ? '' : `${done}${CLAUSE}{0,8}?\\d|\\d+ ?(?:个|项|家)${CLAUSE}{0,6}?${done}|`;
      const en = /^[a-z]/.test(done) ? `\\b${done}\\b[^.;]{0,30}?\\d|\\b\\d+ (?:projects? )?(?:were |have been |had been )?${done}\\b` : '$^';
      return new RegExp(zh + en);
    },
  },
  {
    name: 'site',
    // Where exactly a named project or office is (绿氢绿氨那个项目具体落在喀左哪个乡镇, 凯美项目在喀左什么
    // 位置): only an entry speaking of a site answers (the parks entry's 选址, the county's location);
    // the entries name projects, not their townships.
    asked: new RegExp(
      `(?:落在|落户在?|建在|位于|选址在?|落地在|设在|安排在|放在|在)(?:喀左)?(?:县)?(?:的)?(?:哪个|哪一个|哪|什么)(?:乡镇|镇|乡|村|园区|开发区|工业园|产业园|片区|街道)` +
        `|项目${CLAUSE}{0,4}?在(?:喀左)?(?:县)?(?:的)?(?:什么|哪个)位置|具体位置在哪` +
        '|\\b(?:which|what) (?:township|town|village|industrial park|park|district)\\b.{0,40}\\b(?:is|are|was|were|will)\\b.{0,60}\\b(?:located|built|sited|based|in)\\b',
    ),
    stated: /位于|坐落|选址|落户于|落户在|建在|厂址|\blocated\b|\bsited\b|\bsite\b|\blocation\b/,
  },
  {
    name: 'date',
    // The day an event took place (第八届紫陶文化艺术节是几月几号办的, 推介签约会具体是哪天, what date was
    // the signing conference held): the entries date events by year at most.
    asked: new RegExp(
      `(?:几月几号|几月几日|几月份|哪个月|哪天|哪一天|几号|什么日期|具体日期)${CLAUSE}{0,4}?(?:办|举办|举行|召开|开幕|开|签)的|(?:是|在)(?:几月几号|几月几日|哪天|哪一天)(?:办|举办|举行|召开|开幕)` +
        `|(?:会|节|展|仪式|活动)${CLAUSE}{0,4}?(?:具体)?(?:是|在)(?:哪天|哪一天|几号|几月几号)` +
        '|\\bwhat (?:date|day|month)\\b.{0,20}\\b(?:was|were|did)\\b.{0,60}\\b(?:held|take place|took place|hosted|open)\\b|\\bon what date\\b' +
        '|\\bwhen (?:was|were) the\\b.{0,40}\\b(?:conference|festival|fair|expo|forum|meeting|ceremony|signing)\\b',
    ),
    stated: /\d{1,2} ?月 ?\d{1,2} ?日|\d{1,2} ?月(?:上|中|下)旬|\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b|\b\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)\b/,
  },
  {
    name: 'hours',
    // When an office is open (企业开办专区周末有没有办公, 政务大厅中午休息吗, 几点下班, open on Saturdays):
    // no entry states office hours (the term group of synonyms.yaml catches the hours named as one
    // word). Not applying online at the weekend (周末能在网上办营业执照吗).
    asked: unlessSaid(
      '网上|在线|线上|网办|online',
      `(?:周末|节假日|法定假日|假期|周六|周日|星期六|星期天|星期日|晚上|中午|午休)${CLAUSE}{0,8}?(?:办公|上班|开门|营业(?!执照)|办事|有人|值班|开放|休息吗)|(?:几点|什么时候|啥时候)(?:上班|下班|开门|关门)` +
        '|\\b(?:open|working|staffed) (?:on|at|during) (?:the )?(?:weekends?|saturdays?|sundays?|holidays?|lunch|evenings?)\\b|\\bwhat time does\\b.{0,40}\\b(?:open|close)\\b',
    ),
    stated: /办公时间|上班时间|营业时间|周末|节假日|\d{1,2}[:：]\d{2}|office hours|opening hours|business hours|weekends?/,
  },
  {
    name: 'definition',
    // Where a term's bounds lie (域外资金是怎么界定的, 统计口径): the entries use
    // the report's terms without drawing their bounds. Not what a service or a model is (项目管家怎么
    // 定义的: its entry describes it).
    asked: /(?:怎么|如何|怎样|咋)界定|(?:界定|认定)(?:标准|口径|范围)|统计口径/,
    stated: /即|是指|指的是|定义|界定|\bmeans\b|\brefers to\b|\bdefined\b|\bi\.e\./,
  },
  {
    name: 'rent',
    numeric: true,
    // What renting a factory or office costs (园区标准厂房租金一平米一个月多少钱, 厂房出租多少钱一平米,
    // what's the rent like): the entries state no rents; a subsidy or relief on rent (租用厂房能补贴多少钱,
    // 租金前几年能不能减免, rental cost support) is an incentive question.
    asked: unlessSaid(
      '补贴|补助|补多少|减免|优惠|奖励|扶持|subsid|relief|reduction|support|incentive|discount',
      `(?:租金|房租|月租|租价|年租)${FIGURE_LINK}(?:多少|几多|什么价|怎么收|贵不贵|一般多少)|(?:出租|租用|租一?个|租间|租赁)${CLAUSE}{0,8}?(?:多少钱|什么价|几块钱|几多钱|贵不贵)` +
        `|(?:租金|房租|出租|怎么租)${CLAUSE}{0,6}?(?:一|每)?(?:平米|平方米?|平|个?月|年)?${CLAUSE}{0,4}? ?(?:价格|价钱)?(?:多少|几多|几块)` +
        '|\\bhow much (?:is|does it cost to|would it cost to|to) (?:the )?rent\\b|\\brent(?:al)? (?:price|cost|level|rate)s?\\b|\\bcost to rent\\b|\\bwhat(?: s| is) the rent\\b',
    ),
    stated: /租金(?:为|是|约)?\d|\d ?元 ?(?:\/|每) ?(?:平方米|平米|㎡)|\brent(?:al)? (?:of|is|at) (?:about |around )?\d|\bper square met(?:re|er)\b/,
  },
  {
    name: 'count-start',
    // From which day a time limit is counted (12个工作日是从交材料当天算还是从受理那天起算): the
    // entries state the limits, not when the count starts; staff answer. (A deadline question, 周五提交
    // 哪天能办完, is answered by calendar/ before any search.)
    asked: new RegExp(
      `(?:从|自)(?:哪天|哪一天|什么时候|何时)(?:开始|起)?(?:算|计算|起算)|从${CLAUSE}{1,12}?(?:当天|那天|之日|那一天)(?:开始)?(?:算|起算)(?:还是|吗)|(?:何时|哪天|从哪天)起算|起算(?:日|时间|点)(?:是|从)` +
        '|\\bwhen does the (?:clock|count|counting|time limit|period)\\b.{0,20}\\bstart\\b|\\bcounted from (?:when|what|which)\\b|\\bfrom (?:what|which) (?:day|date|point)\\b.{0,30}\\b(?:counted|count|start)',
    ),
    stated: /起算|次日起|不计入|counting starts|counted from|starts counting|from the day after/,
  },
  {
    name: 'institutions',
    // Which banks or seal makers (对公账户可以在喀左哪几家银行开): only an entry naming them answers;
    // the entries say what is done, not with whom. Not 为什么银行开户…, nor the bank procedures of a
    // registration (能一起办哪些银行手续), nor an intermediary's reward (中介人, 中介费).
    asked: new RegExp(
      `(?:哪几家|哪些|哪家|哪一家|(?<!为)什么)(?:银行|刻章店|刻章公司|代办公司|代理公司)(?!手续|开户|账户|业务|卡)` +
        '|\\bwhich (?:banks?|seal (?:makers?|shops?))\\b(?! account)(?! card).{0,30}\\b(?:can|could|should|do|does|are|is)\\b',
    ),
    stated: /[\u4e00-\u9fff]{2,8}(?:银行|刻章店)、|、[\u4e00-\u9fff]{2,8}(?:银行|刻章店)|\b(?:icbc|bank of china|agricultural bank|construction bank|postal savings)\b/,
  },
  {
    name: 'sign-up',
    // How to sign up for an event (企业家座谈会我们也想参加，怎么报名): the entries report events, not
    // how to take part in them. (Not "register for" a licence, tax or insurance.)
    asked: /(?:怎么|如何|怎样|在哪|去哪|哪里|咋)报名|报名(?:方式|渠道|流程|入口|条件|途径)|\bhow (?:do|can|could) (?:i|we) sign up (?:for|to attend)\b|\bhow to sign up for\b/,
    stated: /报名|\bsign(?:-| )up\b|\bregistration for (?:the|an|this) (?:event|forum|conference|meeting)\b/,
  },
  {
    name: 'companies',
    // Which companies a cluster, a base or a park has (印刷包装产业集群里有哪些代表企业, which companies
    // are in the semiconductor cluster): only an entry naming companies answers (the landed projects'
    // 恒锌环保科技有限公司; 与国能、国电等企业签订). Not which companies may apply for something
    // (哪些企业可以享受).
    asked: new RegExp(
      `(?:哪些|哪几家|哪家)(?:代表性?的?|龙头|重点|骨干|知名|入驻的?)?(?:企业|公司|厂家)(?!可以|可|能|才|需要|要|适合|符合|享受|申请|都可以|都能)` +
        '|(?:代表|龙头)(?:企业|公司)(?:有|是)(?:哪些|哪几家|谁)|\\b(?:which|what) (?:companies|firms|manufacturers)\\b(?! (?:can|could|may|are eligible|qualify))|\\bleading (?:companies|firms)\\b',
    ),
    stated: /有限公司|[\u4e00-\u9fff]{2,8}、[\u4e00-\u9fff]{2,8}等(?:企业|公司)|[\u4e00-\u9fff]{2,6}(?:科技|实业|集团|股份)|\b(?:co\.|ltd|inc|corporation)|\bcompanies such as\b/,
  },
  {
    name: 'products',
    // What a named company makes (科勒迪主要生产什么产品, what does Kelede actually manufacture): only an
    // entry stating its products answers (恒锌: 锌焙砂、次氧化锌). Not what an applicant must produce
    // (what do I need to produce for the permit), what the county's industries are (what does Kazuo
    // make), nor whether any business line will do (主营业务是什么都行吗).
    asked: new RegExp(
      `(?:生产|制造|做|加工)(?:的)?(?:什么|啥|哪些)(?:产品|东西|农产品)|主营(?:业务|产品)?是(?:什么|啥|哪些)(?!都)|产品(?:是|有)(?:什么|啥|哪些)` +
        '|\\bwhat does (?!kazuo\\b|the county\\b|harqin\\b|it take\\b)[^?]{1,60}?\\b(?:actually |mainly )?(?:make|manufacture|produce)\\b|\\bwhat (?:products|goods) does\\b',
    ),
    // what it makes, not a name that says 制品 / Products (科勒迪（辽宁）轻工制品有限公司)
    stated: /年产|生产线|主营|主要生产|生产[^，。；\n]{0,8}?(?:产品|设备|材料)|\b(?:manufactures|produces|makes)\b|production lines?|annual output/,
  },
  {
    name: 'target',
    // The figure a plan sets (突破年行动方案里定的全年招商引资目标是多少亿, 目标是签约多少个项目): only an
    // entry stating a target with its figure answers (力争…新增清洁能源装机100兆瓦). Not a target industry.
    asked: new RegExp(
      `目标${FIGURE_LINK}(?:定的|定了|为)?${CLAUSE}{0,6}?(?:多少|几)|定(?:的|了)${CLAUSE}{0,10}?目标${CLAUSE}{0,3}?(?:多少|几)` +
        '|\\bwhat (?:is|was) the (?:annual |yearly )(?:investment |attraction |signing )?target\\b|\\bwhat (?:is|was) the (?:investment|attraction|signing) target\\b|\\btarget (?:for|of)\\b.{0,40}\\bhow (?:much|many)\\b|\\bhow (?:much|many)\\b.{0,40}\\btargets?\\b(?! industr| sector| market)|\\btarget figure\\b',
    ),
    stated: /(?:目标|力争)[^。；\n]{0,30}?\d|\d[^。；\n]{0,12}?目标|\btargets?\b[^.;\n]{0,40}?\d|\d[^.;\n]{0,20}?\btargets?\b|\baims? (?:to|for)\b[^.;\n]{0,40}?\d/,
  },
  {
    name: 'inclusion',
    // Whether a stated limit, list or figure includes something (12个工作日含不含施工图审查的时间, 557.85亿
    // 总投资包不包括外资, 材料包不包括公司章程): answered by an entry naming that thing (the materials
    // entry lists 公司章程; no entry speaks of 施工图审查). Not weekends and holidays, which the working
    // days' own rule settles (calendar/).
    asked: new RegExp(
      `(?:含不含|包不包括|包不包含|包含不包含|是否包含|是否包括|包括不包括)(?!节假日|周末|法定|双休|假期)((?:(?!的时间|在内|吗|呢)${CLAUSE}){2,12})` +
        `|(?:里|中)?包括(?!节假日|周末|法定|双休|假期)((?:(?!在内|吗|么)${CLAUSE}){2,10})(?:在内)?(?:吗|么)`,
    ),
    stated: (asked) => {
      const object = (asked[1] ?? asked[2] ?? '').replace(/^(?:了|的)/, '');
      const parts = object.split(/和|与|及|或|、/).filter((x) => x.length >= 2);
      return parts.length > 0 ? new RegExp(parts.map(escapeRegExp).join('|')) : /$^/;
    },
  },
  {
    name: 'elapsed',
    // How long a reported case took (金泰地产那次电力扩容，前后用了几天才解决, 多长时间解决的): the entries
    // report that it was solved, not in how long.
    asked: new RegExp(
      `(?:前后|一共|总共|最后)?(?:用了|花了)(?:几天|多少天|多久|多长时间|几个月)|(?:多长时间|多久|几天)(?:才)?(?:解决|办好|搞定|完成)的` +
        '|\\bhow long did\\b.{0,60}\\b(?:take|need)\\b',
    ),
    stated: /\d+ ?(?:天|个工作日|小时|个月)|\bwithin \d+|\b\d+ (?:working )?(?:days|hours|months)\b|当天|当日/,
  },
  {
    name: 'headquarters',
    // Where a named company comes from (昕锐科技是哪里来的企业，总部在哪个城市, 恒锌是本地企业吗): the
    // entries name companies, not their origins. Not who may qualify (来自哪个省的企业都能享受优惠吗).
    asked: new RegExp(
      `(?<!局|县|政府|委)总部(?:在|设在)?(?:哪|哪里|哪儿|哪个城市|什么地方)|(?:是)?(?:哪里|哪儿|哪个省|哪个城市)来的(?:企业|公司|老板)(?![^ ]{0,3}(?:都|也))` +
        `|(?<!不管|无论|不论)(?:来自|是)(?:哪里|哪个省|哪个城市)的(?:企业|公司)(?![^ ]{0,3}(?:都|也))|(?:投资方|投资商|企业|客商)${CLAUSE}{0,4}?来自(?:哪些|哪几个|哪个)(?:省份|省|城市|地方|国家)|是(?:不是)?(?:本地|外地)(?:企业|公司)|(?:本地|外地)(?:企业|公司)还是(?:本地|外地)` +
        '|\\bwhere (?:is|are) (?!kazuo\\b|the county\\b|harqin\\b).{1,40} (?:headquartered|from)\\b|\\bheadquarters of\\b',
    ),
    stated: /总部|来自|本地企业|当地企业|headquarter|based in|\bfrom [a-z]+ province\b|\blocal (?:company|firm)\b/,
  },
  {
    name: 'countries',
    // Which countries in Europe (去欧洲招商，具体去的是哪几个国家): the entries say Europe, not where in it;
    // which countries and regions the county went to (去过哪些国家和地区招商) they do say.
    asked: new RegExp(
      `欧洲${CLAUSE}{0,12}?(?:哪几个|哪些|哪个|什么)国家|(?:哪几个|哪些|哪个|什么)欧洲国家|欧洲(?:的)?(?:哪些|哪几个|哪个)(?:地方|城市)|欧洲${CLAUSE}{0,12}?(?:哪几国|哪些国(?!家))` +
        `|具体(?:是|去的是|去了)?(?:哪几个|哪些)国家(?!和|或)|\\b(?:which|what) european countries\\b|\\b(?:which|what) countries in europe\\b`,
    ),
    stated: /德国|法国|意大利|英国|西班牙|荷兰|比利时|瑞士|奥地利|波兰|俄罗斯|韩国|日本|美国|\b(?:germany|france|italy|britain|spain|netherlands|belgium|switzerland|austria|poland|russia|korea|japan)\b/,
  },
  {
    name: 'capital',
    // What registered capital a company needs (外资公司最低注册资本要多少, minimum registered capital):
    // no entry states one. Not the asker's own capital told as context (我们注册资本100万，开公司要多久).
    asked: /(?:注册资本|注册资金|实缴资本|认缴资本)(?:最低|至少)?(?:要|需要|得|是)?(?:多少|几|有没有要求|有什么要求|有要求吗|门槛)|最低注册资本|\bminimum (?:registered )?capital\b|\bregistered capital (?:requirement|required)\b|\bhow much registered capital\b/,
    stated: /注册资本|注册资金|registered capital/,
  },
  {
    name: 'copies',
    // Originals or copies, and how many of each (申请材料要原件还是复印件，每样交几份): the materials
    // entries list documents, not their form.
    asked: /原件还是复印件|复印件还是原件|(?:交|要|准备|提交|带)几份|每样几份|多少份(?:材料|复印件)?|\boriginals? or (?:photo)?cop(?:y|ies)\b|\bhow many copies\b/,
    stated: /原件|复印件|\d ?份|一式|\bcop(?:y|ies)\b|\boriginals?\b/,
  },
  {
    name: 'valid-for',
    // How long a permit stays valid, asked in words the validity terms of synonyms.yaml do not hold
    // (how long is the land-use planning permit valid once issued): the source gives no validity.
    asked: /\bhow long (?:is|are|will|does|do) (?:the |a |an |my |our |this |that )?.{0,50}\b(?:valid|good for|remain valid|stay valid|last)\b/,
    stated: /有效期|\bvalid(?:ity)?\b|\bexpir/,
  },
  {
    name: 'criteria',
    // By what criteria something is allotted or chosen (项目管家是按什么标准分配给企业的): only an
    // entry speaking of criteria answers (the referral entry: 报道未公布奖励标准).
    asked: /按(?:什么|啥|哪些)(?:标准|条件|原则|规则)|(?:分配|配备|选拔|评选|认定)(?:的)?(?:标准|条件|原则)(?:是)?(?:什么|啥|哪些)|\bwhat criteria\b|\bon what basis\b/,
    stated: /标准|条件|原则|\bcriteria\b|\bbased on\b/,
  },
  {
    name: 'eligibility',
    // What a project must be to use a service (什么样的项目才能走急事急办的绿色通道，有门槛吗): only an
    // entry stating conditions answers. Not what an incentive needs (the incentive entries say the
    // report gives no conditions: 享受优惠有门槛吗 is theirs).
    asked: unlessSaid(
      '优惠|补贴|奖励|扶持|奖金|incentive|subsid|reward',
      `有(?:没有)?门槛|门槛(?:是|有)(?:多少|多高|什么)|什么样的${CLAUSE}{0,6}?才(?:能|可以)` +
        '|\\bwho (?:is eligible|qualifies)\\b|\\beligib(?:le|ility) (?:for|to)\\b',
    ),
    stated: /门槛|条件|标准|以上|不低于|至少|符合|\beligib|\bqualif|\bcriteria\b/,
  },
  {
    name: 'schedule',
    // When an event is held each year (紫陶文化艺术节每年几月举办): the entries report one year's.
    asked: new RegExp(
      `(?:每年|每届|一般|通常)${CLAUSE}{0,4}?(?:几月|哪个?月|什么时候|啥时候|几号)${CLAUSE}{0,2}?(?:举办|召开|举行|(?:办|开)(?=$| |吗|呢|的))` +
        `|(?:节|会|展|活动)${CLAUSE}{0,4}?(?:每年|每届|一般|通常)${CLAUSE}{0,4}?(?:几月|哪个?月|什么时候|啥时候|几号)(?:开|办)` +
        '|\\bwhat (?:month|time of (?:the )?year) is\\b.{0,40}\\b(?:held|hosted)\\b|\\bwhen is\\b.{0,40}\\bheld (?:each|every) year\\b',
    ),
    stated: /每年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月|(?:held|takes place) (?:every|each) (?:year )?in [a-z]+/,
  },
  {
    name: 'contact',
    // Asking for a phone number, e-mail or WeChat (金泰地产的电话是多少, 给个电话, 有咨询电话吗), not
    // mentioning one (我回头打电话问问, use WeChat for registration): answered only by an entry that
    // speaks of contact details (the contact entries say the report gives none), not by the entry
    // that names the company asked about.
    asked:
      /(?:电话|手机号|座机|热线|邮箱|微信号?)(?:号码?|地址)?(?:是)?(?:多少|几号|是什么)|有[^ ]{0,8}?(?:电话|热线)(?:号码?)?吗|(?:电话号码|手机号码?|联系电话|座机号码?)(?:是|给我|发我)|(?:给|留|发)我?(?:个|一个)?(?:[^ ]{0,3}的)?(?:电话|手机号|号码)|要(?:个|一个)(?:[^ ]{0,3}的)?(?:电话|手机号|号码)|(?:电话|手机号码?|号码|联系方式)(?:能|可以)?(?:给|发)(?:我|一下)|\b(?:what is|what s|give me) (?:the |their |his |her |your )?(?:phone|telephone|mobile|contact) number\b|\b(?:phone|telephone|contact) number (?:of|for)\b|\b(?:e-?mail|wechat) (?:address|id|account) (?:of|for)\b/,
    stated: /电话|号码|热线|座机|邮箱|微信|phone|hotline|e-?mail|wechat/,
  },
];

/** A figure the question asks, and how an entry's text states it. */
export interface AskedMeasure {
  readonly name: string;
  readonly numeric: boolean;
  readonly stated: RegExp;
}

/** The figures the question asks (most questions: none). */
export function measuresAsked(normalized: string): AskedMeasure[] {
  const asked: AskedMeasure[] = [];
  for (const m of MEASURES) {
    const match = m.asked.exec(normalized);
    if (match) asked.push({ name: m.name, numeric: m.numeric === true, stated: typeof m.stated === 'function' ? m.stated(match) : m.stated });
  }
  return asked;
}
