/** `npm run bench [-- --quick]`: runs every section in one headless Chromium (page and hostile also in Firefox), prints a table, writes tests/bench/results.json. */
import { BrowserSession } from './lib/browser.ts';
import { Results } from './lib/results.ts';
import type { BenchSection } from './lib/section.ts';
import { matcherBench } from './matcher.bench.ts';
import { pageBench } from './page.bench.ts';
import { searchBench } from './search.bench.ts';
import { importBench } from './import.bench.ts';
import { hostileBench } from './hostile.bench.ts';
import { paintedBench } from './painted.bench.ts';
import { wakeBench } from './wake.bench.ts';

const SECTIONS: BenchSection[] = [matcherBench, searchBench, pageBench, hostileBench, paintedBench, importBench, wakeBench];
const RESULTS_PATH = 'tests/bench/results.json';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const results = new Results();
  const browser = await BrowserSession.start();
  try {
    // `--only NAME[,NAME]` runs some sections, e.g. while working on one of them.
    const only = process.argv[process.argv.indexOf('--only') + 1]?.split(',');
    for (const section of SECTIONS.filter((s) => !process.argv.includes('--only') || only?.includes(s.name))) {
      console.error(`# ${section.name}${quick ? ' (quick)' : ''}`);
      await section.run({ quick, browser, results, log: (message) => console.error(`  ${message}`) });
    }
  } finally {
    await browser.close();
  }
  console.log(results.table());
  results.write(RESULTS_PATH);
  console.error(`wrote ${RESULTS_PATH}`);
}

await main();
