import type { Article } from '../core/types';
import { cleanLines, splitLines } from './clean';
import { findSource, parseDate, readHeading, titleFromLead } from './metadata';
import type { RawArticle } from './read';
import { splitSentences } from './sentences';

/** A raw article made clean, with a title, date, publisher and sentences. Null when nothing is left of it. */
export function prepareArticle(raw: RawArticle): Article | null {
  const lines = splitLines(raw.text);
  const heading = readHeading(lines);
  const body = cleanLines(lines.slice(heading.consumed));
  const text = body.join('\n');
  if (!text) return null;
  const sentences = splitSentences(text);
  const lead = sentences[0] ? text.slice(sentences[0].start, sentences[0].end) : text;
  return {
    id: raw.id,
    title: raw.title || heading.title || titleFromLead(lead),
    date: parseDate(raw.date) || heading.date,
    source: raw.source || findSource(lines),
    url: raw.url,
    text,
    sentences,
  };
}
