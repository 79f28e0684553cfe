import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { createLiveKnowledge } from '../../src/knowledge/live-knowledge.js';
import { validateKnowledgeFolder } from '../../src/knowledge/validate-folder.js';
import { tempDir } from '../support/temp-dir.js';

function copyOfKnowledge(): string {
  const dir = tempDir('kb-');
  cpSync('knowledge', dir, { recursive: true });
  return dir;
}

describe('live knowledge', () => {
  it('keeps serving the last good knowledge when a file is broken, and takes the fix', () => {
    const dir = copyOfKnowledge();
    const live = createLiveKnowledge(dir, { logger: silentLogger });
    expect(live.current().ask('施工许可要几天').entry?.id).toBe('construction-permit-duration');

    const file = join(dir, 'permits.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, `${good}\n  - id: [broken\n`);
    expect(live.reload()).toBe(false);
    expect(live.current().ask('施工许可要几天').entry?.id).toBe('construction-permit-duration');

    writeFileSync(file, good.replaceAll('12个工作日', '10个工作日'));
    expect(live.reload()).toBe(true);
    expect(live.current().ask('施工许可要几天').entry?.answer.zh).toContain('10个工作日');
    live.close();
  });
});

describe('drafts in the inbox', () => {
  it('never stop the served knowledge from taking a change (a /promote draft is incomplete by design)', () => {
    const dir = copyOfKnowledge();
    mkdirSync(join(dir, 'inbox'), { recursive: true });
    writeFileSync(
      join(dir, 'inbox', 'draft-1.yaml'),
      'category: permits\nentries:\n  - id: draft-one\n    questions:\n      zh: [草稿问题]\n      en: []\n    answer:\n      zh: 草稿答案\n      en: ""\n',
    );
    const live = createLiveKnowledge(dir, { logger: silentLogger });
    const file = join(dir, 'permits.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('12个工作日', '10个工作日'));
    expect(live.reload()).toBe(true);
    expect(live.current().ask('施工许可要几天').entry?.answer.zh).toContain('10个工作日');
    expect(live.current().entry('draft-one')).toBeUndefined();
    live.close();
  });

  it('are still reported by npm run validate', () => {
    const dir = copyOfKnowledge();
    mkdirSync(join(dir, 'inbox'), { recursive: true });
    writeFileSync(join(dir, 'inbox', 'draft-1.yaml'), 'category: permits\nentries:\n  - id: draft-one\n');
    const { problems } = validateKnowledgeFolder(dir);
    expect(problems.some((p) => p.file.endsWith('draft-1.yaml'))).toBe(true);
  });
});
