import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../core/logger.js';

export interface FolderWatch {
  close(): void;
}

/**
 * Calls `onChange` once a folder has been quiet for `debounceMs` after a change (editors write a
 * file in several steps). A folder that cannot be watched (missing) is logged, not thrown: what was
 * loaded keeps being served, and a restart picks the folder up.
 */
export function watchFolder(
  dir: string,
  onChange: () => unknown,
  options: { readonly logger: Logger; readonly what: string; readonly recursive?: boolean; readonly debounceMs?: number },
): FolderWatch {
  const { logger, what } = options;
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: options.recursive ?? false }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void onChange(), options.debounceMs ?? 300);
    });
    watcher.on('error', (err) => logger.error({ err, dir }, `${what} watcher failed`));
  } catch (err) {
    logger.warn({ err, dir }, `cannot watch the ${what} folder`);
  }
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
