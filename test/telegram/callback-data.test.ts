import { describe, expect, it } from 'vitest';
import {
  actionFor,
  CALLBACK_DATA_LIMIT,
  decodeCallback,
  encodeCallback,
  hashEntryId,
  refersTo,
  type CallbackAction,
} from '../../src/telegram/callback-data.js';

const actions: CallbackAction[] = [
  { kind: 'menu', lang: 'zh' },
  { kind: 'lang', lang: 'zh-Hant' },
  { kind: 'topic', lang: 'en', category: 'permits', page: 2 },
  { kind: 'stage', lang: 'zh', stage: 'construction-permit' },
  { kind: 'view', lang: 'zh-Hant', entryRef: 'land-planning-materials' },
  { kind: 'entry', lang: 'en', entryRef: 'startup-where' },
  { kind: 'feedback', lang: 'zh', helpful: false, entryRef: 'construction-permit-duration' },
  { kind: 'feedback', lang: 'en', helpful: true, entryRef: 'a:b:c' },
  { kind: 'deadline', lang: 'en', stage: 'completion-acceptance' },
];

describe('callback data', () => {
  it.each(actions)('round-trips $kind ($lang)', (action) => {
    const data = encodeCallback(action);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
    expect(decodeCallback(data)).toEqual(action);
  });

  it('stays within 64 bytes for a very long entry id, which is then found again by hash', () => {
    const id = `${'very-long-entry-id-'.repeat(6)}end`;
    const data = encodeCallback({ kind: 'feedback', lang: 'zh', helpful: true, entryRef: id });
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    const decoded = decodeCallback(data);
    expect(decoded?.kind).toBe('feedback');
    const ref = decoded?.kind === 'feedback' ? decoded.entryRef : '';
    expect(ref).toBe(hashEntryId(id));
    expect(refersTo(ref, id)).toBe(true);
    expect(refersTo(ref, 'another-id')).toBe(false);
  });

  it('counts bytes, not characters, for non-ASCII names', () => {
    const data = encodeCallback({ kind: 'topic', lang: 'zh', page: 0, category: '工程建设项目审批'.repeat(3) });
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
  });

  it.each(['', 'x', 'q:z', 'e:z', 'e:x:id', 'f:z:?:id', 't:z:abc:permits', 'm:z:extra', 'hello world'])(
    'rejects data it did not write: %j',
    (data) => {
      expect(decodeCallback(data)).toBeNull();
    },
  );

  it('maps composer buttons to actions in the reply language, in place for the menu', () => {
    expect(actionFor({ kind: 'entry', entryId: 'x' }, 'en')).toEqual({ kind: 'entry', lang: 'en', entryRef: 'x' });
    expect(actionFor({ kind: 'entry', entryId: 'x' }, 'zh', 'menu')).toEqual({ kind: 'view', lang: 'zh', entryRef: 'x' });
    expect(actionFor({ kind: 'feedback', helpful: false, entryId: 'x' }, 'zh-Hant')).toEqual({
      kind: 'feedback',
      lang: 'zh-Hant',
      helpful: false,
      entryRef: 'x',
    });
    expect(actionFor({ kind: 'deadline', stage: 's' }, 'en')).toEqual({ kind: 'deadline', lang: 'en', stage: 's' });
  });
});
