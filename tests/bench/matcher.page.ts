/** Page side of the matcher benchmark: everything here runs and is timed inside Chromium. */
import type { CompiledDictionary } from '../../src/core/types.ts';
import { createMatcher } from '../../src/match/index.ts';
import { medianMs, onceMs } from './lib/timing.ts';

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
  /** The RegExp baseline, or null where V8 refuses to build it ("Regular expression too large"). */
  regexp: { flags: string; scanMs: number; buildAndScanMs: number; matches: number } | null;
}

const REGEXP_FLAGS = ['giu', 'gu'];

const WORD = '[\\p{L}\\p{N}_]';

/** One alternation of every alias, longest first, escaped, with the matcher's boundaries and whitespace rule. */
function regexpSource(aliases: string[]): string {
  const alternatives = [...aliases]
    .sort((a, b) => b.length - a.length)
    .map((alias) => alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return `(?<!${WORD})(?:${alternatives.join('|')})(?!${WORD})`;
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

let buildRun = 0;

/** The first flags V8 accepts (it compiles lazily: "too large" surfaces on the first exec). */
function buildRegexp(aliases: string[], text: string): { regexp: RegExp; flags: string } | null {
  for (const flags of REGEXP_FLAGS) {
    try {
      const regexp = new RegExp(regexpSource(aliases), flags);
      countRegexpMatches(regexp, text.slice(0, 1000));
      return { regexp, flags };
    } catch {
      // too large with these flags: try the next
    }
  }
  return null;
}

async function measure(request: MatcherMeasureRequest): Promise<MatcherMeasurement> {
  const [text, compiledJson, aliases] = await Promise.all([
    fetch(request.textUrl).then((r) => r.text()),
    fetch(request.compiledUrl).then((r) => r.text()),
    fetch(request.aliasesUrl).then((r) => r.json() as Promise<string[]>),
  ]);
  const load = () => createMatcher(JSON.parse(compiledJson) as CompiledDictionary);
  const matcher = load();
  return {
    loadMs: medianMs(load, request.repeats),
    scanMs: medianMs(() => matcher.find(text), request.repeats),
    matches: matcher.find(text).length,
    floorMs: medianMs(() => readEveryUnit(text), request.repeats),
    regexp: measureRegexp(aliases, text, request),
  };
}

function measureRegexp(aliases: string[], text: string, request: MatcherMeasureRequest): MatcherMeasurement['regexp'] {
  const built = buildRegexp(aliases, text);
  if (!built) return null;
  const { regexp, flags } = built;
  const buildTimes: number[] = [];
  for (let i = 0; i < request.regexpRepeats; i++) {
    // A distinct never-matching alternative per run defeats V8's RegExp compilation cache.
    const source = `${regexpSource(aliases)}|\\u{10FFFF}${++buildRun}`;
    buildTimes.push(onceMs(() => countRegexpMatches(new RegExp(source, flags), text)));
  }
  buildTimes.sort((a, b) => a - b);
  return {
    flags,
    scanMs: medianMs(() => countRegexpMatches(regexp, text), request.regexpRepeats),
    buildAndScanMs: buildTimes[buildTimes.length >> 1]!,
    matches: countRegexpMatches(regexp, text),
  };
}

(globalThis as { matcherBench?: unknown }).matcherBench = { measure, sink: () => sink };
