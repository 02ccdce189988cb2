/**
 * `npm run scan -- [--json] [--bundle FILE] FILE...`: find every known name, @handle and #hashtag in text or HTML files,
 * with the same matcher the content script runs, against the corpus bundle: the one given, else the one `npm run
 * build` put in the extension, else the one `npm run corpus` wrote, else the seed corpus built on the spot.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Bundle, Entity, Match } from '../core/types.ts';
import { parseHtml } from '../corpus/html.ts';
import { createMatcher, type Matcher } from '../match/index.ts';
import { buildBundleFromDir } from '../corpus/node.ts';
import { BUILT_BUNDLE_PATH, DEFAULT_BUNDLE_PATH, DEFAULT_CORPUS } from './paths.ts';

interface Options {
  json: boolean;
  /** Given with --bundle; else the first bundle found (see above). */
  bundlePath?: string;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(args: string[]): Options {
  const options: Options = { json: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--bundle') {
      const path = args[++i];
      if (path === undefined) throw new UsageError('--bundle needs a file');
      options.bundlePath = path;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no files to scan');
  return options;
}

function loadBundle(given: string | undefined): Pick<Bundle, 'entities' | 'matcher'> {
  const path = given ?? [BUILT_BUNDLE_PATH, DEFAULT_BUNDLE_PATH].find((candidate) => existsSync(candidate));
  if (!path) {
    console.error(`scan: no built bundle (${BUILT_BUNDLE_PATH}, ${DEFAULT_BUNDLE_PATH}); building the ${DEFAULT_CORPUS} corpus`);
    return buildBundleFromDir(DEFAULT_CORPUS).bundle;
  }
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`no bundle at ${path} (pass --bundle FILE, or leave it out to use the built one)`);
  }
  return JSON.parse(json) as Bundle;
}

/** Text files are one run of text; HTML is one block a line, scanned line by line so names never span blocks. */
function readText(file: string): { text: string; runs: [number, number][] } {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const ext = extname(file).toLowerCase();
  if (ext !== '.html' && ext !== '.htm') return { text: content, runs: [[0, content.length]] };
  const text = parseHtml(content).text;
  const runs: [number, number][] = [];
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    runs.push([start, stop]);
    start = stop + 1;
  }
  return { text, runs };
}

function findAll(matcher: Matcher, text: string, runs: [number, number][]): Match[] {
  return runs.flatMap(([from, to]) => matcher.find(text, from, to));
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const bundle = loadBundle(options.bundlePath);
  const matcher = createMatcher(bundle.matcher);
  const entities = new Map<string, Entity>(bundle.entities.map((entity) => [entity.id, entity]));
  let count = 0;
  let unreadable = 0;
  for (const file of options.files) {
    let read: ReturnType<typeof readText>;
    try {
      read = readText(file);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      console.error(`scan: ${error.message}`);
      unreadable++;
      continue;
    }
    const { text, runs } = read;
    for (const match of findAll(matcher, text, runs)) {
      const entity = entities.get(match.entityId);
      const found = {
        file,
        entityId: match.entityId,
        entity: entity?.name ?? match.entityId,
        kind: entity?.kind ?? '',
        text: text.slice(match.start, match.end),
        start: match.start,
        end: match.end,
      };
      count++;
      if (options.json) console.log(JSON.stringify(found));
      else console.log(`${file}:${found.start}-${found.end}\t${found.entityId}\t${found.entity} (${found.kind})\t${JSON.stringify(found.text)}`);
    }
  }
  if (!options.json) console.error(`${count} match${count === 1 ? '' : 'es'} in ${options.files.length - unreadable} file(s)`);
  // Matches or none is success; a file that could not be read is not.
  if (unreadable > 0) process.exitCode = 1;
}

// `npm run scan -- … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`scan: ${error.message}`);
  console.error('usage: npm run scan -- [--json] [--bundle FILE] FILE...');
  process.exit(1);
}
