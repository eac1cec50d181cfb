/**
 * The calendar words of Indonesian (and English) news: month and weekday names in every spelling the
 * pages use, the words that join the ends of a range, and the words around a date line. One table for
 * the extractor and for the capture library's page metadata.
 */

/** Month word → month number: full names, abbreviations, old spellings ("Pebruari", "Nopember"), English. */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  feb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

/** Weekday word → day number (0 Sunday), "Jum'at" in its apostrophes too. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  minggu: 0,
  ahad: 0,
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  'jum’at': 5,
  'jum`at': 5,
  sabtu: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  // A CMS's English byline: "Submitted by admin on Wed, 03/13/2024 - 10:15".
  sun: 0,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
};

/** Words that join the two ends of a date range: "10 sampai dengan 13 Juni", "12 hingga 14 Mei". */
export const RANGE_WORDS = ['sampai dengan', 'sampai', 'hingga', 'sd', 'until', 'to', 'dan'] as const;
/** The range words that may also join two weekdays: "Senin hingga Rabu". */
export const WEEKDAY_RANGE_WORDS = ['sampai dengan', 'sampai', 'hingga'] as const;
/** Words that introduce a date: "tanggal 12 Juni", "tgl. 3/5". */
export const DATE_WORDS = ['tanggal', 'tgl'] as const;
/** Indonesia's time zones, written after a clock: "14:45 WITA". */
export const TIME_ZONES = ['wib', 'wita', 'wit'] as const;
/** Words after a date that put it in the past: "2017 lalu", "tiga tahun silam". */
export const PAST_MARKERS = ['lalu', 'silam'] as const;
/** Units a page gives an article's age in: "2 tahun yang lalu", "3 hours ago". */
export const AGE_UNITS = [
  'detik',
  'menit',
  'jam',
  'hari',
  'minggu',
  'pekan',
  'bulan',
  'tahun',
  'seconds',
  'second',
  'minutes',
  'minute',
  'hours',
  'hour',
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
] as const;
/** Words after an age that make it one: "yang lalu", "lalu", "ago". */
export const AGE_WORDS = ['yang lalu', 'lalu', 'silam', 'ago'] as const;
