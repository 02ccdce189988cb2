/** Page side of the matcher benchmark: everything here runs and is timed inside Chromium. */
import type { CompiledDictionary } from '../../src/core/types.ts';
import { createMatcher } from '../../src/match/index.ts';
import { aliasRegexpSource, buildAliasRegexp, type RegexpAlias } from './lib/alias-regexp.ts';
import { median, medianMs, onceMs } from './lib/timing.ts';

export interface MatcherMeasureRequest {
  textUrl: string;
  compiledUrl: string;
  aliasesUrl: string;
  repeats: number;
  /** RegExp runs take seconds at 10k aliases; fewer of them. */
  regexpRepeats: number;
}

export interface MatcherMeasurement {
  loadMs: number;
  scanMs: number;
  matches: number;
  floorMs: number;
  /** The RegExp baseline (lib/alias-regexp.ts), or null where V8 refuses to build it ("Regular expression too large"). */
  regexp: { scanMs: number; buildAndScanMs: number; matches: number } | null;
}

function countRegexpMatches(regexp: RegExp, text: string): number {
  regexp.lastIndex = 0;
  let count = 0;
  while (regexp.exec(text) !== null) count++;
  return count;
}

let sink = 0;

/** The floor: read every UTF-16 unit once and do nothing with it. */
function readEveryUnit(text: string): void {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  sink ^= sum;
}

async function measure(request: MatcherMeasureRequest): Promise<MatcherMeasurement> {
  const [text, compiledJson, aliases] = await Promise.all([
    fetch(request.textUrl).then((r) => r.text()),
    fetch(request.compiledUrl).then((r) => r.text()),
    fetch(request.aliasesUrl).then((r) => r.json() as Promise<RegexpAlias[]>),
  ]);
  const load = () => createMatcher(JSON.parse(compiledJson) as CompiledDictionary);
  const matcher = load();
  return {
    loadMs: medianMs(load, request.repeats),
    scanMs: medianMs(() => matcher.find(text), request.repeats),
    matches: matcher.find(text).length,
    floorMs: medianMs(() => readEveryUnit(text), request.repeats),
    regexp: measureRegexp(aliases, text, request.regexpRepeats),
  };
}

/** The RegExp is built and compiled before its scans are timed (buildAliasRegexp), so they need no warm-up run. */
function measureRegexp(aliases: RegexpAlias[], text: string, repeats: number): MatcherMeasurement['regexp'] {
  const source = aliasRegexpSource(aliases);
  const regexp = buildAliasRegexp(source);
  if (!regexp) return null;
  let matches = 0;
  const timed = (run: () => unknown) => median(Array.from({ length: repeats }, () => onceMs(run)));
  return {
    scanMs: timed(() => (matches = countRegexpMatches(regexp, text))),
    buildAndScanMs: timed(() => countRegexpMatches(buildAliasRegexp(source, true)!, text)),
    matches,
  };
}

(globalThis as { matcherBench?: unknown }).matcherBench = { measure, sink: () => sink };
