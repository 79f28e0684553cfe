import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../src/knowledge/load.js';

describe('the shipped knowledge base', () => {
  it('passes npm run validate', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli/validate.ts'], { encoding: 'utf8' });
    expect(out).toMatch(/^ok: \d+ entries/m);
  });

  it('states the four approval stages with the time limits the county reported', () => {
    const byStage = new Map(
      loadKnowledgeDir('knowledge').kb.entries.filter((e) => e.workdays).map((e) => [e.stage, e.workdays]),
    );
    expect(Object.fromEntries(byStage)).toEqual({
      'land-planning': 8,
      'construction-planning': 12,
      'construction-permit': 12,
      'completion-acceptance': 8,
    });
  });

  it('marks every materials entry, written from general national practice, as such in its source', () => {
    const materials = loadKnowledgeDir('knowledge').kb.entries.filter((e) => e.aspect === 'materials');
    expect(materials.length).toBeGreaterThanOrEqual(4);
    for (const e of materials) expect(e.source, e.id).toMatch(/一般性|general/i);
  });
});
