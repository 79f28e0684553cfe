import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/text/lexicon.js';
import { normalizeText } from '../../src/text/normalize.js';
import { tokenize, tokenizeText } from '../../src/text/tokenize.js';
import { stemEnglish } from '../../src/text/english.js';
import { placesComparedWith, placesIn } from '../../src/text/places.js';

const lexicon = buildLexicon(
  [
    ['施工许可', '施工证', '施工许可证', 'construction permit', 'building permit'],
    ['材料', '资料', 'materials', 'documents'],
    ['时限', '多久', '几天', 'how long'],
    ['企业开办', '开公司', '注册公司', 'register a company'],
  ],
  ['喀左县', '招商引资'],
);
const tokens = (text: string, fuzzy = true) => tokenize(normalizeText(text), lexicon, { fuzzy });

describe('tokenize', () => {
  it('reads raw text for the index exactly as the normalised text of a question is read', () => {
    const texts = [
      'How long does a Construction Permit take? 施工许可，要多久！',
      '開公司需要什麼資料',
      '施工证需要什么资料——Register a Company…',
      'ＡＢＣ１２３ 施工许可',
      '喀左县招商引资😀 İstanbul',
      "the company's seal; don't  wait",
      '',
      '，。',
    ];
    for (const text of texts) expect(tokenizeText(text, lexicon, []), text).toEqual(tokenize(normalizeText(text), lexicon));
    // Appended after what is already there.
    expect(tokenizeText('开公司', lexicon, ['x'])).toEqual(['x', '企业开办']);
  });
  it('maps synonyms in either language to one canonical token', () => {
    expect(tokens('开公司要多久')).toEqual(['企业开办', '时限']);
    expect(tokens('how long to register a company')).toEqual(['时限', '企业开办']);
    expect(tokens('施工证需要什么资料')).toEqual(['施工许可', '需要', '材料']);
  });
  it('matches an English term whatever article or possessive the question puts in or leaves out', () => {
    expect(tokens('can I register the company online')).toContain('企业开办');
    expect(tokens('register our company how long')).toEqual(['企业开办', '时限']);
  });
  it('never lets a term without its articles take the place of another literal term', () => {
    const lex = buildLexicon([['项目供地', 'land for the projects'], ['落地项目', 'landed projects']], []);
    expect(tokenize(normalizeText('which landed projects'), lex)).toEqual(['落地项目']);
    expect(tokenize(normalizeText('land for projects'), lex)).toEqual(['项目供地']);
  });
  it('keeps domain words whole that the general segmenter would split into characters', () => {
    expect(tokens('喀左县招商引资')).toEqual(['喀左县', '招商引资']);
  });
  it('turns procedure words into action tokens, never by sound alone', () => {
    const withActions = buildLexicon([['营业执照', '执照']], [], {}, { replace: ['补办', '遗失'], withdraw: ['补缴'] });
    expect(tokenize(normalizeText('营业执照遗失怎么补办'), withActions, { fuzzy: true })).toEqual(['营业执照', 'action:replace', 'action:replace']);
    // 补交 (hand in later) sounds like 补缴 (pay arrears) but is not that procedure.
    expect(tokenize(normalizeText('补交材料'), withActions, { fuzzy: true })).not.toContain('action:withdraw');
  });
  it('repairs a homophone typo from pinyin input, but only in fuzzy (query) mode', () => {
    expect(tokens('施工许可证需要什么才料')).toContain('材料');
    expect(tokens('施工徐可要几天')).toEqual(['施工许可', '时限']);
    expect(tokens('施工许可证需要什么才料', false)).not.toContain('材料');
  });
  it('does not repair by sound to a word of one character and a particle', () => {
    const thanks = buildLexicon([['谢谢', '懂了', 'thanks']], []);
    expect(tokenize(normalizeText('审批卡那儿不动了'), thanks, { fuzzy: true })).not.toContain('谢谢');
    expect(tokenize(normalizeText('懂了'), thanks, { fuzzy: true })).toEqual(['谢谢']);
  });
  it('prefers a longer term by sound to a shorter term as written', () => {
    const bureau = buildLexicon([['营商', 'doing business'], ['营商环境建设局', '营商局', 'business environment bureau']], []);
    expect(tokenize(normalizeText('营商环境建社局是干嘛的'), bureau, { fuzzy: true })[0]).toBe('营商环境建设局');
    expect(tokenize(normalizeText('营商环境建社局是干嘛的'), bureau)[0]).toBe('营商');
    // …but not over a term as written that starts inside it and reaches further (招公: 招工 by sound)
    const jobs = buildLexicon([['招工', 'hiring'], ['公务员', 'civil servant']], []);
    expect(tokenize(normalizeText('营商局今年招公务员吗'), jobs, { fuzzy: true })).toContain('公务员');
    expect(tokenize(normalizeText('营商局今年招公务员吗'), jobs, { fuzzy: true })).not.toContain('招工');
    // …nor over a general word right after the written term (千瓦, not 多少钱)
    const price = buildLexicon([['多少', 'how many'], ['多少钱', 'how much money'], ['千瓦', 'kilowatt']], []);
    expect(tokenize(normalizeText('装机多少千瓦'), price, { fuzzy: true })).not.toContain('多少钱');
    const festival = buildLexicon([['紫陶'], ['紫陶节', '紫陶文化艺术节']], []);
    expect(tokenize(normalizeText('紫陶介绍一下'), festival, { fuzzy: true })[0]).toBe('紫陶');
  });
  it('reads characters outside the BMP whole: rare ideographs in terms, emoji between words', () => {
    // 𠀾 (U+2003E) is one character in two UTF-16 code units.
    const rare = buildLexicon([['𠀾家沟园区', 'jiagou park']], []);
    expect(tokenize(normalizeText('𠀾家沟园区在哪'), rare)[0]).toBe('𠀾家沟园区');
    expect(tokenize(normalizeText('where is Jiagou Park'), rare)).toContain('𠀾家沟园区');
    expect(tokens('😀施工许可😀要多久')).toEqual(['施工许可', '时限']);
    // Repair by sound still lines up after a two-unit character earlier in the run.
    expect(tokens('𠀾施工徐可要几天')).toEqual(expect.arrayContaining(['施工许可', '时限']));
    expect(tokens('𠀾𠀾施工徐可要几天')).toEqual(expect.arrayContaining(['施工许可', '时限']));
  });
  it('does not turn a different word with a different sound into a domain term', () => {
    expect(tokens('办理护照需要什么材料')).toContain('护照');
  });
  it('drops English stopwords and stems plurals', () => {
    expect(tokens('What are the permits for a factory?')).toEqual(['permit', 'factory']);
    expect(stemEnglish('licences')).toBe('licence');
    expect(stemEnglish('applies')).toBe('apply');
  });
  it('uses the typo corrector for unknown English words when given one', () => {
    const out = tokenize(normalizeText('construcion permit'), lexicon, {
      fuzzy: true,
      correctLatin: (w) => (w === 'construcion' ? 'construction' : null),
    });
    expect(out).toEqual(['施工许可']);
  });
});

describe('places in questions', () => {
  it('finds another place, but not 东西 ("things") or the places the county lies in', () => {
    expect(placesIn(normalizeText('沈阳开公司要几天'))).toEqual(['沈阳']);
    expect(placesIn(normalizeText('在大连开公司要几天'))).toEqual(['大连']);
    expect(placesIn(normalizeText('在高雄辦公司登記大概要幾天？'))).toEqual(['高雄']);
    expect(placesIn(normalizeText('How long to register a company in Shanghai?'))).toEqual(['shanghai']);
    expect(placesIn(normalizeText('what are the incentive policies of Chifeng in Inner Mongolia'))).toEqual(['chifeng', 'inner mongolia']);
    expect(placesIn(normalizeText('施工许可要带哪些东西'))).toEqual([]);
    expect(placesIn(normalizeText('辽宁朝阳的喀左县在中国东北'))).toEqual([]);
    // a county's name inside ordinary words (搭建平台) is not that county; nor is 新建 (newly built)
    expect(placesIn(normalizeText('想搭建平台，有什么扶持政策'))).toEqual([]);
    expect(placesIn(normalizeText('新建工厂能拿到多少补贴'))).toEqual([]);
    // words jieba tags as places in investors' questions, and the county's own full name
    expect(placesIn(normalizeText('项目落地以后有没有管家定期上门走访'))).toEqual([]);
    expect(placesIn(normalizeText('喀喇沁左翼蒙古族自治县的营商环境怎么样'))).toEqual([]);
    expect(placesIn(normalizeText('建平县开公司要多久'))).toContain('建平县');
  });
  it('finds the place a question measures the county against, not other places at large nor a place it only mentions', () => {
    expect(placesComparedWith(normalizeText('喀左施工许可12个工作日，比凌源那边快吗'))).toEqual(['凌源']);
    expect(placesComparedWith(normalizeText('在喀左开公司比在建平县快多少'))).toEqual(['建平县']);
    expect(placesComparedWith(normalizeText('Is a construction permit in Kazuo faster than in Shenyang?'))).toEqual(['shenyang']);
    expect(placesComparedWith(normalizeText('喀左比别的地方强在哪'))).toEqual([]);
    expect(placesComparedWith(normalizeText('喀左比沈阳有什么优势'))).toEqual([]);
    expect(placesComparedWith(normalizeText('俺刚从沈阳回村，在喀左办个执照得多少天'))).toEqual([]);
  });
});
