import { escapeRegExp } from '../core/escape-regexp.js';
import { tagChinese } from './chinese-words.js';

/**
 * Place names a question mentions, so that a question about another place (大连开公司要几天, register a
 * company in Shanghai) is not answered with the county's facts. jieba tags most Chinese place names
 * (ns) but misses some (大连 comes out as an adverb) and knows no English, hence a short list of the
 * places investors most often compare with. Pure: normalised text in, names out.
 */
const OTHER_PLACES: readonly string[] = [
  '北京', '上海', '天津', '重庆', '沈阳', '大连', '鞍山', '抚顺', '本溪', '丹东', '锦州', '营口', '阜新', '辽阳', '盘锦', '铁岭',
  '葫芦岛', '长春', '哈尔滨', '石家庄', '呼和浩特', '赤峰', '深圳', '广州', '杭州', '南京', '苏州', '武汉', '成都', '西安', '青岛',
  '济南', '郑州', '香港', '澳门', '台湾', '台北', '高雄', '台中', '台南', '新竹', '桃园', '唐山', '厦门', '宁波', '无锡', '东莞',
  '佛山', '合肥', '长沙', '福州',
  // The city the county belongs to, named without the county (its own offices and districts), and the
  // city's other counties and districts; the other Harqin banner across the border.
  '朝阳市', '朝阳市区', '双塔区', '龙城区', '北票', '凌源', '建平县', '喀喇沁旗', '内蒙古',
  'beijing', 'shanghai', 'tianjin', 'chongqing', 'shenyang', 'dalian', 'anshan', 'jinzhou', 'yingkou', 'huludao',
  'changchun', 'harbin', 'shenzhen', 'guangzhou', 'hangzhou', 'nanjing', 'suzhou', 'wuhan', 'chengdu', "xi'an", 'qingdao',
  'hong kong', 'macau', 'taiwan', 'beipiao', 'lingyuan', 'jianping', 'chaoyang city', 'chifeng', 'inner mongolia',
  'fushun', 'benxi', 'dandong', 'fuxin', 'liaoyang', 'panjin', 'tieling', 'taipei', 'kaohsiung', 'taichung', 'tangshan', 'xiamen',
  'ningbo',
];

/**
 * Names jieba tags as places that do not name another jurisdiction: 东西 ("things", as in
 * 要带哪些东西), and the region, province and country the county itself lies in (朝阳 alone, too:
 * investors say it loosely for the area; 朝阳市 without the county means the city's own offices).
 */
const NOT_ANOTHER_PLACE: ReadonlySet<string> = new Set([
  '东西', '中国', '全国', '国内', '内地', '大陆', '东北', '华北', '北方', '东北地区', '辽西', '本地', '当地',
  '朝阳', '辽宁', '辽宁省', '喀左', '喀左县', '喀喇沁左翼',
  // words jieba mistakes for place names in investors' questions
  '新建', '拜拜', '临街', '城市', '白跑', '上门', '美容店', '外县',
  // the county's own full name and its misspellings
  '自治县', '喀喇沁左翼蒙古族自治县', '喀拉',
]);

/** Each listed name with its matcher: English names as whole words, Chinese ones as substrings. */
const MATCHERS: readonly { readonly name: string; readonly matches: (text: string) => boolean }[] = OTHER_PLACES.map((name) => {
  if (!/^[a-z' ]+$/.test(name)) return { name, matches: (text: string) => text.includes(name) };
  const word = new RegExp(`(^|[^a-z])${name}($|[^a-z])`);
  return { name, matches: (text: string) => word.test(text) };
});

const HAN = /\p{Script=Han}/u;

export function placesIn(normalized: string): string[] {
  const found = new Set<string>();
  if (HAN.test(normalized)) {
    for (const { word, tag } of tagChinese(normalized)) {
      if (tag === 'ns' && word.length > 1 && !NOT_ANOTHER_PLACE.has(word)) found.add(word);
    }
  }
  for (const { name, matches } of MATCHERS) if (matches(normalized)) found.add(name);
  return [...found];
}

/**
 * The places of placesIn that a question measures the county against (比凌源那边快吗, 比在建平县快多少,
 * is it faster than in Shenyang): a figure for that place, which an entry must state. Not the county
 * against other places at large (比别的地方强在哪, better than other counties: why invest here).
 */
export function placesComparedWith(normalized: string): string[] {
  // Most questions compare nothing: they are not segmented for places at all.
  if (!COMPARES.test(normalized)) return [];
  return placesIn(normalized).filter((place) => comparison(place).test(normalized));
}

const COMPARES = /比|\bthan\b/;

const comparison = (place: string): RegExp => {
  const p = escapeRegExp(place);
  return new RegExp(
    `比(?:在)?${p}(?:那边|那儿|那里|的)?[^ ]{0,6}?(?:快|慢|高|低|多|少|便宜|贵|短|长)` +
      `|\\b(?:faster|slower|cheaper|higher|lower|shorter|longer|quicker|more|less) than (?:in |at )?${p}\\b`,
  );
};
