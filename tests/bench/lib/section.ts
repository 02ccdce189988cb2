import type { BrowserSession } from './browser.ts';
import type { Results } from './results.ts';

export interface BenchContext {
  /** `--quick`: fewer repeats and smaller inputs, under a minute in all. */
  quick: boolean;
  browser: BrowserSession;
  results: Results;
  log(message: string): void;
}

/** One part of `npm run bench`; later issues add their own. */
export interface BenchSection {
  name: string;
  run(context: BenchContext): Promise<void>;
}
