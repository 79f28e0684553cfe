import type { KnowledgeEntry } from '../src/knowledge/types.js';

import { seededRandom } from '../src/core/random.js';

const SUBJECTS_ZH = [
  '施工许可', '建设工程规划许可', '用地规划许可', '竣工验收', '企业开办', '营业执照', '税务登记', '社保登记', '公积金',
  '银行开户', '印章刻制', '发票申领', '环评审批', '消防验收', '排污许可', '土地出让', '厂房租赁', '人才公寓',
  '招商引资', '项目管家', '用电扩容', '供水报装', '燃气报装', '食品经营许可', '药品经营许可', '外资备案',
  '进出口权', '高新技术企业认定', '研发费用加计扣除', '稳岗补贴', '创业担保贷款', '技改补助', '物流园区', '冷链仓储',
];
const SUBJECTS_EN = [
  'construction permit', 'planning permit', 'land use permit', 'completion acceptance', 'company registration',
  'business licence', 'tax registration', 'social insurance', 'housing fund', 'bank account', 'company seal',
  'invoice', 'environmental assessment', 'fire safety inspection', 'discharge permit', 'land transfer', 'factory lease',
  'talent housing', 'investment promotion', 'project steward', 'power capacity', 'water connection', 'gas connection',
  'food business licence', 'drug business licence', 'foreign investment filing', 'import export rights',
  'high tech certification', 'r&d deduction', 'job subsidy', 'startup loan', 'upgrade grant', 'logistics park', 'cold chain',
];
const ASPECTS_ZH = ['要多久', '需要什么材料', '在哪里办理', '有什么条件', '收费吗', '找谁咨询', '流程是什么', '可以网上办吗'];
const ASPECTS_EN = ['how long does it take', 'what documents are needed', 'where to apply', 'what are the conditions',
  'is there a fee', 'who to contact', 'what is the process', 'can it be done online'];
const PLACE_CHARS = '东西南北中新老大小金银铁石河山林泉湖桥港湾城镇乡村园区屯堡营台沟岭坡川峪'.split('');
const NAME_CHARS = '恒锌昕锐凯美科勒迪金泰华盛永利宏达鑫源瑞丰隆兴旺祥和顺通远航宇辰星'.split('');
const EN_WORDS = 'zone park district unit phase block north south east west new old river hill lake bridge harbor'.split(' ');

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const word = (rnd: () => number, chars: readonly string[], n: number) => Array.from({ length: n }, () => pick(rnd, chars)).join('');

/**
 * `size` entries of realistic mixed Chinese/English text: a subject, an aspect and a named place or
 * company, so the vocabulary grows with the size as a real county-wide knowledge base's would.
 */
export function syntheticEntries(size: number, seed = 42): KnowledgeEntry[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: size }, (_, i) => {
    const s = Math.floor(rnd() * SUBJECTS_ZH.length);
    const a = Math.floor(rnd() * ASPECTS_ZH.length);
    const place = `${word(rnd, PLACE_CHARS, 2)}${pick(rnd, ['园区', '镇', '乡', '工业园'])}`;
    const company = `${word(rnd, NAME_CHARS, 2)}${pick(rnd, ['科技', '实业', '建材', '食品', '物流'])}`;
    const enPlace = `${pick(rnd, EN_WORDS)} ${pick(rnd, EN_WORDS)} ${i % 997}`;
    const zhSubject = SUBJECTS_ZH[s] as string;
    const enSubject = SUBJECTS_EN[s] as string;
    return {
      id: `synthetic-${i}`,
      category: 'synthetic',
      questions: {
        zh: [`${place}${zhSubject}${ASPECTS_ZH[a]}`, `${company}在${place}办${zhSubject}${ASPECTS_ZH[a]}？`, `请问${place}的${zhSubject}${ASPECTS_ZH[a]}`],
        en: [`${enSubject} in ${enPlace}: ${ASPECTS_EN[a]}?`, `For ${enPlace}, ${ASPECTS_EN[a]} for the ${enSubject}?`],
      },
      answer: {
        zh: `${place}${zhSubject}：${ASPECTS_ZH[a]}请咨询${place}政务服务中心，${company}等企业可通过工程建设项目联合审批平台在线申报，时限${(i % 20) + 1}个工作日。`,
        en: `${enSubject} in ${enPlace}: ask the ${enPlace} service centre; apply online on the joint approval platform within ${(i % 20) + 1} working days.`,
      },
      keywords: { zh: [place, company], en: [enPlace] },
      source: 'synthetic benchmark entry',
      verified: '2026-11-27',
      related: [],
      origin: { file: 'synthetic', line: i + 1 },
    };
  });
}

/** Queries as users would type them about synthetic entries: reworded, some with typos or in English. */
export function syntheticQueries(entries: readonly KnowledgeEntry[], count: number, seed = 7): string[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const e = pick(rnd, entries);
    const q = i % 3 === 2 ? pick(rnd, e.questions.en) : pick(rnd, e.questions.zh);
    if (i % 5 === 4) {
      // a typo: drop one character
      const chars = [...q];
      chars.splice(Math.floor(rnd() * chars.length), 1);
      return chars.join('');
    }
    return q;
  });
}
