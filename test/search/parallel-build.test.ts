import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEvalSet } from '../../src/eval/eval-set.js';
import { countShare, type IndexingHelper } from '../../src/search/build-share.js';
import type { SearchConfig } from '../../src/search/config.js';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.js';
import { startHelperThread, type HelperThread } from '../../src/search/helper-thread.js';
import { shippedKnowledge } from '../fixtures/real-assistant.js';

// The shipped knowledge is far below the size at which a build is shared: here every build of it is.
const SHARED: Partial<SearchConfig> = { parallelBuild: { minEntries: 1, helperShare: 0.6 } };
const questions = parseEvalSet(readFileSync('test/eval/questions.yaml', 'utf8')).map((c) => c.q);

/** What a user would see change: the candidates of each question, their order and confidence. */
const answersOf = (engine: SearchEngine) =>
  questions.map((q) => engine.search(q).hits.map((h) => `${h.entry.id} ${h.confidence.toFixed(6)} ${h.score.toFixed(6)}`));

let alone: ReturnType<typeof answersOf> | undefined;
const answersAlone = () => (alone ??= answersOf(createSearchEngine(shippedKnowledge())));

/** A helper doing its share on this thread, as the helper thread does it on its own. */
const inProcessHelper = (calls: string[]): IndexingHelper => ({
  begin(source, entries) {
    calls.push(`begin ${entries.length}`);
    const share = countShare(source, entries);
    return () => share;
  },
});

describe('building the index with a helper that counts a share of the entries', () => {
  it('answers every question of the evaluation set as an index built alone', () => {
    const calls: string[] = [];
    const engine = createSearchEngine(shippedKnowledge(), SHARED, inProcessHelper(calls));
    const entries = shippedKnowledge().entries.length;
    expect(calls).toEqual([`begin ${entries - Math.round(entries * 0.4)}`]);
    expect(answersOf(engine)).toEqual(answersAlone());
  });
  it('counts the share itself when the helper cannot give it', () => {
    const engine = createSearchEngine(shippedKnowledge(), SHARED, { begin: () => () => null });
    expect(answersOf(engine)).toEqual(answersAlone());
  });
  it('does not ask for help below the size at which it pays', () => {
    const calls: string[] = [];
    createSearchEngine(shippedKnowledge(), {}, inProcessHelper(calls));
    expect(calls).toEqual([]);
  });
});

describe('the helper thread', () => {
  const problems: string[] = [];
  let helper: HelperThread;
  afterAll(() => helper.close());

  it('is not waited for before it is ready: the build goes on alone', () => {
    helper = startHelperThread({ onProblem: (problem) => problems.push(problem) });
    // Started just now: it cannot have loaded its language data yet.
    const engine = createSearchEngine(shippedKnowledge(), SHARED, helper);
    expect(answersOf(engine)).toEqual(answersAlone());
    expect(helper.entriesCounted()).toBe(0);
    expect(problems).toEqual([]);
  });
  it('counts its share on another thread, and the index answers every question as one built alone', async () => {
    await helper.ready;
    const entries = shippedKnowledge().entries.length;
    const share = entries - Math.round(entries * 0.4);
    for (let build = 1; build <= 2; build++) {
      expect(answersOf(createSearchEngine(shippedKnowledge(), SHARED, helper))).toEqual(answersAlone());
      expect(helper.entriesCounted()).toBe(build * share);
    }
    expect(problems).toEqual([]);
  });
  it('once closed, leaves the build to go on alone', async () => {
    await helper.close();
    const before = helper.entriesCounted();
    const engine = createSearchEngine(shippedKnowledge(), SHARED, helper);
    expect(answersOf(engine)).toEqual(answersAlone());
    expect(helper.entriesCounted()).toBe(before);
  });
});
