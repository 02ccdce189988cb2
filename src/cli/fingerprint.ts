import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checksumOf } from '../corpus/stored';

/** The folders whose code makes what the extension caches (the merge, the matcher and everything they import). */
const SOURCES = ['src', 'entrypoints'];

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();

/** A checksum of every source file's path and text: the same sources give the same fingerprint, any change another. */
export function sourceFingerprint(root = '.'): string {
  return checksumOf(
    SOURCES.flatMap((dir) => filesUnder(join(root, dir)))
      .map((file) => `${relative(root, file)}\0${readFileSync(file, 'utf8')}`)
      .join('\0'),
  );
}
