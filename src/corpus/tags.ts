/** #hashtags and @handles in clean text. */

/** Not after a word character, "&" (HTML entities) or "/" (URL fragments); at least one letter. */
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&/])#(?=[\p{L}\p{M}\p{N}_]*\p{L})[\p{L}\p{M}\p{N}_]+/gu;
/** Not after a word character or "." (e-mail addresses); Twitter's handle alphabet. */
const HANDLE = /(?<![\p{L}\p{M}\p{N}_.@/])@[A-Za-z0-9_]{1,30}(?![A-Za-z0-9_@]|\.\w)/gu;

export function findTags(text: string): string[] {
  return [...text.matchAll(HASHTAG), ...text.matchAll(HANDLE)].map((m) => m[0]);
}

export function isHashtag(alias: string): boolean {
  return alias.startsWith('#');
}

export function isHandle(alias: string): boolean {
  return alias.startsWith('@');
}
