import { describe, expect, it } from 'vitest';
import { searchConfig } from '../../src/search/config.js';
import { InvertedIndex } from '../../src/search/inverted-index.js';
import { TermCounts, type FieldTokens } from '../../src/search/term-counts.js';

const docs: FieldTokens[] = [
  { questions: ['施工许可', 'aspect:duration', '施工许可'], keywords: ['施工证'], answer: ['12', '工作日'] },
  { questions: ['施工许可', 'aspect:materials'], keywords: [], answer: ['申请表', '施工许可', '合同'] },
  { questions: ['企业开办', 'aspect:duration'], keywords: ['开公司'], answer: ['一日', '办结'] },
  { questions: ['construct', 'permit', 'aspect:duration'], keywords: [], answer: ['12', 'work', 'day'] },
  { questions: ['竣工验收', 'aspect:duration'], keywords: ['验收'], answer: ['8', '工作日', '合同'] },
];
const queries = [['施工许可', 'aspect:duration'], ['合同'], ['12', '工作日'], ['开公司', '企业开办'], ['验收', 'work']];

describe('counting terms in shares', () => {
  it('gives an index that ranks every query as one counted whole, when a share counted apart is appended', () => {
    const config = searchConfig();
    const whole = InvertedIndex.fromCounts(TermCounts.of(docs), config);
    for (const split of [0, 1, 3, 5]) {
      const counts = TermCounts.of(docs.slice(0, split));
      counts.append(TermCounts.of(docs.slice(split)).data());
      const shared = InvertedIndex.fromCounts(counts, config);
      for (const q of queries) expect(shared.search(q, 5), `${q.join(' ')} split at ${split}`).toEqual(whole.search(q, 5));
      for (const t of ['施工许可', '合同', '12', 'day']) expect(shared.docFrequency(t), t).toBe(whole.docFrequency(t));
    }
  });
  it('goes on counting after an appended share, numbering the docs in order', () => {
    const counts = TermCounts.of(docs.slice(0, 2));
    counts.append(TermCounts.of(docs.slice(2, 4)).data());
    counts.add(docs[4] as FieldTokens);
    const index = InvertedIndex.fromCounts(counts, searchConfig());
    expect(index.size).toBe(5);
    expect(index.search(['验收'], 5).map((d) => d.doc)).toEqual([4]);
    expect(index.search(['开公司'], 5).map((d) => d.doc)).toEqual([2]);
  });
});
