import { describe, expect, it } from 'vitest';
import { asksBeyondReports, editionsIn, unspokenCheck, yearsIn } from '../../src/search/unspoken.js';

const check = (over: Partial<Parameters<typeof unspokenCheck>[0]> = {}) =>
  unspokenCheck({
    normalized: '',
    tokens: [],
    literalTokens: () => new Set(),
    aspects: new Set(),
    strictAspects: ['cost', 'validity'],
    isUncovered: () => false,
    namesPart: (t) => t.length > 1 && !t.startsWith('aspect:') && !/^\d+$/.test(t),
    ...over,
  });
/** The check of a question, as a function of a candidate (no check: nothing refused). */
const question = (over: Partial<Parameters<typeof unspokenCheck>[0]> = {}) => {
  const asks = check(over);
  return (candidate: Parameters<NonNullable<typeof asks>>[0]) => asks?.(candidate) ?? false;
};
const entry = (tokens: string[], text = '', smalltalk = false) => ({ contains: (t: string) => tokens.includes(t), text: () => text, smalltalk });

describe('what only an entry that speaks of it can answer', () => {
  it('has nothing to check for a question that asks none of these', () => {
    expect(check({ normalized: '施工许可要多久', tokens: ['施工许可', 'aspect:duration'], aspects: new Set(['duration']) })).toBeNull();
    expect(check({ normalized: '2025年签约项目' })).not.toBeNull();
  });
  it('reads years, not any four-digit number', () => {
    expect(yearsIn('2025年喀左新签约了多少项目')).toEqual(['2025']);
    expect(yearsIn('how many projects were signed in 2023')).toEqual(['2023']);
    expect(yearsIn('will the county still offer these incentives after 2027')).toEqual(['2027']);
    expect(yearsIn('were the 37 projects landed before 2024')).toEqual([]);
    expect(yearsIn('投资2000万元能享受哪些优惠政策')).toEqual([]);
    expect(yearsIn('our company has over 2000 employees')).toEqual([]);
  });
  it('refuses an entry that never speaks of the procedure or year asked', () => {
    const asks = question({ normalized: '2025年营业执照补办', tokens: ['营业执照', 'action:replace'] });
    expect(asks(entry(['营业执照', 'action:replace', '2025']))).toBe(false);
    expect(asks(entry(['营业执照', 'action:replace']))).toBe(true);
    expect(asks(entry(['营业执照', '2025']))).toBe(true);
  });
  it('reads an office holder\'s or the report author\'s name as the identity procedure, whatever term took the office', () => {
    const secretary = question({ normalized: '喀左县委书记叫什么名字', tokens: ['县领导'] });
    expect(secretary(entry(['县领导'], '书记县长直通车'))).toBe(true);
    for (const q of ['喀左县委书记现在是谁', '昕锐科技的法人代表叫什么', '书记和县长现在分别是谁', '一聘任两奖励里的聘任是聘谁', '一聘任两奖励里的「聘任」，到底聘的是什么人']) {
      expect(question({ normalized: q })(entry([])), q).toBe(true);
    }
    const author = question({ normalized: 'who wrote the liaoning daily article your information comes from' });
    expect(author(entry([], 'liaoning daily'))).toBe(true);
    expect(check({ normalized: '园区叫什么名字', tokens: ['园区'] })).toBeNull();
  });
  it('reads moving social insurance from another place as the transfer procedure, whatever place is named', () => {
    const transfer = question({ normalized: '个人社保关系从沈阳转到喀左怎么办', tokens: ['社会保险'] });
    expect(transfer(entry(['社会保险'], '公司成立后为员工办理社保登记'))).toBe(true);
    expect(transfer(entry(['社会保险', 'action:withdraw']))).toBe(false);
    expect(check({ normalized: '公司成立后社保在哪里登记', tokens: ['社会保险', 'aspect:where'], aspects: new Set(['where']) })).toBeNull();
    expect(question({ normalized: '沈阳的社保怎么转到喀左' })(entry([]))).toBe(true);
    // moving on to another window is no transfer
    for (const q of ['社保登记完转到哪个窗口办税务', '公积金开户以后转到哪个窗口']) expect(check({ normalized: q }), q).toBeNull();
  });
  it('reads a breakdown by kind as a part of the whole', () => {
    const breakdown = question({ normalized: '截至10月末签约的66个项目 按产业分各有几个', tokens: ['签约项目', '产业'] });
    expect(breakdown(entry(['签约项目'], '签约项目66个，总投资557.85亿元'))).toBe(true);
    // an entry naming the kind and stating the whole answers it
    expect(breakdown(entry(['签约项目', '产业'], '签约项目66个，其中产业项目…'))).toBe(false);
    expect(question({ normalized: 'what is the breakdown by sector of the 66 signed projects', tokens: ['签约项目', 'sector'] })(entry(['签约项目'], 'signed 66 projects'))).toBe(true);
  });
  it("reads advice on buying stocks or property as the bot's opinion, which no report gives", () => {
    expect(asksBeyondReports('should i buy power company stocks right now')).toBe(true);
    expect(asksBeyondReports('现在该不该买电力公司的股票')).toBe(true);
    expect(asksBeyondReports('why should i invest in kazuo instead of other county')).toBe(false);
  });
  it('reads a benefit taken back as the penalty procedure, words apart', () => {
    const clawback = question({ normalized: '项目没按时间表完成 企业会被扣减已经享受的优惠吗', tokens: ['优惠政策'] });
    expect(clawback(entry(['优惠政策'], '喀左县推出了系列产业项目发展政策'))).toBe(true);
    expect(clawback(entry(['优惠政策', 'action:penalty']))).toBe(false);
    expect(question({ normalized: '补贴会被追回吗' })(entry([]))).toBe(true);
    // a benefit given back to the investor is no penalty
    for (const q of ['税收返还比例和设备补贴标准是多少', '厂房租金有补贴吗']) expect(check({ normalized: q }), q).toBeNull();
  });
  it('takes a price as spoken of by an entry that names a cost or states a sum of money', () => {
    const price = question({ aspects: new Set(['cost']) });
    expect(price(entry(['aspect:cost']))).toBe(false);
    expect(price(entry([], '完成固定资产投资66.5亿元'))).toBe(false);
    expect(price(entry([], '刻章在政务服务大厅办理'))).toBe(true);
  });
  it('refuses every entry but small talk when the question names, as written, a subject no entry covers', () => {
    const hotel = question({ tokens: ['酒店'], literalTokens: () => new Set(['酒店']), isUncovered: (t) => t === '酒店' });
    expect(hotel(entry(['县政府']))).toBe(true);
    expect(hotel(entry([], '', true))).toBe(false);
    const soundAlike = question({ tokens: ['机场'], literalTokens: () => new Set(['几', '场']), isUncovered: (t) => t === '机场' });
    expect(soundAlike(entry([]))).toBe(false);
  });
  it('answers a validity period only from an entry that speaks of one, whatever sums it states', () => {
    const validity = question({ aspects: new Set(['validity', 'duration']) });
    expect(validity(entry(['aspect:validity']))).toBe(false);
    expect(validity(entry(['aspect:duration'], '时限8个工作日，费用66.5亿元'))).toBe(true);
  });
  it('reads questions no report answers: the date of the next event or of an event next year, predictions, opinions', () => {
    expect(asksBeyondReports('下一届辽洽会什么时候举办')).toBe(true);
    expect(asksBeyondReports('喀左下次去深圳招商是啥时候')).toBe(true);
    expect(asksBeyondReports('when is kazuo s next investment signing conference')).toBe(true);
    expect(asksBeyondReports('辽洽会明年什么时候举办')).toBe(true);
    expect(asksBeyondReports('喀左房价明年会涨吗')).toBe(true);
    expect(asksBeyondReports('will housing prices in kazuo go up next year')).toBe(true);
    expect(asksBeyondReports('你觉得半导体在喀左能做起来吗')).toBe(true);
    expect(asksBeyondReports('锌价明年走势怎么样')).toBe(true);
    expect(asksBeyondReports('你觉得做光伏还是做储能更赚钱')).toBe(true);
    expect(asksBeyondReports('你觉得在喀左搞半导体材料能成吗')).toBe(true);
    expect(asksBeyondReports('do you think kazuo s economy will grow next year')).toBe(true);
    expect(asksBeyondReports('the economy will grow next year right')).toBe(true);
    expect(asksBeyondReports('喀左经济明年会增长吗')).toBe(true);
    expect(asksBeyondReports('喀左明年固定资产投资能增长多少')).toBe(true);
    expect(asksBeyondReports('明年喀左会不会出台更多补贴政策')).toBe(true);
    expect(asksBeyondReports('今年辽洽会在哪个城市开 具体几号')).toBe(true);
    expect(asksBeyondReports('你觉得现在去喀左做半导体新材料风险大不大')).toBe(true);
    expect(asksBeyondReports('which bank in kazuo would you recommend for our corporate account')).toBe(true);
    expect(asksBeyondReports('今年的全县招商引资项目建设大会定在哪天开')).toBe(true);
    expect(asksBeyondReports('你个人觉得项目管家这个制度到底有没有用')).toBe(true);
    // a task the bot cannot do
    expect(asksBeyondReports('你能直接帮我在联合审批平台上把施工许可申请提交了吗')).toBe(true);
    expect(asksBeyondReports('can you submit the construction permit application for me')).toBe(true);
    // Nor any "next", "next year", "will" or "you think": questions the entries answer.
    for (const q of [
      '下次来喀左考察应该找谁',
      '下次办理需要多长时间',
      '下一期专项资金申报时间',
      '下次来政务大厅办事的办公时间',
      '下个月去喀左洽谈项目什么时候方便',
      '我们明年会来喀左投资什么时候开始办手续',
      '年底前会完成工商登记吗什么时候能拿到执照',
      '我们明年开工 什么时候能拿到施工许可',
      '施工许可什么时候能批下来',
      '厂房租金能不能降价',
      '你认为注册公司需要哪些材料',
      '您觉得我们应该先办哪个证',
      '喀左投资前景怎么样',
      'what is the next step after the construction permit',
      'if we apply next week when will the construction permit be issued',
      'what is the next step and when should we submit the documents',
      'will our project fall under the preferential policy for new energy',
      'will the subsidy increase if we hire more local workers',
      'will the construction permit take long',
      'when does the tax office next to the county government open',
      'do you think i need an environmental assessment',
      'do you think the permit will take long',
      '你觉得网上办行不行',
      'will the subsidy grow with the investment',
      '明年来投资能享受多少补贴',
      '明年来投资补贴能提高多少',
      '今年年底前签约能增加多少奖励',
      '下个月注册公司补贴能达到多少',
      '明年来投资会不会有优惠政策',
      '推荐项目有什么奖励',
      '您建议我们去哪个窗口办施工许可',
      'can you recommend where to register a company',
      '今年在签约会上签的项目 施工许可什么时候能办下来',
      '你能帮我查一下施工许可要多久',
      '能帮我介绍一下优惠政策吗',
      '帮我看看注册公司需要什么材料',
      '你能帮我看看施工许可需要提交哪些材料',
      'can you tell me what documents i need for the permit',
    ]) {
      expect(asksBeyondReports(q), q).toBe(false);
    }
    const next = question({ normalized: '下一次企业家座谈会什么时候开' });
    expect(next(entry(['企业家座谈会']))).toBe(true);
    expect(next(entry([], '', true))).toBe(false);
  });

  it('answers an edition of an event only from an entry that mentions that edition, in either numeral', () => {
    expect(editionsIn('第九届紫陶节什么时候开')).toEqual([['第九届', '第9届']]);
    expect(editionsIn('第8届紫陶文化艺术节签了多少项目')).toEqual([['第八届', '第8届']]);
    expect(editionsIn('第十二届论坛')).toEqual([['第十二届', '第12届']]);
    expect(editionsIn('首届紫陶节什么时候办的')).toEqual([['第一届', '第1届', '首届']]);
    // not a number: only as written
    expect(editionsIn('第一二届论坛')).toEqual([['第一二届']]);
    // 第一次 is "the first time", not an edition.
    expect(editionsIn('第一次来喀左投资要找谁')).toEqual([]);
    const ninth = question({ normalized: '第九届紫陶节什么时候开' });
    expect(ninth(entry([], '2023年第八届喀左紫陶文化艺术节期间'))).toBe(true);
    const eighth = question({ normalized: '第8届紫陶节签了多少项目' });
    expect(eighth(entry([], '2023年第八届喀左紫陶文化艺术节期间'))).toBe(false);
  });
  it('refuses an entry that names what is asked about but not the figure asked', () => {
    const staff = question({ normalized: '营商环境建设局有多少工作人员' });
    expect(staff(entry([], '喀左县营商环境建设局负责全县营商环境建设'))).toBe(true);
    const output = question({ normalized: '恒锌投产后产值多少' });
    expect(output(entry([], '投产后年产锌焙砂10.96万吨，年销售额10亿元'))).toBe(false);
  });
  it('answers a part of a stated whole only from an entry that names the part', () => {
    const whole = '2023年前10个月，累计开复工项目193个，其中新建项目80个、续建项目113个。';
    const industrial = question({ normalized: '193个开复工项目里工业项目占多少', tokens: ['193', '开复工项目', '工业', '项目', '占'] });
    expect(industrial(entry(['193', '开复工项目', '项目'], whole))).toBe(true);
    // 续建 stands in the entry's term 续建项目 (the index holds the term whole)
    const continuing = question({ normalized: '193个项目里新建和续建各占多少', tokens: ['193', '项目', '新建', '续建'] });
    expect(continuing(entry(['193', '项目', '新建'], whole))).toBe(false);
    // 外资 inside 域外资金 is not the entry naming foreign capital
    const foreign = question({ normalized: '引进的61 51亿域外资金里 境外外资占多少', tokens: ['域外资金', '境外', '外资'] });
    expect(foreign(entry(['域外资金', '境外'], '引进域外资金61.51亿元'))).toBe(true);
    const english = question({ normalized: 'of the 193 projects how many are industrial', tokens: ['193', 'project', 'industrial'] });
    expect(english(entry(['193', 'project'], '193 projects started: 80 new and 113 continuing'))).toBe(true);
    // the whole asked about is the one the entry states (not the clean-energy entry for the 66 signed projects)
    const signed = question({ normalized: '66个签约项目里有几个是新能源项目', tokens: ['66', '签约项目', '新能源', '项目'] });
    expect(signed(entry(['签约项目', '新能源', '项目'], '引进清洁能源项目，签约新能源战略合作协议'))).toBe(true);
    expect(signed(entry(['签约项目', '新能源', '项目'], '签约项目66个，其中新能源项目12个'))).toBe(false);
    // the figure whole: 66 is not in 66.5亿元; a sum's decimals (557.85亿) are not a figure of their own
    expect(signed(entry(['签约项目', '新能源', '项目'], '签约新能源项目，完成投资66.5亿元'))).toBe(true);
    const sum = question({ normalized: '557 85亿里有多少是域外资金', tokens: ['域外资金'] });
    expect(sum(entry(['域外资金'], '总投资557.85亿元，引进域外资金61.51亿元'))).toBe(false);
    // the whole and the part may stand in clauses of their own
    const stewards = question({ normalized: '574名项目管家里 专门服务中小微企业的有多少名', tokens: ['574', '项目管家', '中小微企业'] });
    expect(stewards(entry(['574', '项目管家'], '全县574名项目管家'))).toBe(true);
    // a figure of its own, not a part of one (the entry states the rate); nor 占地 (land taken up)
    expect(check({ normalized: '企业诉求办结的比例有多少', tokens: ['企业诉求', '办结'] })).toBeNull();
    expect(check({ normalized: '厂房占地多少亩', tokens: ['厂房', '占地', '亩'] })).toBeNull();
    expect(check({ normalized: '恒锌厂区占多少亩', tokens: ['恒锌', '厂区', '占'] })).toBeNull();
    // a whole is a stated count or sum, not 一下 or 统一; 里 of 哪里 or 公里 looks into nothing
    expect(check({ normalized: '了解一下园区里都有多少', tokens: ['园区'] })).toBeNull();
    expect(check({ normalized: '统一受理里有多少', tokens: ['统一受理'] })).toBeNull();
    expect(check({ normalized: '离沈阳300公里里程有多少', tokens: ['沈阳', '里程'] })).toBeNull();
    expect(check({ normalized: 'how many working days for the planning permit and how many for the construction permit', tokens: ['planning'] })).toBeNull();
  });
  it('does not take a figure stated for a list as the figure of one of its members', () => {
    const kaimei = question({ normalized: '凯美石英玻璃管项目总投资多少', tokens: ['凯美', '玻璃管', '项目', '总投资'] });
    expect(kaimei(entry([], '昕锐科技智能装备、凯美高品质石英玻璃管等37个项目已全部落地，总投资557.85亿元'))).toBe(true);
    expect(kaimei(entry([], '凯美高品质石英玻璃管项目总投资5亿元'))).toBe(false);
    // an item of a 、-list closed by 等, not any 等 (要等多久) nor a generic word near one
    expect(kaimei(entry([], '凯美项目要等多久才能投产？总投资5亿元'))).toBe(false);
    const signed = question({ normalized: 'what is the total investment of the projects kazuo has signed', tokens: ['project', 'sign'] });
    expect(signed(entry([], 'signed 66 projects with total investment of 55.785 billion yuan; 37 projects, including the kaimei project, had landed'))).toBe(false);
  });
});
