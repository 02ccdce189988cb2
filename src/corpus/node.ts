/** The Node edge of the corpus pipeline: read a folder from disk. Everything else in src/corpus is pure. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { ARTICLE_EXTENSIONS, extensionOf, type CorpusFile } from './read';
import { buildBundle, CURATED_FILE, type BuildOptions, type BuildResult } from './bundle';
import { CorpusError } from './errors';

const IGNORED = /^(\.|readme|license|source)/i;

/** Every article file under `dir` (recursively) plus `entities.json`; names are relative to `dir`. */
export function readCorpusDir(dir: string): CorpusFile[] {
  const root = resolve(dir);
  let stat;
  try {
    stat = statSync(root);
  } catch {
    throw new CorpusError({ file: dir }, 'corpus folder does not exist');
  }
  if (!stat.isDirectory()) throw new CorpusError({ file: dir }, 'not a folder');
  const files: CorpusFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (IGNORED.test(entry.name)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.name === CURATED_FILE || (ARTICLE_EXTENSIONS as readonly string[]).includes(extensionOf(entry.name))) {
        const name = relative(root, path);
        try {
          files.push({ name, bytes: readFileSync(path) });
        } catch (error) {
          throw new CorpusError({ file: join(dir, name) }, `cannot read: ${(error as Error).message}`);
        }
      }
    }
  };
  walk(root);
  if (!files.some((f) => f.name !== CURATED_FILE))
    throw new CorpusError({ file: dir }, `corpus folder has no article files (${ARTICLE_EXTENSIONS.join(', ')})`);
  return files;
}

export function buildBundleFromDir(dir: string, options?: BuildOptions): BuildResult {
  return buildBundle({ name: basename(resolve(dir)), files: readCorpusDir(dir) }, options);
}
