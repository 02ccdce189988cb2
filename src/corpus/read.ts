import { parseHtml } from './html';
import { CorpusError, type CorpusWarning } from './errors';

/** A file of the corpus as bytes: the Node build and the in-browser import both start here. */
export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

/** An article as read, before cleaning. Metadata the file declares wins over what the text suggests. */
export interface RawArticle {
  id: string;
  file: string;
  line?: number;
  text: string;
  title: string;
  date: string;
  source: string;
  url: string;
}

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'] as const;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/** An id safe in URLs and stable across builds: the file name without its extension. */
export function idFromName(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const stem = base.slice(0, base.length - extensionOf(base).length);
  return slug(stem);
}

function slug(text: string): string {
  return text.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '') || 'article';
}

/** Decodes UTF-8 strictly; a file that is binary or not UTF-8 fails with the line where it goes wrong. */
export function decodeText(file: CorpusFile): string {
  const nul = file.bytes.indexOf(0);
  if (nul >= 0) throw new CorpusError({ file: file.name, line: lineAtByte(file.bytes, nul) }, 'binary file (NUL byte), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file.bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(file.bytes);
    const bad = loose.indexOf('\uFFFD');
    const line = loose.slice(0, bad).split('\n').length;
    throw new CorpusError({ file: file.name, line }, 'not valid UTF-8 text (save it as UTF-8)');
  }
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

const blank = (file: string, line?: number) => ({ id: '', file, line, text: '', title: '', date: '', source: '', url: '' });

/**
 * Reads one corpus file into articles. A file-level problem (binary, not UTF-8, empty) throws a CorpusError;
 * a bad JSONL line becomes a warning and the rest of the file is kept.
 */
export function readCorpusFile(file: CorpusFile): { articles: RawArticle[]; warnings: CorpusWarning[] } {
  const content = decodeText(file);
  if (!content.trim()) throw new CorpusError({ file: file.name }, 'empty file');
  const ext = extensionOf(file.name);
  const id = idFromName(file.name);
  switch (ext) {
    case '.txt':
      return { articles: [{ ...blank(file.name), id, text: content }], warnings: [] };
    case '.md':
      return { articles: [{ ...blank(file.name), id, ...readMarkdown(content) }], warnings: [] };
    case '.html':
    case '.htm': {
      const page = parseHtml(content);
      return { articles: [{ ...blank(file.name), id, ...page }], warnings: [] };
    }
    case '.jsonl':
      return readJsonLines(file.name, content);
    default:
      throw new CorpusError({ file: file.name }, `unsupported file type "${ext}" (use ${ARTICLE_EXTENSIONS.join(', ')})`);
  }
}

/**
 * A list marker at the start of a line. The indent before it is horizontal space only: with `\s*` every
 * line start scanned (and backtracked over) all the blank lines after it, quadratic in their number.
 */
const LIST_MARKER = /^[^\S\r\n\u2028\u2029]*(?:[-*+]|\d+\.)\s+/gm;

/**
 * A link target, one level of parentheses allowed (`Foo_(bar)`). Link text and targets stop at the next bracket or
 * parenthesis, so a failed attempt scans only to the next delimiter; `[^\]]*` ran to the end of the file per `[`.
 */
const LINK_TARGET = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const IMAGE = new RegExp(String.raw`!\[[^\[\]]*\]${LINK_TARGET}`, 'g');
const LINK = new RegExp(String.raw`\[([^\[\]]*)\]${LINK_TARGET}`, 'g');

/** Drops a leading `---` front-matter block; found with indexOf, as a lazy `[\s\S]*?` backtracks once per character. */
function withoutFrontMatter(content: string): string {
  if (!content.startsWith('---\n')) return content;
  const close = content.indexOf('\n---\n', 4);
  return close < 0 ? content : content.slice(close + 5);
}

/** Markdown: the first `# ` heading is the title; markup is reduced to its text. */
function readMarkdown(content: string): { text: string; title: string } {
  const heading = /^#\s+(.+)$/m.exec(content);
  const text = withoutFrontMatter(content)
    .replace(heading ? heading[0] : /^\b$/, '')
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(LIST_MARKER, '')
    .replace(/(\*\*|__|`)/g, '');
  return { text, title: heading?.[1]?.trim() ?? '' };
}

const JSONL_FIELDS = ['id', 'title', 'date', 'source', 'url', 'text'] as const;

function readJsonLines(name: string, content: string): { articles: RawArticle[]; warnings: CorpusWarning[] } {
  const articles: RawArticle[] = [];
  const warnings: CorpusWarning[] = [];
  const lines = content.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      warnings.push({ file: name, line, reason: `not valid JSON (${(error as Error).message}); line skipped` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      warnings.push({ file: name, line, reason: 'not a JSON object; line skipped' });
      return;
    }
    const record = value as Record<string, unknown>;
    const wrongType = JSONL_FIELDS.find((key) => record[key] !== undefined && typeof record[key] !== 'string');
    if (wrongType) {
      warnings.push({ file: name, line, reason: `field "${wrongType}" must be a string; line skipped` });
      return;
    }
    const field = (key: (typeof JSONL_FIELDS)[number]) => ((record[key] as string | undefined) ?? '').trim();
    if (!field('text')) {
      warnings.push({ file: name, line, reason: 'no "text"; line skipped' });
      return;
    }
    articles.push({
      id: field('id') ? slug(field('id')) : `${idFromName(name)}-${line}`,
      file: name,
      line,
      text: field('text'),
      title: field('title'),
      date: field('date'),
      source: field('source'),
      url: field('url'),
    });
  });
  return { articles, warnings };
}
