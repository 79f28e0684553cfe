import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/broadcast/load-policies.js';
import { parsePolicyFile } from '../../src/broadcast/parse-policy.js';
import { formatProblem } from '../../src/knowledge/problem.js';
import { tempDir } from '../support/temp-dir.js';

const VALID = `id: green-power
title:
  zh: 绿电项目
  en: Green power projects
body:
  zh: >-
    第一行，
    第二行。
  en: >-
    First line,
    second line.
topics: [energy, land]
publish_at: 2027-01-15T09:00:00+08:00
expires_at: 2027-06-30T00:00:00Z
source: 辽宁日报 2023-12-06
keywords:
  zh: [绿电]
`;

const problemsOf = (text: string, file = 'policies/green-power.yaml') =>
  parsePolicyFile(text, file).problems.map(formatProblem);

describe('reading a policy file', () => {
  it('turns a valid file into a policy with instants, topics and where it came from', () => {
    const { policy, problems } = parsePolicyFile(VALID, 'policies/green-power.yaml');
    expect(problems).toEqual([]);
    expect(policy).toMatchObject({
      id: 'green-power',
      topics: ['energy', 'land'],
      keywords: { zh: ['绿电'], en: [] },
      origin: { file: 'policies/green-power.yaml', line: 1 },
    });
    expect(policy?.publishAt.toISOString()).toBe('2027-01-15T01:00:00.000Z');
    expect(policy?.expiresAt?.toISOString()).toBe('2027-06-30T00:00:00.000Z');
  });

  it('joins folded Chinese lines without a space, English lines with one', () => {
    const { policy } = parsePolicyFile(VALID, 'policies/green-power.yaml');
    expect(policy?.body.zh).toBe('第一行，第二行。');
    expect(policy?.body.en).toBe('First line, second line.');
  });

  it('points at the line and column of an unknown topic and lists the known ones', () => {
    const problems = problemsOf(VALID.replace('[energy, land]', '[energy, mining]'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^policies\/green-power\.yaml:12:18 unknown topic 'mining' \(topics: equipment, /);
  });

  it('rejects a publish time without its UTC offset, and an impossible date', () => {
    expect(problemsOf(VALID.replace('2027-01-15T09:00:00+08:00', '2027-01-15 09:00'))[0]).toMatch(/:13:13 `publish_at` must be/);
    expect(problemsOf(VALID.replace('2027-01-15T09:00:00+08:00', '2027-02-30T09:00:00+08:00'))[0]).toMatch(/:13:13 `publish_at`/);
  });

  it('requires expires_at to come after publish_at', () => {
    expect(problemsOf(VALID.replace('2027-06-30T00:00:00Z', '2026-01-01T00:00:00Z'))).toEqual([
      'policies/green-power.yaml:14:13 `expires_at` must be later than `publish_at`',
    ]);
  });

  it('reports every problem at once: missing fields, a misspelt field, an id that does not match the file', () => {
    const text = 'id: other-name\npublish-at: 2027-01-15T09:00:00+08:00\ntopics: []\n';
    const problems = problemsOf(text);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/:2:1 unknown field `publish-at`/),
        expect.stringMatching(/:1:5 id 'other-name' must match the file name \(green-power\.yaml\)/),
        expect.stringMatching(/missing `source`/),
        expect.stringMatching(/missing `publish_at`/),
        expect.stringMatching(/`title` must have `zh` and `en` texts/),
        expect.stringMatching(/`topics` needs at least one of/),
      ]),
    );
    expect(parsePolicyFile(text, 'policies/green-power.yaml').policy).toBeNull();
  });

  it('reports YAML syntax errors with their position instead of throwing', () => {
    const problems = problemsOf('id: x\ntitle: [unclosed\n');
    expect(problems[0]).toMatch(/^policies\/green-power\.yaml:\d+:\d+ YAML syntax/);
  });

  it('refuses a body too long for one Telegram message', () => {
    const long = VALID.replace('First line,', 'x'.repeat(5000));
    expect(problemsOf(long)[0]).toMatch(/the en message is \d+ characters; Telegram allows 4096/);
  });
});

describe('the shipped policies folder', () => {
  const { policies, problems } = loadPolicies('knowledge/policies');

  it('has no problems and between three and five policies', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(policies.length).toBeGreaterThanOrEqual(3);
    expect(policies.length).toBeLessThanOrEqual(5);
  });

  it('holds one policy scheduled for the future (2027-01-15 09:00 China time)', () => {
    const future = policies.filter((p) => p.publishAt.getTime() > Date.parse('2026-12-31T00:00:00Z'));
    expect(future.map((p) => [p.id, p.publishAt.toISOString()])).toEqual([['project-steward-service', '2027-01-15T01:00:00.000Z']]);
  });

  it('cites the county’s own reporting in every policy', () => {
    for (const p of policies) expect(p.source).toContain('辽宁日报 2023-12-06');
  });

  it('reads only *.yaml files, and a missing folder is simply empty', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = tempDir('policies-');
    writeFileSync(join(dir, 'green-power.yaml'), VALID);
    writeFileSync(join(dir, 'green-power.yml'), VALID); // not a .yaml file: ignored
    const loaded = loadPolicies(dir);
    expect(loaded.policies.map((p) => p.id)).toEqual(['green-power']);
    expect(loadPolicies(join(dir, 'missing')).policies).toEqual([]);
  });
});
