import { Parser } from 'htmlparser2';

/** Elements whose content is never visible text. */
// prettier-ignore
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas']);
/** Elements that start a new block: names never match across them, so they become line breaks. */
// prettier-ignore
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'title', 'caption', 'option', 'button',
]);

export interface HtmlDocument {
  /** Visible text, one block a line. */
  text: string;
  /** `<title>`, else the first `<h1>`. */
  title: string;
  /** `og:site_name` or `<meta name="publisher"|"author">`. */
  source: string;
  /** `article:published_time`, `<time datetime>` or `<meta name="date">`, as given. */
  date: string;
  /** Canonical URL or `og:url`. */
  url: string;
}

/** Reduces HTML to its visible text and the metadata a page declares, with a real (forgiving) HTML parser. */
export function parseHtml(html: string): HtmlDocument {
  const lines: string[] = [];
  let line = '';
  // One entry per open element: does it hide its content? htmlparser2 closes every element it opens, void ones too.
  const hides: boolean[] = [];
  let hidden = 0;
  let inTitle = false;
  let inH1 = false;
  let title = '';
  let h1 = '';
  const meta = new Map<string, string>();
  const breakLine = () => {
    const trimmed = line.replace(/\s+/g, ' ').trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const hiding = INVISIBLE.has(name) || 'hidden' in attrs;
        hides.push(hiding);
        if (hiding) hidden++;
        if (BLOCKS.has(name)) breakLine();
        if (name === 'title') inTitle = true;
        if (name === 'h1') inH1 = true;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
          if (key && attrs.content && !meta.has(key)) meta.set(key, attrs.content.trim());
        }
        if (name === 'link' && attrs.rel === 'canonical' && attrs.href) meta.set('canonical', attrs.href);
        if (name === 'time' && attrs.datetime && !meta.has('time')) meta.set('time', attrs.datetime);
      },
      ontext(text) {
        if (inTitle) title += text;
        if (hidden) return;
        if (inH1) h1 += text;
        line += text;
      },
      onclosetag(name) {
        if (hides.pop()) hidden--;
        if (BLOCKS.has(name)) breakLine();
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  const first = (...keys: string[]) => keys.map((k) => meta.get(k)).find(Boolean) ?? '';
  return {
    text: lines.join('\n'),
    title: (h1 || title).replace(/\s+/g, ' ').trim(),
    source: first('og:site_name', 'publisher', 'author'),
    date: first('article:published_time', 'date', 'time', 'pubdate'),
    url: first('canonical', 'og:url'),
  };
}
