import { describe, expect, it } from 'vitest';
import { entrySurface, surfaceOverlap, surfaceUnits } from '../../src/search/surface-overlap.js';
import { entry } from '../telegram/support/entries.js';

describe('surface overlap between a question and an entry', () => {
  const permit = entry('permit', {
    question: { zh: '施工许可要多久', en: 'How long does the construction permit take?' },
    answer: '施工许可时限12个工作日',
  });
  it('measures how much of the best phrasing the question contains, and how much of the question the entry contains', () => {
    const same = surfaceOverlap(surfaceUnits('施工许可要多久'), entrySurface(permit));
    expect(same.phrasing).toBe(1);
    expect(same.query).toBe(1);
    const partly = surfaceOverlap(surfaceUnits('办护照要多久'), entrySurface(permit));
    expect(partly.phrasing).toBeGreaterThan(0);
    expect(partly.phrasing).toBeLessThan(0.5);
    expect(partly.query).toBeLessThan(1);
  });
  it('finds a question word in any field of the entry, in either language', () => {
    expect(surfaceOverlap(surfaceUnits('12个工作日'), entrySurface(permit)).query).toBe(1);
    expect(surfaceOverlap(surfaceUnits('construction permits'), entrySurface(permit)).query).toBe(1);
    expect(surfaceOverlap(surfaceUnits('passport'), entrySurface(permit)).query).toBe(0);
  });
});
