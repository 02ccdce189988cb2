/** The extension pages' addresses, relative to any extension page: shareable and reloadable. */
export const articleHash = (articleId: string, sentence?: number) => `#${encodeURIComponent(articleId)}${sentence === undefined ? '' : `:${sentence}`}`;
export const articleHref = (articleId: string, sentence?: number) => `article.html${articleHash(articleId, sentence)}`;
export const entityHref = (entityId: string) => `popup.html?entity=${encodeURIComponent(entityId)}`;

/** `#<articleId>` or `#<articleId>:<sentence>`; a malformed sentence is ignored. */
export function parseArticleHash(hash: string): { articleId: string; sentence?: number } {
  const raw = hash.replace(/^#/, '');
  const match = /^(.*):(\d+)$/.exec(raw);
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return match ? { articleId: decode(match[1]!), sentence: Number(match[2]) } : { articleId: decode(raw) };
}

/** An address from data (an article's `url`) as a link target: only http(s), so `javascript:` or `data:` never becomes one. */
export function webLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
