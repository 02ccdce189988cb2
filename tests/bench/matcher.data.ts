/** Inputs of the matcher benchmark: large real text and dictionaries of several sizes, all deterministic. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, DictionaryEntry } from '../../src/core/types.ts';
import { parseHtml } from '../../src/corpus/html.ts';
import { FIXTURE_PAGES, LARGE_PAGES, readNewsCorpus } from '../fixtures/index.ts';

const BUNDLE = '.output/bundle.json';
const SEED_ENTITIES = 'seeds/entities.json';
const BIGGEST_PAGES = 10;

const htmlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));

/** Visible text of the large fixtures and the biggest pages, one block a line. */
export function benchText(): string {
  const pages = htmlFiles(FIXTURE_PAGES)
    .sort((a, b) => statSync(b).size - statSync(a).size || a.localeCompare(b))
    .slice(0, BIGGEST_PAGES);
  return [...htmlFiles(LARGE_PAGES).sort(), ...pages].map((file) => parseHtml(readFileSync(file, 'utf8')).text).join('\n');
}

interface SeedEntity {
  id: string;
  aliases: (string | Omit<DictionaryEntry, 'entityId'>)[];
}

/** The real dictionary: the corpus bundle's if built, else the curated seed entities. */
export function seedEntries(): { source: string; entries: DictionaryEntry[] } {
  if (existsSync(BUNDLE)) {
    return { source: BUNDLE, entries: (JSON.parse(readFileSync(BUNDLE, 'utf8')) as Bundle).dictionary };
  }
  const { entities } = JSON.parse(readFileSync(SEED_ENTITIES, 'utf8')) as { entities: SeedEntity[] };
  const entries = entities.flatMap((entity) =>
    entity.aliases.map((alias) => (typeof alias === 'string' ? { alias } : alias)).map((alias) => ({ ...alias, entityId: entity.id })),
  );
  return { source: SEED_ENTITIES, entries };
}

const TAG = /[#@][\p{L}\p{N}_]{2,}/gu;
/** A run of two or more title-case words: names, and the words of title-case headlines. */
const TITLE_CASE_RUN = /\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*(?:[ \t]+\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*)+/gu;
const MAX_NAME_WORDS = 5;
/** Capitalised at a sentence start, not part of a name: a name neither starts nor ends with one. */
const FUNCTION_WORDS = new Set(
  'A An The In On At Of To For By And But Or If Is It As He She We They I You His Her Their Its This That These Those With From Was Are Be Not No So Than Then When What Who Why How'.split(
    ' ',
  ),
);

/** Every #hashtag, @handle and name-like run of 2 to 5 title-case words ("New York Stock Exchange" gives "York Stock" too). */
function nameLikeCounts(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const text of texts) {
    for (const [tag] of text.matchAll(TAG)) count(tag);
    for (const [run] of text.matchAll(TITLE_CASE_RUN)) {
      const words = run.split(/[ \t]+/);
      for (let first = 0; first < words.length; first++) {
        if (FUNCTION_WORDS.has(words[first]!)) continue;
        for (let last = first + 2; last <= Math.min(words.length, first + MAX_NAME_WORDS); last++) {
          if (!FUNCTION_WORDS.has(words[last - 1]!)) count(words.slice(first, last).join(' '));
        }
      }
    }
  }
  return counts;
}

const byFrequency = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([alias]) => alias);

const slug = (alias: string) =>
  alias
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

let corpusAliases: string[] | undefined;

/** The `count` most frequent name-like strings of the news corpus. */
export function corpusEntries(count: number): DictionaryEntry[] {
  if (!corpusAliases) {
    const texts = readNewsCorpus()
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { title: string; text: string })
      .map((article) => `${article.title}\n${article.text}`);
    corpusAliases = byFrequency(nameLikeCounts(texts));
  }
  if (corpusAliases.length < count) throw new Error(`the news corpus gives only ${corpusAliases.length} aliases`);
  return corpusAliases.slice(0, count).map((alias) => ({ alias, entityId: slug(alias) }));
}
