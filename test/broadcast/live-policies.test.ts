import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createLivePolicies } from '../../src/broadcast/live-policies.js';
import { recordingLogger } from './fixtures.js';
import { tempDir } from '../support/temp-dir.js';

const root = tempDir('live-policies-');

const file = (id: string, publishAt: string) =>
  [`id: ${id}`, 'title: { zh: 标题, en: Title }', 'body: { zh: 内容, en: Body }', 'topics: [energy]', `publish_at: ${publishAt}`, 'source: 辽宁日报 2023-12-06', ''].join('\n');

describe('live policies', () => {
  const dir = join(root, 'policies');
  mkdirSync(dir);
  let now = new Date('2027-01-15T08:59:58+08:00');
  const live = createLivePolicies(dir, () => now, recordingLogger());

  it('serves the policies in force as search entries, and a scheduled one only from its publish time', () => {
    writeFileSync(join(dir, 'old.yaml'), file('old', '2026-01-01T00:00:00+08:00'));
    writeFileSync(join(dir, 'new.yaml'), file('new', '2027-01-15T09:00:00+08:00'));
    expect(live.entries().map((e) => e.id)).toEqual(['policy-old']);
    now = new Date('2027-01-15T09:00:00+08:00');
    expect(live.entries().map((e) => e.id)).toEqual(['policy-new', 'policy-old']);
  });

  it('keeps the last good policies while a file is broken', () => {
    writeFileSync(join(dir, 'old.yaml'), 'id: old\ntopics: [nonsense]\n');
    expect(live.reload().length).toBeGreaterThan(0);
    expect(live.current().map((p) => p.id)).toEqual(['new', 'old']);
    writeFileSync(join(dir, 'old.yaml'), file('old', '2026-01-01T00:00:00+08:00'));
  });

  it('calls back when a scheduled policy’s time comes', () => {
    vi.useFakeTimers();
    try {
      now = new Date('2027-01-15T08:59:58+08:00');
      live.reload();
      const onChange = vi.fn();
      const stop = live.onScheduleChange(onChange);
      now = new Date('2027-01-15T09:00:01+08:00');
      vi.advanceTimersByTime(3500);
      expect(onChange).toHaveBeenCalledTimes(1);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
