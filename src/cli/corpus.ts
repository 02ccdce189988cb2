/** `npm run corpus -- [--corpus DIR] [--out FILE] [--strict]`: build the bundle alone and summarise it. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusError, formatWarning } from '../corpus/errors';
import { buildBundleFromDir } from '../corpus/node';
import { DEFAULT_BUNDLE_PATH, DEFAULT_CORPUS } from './paths';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: process.env.LANTERN_CORPUS || DEFAULT_CORPUS },
    out: { type: 'string', default: DEFAULT_BUNDLE_PATH },
    strict: { type: 'boolean', default: false },
  },
});

try {
  const started = performance.now();
  const { bundle, warnings } = buildBundleFromDir(values.corpus, { strict: values.strict });
  const json = JSON.stringify(bundle);
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, json);
  for (const warning of warnings) console.warn(`warning: ${formatWarning(warning)}`);
  const { articleCount, entityCount, aliasCount } = bundle.corpus;
  console.log(
    `${values.corpus} → ${values.out}\n` +
      `  articles ${articleCount}, entities ${entityCount}, aliases ${aliasCount}, ` +
      `bytes ${Buffer.byteLength(json)}, warnings ${warnings.length}, ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  if (!(error instanceof CorpusError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}
