/**
 * The written forms of a date: one sentence → every date (or date range) it writes, with its span — "Senin,
 * 1 April 2019", "31 Maret - 4 April 2019", "Rabu (12/10)", "(12-14/6)", "June 5, 2024", a bare weekday.
 * It reads forms only; whose date it is, and the missing year, are for the passes after it.
 */
import type { Sentence } from '../text.ts';
import { DATE_WORDS, MONTHS, RANGE_WORDS, WEEKDAYS, WEEKDAY_RANGE_WORDS } from '../vocab/calendar.ts';
import { anyOf } from '../vocab/compile.ts';

export interface PartialDate {
  day: number;
  month: number | null;
  year: number | null;
}

/** One date (or date range) written in a sentence. `from` is null for a bare weekday ("…, Selasa."). */
export interface DateMention {
  sentence: Sentence;
  /** Span of the mention inside `sentence.text`. */
  index: number;
  end: number;
  from: PartialDate | null;
  to: PartialDate | null;
  weekday: number | null;
}

// "23 April2 2025": a stray digit glued to a month before its year is a slip of the keyboard.
const MONTH = `(${anyOf(Object.keys(MONTHS))})(?:\\d(?=\\s+(?:19|20)\\d{2}\\b))?\\b\\.?`;
const WEEKDAY = `(${anyOf(Object.keys(WEEKDAYS))})`;
const WEEKDAY_NC = WEEKDAY.replace('(', '(?:');
// "Senin", "Senin-Rabu", "Selasa s.d Kamis,", "Kamis, tanggal": the captured weekday is the first day's.
const WEEKDAY_TO = String.raw`\s*(?:[-–]|s\.\s?d\.?|s\/d|${anyOf(WEEKDAY_RANGE_WORDS, { spaces: 'any' })})\s*`;
const WEEKDAY_PREFIX = `(?:\\b${WEEKDAY}(?:${WEEKDAY_TO}${WEEKDAY_NC})?\\s*[,(]?\\s*(?:${anyOf(DATE_WORDS)}\\.?)?\\s*)?`;
const SEP = String.raw`\s*(?:-|–|—|s\.\s?d\.?|s\/d|${anyOf(RANGE_WORDS, { spaces: 'any' })})\s*`;
const YEAR = String.raw`(?:\s*,?\s*((?:19|20)\d{2})\b)?`;

// Compiled once: the whole extractor has a budget of a couple of milliseconds per article.
const TEXT_RANGE = new RegExp(
  `${WEEKDAY_PREFIX}\\b(\\d{1,2})(?:\\s+${MONTH}(?:\\s+((?:19|20)\\d{2}))?)?${SEP}(?:${WEEKDAY}\\s*,?\\s*)?(\\d{1,2})\\s+${MONTH}${YEAR}`,
  'gi',
);
const TEXT_SINGLE = new RegExp(`${WEEKDAY_PREFIX}\\b(\\d{1,2})\\s+${MONTH}${YEAR}`, 'gi');
const ENGLISH = new RegExp(
  `${WEEKDAY_PREFIX}\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?,?\\s+((?:19|20)\\d{2})\\b`,
  'gi',
);
const PAREN = String.raw`\(\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?\s*\)`;
// "Rabu (12/10) hingga Jumat (14/10)": two bracketed days joined by a range word are one range.
const NUMERIC_PAREN_RANGE = new RegExp(
  `${WEEKDAY_PREFIX}${PAREN}${SEP}(?:${WEEKDAY_NC}\\s*,?\\s*)?${PAREN}`,
  'gi',
);
const NUMERIC_PAREN = new RegExp(
  `${WEEKDAY_PREFIX}\\(\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}|\\d{2}))?\\s*\\)`,
  'gi',
);
const NUMERIC_BARE = new RegExp(
  `${WEEKDAY_PREFIX}(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\3((?:19|20)\\d{2}|\\d{2})(?![\\d/-])(?!\\.\\d)`,
  'gi',
);
// "(12-14/6)", "12-14/6/2023": a numeric range; without brackets only when it has a year.
const NUMERIC_RANGE = new RegExp(
  `${WEEKDAY_PREFIX}(\\()?\\s*(?<![\\d/.-])(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?(?![\\d/])\\s*(\\))?`,
  'gi',
);
const ISO = /(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d-])/g;
const WEEKDAY_ONLY = new RegExp(`\\b${WEEKDAY}\\b`, 'gi');

function monthOf(word: string | undefined): number | null {
  return word ? (MONTHS[word.toLowerCase()] ?? null) : null;
}

function weekdayOf(word: string | undefined): number | null {
  return word ? (WEEKDAYS[word.toLowerCase().replace(/[^a-z]/g, '')] ?? null) : null;
}

function yearOf(text: string | undefined): number | null {
  if (!text) return null;
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

function validDay(day: number, month: number | null): boolean {
  return day >= 1 && day <= 31 && (month === null || (month >= 1 && month <= 12));
}

/**
 * Every date written in a sentence, longest forms first so a range is not also read as two dates.
 * @example findDateMentions(sentence) // "31 Maret - 4 April 2019" → one mention, from 31/3 to 4/4/2019
 */
export function findDateMentions(sentence: Sentence): DateMention[] {
  const text = sentence.text;
  const mentions: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const add = (
    m: RegExpExecArray,
    from: PartialDate | null,
    to: PartialDate | null,
    weekday: string | undefined,
  ) => {
    const end = m.index + m[0].length;
    // A real sentence holds a handful of dates; a run of thousands is debris and would cost quadratic time.
    if (taken.length >= MAX_PER_SENTENCE || !free(m.index, end)) return;
    if (from && !validDay(from.day, from.month)) return;
    if (to && !validDay(to.day, to.month)) return;
    taken.push([m.index, end]);
    mentions.push({ sentence, index: m.index, end, from, to, weekday: weekdayOf(weekday) });
  };
  const scan = (re: RegExp, read: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && taken.length < MAX_PER_SENTENCE; m = re.exec(text)) read(m);
  };
  // Every written date has a digit; without one only a bare weekday can be here.
  const digits = /\d/.test(text);
  if (digits) scanDigits(text, scan, add);
  scan(WEEKDAY_ONLY, (m) => {
    // Lower-case "minggu" is mostly "week" ("satu minggu"), not Sunday.
    if (!/^[A-Z]/.test(m[0])) return;
    add(m, null, null, m[1]);
  });
  return mentions.sort((a, b) => a.index - b.index);
}

type Add = (
  m: RegExpExecArray,
  from: PartialDate | null,
  to: PartialDate | null,
  weekday: string | undefined,
) => void;
type Scan = (re: RegExp, read: (m: RegExpExecArray) => void) => void;

// What each digit form cannot be written without; a sentence lacking it is not scanned for that form.
// "12 Juni": a day then a month word (TEXT_RANGE, TEXT_SINGLE); "June 12": a month word then a day.
const DAY_THEN_WORD = /\d\s+[a-z]/i;
const WORD_THEN_DAY = /[a-z.]\s+\d/i;
const DIGIT_SEPARATOR_DIGIT = /\d[/.-]\d/;

/** The forms with digits, longest first. */
function scanDigits(text: string, scan: Scan, add: Add): void {
  const dayThenWord = DAY_THEN_WORD.test(text);
  const bracket = text.includes('(');
  if (dayThenWord)
    scan(TEXT_RANGE, (m) => {
      const to = { day: Number(m[6]), month: monthOf(m[7]), year: yearOf(m[8]) };
      const from = { day: Number(m[2]), month: monthOf(m[3]), year: yearOf(m[4]) };
      if (from.month === null && from.day > to.day) return;
      add(m, from, to, m[1]);
    });
  if (WORD_THEN_DAY.test(text))
    scan(ENGLISH, (m) => {
      const month = monthOf(m[2]);
      const year = yearOf(m[5]);
      const from = { day: Number(m[3]), month, year };
      add(m, from, m[4] ? { day: Number(m[4]), month, year } : null, m[1]);
    });
  if (dayThenWord)
    scan(TEXT_SINGLE, (m) =>
      add(m, { day: Number(m[2]), month: monthOf(m[3]), year: yearOf(m[4]) }, null, m[1]),
    );
  if (bracket)
    scan(NUMERIC_PAREN_RANGE, (m) => {
      const from = { day: Number(m[2]), month: Number(m[3]), year: yearOf(m[4]) };
      const to = { day: Number(m[5]), month: Number(m[6]), year: yearOf(m[7]) };
      add(m, from, to, m[1]);
    });
  if (text.includes('/'))
    scan(NUMERIC_RANGE, (m) => {
      // The weekday prefix may have taken the opening bracket ("Senin-Rabu (3-5/6)").
      if (!(m[0].includes('(') && m[7]) && !m[6]) return;
      const year = yearOf(m[6]);
      const month = Number(m[5]);
      add(m, { day: Number(m[3]), month, year }, { day: Number(m[4]), month, year }, m[1]);
    });
  if (text.includes('-'))
    scan(ISO, (m) => add(m, { day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) }, null, undefined));
  if (bracket)
    scan(NUMERIC_PAREN, (m) =>
      add(m, { day: Number(m[2]), month: Number(m[3]), year: yearOf(m[4]) }, null, m[1]),
    );
  if (DIGIT_SEPARATOR_DIGIT.test(text))
    scan(NUMERIC_BARE, (m) =>
      add(m, dayOrMonthFirst(Number(m[2]), Number(m[4]), yearOf(m[5]), m[1]), null, m[1]),
    );
}

const MAX_PER_SENTENCE = 12;

/**
 * "13/03/2024" is day-first, as Indonesian pages write; a CMS's English byline may write month-first:
 * "03/13/2024" (no thirteenth month), or "Wed, 03/06/2024" where only the month-first reading is a Wednesday.
 */
function dayOrMonthFirst(first: number, second: number, year: number | null, weekday?: string): PartialDate {
  const dayFirst = { day: first, month: second, year };
  const monthFirst = { day: second, month: first, year };
  if (second > 12 && first <= 12) return monthFirst;
  const wanted = weekdayOf(weekday);
  if (wanted === null || year === null || first > 12 || second > 31) return dayFirst;
  const weekdayIs = (d: PartialDate) => new Date(Date.UTC(year, d.month! - 1, d.day)).getUTCDay() === wanted;
  return !weekdayIs(dayFirst) && weekdayIs(monthFirst) ? monthFirst : dayFirst;
}
