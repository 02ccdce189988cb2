/**
 * A bundle packed for IndexedDB (stored format 4): three zlib streams, so a 20,000-article collection takes about a
 * fifth of its JSON. `json` is the bundle without its numbers (articles keep their text, entities their names and
 * aliases); `numbers` holds sentence offsets, mentions, article lists and co-mentions as whole numbers, with articles
 * and entities named by their place in the bundle instead of their ids; `searchIndex` is the index's own JSON, not a
 * string escaped inside another. Nothing is dropped: unpacking gives back the bundle that was packed.
 */
import type { Article, Bundle, Entity, Mention } from '../core/types';
import { failed, list, record, type Read } from './checks';
import { deflate, inflate } from './zlib';

export interface PackedBundle {
  json: Uint8Array<ArrayBuffer>;
  numbers: Uint8Array<ArrayBuffer>;
  searchIndex: Uint8Array<ArrayBuffer>;
}

const MAX = 0xffffffff;

/** The JSON part: the bundle without the numbers `numbers` holds. */
type PackedJson = { articles: Omit<Article, 'sentences'>[]; entities: Omit<Entity, 'mentions' | 'articleIds' | 'coMentions'>[] };

/** Whole numbers from 0 to 2³² − 1, one after another, each in as few bytes as it needs (LEB128: 7 bits a byte). */
class NumberWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  put(value: number, where: () => string): void {
    this.push(checked(value, where));
  }

  /** Stores `value - from` modulo 2³² (smaller, so fewer bytes, than `value`); `from` was stored before. */
  putAfter(from: number, value: number, where: () => string): void {
    this.push((checked(value, where) - from) >>> 0);
  }

  private push(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    for (; value > 0x7f; value >>>= 7) this.bytes[this.length++] = (value & 0x7f) | 0x80;
    this.bytes[this.length++] = value;
  }

  written(): Uint8Array<ArrayBuffer> {
    return this.bytes.slice(0, this.length);
  }
}

function checked(value: number, where: () => string): number {
  if (!(Number.isInteger(value) && value >= 0 && value <= MAX)) throw new Error(`${where()} is ${value}, not a whole number from 0 to ${MAX}`);
  return value;
}

/** Why a packed bundle cannot be unpacked. */
class Unpackable extends Error {}

class NumberReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  next(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.at >= this.bytes.length) throw this.endsEarly();
      const byte = this.bytes[this.at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) {
        if (value > MAX) break;
        return value;
      }
    }
    throw new Unpackable(`its numbers hold one over ${MAX} at byte ${this.at}`);
  }

  /** The number stored by `putAfter(from, …)`. */
  nextAfter(from: number): number {
    return (from + this.next()) >>> 0;
  }

  /** How many items follow, each `size` numbers long: never more than the bytes left (a damaged count could ask for billions). */
  nextCount(size: number): number {
    const count = this.next();
    if (count * size > this.bytes.length - this.at) throw this.endsEarly();
    return count;
  }

  /** An index into a list of `length` items: an article or entity named by its place. */
  nextIndex(length: number, what: () => string): number {
    return inList(this.next(), length, what);
  }

  end(): void {
    if (this.at !== this.bytes.length) throw new Unpackable(`its numbers go on for ${this.bytes.length - this.at} bytes after its articles and entities end`);
  }

  private endsEarly(): Unpackable {
    return new Unpackable(`its numbers end before its articles and entities do`);
  }
}

/** `index`, if a list of `length` items has it; `what` says what it names ("entity x's mention names article 7 of 5"). */
function inList(index: number, length: number, what: () => string): number {
  if (index >= length) throw new Unpackable(`${what()} ${index + 1} of ${length}`);
  return index;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Packs a bundle; a number that is not a whole number from 0 to 2³² − 1 (never in a bundle Lantern built) throws, naming it. */
export async function packBundle(bundle: Bundle): Promise<PackedBundle> {
  const { articles, entities, searchIndex, ...rest } = bundle;
  const numbers = new NumberWriter();
  articles.forEach(({ sentences }, a) => {
    numbers.put(sentences.length, () => `articles[${a}].sentences.length`);
    let end = 0;
    sentences.forEach((sentence, s) => {
      numbers.putAfter(end, sentence.start, () => `articles[${a}].sentences[${s}].start`);
      numbers.putAfter(sentence.start, sentence.end, () => `articles[${a}].sentences[${s}].end`);
      end = sentence.end;
    });
  });
  const articleIndex = new Map<string, number>();
  articles.forEach(({ id }, a) => articleIndex.has(id) || articleIndex.set(id, a));
  const entityIndex = new Map<string, number>();
  entities.forEach(({ id }, e) => entityIndex.has(id) || entityIndex.set(id, e));
  const indexOf = (index: Map<string, number>, id: string, where: () => string) => {
    const found = index.get(id);
    if (found === undefined) throw new Error(`${where()} is ${id}, which the bundle does not hold`);
    return found;
  };
  entities.forEach(({ mentions, articleIds, coMentions }, e) => {
    numbers.put(mentions.length, () => `entities[${e}].mentions.length`);
    // Mentions come in text order, so each is stored after the one before it in the same article.
    let previous = { article: 0, sentence: 0, start: 0 };
    mentions.forEach((m, i) => {
      const where = (field: string) => () => `entities[${e}].mentions[${i}].${field}`;
      const article = indexOf(articleIndex, m.articleId, where('articleId'));
      const same = article === previous.article;
      numbers.putAfter(previous.article, article, where('articleId'));
      numbers.putAfter(same ? previous.sentence : 0, m.sentence, where('sentence'));
      numbers.putAfter(same ? previous.start : 0, m.start, where('start'));
      numbers.putAfter(m.start, m.end, where('end'));
      previous = { article, sentence: m.sentence, start: m.start };
    });
    numbers.put(articleIds.length, () => `entities[${e}].articleIds.length`);
    articleIds.forEach((id, i) =>
      numbers.put(
        indexOf(articleIndex, id, () => `entities[${e}].articleIds[${i}]`),
        () => `entities[${e}].articleIds[${i}]`,
      ),
    );
    numbers.put(coMentions.length, () => `entities[${e}].coMentions.length`);
    coMentions.forEach(({ id, count }, i) => {
      numbers.put(
        indexOf(entityIndex, id, () => `entities[${e}].coMentions[${i}].id`),
        () => `entities[${e}].coMentions[${i}].id`,
      );
      numbers.put(count, () => `entities[${e}].coMentions[${i}].count`);
    });
  });
  const json: PackedJson = {
    ...rest,
    articles: articles.map(({ sentences: _, ...article }) => article),
    entities: entities.map(({ mentions: _m, articleIds: _a, coMentions: _c, ...entity }) => entity),
  };
  const [packedJson, packedNumbers, packedIndex] = await Promise.all([
    deflate(encoder.encode(JSON.stringify(json))),
    deflate(numbers.written()),
    deflate(encoder.encode(searchIndex)),
  ]);
  return { json: packedJson, numbers: packedNumbers, searchIndex: packedIndex };
}

/** The lists unpacking walks before the whole bundle can be checked. */
const packedShape = record({ articles: list(record({})), entities: list(record({})) });

/**
 * The bundle a packed record holds, or why it cannot be read (damaged, cut short, numbers that do not fit). The
 * result is what was packed; whether that is a bundle is for `checkBundle` to say.
 */
export async function unpackBundle(packed: Record<string, unknown>): Promise<Read<unknown>> {
  const parts = ['json', 'numbers', 'searchIndex'] as const;
  const missing = parts.find((part) => !(packed[part] instanceof Uint8Array));
  if (missing) return failed(`its ${missing} data is missing`);
  let inflated: Uint8Array<ArrayBuffer>[];
  try {
    inflated = await Promise.all(parts.map((part) => inflate(packed[part] as Uint8Array<ArrayBuffer>)));
  } catch (error) {
    return failed(`its data is damaged or cut short (${String(error)})`);
  }
  const [json, numbers, searchIndex] = inflated as [Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>];
  let parsed: PackedJson;
  try {
    parsed = JSON.parse(decoder.decode(json));
  } catch {
    return failed('its data is not valid JSON');
  }
  const problem = packedShape(parsed);
  if (problem) return failed(`bundle${problem}`);
  try {
    return { ok: true, value: { ...parsed, ...unpackNumbers(parsed, new NumberReader(numbers)), searchIndex: decoder.decode(searchIndex) } };
  } catch (error) {
    if (error instanceof Unpackable) return failed(error.message);
    throw error;
  }
}

function unpackNumbers(parsed: PackedJson, numbers: NumberReader): Pick<Bundle, 'articles' | 'entities'> {
  const articles = parsed.articles.map((article): Article => {
    const sentences = Array.from({ length: numbers.nextCount(2) }, () => ({ start: 0, end: 0 }));
    let end = 0;
    for (const sentence of sentences) {
      sentence.start = numbers.nextAfter(end);
      sentence.end = end = numbers.nextAfter(sentence.start);
    }
    return { ...article, sentences };
  });
  const articleId = (what: () => string) => articles[numbers.nextIndex(articles.length, what)]!.id;
  const entities = parsed.entities.map((entity): Entity => {
    const what = (field: string) => () => `entity ${String(entity.id)}'s ${field}`;
    let previous = { article: 0, sentence: 0, start: 0 };
    const mentions = Array.from({ length: numbers.nextCount(4) }, (): Mention => {
      const article = inList(numbers.nextAfter(previous.article), articles.length, what('mention names article'));
      const same = article === previous.article;
      const sentence = numbers.nextAfter(same ? previous.sentence : 0);
      const start = numbers.nextAfter(same ? previous.start : 0);
      previous = { article, sentence, start };
      return { articleId: articles[article]!.id, sentence, start, end: numbers.nextAfter(start) };
    });
    const articleIds = Array.from({ length: numbers.nextCount(1) }, () => articleId(what('article list names article')));
    const coMentions = Array.from({ length: numbers.nextCount(2) }, () => {
      const id = String(parsed.entities[numbers.nextIndex(parsed.entities.length, what('co-mentions name entity'))]!.id);
      return { id, count: numbers.next() };
    });
    return { ...entity, mentions, articleIds, coMentions };
  });
  numbers.end();
  return { articles, entities };
}
