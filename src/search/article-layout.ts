import type { Article } from '../core/types';
import { splitByRanges } from './segments';
import type { ArticleSpan } from './types';

export interface Piece {
  text: string;
  /** Set when the piece is a corpus entity's mention. */
  entityId?: string;
}

/** A sentence of the article (its index) or the text between two sentences (null). */
export interface Block {
  sentence: number | null;
  pieces: Piece[];
}

/** The article text as sentence blocks with entity mentions cut out: all the article page needs to render it without parsing. */
export function layoutArticle(article: Pick<Article, 'text' | 'sentences'>, spans: readonly ArticleSpan[]): Block[] {
  const blocks: Block[] = [];
  const add = (sentence: number | null, from: number, to: number) => {
    if (to <= from) return;
    const pieces = splitByRanges(article.text, spans, from, to).map(({ text, range }) => (range ? { text, entityId: range.entityId } : { text }));
    blocks.push({ sentence, pieces });
  };
  let at = 0;
  article.sentences.forEach((s, index) => {
    const start = Math.max(s.start, at);
    add(null, at, start);
    add(index, start, s.end);
    at = Math.max(at, s.end);
  });
  add(null, at, article.text.length);
  return blocks;
}
