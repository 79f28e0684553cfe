import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.js';
import { shippedAssistant, shippedKnowledge } from '../fixtures/real-assistant.js';
import { entry } from '../telegram/support/entries.js';

const ask = (q: string) => shippedAssistant().ask(q);
/** Each question answered by its entry. */
const expectEntries = (expected: readonly (readonly [string, string])[]) => {
  for (const [q, id] of expected) expect(ask(q).entry?.id, q).toBe(id);
};
/** Each question left to staff. */
const expectUnresolved = (questions: readonly string[]) => {
  for (const q of questions) expect(ask(q).status, q).toBe('unresolved');
};

describe('searching the shipped knowledge base', () => {
  it('tells apart the aspect asked about for the same stage', () => {
    expect(ask('施工许可要几天').entry?.id).toBe('construction-permit-duration');
    expect(ask('施工许可要什么材料').entry?.id).toBe('construction-permit-materials');
    expect(ask('施工许可去哪里办').entry?.id).toBe('construction-permit-where');
    // where the materials go is a where question
    expect(ask('施工许可证的申请材料交到哪？').entry?.id).toBe('construction-permit-where');
  });
  it('finds paraphrases through synonyms: opening a company', () => {
    const d = ask('开公司要多久');
    expect(d.status).toBe('answered');
    expect(d.entry?.id).toBe('startup-duration');
  });
  it('answers a colloquial question whose other words only frame it', () => {
    expect(ask('开工证上哪办去啊').entry?.id).toBe('construction-permit-where');
  });
  it('survives a homophone typo and an English misspelling', () => {
    expect(ask('施工许可证需要什么才料').entry?.id).toBe('construction-permit-materials');
    expect(ask('How long does the construcion permit take?').entry?.id).toBe('construction-permit-duration');
    // An inflected word misspelt: its stem (plan) is three edits away, the word as written (planning) one.
    expect(ask('what documents for the land use plannig permit').entry?.id).toBe('land-planning-materials');
  });
  it('answers an English question in English and a traditional one in traditional Chinese', () => {
    const en = ask('How long does the completion acceptance take?');
    expect(en.lang).toBe('en');
    expect(en.entry?.id).toBe('completion-acceptance-duration');
    const hant = ask('施工許可要幾天？');
    expect(hant.lang).toBe('zh-Hant');
    expect(hant.entry?.id).toBe('construction-permit-duration');
  });
  it('reads the question forms and fillers of written Cantonese and Taiwan usage', () => {
    expectEntries([
      ['營業執照喺邊度辦？', 'startup-where'],
      ['施工許可證要帶咩文件', 'construction-permit-materials'],
      ['建設工程規劃許可證審批要幾多日？', 'construction-planning-duration'],
      ['用地規劃許可大概要幾個工作天？', 'land-planning-duration'],
      ['唔該晒', 'smalltalk-thanks'],
      ['公司大小章要自己去外面刻嗎？', 'startup-seal'],
      ['公司登記可以在網路上申辦嗎？', 'startup-online-portal'],
      ['公司印鑑喺邊度刻？', 'startup-seal'],
      ['我哋集團喺東莞有廠，而家考慮北上擴產，點解要揀喀左？', 'investment-why-kazuo'],
      ['開公司戶口要自己去銀行嗎？', 'startup-bank-account'],
    ]);
    expect(ask('施工許可證要幾耐先批到？').lang).toBe('zh-Hant');
  });
  it('sends a figure the entry naming the company or service does not state to staff', () => {
    expectUnresolved(['恒锌环保科技现在有多少员工', '半导体新材料产业集群一年产值有多少', '项目管家多久来企业走访一次', '第九届紫陶节什么时候开', '社保关系从沈阳转到喀左要怎么办']);
    expectUnresolved(['喀左县委书记叫什么名字', '园区通天然气了吗，供气能力多大', '你能直接帮我在联合审批平台上把施工许可申请提交了吗']);
    expect(ask('园区叫什么名字').entry?.id).toBe('industry-parks');
    // the signed projects' total is not 凯美's own investment
    expectUnresolved(['凯美石英玻璃管项目总投资多少']);
    expect(ask('喀左签约项目总投资多少').entry?.id).toBe('investment-signed-projects');
    // a part of a stated whole the entry does not break down, and one it does
    expectUnresolved(['193个开复工项目里工业项目占多少', '100兆瓦新增装机里光伏和风电各多少', 'Of the 66 signed projects, how many are in semiconductor materials?']);
    expect(ask('193个开复工项目里新建项目有多少个').entry?.id).toBe('investment-projects-2023');
    expect(ask('恒锌厂区占多少亩').entry?.id).toBe('investment-hengxin-zinc');
    expect(ask('办建设工程规划许可需要不动产权证吗').entry?.id).toBe('construction-planning-materials');
    expect(ask('清洁能源新增装机多少千瓦').entry?.id).toBe('industry-clean-energy-target');
    // whether a rule has exceptions; a visa; how departments are disciplined
    expectUnresolved(['港資公司喺喀左註冊都係一日辦結？外資企業有冇例外？', 'What visa does a German engineer need to work on a factory build in Kazuo?']);
    expectUnresolved(['营业执照申请材料被退回了怎么办，要重新排号吗', '项目签约后如果一年内没开工，县里会不会收回供地或者追究违约']);
    expectUnresolved(['Please convert 557.85亿 yuan into US dollars at today rate', 'Is English-speaking staff available at the approval window?']);
    // budgets, liability, privacy, methodology, quotas, deemed approval, fees and accountability: no entry speaks of them
    expectUnresolved([
      '贵县项目管家开展走访服务的工作经费从哪里列支？',
      '项目管家给出的主意要是出了错，让俺赔了钱，政府给担责不',
      '贵县固定资产投资同比增长8.2%是按什么统计口径计算的？',
      '施工许可审批超过12个工作日法定时限仍未作出决定的，是否视为准予许可？',
      '新公司開立對公帳戶時，銀行收取的開戶手續費是否由政府承擔？',
      '贵县对未完成招商引资任务的单位和干部如何问责？',
    ]);
    expectUnresolved(['企业开办专区周末上班吗？几点到几点', '现在该不该炒股，买哪只股票好', 'how much did kaimei invest in its quartz glass tube project?']);
    // …while the asker's own budget, funding, staff or company form is no subject, nor 手续 + 费时, 请问 + 责任
    expectEntries([
      ['办施工许可需要提供建设资金来源证明吗', 'construction-permit-materials'],
      ['我们公司全职员工有50人，社保登记在哪办', 'startup-social-insurance'],
      ['How long does it take to register a joint stock company?', 'startup-duration'],
      ['工程建设项目审批的总时限是怎么计算的', 'permits-overview'],
      ['请问责任单位是哪个？施工许可在哪办', 'construction-permit-where'],
    ]);
    expect(ask('在喀左开公司办手续费时吗').status).not.toBe('unresolved');
    expect(ask('我们预算5000万，在喀左投资能享受哪些优惠政策').entry?.id).toBe('incentives-policies');
    expectUnresolved(['突破年考核不达标的部门会受什么处分？', '营商局今年招公务员吗', '明年国家会不会出新的减税政策']);
    // progress against a target or a plan, by now; what the entries report done is answered
    expectUnresolved(['新增100兆瓦清洁能源装机的目标，现在已经完成多少了？', 'Has construction of the pumped-storage power station in Kazuo actually started yet?']);
    expect(ask('喀左前10个月固定资产投资完成了多少').entry?.id).toBe('investment-fixed-asset');
    // What the entries state is still answered.
    expect(ask('恒锌项目投产后产值多少').entry?.id).toBe('investment-hengxin-zinc');
    expect(ask('第八届紫陶节签了多少项目').entry?.id).toBe('investment-zitao-signing');
    // A figure only mentioned, or the asker's own, is not asked.
    expect(ask('好的谢谢，我回头打电话问问').status).toBe('smalltalk');
    expect(ask('我们公司有几百名员工，社保登记怎么办').entry?.id).toBe('startup-social-insurance');
    expect(ask('把产能转移过来能拿多少补贴').status).toBe('answered');
    // the boss's question reported by the asker is about their own project, not a named one's completion
    expect(ask('老板天天追着我问啥时候能投产，你帮我捋一下在喀左报建审批一共要走几步、总共多少个工作日').entry?.id).toBe('permits-overview');
    // lodged is not lodging (a hotel); 上门 (door-to-door) is not a place
    expect(ask('Where is the land use planning permit application lodged?').entry?.id).toBe('land-planning-where');
    expect(ask('项目落地以后有没有管家定期上门走访').entry?.id).toBe('services-project-steward');
  });
  it('leaves questions that share the form but not the subject unresolved', () => {
    expectUnresolved(['办理护照需要什么材料', '申请专利需要多长时间', 'How long does a visa application take?']);
  });
  it('leaves a question about another procedure on a known subject unresolved', () => {
    expectUnresolved(['营业执照丢了怎么补办', '施工许可证延期需要什么材料', '公司注销要多久', '公积金怎么提取', 'How do I renew my business licence?']);
  });
  it('still answers questions that only look like another procedure or an office holder', () => {
    expectEntries([
      ['项目管家是谁', 'services-project-steward'],
      ['Who is the project steward?', 'services-project-steward'],
      ['注册公司需要提交股东姓名和身份证吗', 'startup-materials'],
      ['Which landed projects are there in Kazuo?', 'investment-landed-projects'],
      ['公司注册要什么，请问要带什么', 'startup-materials'],
    ]);
    expectUnresolved(['县委书记是谁', '喀左县长是谁', 'who is the party secretary of kazuo']);
  });
  it("sends an official's own phone or WeChat to staff, yet answers how to reach an office or the county head", () => {
    expectUnresolved(['县长的手机号是多少', '营商局李局长的微信是多少', "What is the mayor's mobile number?", '恒锌环保的老板是谁']);
    expect(ask('营商局的电话是多少').entry?.id).toBe('contact-phone-address');
    expect(ask('怎么联系县长').entry?.id).toBe('services-direct-line');
  });
  it('does not answer a price question from an entry that never speaks of prices', () => {
    expect(ask('喀左县工业蒸汽价格是多少？').status).toBe('unresolved');
    expect(ask('喀左有几大产业集群').entry?.id).toBe('industry-four-clusters');
  });
  it('answers a price or a year only from an entry that speaks of it', () => {
    expectUnresolved(['刻一套公章要多少钱', '银行开户要收费吗', '2025年喀左新签约了多少项目']);
    expect(ask('补贴有多少钱').entry?.id).toBe('incentives-policy-details');
    // "how much" of money the entry states (亿元) is not a price it lacks.
    expect(ask('how much fixed asset investment did kazuo complete in 2023').entry?.id).toBe('investment-fixed-asset');
    expect(ask('2023年喀左签约了多少项目').entry?.id).toBe('investment-signed-projects');
  });
  it('sends a question naming a subject no entry covers to staff, whatever else it shares with an entry', () => {
    expectUnresolved(['拿了招商中介奖励要交个人所得税吗', '县政府附近有什么干净的宾馆', 'is there a decent hotel near the county government']);
    // Words that only contain or sound like such a subject are not it (那个税务 ≠ 个税, 几场 ≠ 机场).
    expect(ask('开发票那个税务登记咋弄').entry?.id).toBe('startup-tax-invoice');
    expect(ask('喀左办过几场企业家座谈会').entry?.id).toBe('services-entrepreneur-forums');
  });
  it('still answers questions whose words only look like a price, a year, a procedure or an uncovered subject', () => {
    expectEntries([
      ['投资2000万元能享受哪些优惠政策', 'incentives-policies'],
      ['投资3000万元能享受哪些优惠政策', 'incentives-policies'],
      ['Our company has over 2000 employees, what incentives are there?', 'incentives-policies'],
      ['How much time does the construction permit take?', 'construction-permit-duration'],
      ['企业税费有哪些优惠', 'incentives-policies'],
      ['新公司社保关系怎么办', 'startup-social-insurance'],
    ]);
    expect(ask('这个优惠政策会延续吗').status).not.toBe('unresolved');
    expect(ask('谢谢，周末愉快！').status).toBe('smalltalk');
    expect(ask('明白了，谢谢，再见').status).toBe('smalltalk');
    // 么 is kept as written (OpenCC alone would make it 幺): 在么 greets.
    expect(ask('在么').entry?.id).toBe('smalltalk-greeting');
    expect(ask('Hi there, is anyone on the other end of this chat?').entry?.id).toBe('smalltalk-greeting');
    // one message saying two pleasantries is still small talk
    expect(ask('OK sir thanks and bye, will come back later').status).toBe('smalltalk');
    expect(ask('好嘞，今天先问到这儿，回见').entry?.id).toBe('smalltalk-goodbye');
    // a question wrapped in thanks is not a pleasantry (staff must see it); a remark about the documents is
    expect(ask('Thanks, can I submit the rest of the documents and come back later?').status).toBe('unresolved');
    expect(ask('謝謝你，資料很清楚').status).toBe('smalltalk');
    expect(ask('周末大厅有人吗').status).not.toBe('smalltalk');
    // 动了 is not 懂了 (got it) by sound; asking whom to see is no pleasantry
    expect(ask('审批卡那儿不动了，找谁能给疏通疏通').status).not.toBe('smalltalk');
    expect(ask('懂了，谢谢').status).toBe('smalltalk');
    // thanks that mention a place, a time or documents without asking are still thanks
    for (const thanks of ['谢谢，我知道去哪办了', '好的，明白了，多久能办好我再联系你', '谢谢，资料几乎都齐了', '先这样吧，材料啥的我回头再准备，再见']) {
      expect(ask(thanks).status, thanks).toBe('smalltalk');
    }
    // parking is no subject of the entries, in Chinese; 'parks' are the industrial parks
    expectUnresolved(['办事大厅停车收费吗']);
    expect(ask('Which parks take part?').status).not.toBe('unresolved');
    // An entry asking 园区叫什么名字 does not make the park entry speak of people.
    expect(ask('园区主任的手机号是多少').status).toBe('unresolved');
  });
  it("answers what the figure rules' words only touch: a subject told as context or set aside, online at the weekend, a subsidy on rent, the bank account", () => {
    expectEntries([
      ['我们注册资本100万，在喀左开公司要多久', 'startup-duration'],
      ['项目落户口碑怎么样，有什么优惠政策', 'incentives-policies'],
      ['员工医保登记怎么办，以后看病能用吗', 'startup-social-insurance'],
      ['除了出口退税，县里还有什么税收减免', 'incentives-policy-details'],
      ['周末能在网上办营业执照吗', 'startup-online-portal'],
      ['为什么银行开户不用单独跑？', 'startup-bank-account'],
      ['Which bank account can a new company open during registration?', 'startup-bank-account'],
      ['介绍项目给喀左有什么中介费吗', 'incentives-intermediary-reward'],
      ['租用厂房能补贴多少钱', 'incentives-policy-details'],
      ['注册公司材料包不包括公司章程', 'startup-materials'],
      ['喀左去过哪些国家和地区招商？', 'investment-promotion-events'],
      ['来自哪个省的企业喀左都欢迎吗', 'industry-welcome'],
      ['公司有20名员工，社保登记有哪些要求', 'startup-social-insurance'],
      ['找包扶领导反映用电问题，多久能有回复', 'services-assigned-leader'],
      ['Give me a breakdown of the 193 projects by new and continuing', 'investment-projects-2023'],
    ]);
  });
  it('sends what no entry states to staff: a reply time, a year, an outcome, a rent, a breakdown, a clawback', () => {
    expectUnresolved([
      '书记县长直通车收到诉求后几个工作日内答复？',
      '3+4+20+22全员招商体系是哪年建立的',
      '紫陶节签约的12个项目最后投产了几个',
      '园区标准厂房租金一平米一个月多少钱',
      '66个签约项目按产业分各有几个',
      '企业会被扣减已经享受的优惠吗',
      '施工许可那12个工作日，含不含施工图审查的时间？',
      'What is the minimum registered capital for a company in Kazuo?',
      '政务大厅中午休息吗',
      // how soon work must start once a permit is granted: a validity the source does not give
      '取得建築工程施工許可證後，依規定須於多長期限內開工？',
      '书记县长直通车的书记和县长现在分别是谁',
      '突破年考核细则里具体考核哪些指标，考核不过有什么后果',
      '抖音小店开店需要什么材料',
      'Is there an English version of the online one-stop hall for starting a business?',
      'Is the joint approval platform available in English, or only in Chinese?',
      '房产证过户需要什么材料',
      'How do I open a personal bank account in China as a foreigner?',
      '突破年考核没完成任务的部门会受到什么问责？',
    ]);
  });
  it('leaves costs and services no entry covers unresolved', () => {
    expectUnresolved(['工业电价多少钱一度', '规划许可证到期了怎么延续', '安全生产许可证办理时限是多少', '不动产登记要多久']);
  });
  it('sends how long a permit stays valid, and when the next event is, to staff: the source states neither', () => {
    expectUnresolved(['施工许可证的有效期是多久', 'How long is a land-use planning permit valid for?', '下一届辽洽会什么时候举办', '下一次企业家座谈会什么时候开']);
    // How long it takes to get one, and the events that took place, are still answered.
    expect(ask('施工许可证多久能办下来').entry?.id).toBe('construction-permit-duration');
    expect(ask('喀左开过几次企业家座谈会').entry?.id).toBe('services-entrepreneur-forums');
  });
  it('answers such a question from an entry that speaks of the procedure', () => {
    const lost = entry('licence-replacement', {
      category: 'startup',
      question: { zh: '营业执照遗失了怎么办', en: 'I lost my business licence' },
      answer: '营业执照遗失后，可在政务服务大厅企业开办专区申请补领。',
    });
    const assistant = createAssistant({ ...shippedKnowledge(), entries: [...shippedKnowledge().entries, lost] });
    expect(assistant.ask('营业执照丢了怎么补办').entry?.id).toBe('licence-replacement');
    expect(assistant.ask('开公司要多久').entry?.id).toBe('startup-duration');
  });
  it('offers a choice when only the stage is named', () => {
    for (const [q, stage] of [['施工许可', 'construction-permit'], ['竣工验收', 'completion-acceptance']] as const) {
      const d = ask(q);
      expect(d.status, q).toBe('clarify');
      expect(d.candidates.length).toBeGreaterThanOrEqual(2);
      expect(d.candidates.length).toBeLessThanOrEqual(3);
      for (const c of d.candidates) expect(c.entry.stage).toBe(stage);
    }
  });

  it('does not answer a question about another place with the county facts', () => {
    expect(ask('沈阳开公司要几天').status).toBe('unresolved');
    expect(ask('我们是沈阳的企业，想问在喀左开公司要几天').entry?.id).toBe('startup-duration');
    // The county's own full name, even misspelt, is not another place.
    expect(ask('喀拉沁左翼蒙古族自治县在什么地方').entry?.id).toBe('contact-location');
    // Nor one that measures the county against another place: no entry states 凌源's time limit.
    expect(ask('喀左施工许可12个工作日，比凌源那边快吗').status).toBe('unresolved');
    expect(ask('喀左施工许可要几个工作日').entry?.id).toBe('construction-permit-duration');
  });
  it('recognises small talk without logging it as a question', () => {
    expect(ask('你好').status).toBe('smalltalk');
    expect(ask('thanks!').status).toBe('smalltalk');
    expect(ask('谢啦').entry?.id).toBe('smalltalk-thanks');
    expect(ask('你都能回答什么问题').entry?.id).toBe('smalltalk-help');
  });
  it('searches only the first part of a very long message', () => {
    const d = ask(`施工许可要几天${'啊'.repeat(10_000)}`);
    expect(d.question.length).toBeLessThanOrEqual(300);
    expect(d.entry?.id).toBe('construction-permit-duration');
  });
  it('gives nonsense, emoji or SQL text a clean unresolved outcome', () => {
    expectUnresolved(['🙂🙂🙂', "'; DROP TABLE questions; --", 'asdfghjkl']);
  });
});

describe('small talk around a question', () => {
  it('answers the question, not the greeting', () => {
    for (const q of ['您好，请问施工许可要几天', 'hello! how long does it take to register a company?']) {
      const d = shippedAssistant().ask(q);
      expect(d.status, q).toBe('answered');
      expect(d.entry?.category, q).not.toBe('smalltalk');
    }
    expect(shippedAssistant().ask('谢谢').status).toBe('smalltalk');
  });
});
