import { describe, expect, it } from 'vitest';
import { checkAcrossFiles } from '../../src/knowledge/check-knowledge.js';
import { parseEntriesFile } from '../../src/knowledge/parse-entries.js';
import { parseSynonymsFile } from '../../src/knowledge/parse-synonyms.js';
import { formatProblem } from '../../src/knowledge/problem.js';

const entry = (id: string, extra = '') => `
  - id: ${id}
    questions:
      zh: [施工许可要多久]
      en: [How long is the construction permit?]
    answer:
      zh: 12个工作日。
      en: 12 working days.
    source: 辽宁日报 2023-12-06
    verified: 2026-11-27${extra}`;

describe('reading a knowledge file', () => {
  it('reads a valid entry with its category and origin line', () => {
    const r = parseEntriesFile(`category: permits\nentries:${entry('a')}`, 'permits.yaml');
    expect(r.problems).toEqual([]);
    expect(r.entries[0]).toMatchObject({ id: 'a', category: 'permits', origin: { file: 'permits.yaml', line: 3 } });
  });

  it('names the file, line and column of a YAML syntax error', () => {
    const r = parseEntriesFile('category: permits\nentries:\n  - id: a\n    questions: [unclosed\n', 'broken.yaml');
    expect(r.entries).toEqual([]);
    expect(r.problems[0]).toMatchObject({ file: 'broken.yaml' });
    expect(formatProblem(r.problems[0]!)).toMatch(/^broken\.yaml:\d+:\d+ YAML syntax/);
  });

  it('reports every problem at once, each where it stands', () => {
    const text = `category: permits
entries:
  - id: Bad_Id
    questions:
      zh: [问题]
    answer:
      zh: 答案
      en: answer
    verified: 2026-02-30
    workdays: -3
`;
    const messages = parseEntriesFile(text, 'p.yaml').problems.map(formatProblem);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^p\.yaml:3:\d+ .*id must be lower-case/),
        expect.stringMatching(/^p\.yaml:\d+:\d+ .*questions: missing `en`/),
        expect.stringMatching(/missing `source`/),
        expect.stringMatching(/^p\.yaml:9:\d+ .*`verified` must be a real date/),
        expect.stringMatching(/^p\.yaml:10:\d+ .*workdays must be a whole number/),
      ]),
    );
  });

  it('finds duplicate ids across files and related ids that do not exist', () => {
    const one = parseEntriesFile(`category: a\nentries:${entry('same', '\n    related: [missing-one]')}`, 'one.yaml');
    const two = parseEntriesFile(`category: b\nentries:${entry('same')}`, 'two.yaml');
    const messages = checkAcrossFiles([one, two]).map(formatProblem);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^two\.yaml:3:\d+ duplicate id 'same' \(already used at one\.yaml:3\)/),
        expect.stringMatching(/^one\.yaml:\d+:\d+ .*related id 'missing-one' does not exist/),
      ]),
    );
  });
});

describe('reading the synonyms file', () => {
  it('reads actions beside aspects and refuses a term that is both', () => {
    const r = parseSynonymsFile(
      'aspects:\n  duration: [多久]\nactions:\n  replace: [补办, 遗失]\n  annual-report: [年报, 多久]\ngroups:\n  - [材料, 资料]\n',
      'synonyms.yaml',
    );
    expect(r.actions).toEqual({ replace: ['补办', '遗失'], 'annual-report': ['年报', '多久'] });
    expect(r.problems.map(formatProblem)).toEqual(["synonyms.yaml:5:23 '多久' is already listed under 'aspect duration'"]);
  });
  it('names where an actions section is malformed, and keeps reading the rest', () => {
    const r = parseSynonymsFile('actions:\n  Replace: [补办]\n  cancel: 注销\ngroups:\n  - [材料, 资料]\n', 'synonyms.yaml');
    expect(r.problems.map(formatProblem)).toEqual([
      "synonyms.yaml:2:12 action 'Replace' must be a lower-case name with a list of non-empty terms",
      "synonyms.yaml:3:11 action 'cancel' must be a lower-case name with a list of non-empty terms",
    ]);
    expect(r.groups).toEqual([['材料', '资料']]);
  });
  it('refuses a term claimed by two groups', () => {
    const r = parseSynonymsFile('groups:\n  - [材料, 资料]\n  - [文件, 资料]\n', 'synonyms.yaml');
    expect(r.problems.map(formatProblem)).toEqual(["synonyms.yaml:3:10 '资料' is already listed under '材料'"]);
  });
  it('refuses a term listed in two groups that begin with the same term', () => {
    const r = parseSynonymsFile('groups:\n  - [办公时间, 上班时间]\n  - [办公时间, 周末上班]\n', 'synonyms.yaml');
    expect(r.problems.map(formatProblem)).toEqual(["synonyms.yaml:3:6 '办公时间' is already listed under '办公时间'"]);
  });
});
