import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileDraftInbox } from '../../src/followup/draft-inbox.js';

describe('draft inbox folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inbox-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the folder and never overwrites an earlier draft', async () => {
    const inbox = fileDraftInbox(join(dir, 'knowledge', 'inbox'));
    const first = await inbox.save('followup-3.yaml', 'a: 1\n');
    const second = await inbox.save('followup-3.yaml', 'a: 2\n');
    expect(first).toBe(join(dir, 'knowledge', 'inbox', 'followup-3.yaml'));
    expect(second).toBe(join(dir, 'knowledge', 'inbox', 'followup-3-2.yaml'));
    expect([readFileSync(first, 'utf8'), readFileSync(second, 'utf8')]).toEqual(['a: 1\n', 'a: 2\n']);
  });
});
