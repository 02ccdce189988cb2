import { COPYRIGHT } from './clean';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`).join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
/** "Wednesday 10 September 2014", "10 Sept 2014" */
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH}\\w*,?\\s+(\\d{4})$`, 'i');
/** "September 10, 2014", "Wednesday, Sep 10 2014" */
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\w*\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
/** "By Jane Doe", "By Jane Doe | Publisher" */
const BYLINE = /^by\s+([^|]{2,60}?)(?:\s*[|,–-]\s*(.{2,60}))?$/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? `${year}-${pad(month)}-${pad(day)}` : '';
}

function monthNumber(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;
}

/** A line (or declared value) that is only a date, as ISO `YYYY-MM-DD`; '' otherwise. */
export function parseDate(text: string): string {
  const line = text.trim();
  let m = ISO_DATE.exec(line);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(line);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(line);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  return '';
}

/** The publisher named by a copyright line or a byline, '' if none. */
export function findSource(lines: string[]): string {
  for (const line of lines) {
    const holder = COPYRIGHT.exec(line)?.[1];
    if (holder) return holder.replace(/\s*all rights reserved.*$/i, '').trim();
  }
  for (const line of lines.slice(0, 5)) {
    const publisher = BYLINE.exec(line)?.[2];
    if (publisher) return publisher.trim();
  }
  return '';
}

/** A headline: short, no sentence punctuation at its end, not a date or a byline. */
export function isHeadline(line: string): boolean {
  return line.length >= 8 && line.length <= 140 && !/[.,;:]$/.test(line) && !parseDate(line) && !BYLINE.test(line) && /\p{Lu}/u.test(line[0] ?? '');
}

const CLAUSE_BREAK = /,\s|;\s|\s[—–-]\s|\s(?:in|after|as|because|following|when|while|where|who|which|since)\s/g;

/**
 * A title from the lead sentence when the text has no headline: the sentence itself if short,
 * else its first clause, else its first words.
 */
export function titleFromLead(sentence: string): string {
  const text = sentence.replace(/[.!?]+$/, '').trim();
  if (text.length <= 100) return text;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    if (match.index >= 30 && match.index <= 90) return text.slice(0, match.index);
  }
  const cut = text.lastIndexOf(' ', 90);
  return `${text.slice(0, cut > 30 ? cut : 90)}…`;
}

export interface Heading {
  title: string;
  date: string;
  /** How many leading lines were the heading (dateline, headline, byline), to drop from the body. */
  consumed: number;
}

/** Reads the dateline, headline and byline at the top of an article's lines. */
export function readHeading(lines: string[]): Heading {
  let date = '';
  let title = '';
  let consumed = 0;
  for (const line of lines.slice(0, 4)) {
    const lineDate = parseDate(line);
    if (lineDate && !date) date = lineDate;
    else if (!title && isHeadline(line)) title = line;
    else if (!BYLINE.test(line)) break;
    consumed++;
  }
  return { title, date, consumed };
}
