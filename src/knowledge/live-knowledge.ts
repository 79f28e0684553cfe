import { watchFolder } from './watch-folder.js';
import { createAssistant, type Assistant } from '../answer/assistant.js';
import type { Logger } from '../core/logger.js';
import type { IndexingHelper } from '../search/build-share.js';
import { loadKnowledgeDir, type LoadedKnowledge } from './load.js';
import { formatProblem } from './problem.js';
import type { KnowledgeBase } from './types.js';

export interface LiveKnowledge {
  /** The assistant over the last good knowledge. */
  current(): Assistant;
  /** Reads the folder again now; returns whether the new knowledge was taken. */
  reload(): boolean;
  close(): void;
}

export interface LiveKnowledgeOptions {
  readonly logger: Logger;
  /** Watch the folder and reload on change (off in tests that call reload() themselves). */
  readonly watch?: boolean;
  /** Quiet period after the last change before reloading (editors write files in several steps). */
  readonly debounceMs?: number;
  /** Extra entries to serve alongside the files' (e.g. published policies), computed at each load. */
  readonly extraEntries?: () => KnowledgeBase['entries'];
  readonly load?: (dir: string) => LoadedKnowledge;
  /** Shares each index build of a large knowledge base (another thread; see IndexingHelper). */
  readonly indexingHelper?: IndexingHelper;
}

/**
 * Serves the knowledge folder and follows its changes. At start it serves every valid entry even if
 * some files are broken (and logs each problem); on a later change, a folder with any problem is
 * rejected as a whole and the previous knowledge keeps being served, so a half-edited file never
 * takes answers away.
 */
export function createLiveKnowledge(dir: string, options: LiveKnowledgeOptions): LiveKnowledge {
  const { logger } = options;
  const load = options.load ?? loadKnowledgeDir;
  const build = (loaded: LoadedKnowledge): Assistant =>
    createAssistant({ ...loaded.kb, entries: [...loaded.kb.entries, ...(options.extraEntries?.() ?? [])] }, {}, options.indexingHelper);

  const first = load(dir);
  for (const p of first.problems) logger.warn({ problem: formatProblem(p) }, 'knowledge problem');
  for (const p of first.draftProblems) logger.info({ problem: formatProblem(p) }, 'draft in the inbox still to complete');
  let assistant = build(first);
  logger.info({ entries: assistant.entries().length, problems: first.problems.length }, 'knowledge loaded');

  const reload = (): boolean => {
    try {
      const next = load(dir);
      if (next.problems.length > 0) {
        for (const p of next.problems) logger.error({ problem: formatProblem(p) }, 'knowledge change rejected');
        return false;
      }
      assistant = build(next);
      logger.info({ entries: assistant.entries().length }, 'knowledge reloaded');
      return true;
    } catch (err) {
      logger.error({ err }, 'knowledge reload failed; keeping the last good knowledge');
      return false;
    }
  };

  const watcher = options.watch
    ? watchFolder(dir, reload, {
        logger,
        what: 'knowledge',
        recursive: true,
        ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
      })
    : undefined;

  return {
    current: () => assistant,
    reload,
    close() {
      watcher?.close();
    },
  };
}
