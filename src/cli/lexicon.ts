/** `npm run lexicon`: regenerate the word lists (src/cli/lexicon-source.ts) after updating the packages they are cut from. */
import { writeFileSync } from 'node:fs';
import { generatedModules } from './lexicon-source';

for (const { path, source } of generatedModules()) {
  writeFileSync(path, source);
  console.log(`${path}: ${Buffer.byteLength(source)} bytes`);
}
