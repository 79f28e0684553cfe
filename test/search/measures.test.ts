import { describe, expect, it } from 'vitest';
import { measuresAsked, MEASURES } from '../../src/search/measures.js';
import { normalizeText, unquoteChinese } from '../../src/text/normalize.js';
import { shippedKnowledge } from '../fixtures/real-assistant.js';

const asked = (question: string): string[] => measuresAsked(normalizeText(question)).map((m) => m.name);
const stated = (name: string, entryText: string): boolean => {
  const pattern = (MEASURES.find((m) => m.name === name) as (typeof MEASURES)[number]).stated;
  if (typeof pattern === 'function') throw new Error(`${name}: stated depends on the question (statedFor)`);
  return pattern.test(entryText.toLowerCase());
};
/** Whether the entry's text states what `question` asks of the named measure. */
const statedFor = (question: string, name: string, entryText: string): boolean => {
  const asked = measuresAsked(normalizeText(question)).find((m) => m.name === name);
  if (!asked) throw new Error(`${question}: does not ask ${name}`);
  return asked.stated.test(entryText.toLowerCase());
};

describe('figures a question asks of something an entry names', () => {
  it('reads the figure asked, in Chinese and English', () => {
    expect(asked('恒锌环保科技现在有多少员工')).toEqual(['headcount']);
    expect(asked('营商环境建设局有多少工作人员')).toEqual(['headcount']);
    expect(asked('How many employees does the Hengxin plant have?')).toEqual(['headcount']);
    expect(asked('半导体新材料产业集群一年产值有多少')).toEqual(['output']);
    expect(asked('凯美石英玻璃管项目一年能产多少')).toEqual(['output']);
    expect(asked('What is the annual output value of the printing and packaging cluster?')).toEqual(['output']);
    expect(asked('紫陶艺术节每年来多少游客')).toEqual(['visitors']);
    expect(asked('印刷包装产业集群里有多少家企业')).toEqual(['firms']);
    expect(asked('喀左有多少家规模以上工业企业')).toEqual(['firms']);
    expect(asked('印刷包装集群有几家企业？')).toEqual(['firms']);
    expect(asked('抽水蓄能电站什么时候能建成')).toEqual(['completion']);
    expect(asked('When will the Hengxin zinc plant be completed?')).toEqual(['completion']);
    expect(asked('项目管家多久来企业走访一次')).toEqual(['frequency']);
    expect(asked('项目管家一年走访几次')).toEqual(['frequency']);
    expect(asked('How often does the project steward visit a company?')).toEqual(['frequency']);
    expect(asked('金泰地产的联系电话是多少')).toEqual(['contact']);
    expect(asked('恒锌环保那个项目的负责人，能给个他的手机号吗')).toEqual(['contact']);
    expect(asked('恒锌的工人数量是多少')).toEqual(['headcount']);
    expect(asked('我想问恒锌有多少员工')).toEqual(['headcount']);
    expect(asked('我想了解印刷包装集群有多少家企业')).toEqual(['firms']);
    expect(asked('What is the phone number of Jintai Real Estate?')).toEqual(['contact']);
    expect(asked('营商局有对外公开的咨询电话吗')).toEqual(['contact']);
    expect(asked('Could you give me an email address for the Business Environment Bureau?')).toEqual(['contact']);
    expect(asked('凯美石英玻璃管项目总投资多少')).toEqual(['investment']);
    expect(asked('紫陶文化艺术节每年几月举办')).toEqual(['schedule']);
    expect(asked('喀左固投增速在朝阳市各县里排第几')).toEqual(['rank']);
    expect(asked('紫陶节上签约的12个项目都是哪些企业')).toEqual(['members', 'companies']);
    expect(asked('恒锌环保的项目预计哪个月正式投产')).toEqual(['completion']);
    expect(asked('恒锌环保那个负责人的手机号能给我吗')).toEqual(['contact']);
    expect(asked('37个落地项目加起来投资额是多少')).toEqual(['investment']);
    expect(asked('集群有多少企业')).toEqual(['firms']);
    expect(asked('四大产业集群各自的产值分别是多少')).toEqual(['output']);
    expect(asked('抽水蓄能电站预计什么时间建成')).toEqual(['completion']);
    expect(asked('紫陶节一般多少人参加')).toEqual(['visitors']);
    // a question mark after 一次 ends the asking clause; Cantonese 係 (系) links a figure to 幾多
    expect(asked('项目管家多长时间来企业走访一次？一个月一次还是一季度一次？')).toEqual(['frequency']);
    expect(asked('凱美石英玻璃管項目嘅投資額係幾多？')).toEqual(['investment']);
    expect(asked('港資公司喺喀左註冊都係一日辦結？外資企業有冇例外？')).toEqual(['exception']);
    expect(asked('Do the 12 working days for the construction permit also apply to hazardous chemical plants?')).toEqual(['exception']);
    expect(asked('这个补贴政策对个体户也适用吗')).toEqual(['exception']);
    expect(asked('新增100兆瓦清洁能源装机的目标，现在已经完成多少了？')).toEqual(['progress']);
    expect(asked('Has construction of the pumped-storage power station in Kazuo actually started yet?')).toEqual(['progress']);
    expect(asked('恒锌项目开工了吗')).toEqual(['progress']);
    // 请问我… is the asker's own question, not one reported to them
    expect(asked('请问我想知道恒锌项目什么时候能投产')).toEqual(['completion']);
    expect(asked("How does Kazuo's 8.2% investment growth compare with the Liaoning provincial average?")).toEqual(['comparison']);
    expect(asked('喀左固投增速比全省平均水平高吗')).toEqual(['comparison']);
    expect(asked('What is the minimum investment for a project to count as a major project?')).toEqual(['threshold']);
    expect(asked('项目投资达到多少才算重大项目')).toEqual(['threshold']);
    expect(asked('储能电站要达到多大规模才能纳入源网荷储一体化项目，有准入门槛吗')).toEqual(['threshold']);
    expect(asked('喀左前10个月固投增速8.2%，高于还是低于辽宁全省平均')).toEqual(['comparison']);
    expect(asked('喀左施工许可12个工作日，和朝阳市其他几个县比快还是慢')).toEqual(['comparison']);
    expect(asked('恒锌环保项目投产后能提供多少个就业岗位')).toEqual(['headcount']);
    expect(asked('企业家座谈会上收集的19条意见建议具体都提了些什么')).toEqual(['members']);
    expect(asked('为什么签约了66个项目只有37个落地，剩下的卡在哪儿了？')).toEqual(['reason']);
    expect(asked('Why some projects in Kazuo got stalled earlier? What was main reason?')).toEqual(['reason']);
    // how soon an office answers; when a system was set up; what became of a reported count
    expect(asked('书记县长直通车收到企业反映后，规定在多少个工作日内必须答复？')).toEqual(['response']);
    expect(asked('项目管家接到诉求多久能给回复')).toEqual(['response']);
    expect(asked('How quickly will the project steward respond to a complaint?')).toEqual(['response']);
    expect(asked('“3+4+20+22”全员招商体系是哪一年建立的')).toEqual(['origin']);
    expect(asked('When was the direct line to the county leaders introduced?')).toEqual(['origin']);
    expect(asked('外出招商对接洽谈的55个项目，后来签约了几个？')).toEqual(['outcome']);
    // where a named project is, the day an event took place, when an office is open
    expect(asked('绿氢绿氨那个项目具体落在喀左哪个乡镇')).toEqual(['site']);
    expect(asked('昕锐科技智能装备项目建在喀左哪个园区？')).toEqual(['site']);
    expect(asked('第八届紫陶文化艺术节是几月几号办的')).toEqual(['date']);
    expect(asked('What date was the signing conference held?')).toEqual(['date']);
    expect(asked('企业开办专区周末有没有办公？')).toEqual(['hours']);
    expect(asked('Is the service hall open on Saturdays?')).toEqual(['hours']);
    expect(asked('“域外资金”是怎么界定的')).toEqual(['definition']);
    expect(asked('固定资产投资增长8.2%是按什么统计口径算的')).toEqual(['definition']);
    expect(asked('园区标准厂房租金一平米一个月多少钱')).toEqual(['rent']);
    expect(asked('厂房出租多少钱一平米')).toEqual(['rent']);
    expect(asked('How much does it cost to rent a warehouse there?')).toEqual(['rent']);
    expect(asked('凯美石英玻璃管项目投资规模多大')).toEqual(['scale']);
    expect(asked('恒锌环保那个项目规模有多大')).toEqual(['scale']);
    expect(asked('施工许可那12个工作日，是从交材料当天算还是从受理那天起算？')).toEqual(['count-start']);
    expect(asked('When does the clock start for the 12 working days?')).toEqual(['count-start']);
    expect(asked('周末提交的申请从哪天开始算')).toEqual(['count-start']);
    expect(asked('新公司对公账户可以在喀左哪几家银行开')).toEqual(['institutions']);
    expect(asked('企业家座谈会我们企业也想参加，怎么报名')).toEqual(['sign-up']);
    expect(asked('科勒迪主要生产什么产品')).toEqual(['products']);
    expect(asked('What does Kelede (Liaoning) Light Industrial actually manufacture?')).toEqual(['products']);
    expect(asked('突破年行动方案里定的全年招商引资目标是多少亿？')).toEqual(['target']);
    // the target itself is no progress (its entry states it with its figure)
    expect(asked('清洁能源装机目标是达到多少兆瓦')).toEqual(['target']);
    expect(asked('施工许可那12个工作日，含不含施工图审查的时间？')).toEqual(['inclusion']);
    expect(asked('金泰地产那次电力扩容，前后用了几天才解决？')).toEqual(['elapsed']);
    expect(asked('昕锐科技是哪里来的企业，总部在哪个城市？')).toEqual(['headquarters']);
    expect(asked('喀左去欧洲招商，具体去的是哪几个国家？')).toEqual(['countries']);
    expect(asked('企业家座谈会收集的那19条意见建议都是关于什么的？')).toEqual(['members']);
    expect(asked('县级那84个诉求里，没办结的是哪些问题？')).toEqual(['members']);
    expect(asked('喀左现在已经建成并网的清洁能源装机有多少兆瓦？')).toEqual(['progress']);
    expect(asked('科勒迪轻工是哪一年落户喀左的？')).toEqual(['origin']);
    expect(asked('绿色农产品精深加工主要加工哪些农产品')).toEqual(['products']);
    expect(asked('印刷包装产业集群里有哪些代表企业')).toEqual(['companies']);
    expect(asked('Which companies are in the semiconductor materials cluster?')).toEqual(['companies']);
    // which companies may do something is eligibility, not names
    expect(asked('哪些企业可以享受一聘任两奖励')).toEqual([]);
    expect(asked('which companies can apply for the steward service')).toEqual([]);
    expect(asked('施工许可的申请材料要原件还是复印件，每样交几份')).toEqual(['copies']);
    expect(asked('How long is the land-use planning permit valid once it has been issued?')).toEqual(['valid-for']);
    expect(asked('我留言以后，工作人员一般多久能回我')).toEqual(['response']);
    expect(asked('與國能、國電簽的戰略合作協議涉及多少投資金額？')).toEqual(['investment']);
    expect(asked('How many MW of clean energy capacity has Kazuo actually installed so far?')).toEqual(['progress']);
    expect(asked('项目管家是按什么标准分配给企业的')).toEqual(['criteria']);
    expect(asked('喀左紫陶文化艺术节一般每年几月份办')).toEqual(['schedule']);
    expect(asked('签约的66个项目，投资方主要来自哪些省份')).toEqual(['headquarters']);
    expect(asked('什么样的项目才能走急事急办的绿色通道，有门槛吗？')).toEqual(['eligibility']);
    expect(asked('How many megawatts of wind and solar does Kazuo already have connected to the grid today?')).toEqual(['progress']);
    expect(asked('企业家座谈会上征集的19条意见建议，具体都提了些什么？')).toEqual(['members']);
    // a quoted name is part of its clause once the quotation marks are dropped (unquoteChinese)
    expect(asked(unquoteChinese('产业结构调整“三篇大文章”具体是指哪三篇文章？'))).toEqual(['members']);
  });

  it('reads none in the questions the entries answer that use the same words', () => {
    for (const q of [
      '施工许可要多久',
      '注册公司后什么时候能开业',
      '竣工联合验收要几个工作日',
      '项目预计两个月后完工，竣工联合验收这一步需要多少个工作日',
      '我认识几个想往北方转移产能的老板，介绍到喀左当年签约当年投产，中间人有什么奖励',
      '多久能一次性办完',
      '多长时间能一次办完',
      '办营业执照要跑几次',
      '企业开办涉及几个部门',
      '公司成立后员工社保怎么交',
      '介绍项目落地能赚多少奖金',
      '一次性告知是什么意思，多久能办完？',
      '老板天天追着我问啥时候能投产',
      '喀左前10个月固定资产投资完成了多少',
      '凯美石英玻璃管项目落地了没',
      'Why Kazuo is better than other county for our factory?',
      '与周边县区相比，喀左县吸引产业投资的比较优势主要有哪些？',
      '喀左固投比去年增长了多少',
      '為什麼說在喀左開公司只要登記一次，其他事同步辦',
      // the target itself, what can be done now, a comparison with last year, a complete list, 'apply to … too'
      '一网通办现在实现了吗',
      '目前开公司在网上能完成吗',
      '喀左固定资产投资增速跟去年比高吗',
      '施工许可证至少要准备哪些材料才算齐全',
      'Do I apply to the county bureau directly, or is that too slow?',
      '为啥选喀左，不选周边别的县',
      'Why should we pick Kazuo over other counties in Liaoning?',
      'How do I apply to the joint approval platform?',
      '项目管家有多少个',
      // 几 as "a few"
      '我这边代办几家小微企业的设立登记，企业开办从提交到办结要多长时间',
      '公司有几个员工的社保要转过来怎么办',
      // the asker's own company
      '我们公司有几百名员工，社保登记怎么办',
      '我们厂有几百个工人，想搬到喀左，有什么优惠政策',
      '我们集团有几家公司，想在喀左设立子公司，怎么办',
      '我们年销售额5亿，能享受什么优惠政策',
      '我们有多少员工才能享受补贴',
      // another quantity near the word
      '把产能转移过来能拿多少补贴',
      '项目产值达标能奖励多少',
      '工作人员多少时间能给回复',
      '喀左开了多少次企业家座谈会',
      '紫陶艺术节那场签约会，来了多少厂商',
      '新建工厂能拿多少厂房补贴',
      '投资多少才能享受优惠政策',
      '项目总投资多少以上能享受优惠政策',
      'Is there a minimum investment amount for incentives?',
      '新公司一般什么时候开银行账户',
      '注册完公司一般什么时候能开业',
      'Can I use WeChat for company registration?',
      '我们投资了多少钱能拿补贴',
      '按员工人数给补贴吗',
      '网上申请营业执照要手机号验证吗',
      '办理营业执照需要电话预约吗',
      '用手机多少分钟能办完营业执照',
      '微信上能办营业执照吗',
      'What is the mobile app for company registration?',
      "What's the contact window for business registration?",
      'can a non-profit organisation register here',
      // mentioning a phone, not asking for a number
      '办理营业执照要打电话预约吗',
      '好的谢谢，我回头打电话问问',
      '恒锌项目什么时候开工的',
      'how long does the construction permit take',
      'how many departments are involved in company registration',
      // a stage's time limit, a company that can be set up, what a phrase means
      '施工许可多少个工作日能办结',
      '新公司什么时候能成立',
      '结构调整三篇大文章指的是什么',
      '签约的项目最后都落地了吗',
      '喀左在哪个省',
      '工厂选址有什么建议',
      '紫陶节是哪一年办的第八届',
      '施工许可的12个工作日包括节假日吗',
      '报建流程如何划分阶段，各阶段时限分别为何',
      '厂房租金有补贴吗',
      '客户问厂房租金前几年能不能减免，减免多少？',
      'Is there a rent subsidy for factory space?',
      'how much is the rent subsidy',
      'which agencies are involved when starting a company',
      '对公账户在哪个银行开',
      '银行开户要带什么',
      '喀左欢迎什么产业的企业',
      '施工许可的12个工作日包不包括节假日',
      '我们总部在济南，打算在喀左新成立一家生产公司，整个企业开办流程走完大概要几天？',
      '喀左都去过哪些城市招商',
      '37个落地项目有哪些',
      '能不能让工作人员看到以后直接回我一下',
      'How long does the land-use planning permit take?',
      '施工许可需要哪些材料，复印件可以吗',
      // what an incentive needs is the incentive entries' (they say the report gives no conditions)
      '享受优惠政策有门槛吗',
      '什么样的企业才能拿到补贴',
    ]) {
      expect(asked(q), q).toEqual([]);
    }
  });

  it('takes a figure as stated only by an entry that states it', () => {
    expect(stated('output', '投产后年产锌焙砂、次氧化锌及其他附属产品10.96万吨')).toBe(true);
    expect(stated('output', '四大产业集群：半导体新材料、印刷包装……')).toBe(false);
    expect(stated('headcount', '营商环境建设局负责全县营商环境建设')).toBe(false);
    expect(stated('headcount', '项目投产后可带动就业300人，新增岗位120个')).toBe(true);
    expect(stated('firms', '集群内已有企业12家')).toBe(true);
    expect(stated('firms', '四大产业集群包括印刷包装企业')).toBe(false);
    expect(stated('firms', '已有12家企业入驻')).toBe(true);
    expect(stated('completion', '项目于2023年7月中旬开工')).toBe(false);
    expect(stated('completion', '项目2024年6月建成投产')).toBe(true);
    expect(stated('frequency', '项目管家定期走访企业')).toBe(false);
    expect(stated('frequency', '县里每季度召开一次企业家座谈会')).toBe(true);
    expect(stated('contact', '我目前的资料没有相关部门的电话、地址或联系人')).toBe(true);
    expect(stated('contact', '金泰地产负责人说包扶领导帮助协调解决用电扩容')).toBe(false);
    expect(stated('headcount', '3个工作日内由工作人员联系您')).toBe(false);
    // an investment is a sum stated as one, not annual sales
    expect(stated('investment', '签约项目66个，总投资557.85亿元')).toBe(true);
    expect(stated('investment', '投产后年销售额10亿元')).toBe(false);
    expect(stated('investment', 'signed 66 projects with total investment of 55.785 billion yuan')).toBe(true);
    // members: a list, or the entry saying the report names them not
    expect(stated('members', '4家专业招商局（报道未列出名称）')).toBe(true);
    expect(stated('members', '签约12个项目，签约额40亿元')).toBe(false);
    expect(stated('exception', '企业开办一日办结')).toBe(false);
    // progress: what has been done by the report's date, not a target or a plan
    expect(stated('progress', '喀左县力争到“十四五”期末新增清洁能源装机容量100兆瓦以上。')).toBe(false);
    expect(stated('progress', '已与国能、国电等企业签订新型能源战略合作协议，引进抽水蓄能')).toBe(false);
    expect(stated('progress', 'it has signed new-energy strategic cooperation agreements')).toBe(false);
    expect(stated('progress', '昕锐科技智能装备、凯美高品质石英玻璃管等37个项目全部实现落地')).toBe(true);
    expect(stated('progress', '项目于2023年7月中旬开工')).toBe(true);
    expect(stated('comparison', '完成固定资产投资66.5亿元，同比增长8.2%')).toBe(false);
    expect(stated('threshold', '重大项目由县委书记、县长一把手负责推进')).toBe(false);
    expect(stated('threshold', '对投资1亿元以上的项目给予奖励')).toBe(true);
    expect(stated('threshold', '为规模以上企业配备项目管家')).toBe(false);
    expect(stated('exception', '本政策适用于在县内注册的企业')).toBe(true);
    expect(stated('response', '工作人员会在聊天中答复')).toBe(false);
    expect(stated('response', '施工许可阶段审批时限为12个工作日')).toBe(true);
    expect(stated('origin', '喀左县建立了“3+4+20+22”全员招商体系')).toBe(false);
    expect(stated('origin', '该机制于2021年建立')).toBe(true);
    expect(statedFor('外出招商对接洽谈的55个项目，后来签约了几个', 'outcome', '对接洽谈项目55个')).toBe(false);
    expect(statedFor('66个签约项目后来落地了几个', 'outcome', '签约项目66个，其中37个项目全部实现落地')).toBe(true);
    // the outcome asked, not another one the entry states (投产, not 签约)
    expect(statedFor('紫陶节签约的12个项目最后投产了几个', 'outcome', '签约项目12个，签约额40亿元')).toBe(false);
    expect(stated('site', '引进抽水蓄能、储能电站、绿氢绿氨综合利用等重点清洁能源消纳项目')).toBe(false);
    expect(stated('site', '- 工厂选址选哪个园区')).toBe(true);
    expect(stated('date', '2023年第八届喀左紫陶文化艺术节期间')).toBe(false);
    expect(stated('date', '于2023年7月中旬开工')).toBe(true);
    expect(stated('hours', '企业开办专区设有综合受理区、自助服务区')).toBe(false);
    expect(stated('criteria', '报道未公布奖励标准和金额')).toBe(true);
    expect(stated('criteria', '为全县34470个项目、规模以上企业和中小微企业配备了项目管家574名')).toBe(false);
    expect(stated('definition', '引进域外资金61.51亿元')).toBe(false);
    expect(stated('definition', '“3+4+20+22”全员招商体系，即3个园区、4家专业招商局')).toBe(true);
    expect(stated('rent', '报道没有公布补贴、税收优惠、土地价格等具体金额')).toBe(false);
    // a project's scale: its investment, land or output
    expect(stated('scale', '规划占地100亩，投产后年产锌焙砂10.96万吨')).toBe(true);
    expect(stated('scale', '报道点名的有昕锐科技智能装备、凯美高品质石英玻璃管等')).toBe(false);
    expect(stated('products', '科勒迪（辽宁）轻工制品有限公司负责人在报道中表示')).toBe(false);
    expect(stated('products', 'a manager of Kelede (Liaoning) Light Industrial Products Co. said')).toBe(false);
    expect(stated('products', '锌焙砂及次氧化锌生产线项目')).toBe(true);
    expect(stated('companies', '已与国能、国电等企业签订新型能源战略合作协议')).toBe(true);
    expect(stated('companies', '辽宁恒锌环保科技有限公司（锌焙砂及次氧化锌生产线项目）')).toBe(true);
    expect(stated('companies', '四大产业集群是：先进装备智造产业集群、半导体新材料产业集群、印刷包装产业集群')).toBe(false);
    expect(stated('count-start', '施工许可阶段审批时限为12个工作日')).toBe(false);
    expect(stated('institutions', '企业开办时可同步办理银行开户')).toBe(false);
    expect(stated('target', '力争到“十四五”期末新增清洁能源装机容量100兆瓦以上')).toBe(true);
    expect(stated('target', '实施招商引资项目建设突破年行动')).toBe(false);
    expect(statedFor('施工许可那12个工作日，含不含施工图审查的时间？', 'inclusion', '施工许可阶段审批时限为12个工作日')).toBe(false);
    // an entry naming the thing asked answers whether it is included
    expect(statedFor('注册公司材料包不包括公司章程', 'inclusion', '公司章程、股东身份证明、住所证明')).toBe(true);
    expect(statedFor('注册公司的材料是否包括公司章程和股东身份证', 'inclusion', '公司章程、住所证明')).toBe(true);
    expect(stated('elapsed', '包扶领导帮助协调解决了用电扩容问题')).toBe(false);
    expect(stated('countries', '参加欧洲、中国香港等地区以及北京、上海、深圳等城市举办的招商活动')).toBe(false);
  });

  it('finds a figure stated only in the shipped entries that state it', () => {
    const byId = new Map(shippedKnowledge().entries.map((e) => [e.id, e]));
    const text = (id: string) => {
      const e = byId.get(id);
      if (!e) throw new Error(`no entry ${id}`);
      return [...e.questions.zh, ...e.questions.en, e.answer.zh, e.answer.en, ...e.keywords.zh, ...e.keywords.en].join('\n');
    };
    expect(stated('contact', text('contact-phone-address'))).toBe(true);
    expect(stated('contact', text('services-assigned-leader'))).toBe(false);
    expect(stated('output', text('investment-hengxin-zinc'))).toBe(true);
    expect(stated('output', text('industry-four-clusters'))).toBe(false);
    expect(stated('headcount', text('contact-business-bureau'))).toBe(false);
    expect(stated('frequency', text('services-project-steward'))).toBe(false);
  });
});
