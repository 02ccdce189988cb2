import { buildBundleFromDir } from '../../../src/corpus/node';
import { Corpus } from '../../../src/search/corpus';
import { SearchEngine } from '../../../src/search/engine';
import type { Segment } from '../../../src/search/types';

/** The real seed corpus, built once per test file. */
export const corpus = new Corpus(buildBundleFromDir('seeds').bundle);
export const engine = new SearchEngine(corpus);

/** Segments as text with [marked] runs: easy to read in assertions. */
export const show = (segments: Segment[]) => segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');
