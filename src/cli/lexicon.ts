/** `npm run lexicon`: regenerate `src/corpus/data/lexicon.ts` after updating the packages it is cut from. */
import { writeFileSync } from 'node:fs';
import { lexiconSource } from './lexicon-source';

export const LEXICON_PATH = 'src/corpus/data/lexicon.ts';

const source = lexiconSource();
writeFileSync(LEXICON_PATH, source);
console.log(`${LEXICON_PATH}: ${Buffer.byteLength(source)} bytes`);
