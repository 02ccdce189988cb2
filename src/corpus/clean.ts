/**
 * Turns a scraped article into clean text: one paragraph a line, boilerplate and repeated captions gone,
 * the article's own sentences intact.
 */

/** Whole lines that are page furniture, not article text. */
const BOILERPLATE_LINES: RegExp[] = [
  /^leave a (reply|comment)\b/i,
  /^be the first to comment\b/i,
  /^post a comment\b/i,
  /^(no|\d+) comments?:?$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^this site uses akismet\b/i,
  /^fact[- ]checked\b.{0,40}$/i,
  /^(share|share this|tweet|email|print|advertisement|related( articles| posts)?|read more):?$/i,
  /^(sign up|subscribe) (for|to) (our|the) newsletter\b/i,
];

/**
 * A copyright line: "Copyright 2024 Nexstar Media Inc. All rights reserved." or "© 2016 Publisher".
 * Group 1 is the holder, usually the publisher.
 */
export const COPYRIGHT = /^(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*\d{4}(?:\s*[-–]\s*\d{4})?,?\s+(.*)$/i;

/** Template tags left by publishing systems: `{mosads}`, `{loadposition x}`. */
const TEMPLATE_TAG = /\{\/?[a-z][a-z_-]*(?:\s[^{}]*)?\}/gi;
/** A trailing photo credit glued to the last sentence. */
const IMAGE_CREDIT = /\s*\b(?:Featured|Header|Top) image (?:from|via|credit|by)\b.*$/i;
/** Bullets and list markers at the start of a line. */
const BULLET = /^(?:[•·▪●◦‣∙*-]|\d+[.)])\s+/;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** An embedded tweet's date glued to the next text: "June 16, 2016For you". */
const GLUED_DATE = new RegExp(`(\\b${MONTH} \\d{1,2}, \\d{4})(?=[\\p{L}#@])`, 'gu');
/**
 * A sentence glued to the next: "Florida.The hacker". Lower-case words only, so "U.S.A" and domains stay.
 * Only the punctuation is matched, with fixed-length look-arounds: `\p{Ll}{2,}` before it backtracked over
 * every lower-case run, quadratic in its length.
 */
const GLUED_SENTENCE = /(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})/gu;
/** A comma glued to the next word: "GhostSec,and". Digits ("9,200") are left alone. */
const GLUED_COMMA = /(\p{L}),(\p{L})/gu;

export function normaliseLine(line: string): string {
  return line
    .replace(TEMPLATE_TAG, '')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g, ' ')
    .trim();
}

export function isBoilerplate(line: string): boolean {
  return COPYRIGHT.test(line) || /\ball rights reserved\b/i.test(line) || BOILERPLATE_LINES.some((pattern) => pattern.test(line));
}

/** Normalised, non-empty lines of raw text, boilerplate still in (metadata reads it first). */
export function splitLines(raw: string): string[] {
  return raw
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(normaliseLine)
    .filter(Boolean);
}

/** Clean paragraphs from normalised lines: boilerplate dropped, repeated lines (captions) kept once, glue undone. */
export function cleanLines(lines: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of lines) {
    if (isBoilerplate(line)) continue;
    const text = line.replace(BULLET, '').replace(GLUED_DATE, '$1\n').replace(GLUED_SENTENCE, '$& ').replace(GLUED_COMMA, '$1, $2').replace(IMAGE_CREDIT, '');
    for (const part of text.split('\n')) {
      const paragraph = part.trim();
      const key = paragraph.toLowerCase();
      if (!paragraph || seen.has(key)) continue;
      seen.add(key);
      out.push(paragraph);
    }
  }
  return out;
}
