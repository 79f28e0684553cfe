import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { createLiveKnowledge } from '../../src/knowledge/live-knowledge.js';

function copyOfKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
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
