import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where /promote puts draft knowledge entries for review. */
export interface DraftInbox {
  /** Writes a new file (never overwriting one: `name-2.yaml` and so on) and returns its path. */
  save(fileName: string, content: string): Promise<string>;
}

/** Drafts as files in a folder (knowledge/inbox/), created when missing. */
export function fileDraftInbox(dir: string): DraftInbox {
  return {
    async save(fileName, content) {
      await mkdir(dir, { recursive: true });
      const dot = fileName.lastIndexOf('.');
      const [stem, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
      for (let n = 1; ; n++) {
        const path = join(dir, n === 1 ? fileName : `${stem}-${n}${ext}`);
        try {
          await writeFile(path, content, { encoding: 'utf8', flag: 'wx' });
          return path;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) {
            throw new Error(`could not write draft ${path}`, { cause: err });
          }
        }
      }
    },
  };
}
