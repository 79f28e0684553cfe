import { describe, expect, it } from 'vitest';
import { formatSelection, parseSelection, TOPIC_IDS, toggleTopic } from '../../src/broadcast/topics.js';

describe('toggling subscription topics', () => {
  it('adds a topic that was off and removes it when tapped again', () => {
    const on = toggleTopic([], 'energy');
    expect(on).toEqual(['energy']);
    expect(toggleTopic(on, 'energy')).toEqual([]);
  });

  it('keeps topics in the catalogue order whatever the tapping order', () => {
    expect(toggleTopic(toggleTopic([], 'services'), 'equipment')).toEqual(['equipment', 'services']);
  });

  it('switches "all" on and off', () => {
    expect(toggleTopic(['land'], 'all')).toBe('all');
    expect(toggleTopic('all', 'all')).toEqual([]);
  });

  it('tapping a topic while "all" is on keeps every other topic', () => {
    const next = toggleTopic('all', 'land');
    expect(next).toEqual(TOPIC_IDS.filter((t) => t !== 'land'));
    expect(toggleTopic(next, 'land')).toBe('all');
  });

  it('stores and reads back a selection, dropping retired topic ids', () => {
    expect(parseSelection(formatSelection(['energy', 'land']))).toEqual(['land', 'energy']);
    expect(parseSelection('all')).toBe('all');
    expect(parseSelection('energy,retired-topic')).toEqual(['energy']);
  });
});
