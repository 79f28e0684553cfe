import { describe, expect, it } from 'vitest';
import { composeEntryReply } from '../../src/answer/compose.js';
import { decodeCallback } from '../../src/telegram/callback-data.js';
import { entryView, PAGE_SIZE, stageView, topicsOf, topicsView, topicView } from '../../src/telegram/menu.js';
import { entry } from './support/entries.js';

const entries = [
  entry('permits-overview', { aspect: 'overview' }),
  entry('cp-where', { stage: 'construction-permit', aspect: 'where' }),
  entry('cp-duration', { stage: 'construction-permit', aspect: 'duration', workdays: 12 }),
  entry('lp-materials', { stage: 'land-planning', aspect: 'materials' }),
  entry('startup-duration', { category: 'startup', aspect: 'duration' }),
  entry('startup-seal', { category: 'startup' }),
  entry('hello', { category: 'smalltalk' }),
  entry('fishing', { category: 'aquaculture' }),
];

const actions = (view: { keyboard: readonly (readonly { callbackData: string }[])[] }) =>
  view.keyboard.flat().map((b) => decodeCallback(b.callbackData));

describe('the browsing menu', () => {
  it('offers the categories the knowledge has, in investor order, without smalltalk', () => {
    expect(topicsOf(entries)).toEqual(['permits', 'startup', 'aquaculture']);
    const view = topicsView(entries, 'en');
    expect(view.keyboard.flat().map((b) => b.text)).toEqual(['🏗 Construction permits', '🏢 Starting a business', 'aquaculture']);
  });

  it('shows a topic’s stages in approval order, then its other entries', () => {
    const view = topicView(entries, 'permits', 'zh', 0)!;
    const kinds = actions(view);
    expect(kinds.slice(0, 3)).toEqual([
      { kind: 'stage', lang: 'zh', stage: 'land-planning' },
      { kind: 'stage', lang: 'zh', stage: 'construction-permit' },
      { kind: 'view', lang: 'zh', entryRef: 'permits-overview' },
    ]);
    expect(view.keyboard.flat().map((b) => b.text)).toContain('📋 概况');
  });

  it('labels a stage’s entries by aspect: how long, what materials, where to apply', () => {
    const view = stageView(entries, 'construction-permit', 'en')!;
    expect(view.keyboard.flat().map((b) => b.text)).toEqual(['⏱ How long', '📍 Where to apply', '⬅️ Back', '🏠 Topics']);
    expect(actions(view).at(-2)).toEqual({ kind: 'topic', lang: 'en', category: 'permits', page: 0 });
  });

  it('writes traditional characters for zh-Hant readers', () => {
    expect(stageView(entries, 'construction-permit', 'zh-Hant')!.keyboard.flat().map((b) => b.text)).toContain('📍 在哪裡辦理');
    expect(topicView(entries, 'permits', 'zh-Hant')!.keyboard.flat().map((b) => b.text)).toContain('施工許可');
  });

  it('pages a long topic', () => {
    const many = Array.from({ length: PAGE_SIZE + 3 }, (_, i) => entry(`e${i}`, { category: 'services' }));
    const first = topicView(many, 'services', 'en', 0)!;
    const second = topicView(many, 'services', 'en', 1)!;
    expect(actions(first).filter((a) => a?.kind === 'view')).toHaveLength(PAGE_SIZE);
    expect(actions(first)).toContainEqual({ kind: 'topic', lang: 'en', category: 'services', page: 1 });
    expect(actions(second).filter((a) => a?.kind === 'view')).toHaveLength(3);
    expect(actions(second)).toContainEqual({ kind: 'topic', lang: 'en', category: 'services', page: 0 });
  });

  it('knows nothing of a topic or stage the knowledge no longer has', () => {
    expect(topicView(entries, 'nowhere', 'en')).toBeNull();
    expect(topicView(entries, 'smalltalk', 'en')).toBeNull();
    expect(stageView(entries, 'nowhere', 'en')).toBeNull();
  });

  it('shows an answer in place with its related questions as in-place views and a way back to its stage', () => {
    const e = entry('cp-duration', { stage: 'construction-permit', aspect: 'duration', related: ['cp-where'], workdays: 12 });
    const reply = composeEntryReply(e, 'en', (id) => entries.find((x) => x.id === id));
    const view = entryView(e, reply, 'en');
    expect(view.html).toBe(reply.html);
    const kinds = actions(view);
    expect(kinds).toContainEqual({ kind: 'view', lang: 'en', entryRef: 'cp-where' });
    expect(kinds.some((a) => a?.kind === 'feedback')).toBe(false);
    expect(kinds).toContainEqual({ kind: 'stage', lang: 'en', stage: 'construction-permit' });
    expect(kinds.at(-1)).toEqual({ kind: 'menu', lang: 'en' });
  });
});
