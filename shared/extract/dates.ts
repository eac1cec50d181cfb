/**
 * Stage 2, the dates: sentences (+ URL and raw text) → the article's publication date and the visit's
 * start and end. Reads Indonesian and English dates in their written forms and fills missing years from
 * the rest of the article. It does not guess: a date whose year cannot be inferred is dropped.
 */
import type { Evidence } from '../schema/locus-record.ts';
import { memo, recall, type ArticleContext } from './context.ts';
import { evidenceOf, type Sentence } from './text.ts';

interface PartialDate {
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

export interface DateFields {
  publishedAt: string | null;
  startDate: string | null;
  endDate: string | null;
  evidence: Record<string, Evidence>;
}

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1],
  [/^(feb|peb)/, 2],
  [/^mar/, 3],
  [/^apr/, 4],
  [/^(mei|may)/, 5],
  [/^jun/, 6],
  [/^jul/, 7],
  [/^(agu|agt|ags|aug)/, 8],
  [/^sep/, 9],
  [/^(okt|oct)/, 10],
  [/^(nov|nop)/, 11],
  [/^(des|dec)/, 12],
];
const WEEKDAYS: Record<string, number> = {
  minggu: 0,
  ahad: 0,
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  sabtu: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const MONTH =
  '(januari|january|jan|februari|pebruari|february|feb|maret|march|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|agustus|august|agu|agt|ags|aug|september|sept|sep|oktober|october|okt|oct|november|nopember|nov|nop|desember|december|des|dec)\\b\\.?';
const WEEKDAY =
  "(senin|selasa|rabu|kamis|jum[’'`]?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
const WEEKDAY_NC = WEEKDAY.replace('(', '(?:');
// "Senin", "Senin-Rabu", "Selasa s.d Kamis,", "Kamis, tanggal": the captured weekday is the first day's.
const WEEKDAY_TO = String.raw`\s*(?:[-–]|s\.\s?d\.?|s\/d|sampai(?:\s+dengan)?|hingga)\s*`;
const WEEKDAY_PREFIX = `(?:\\b${WEEKDAY}(?:${WEEKDAY_TO}${WEEKDAY_NC})?\\s*[,(]?\\s*(?:tanggal|tgl\\.?)?\\s*)?`;
const SEP = String.raw`\s*(?:-|–|—|s\.\s?d\.?|s\/d|sd|sampai(?:\s+dengan)?|hingga|until|to|dan)\s*`;
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

const URL_DAY = /(?:^|[/_-])((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/;
const URL_MONTH = /\/((?:19|20)\d{2})\/(\d{1,2})\//;
const COPYRIGHT = /(?:copyright|©|\(c\))[^\n]{0,80}?\b((?:19|20)\d{2})\b/i;

// Words that put a date on the visit itself.
const VISIT =
  /benchmark|kunjung|kunker|studi\s+(?:lapang|banding|tiru|kompara)|study\s+(?:tour|visit)|field\s+(?:trip|visit)|observasi|orientasi\s+lapang|best\s+practice|visitasi|berangkat|tiba\b|diterima|menerima|menyambut|disambut|lokus|bertandang|sambang|lawatan|menimba|kedatangan|rombongan/i;
// Verbs that date any event: the visit's only when the sentence is not about the training or its ceremonies.
const HAPPENED = /dilaksanakan|dilakukan|berlangsung|digelar|melaksanakan|menggelar/i;
const NOT_THE_VISIT =
  /\b(?:membuka|dibuka|pembukaan|menutup|ditutup|penutupan|dilantik|pelantikan|wisuda)\b|\b(?:pelatihan|diklat\w*|latsar|pkp|pka|pkn)\b(?:\s+[\w.-]+){0,6}?\s+(?:ini\s+|itu\s+)?(?:dilaksanakan|berlangsung|digelar|dilakukan)\b/i;
// "mulai 12 Juni 2023 selama tiga hari": the end is implied by the length.
const DURATION = /^[^.]{0,60}?\bselama\s+(\d{1,2}|dua|tiga|empat|lima|enam|tujuh)\s+hari\b/i;
const DAY_COUNTS: Record<string, number> = { dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7 };
const PAST_EVENT =
  /penghargaan|dianugerahi|dinobatkan|diresmikan|meresmikan|diluncurkan|meluncurkan|didirikan|berdiri\s+sejak|sejak\s+tahun|dibentuk|ditetapkan|diundangkan|launching/i;
const AFTER_PAST = /^\s*(?:yang\s+)?(?:lalu|silam)\b/i;
const PUBLISH_WORDS =
  /^(?:diposting|dipublikasikan|diterbitkan|ditulis|posted|published|updated|diperbarui|tanggal|tgl)/i;
// "Oleh Ahmad Fauzi", "Editor: Rina S." beside a date line.
const BYLINE =
  /\b(?:[Oo]leh|[Pp]enulis|[Ee]ditor|[Rr]eporter|[Rr]edaktur|[Pp]ewarta|[Bb]y|[Ss]umber)\s*:?\s*(?:[A-Z][\w.'’]*\s*){1,4}/g;
const DATE_LINE_REST =
  /\b(?:wib|wita|wit|pukul|jam|oleh|admin|redaksi|by|pada|on)\b|\d{1,2}[:.]\d{2}(?::\d{2})?|[|,:•·\-–—/()]/gi;

function monthOf(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase();
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return null;
}

function weekdayOf(word: string | undefined): number | null {
  if (!word) return null;
  return WEEKDAYS[word.toLowerCase().replace(/[^a-z]/g, '')] ?? null;
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
      add(m, { day: Number(m[2]), month: Number(m[4]), year: yearOf(m[5]) }, null, m[1]),
    );
}

const MAX_PER_SENTENCE = 12;
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function isReal(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
}

function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Resolves a range's two ends; the start borrows the end's month and year ("28-31 Agustus 2018"). */
function resolveMention(
  mention: DateMention,
  refYear: number | null,
  refDate: string | null,
): { start: string; end: string | null } | null {
  if (!mention.from) {
    // A bare weekday is the last such day on or before the publication date.
    if (!refDate || mention.weekday === null) return null;
    const pub = dayNumber(refDate);
    const back = (new Date(pub * 86_400_000).getUTCDay() - mention.weekday + 7) % 7;
    return { start: fromDayNumber(pub - back), end: null };
  }
  const to = mention.to;
  const from = { ...mention.from };
  if (to) {
    from.month ??= to.month;
    if (from.year === null && to.year !== null && from.month !== null && to.month !== null)
      from.year = from.month > to.month ? to.year - 1 : to.year;
  }
  const fill = (p: PartialDate): string | null => {
    if (p.month === null) return null;
    let year = p.year;
    if (year === null) {
      if (refYear === null) return null;
      year = refYear;
      // A yearless date well after the publication date belongs to the year before (December news in January).
      if (
        refDate &&
        isReal(year, p.month, p.day) &&
        dayNumber(iso(year, p.month, p.day)) > dayNumber(refDate) + 60
      )
        year -= 1;
    }
    return isReal(year, p.month, p.day) ? iso(year, p.month, p.day) : null;
  };
  const start = fill(from);
  if (!start) return null;
  let end = to ? fill({ ...to, year: to.year ?? Number(start.slice(0, 4)) }) : null;
  if (end && end < start) end = null;
  return { start, end: end === start ? null : end };
}

function weekdayMatches(mention: DateMention, isoDate: string): boolean {
  if (mention.weekday === null || !mention.from) return true;
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay() === mention.weekday;
}

// "https://…/2026/01/16/judul/" or "Sumber: https://…" on a line of its own: the page's address, pasted in.
const URL_LINE = /^(?:(?:sumber|source|link|url|tautan)\s*:?\s*)?(https?:\/\/\S+)$/i;
const SOURCE_URL_LINE = /^(?:sumber|source)\s*:?\s*(https?:\/\/\S+)$/i;

/**
 * The page's own address when the text carries it: a bare URL line among the first paragraphs, or a
 * "Sumber: URL" line anywhere. Links inside sentences point elsewhere and are not read.
 * @example urlInText('https://x.go.id/2026/01/16/a/\nPeserta tiba.') // 'https://x.go.id/2026/01/16/a/'
 */
export function urlInText(text: string): string | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const m = i < 3 ? URL_LINE.exec(line) : SOURCE_URL_LINE.exec(line);
    if (m) return m[1]!;
  }
  return null;
}

/** The year written in the URL path (`/2023/06/22/`, `/2019/04/`), and the full date when it has one. */
export function urlDate(url: string | null | undefined): { year: number; date: string | null } | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not a URL we can parse: read the string as it is.
  }
  const day = URL_DAY.exec(path);
  if (day && isReal(Number(day[1]), Number(day[2]), Number(day[3])))
    return { year: Number(day[1]), date: iso(Number(day[1]), Number(day[2]), Number(day[3])) };
  const month = URL_MONTH.exec(path);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return { year: Number(month[1]), date: null };
  return null;
}

// After a date line's date, the site's own fields: "· Admin Bapelkes X · Kategori: Berita", "| Dibaca: 287 kali".
const META_SPLIT = /\s+[-–—]\s+|\s*[|·•]\s*/;
const META_WORD = String.raw`(?:[A-Z0-9][\w.:'’&/-]*|dan|&|kali|admin|humas|redaksi|oleh|wib|wita|wit|menit|baca|min|read|views?|dilihat|komentar)`;
const META_FIELD = new RegExp(String.raw`^(?:[A-Za-z]+\s*:\s*)?${META_WORD}(?:\s+${META_WORD}){0,7}$`);
const CLOCK = /^\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:wib|wita|wit)?/i;

/** Whether what comes before a date on its line is only the site's fields: "Puslatbang KMP LAN · ". */
function isMetadataHead(before: string): boolean {
  const head = before.trim();
  if (!head || head.length > 100 || !/[|·•—–-]$/.test(head)) return false;
  const fields = head
    .replace(/\s*[|·•—–-]$/, '')
    .split(META_SPLIT)
    .map((f) => f.trim())
    .filter(Boolean);
  return fields.length > 0 && fields.length <= 4 && fields.every((f) => META_FIELD.test(f));
}

/** Whether what follows a date on its line is only the site's metadata, split by separators. */
function isMetadataTail(after: string): boolean {
  const rest = after.replace(CLOCK, '').trim();
  if (!rest) return true;
  if (!/^[-–—|·•]/.test(rest) || rest.length > 160) return false;
  const fields = rest
    .replace(/^[-–—|·•]\s*/, '')
    .split(META_SPLIT)
    .map((f) => f.trim())
    .filter(Boolean);
  return fields.length > 0 && fields.length <= 6 && fields.every((f) => META_FIELD.test(f));
}

// A CMS byline: "admin_web 28/09/2022 Berita, Kegiatan 0 Komentar", "Posted by Humas on 3/7/2023".
const META_CUE =
  /(?:^|\s)(?:[a-z]+_[\w.]+|@\w+|admin\w*|redaksi|humas|operator|posted|diposting|oleh|by|komentar|comments?|dibaca|views?|kategori|category|berita|news)(?=[\s,:|]|$)/i;
const META_TOKEN =
  /^(?:[A-Z0-9][\w.'’&/-]*|[a-z]+_[\w.]+|@\w+|admin\w*|redaksi|humas|oleh|by|on|pada|in|di|posted|diposting|dan|kali|komentar|comments?|views?|dibaca|dilihat|wib|wita|wit)$/;

/** Whether a line's words, the date taken out, are a CMS byline's fields and nothing a sentence would say. */
function isMetaLine(mention: DateMention, body: string): boolean {
  const s = mention.sentence;
  if (s.paragraph > 6 || s.text.length > 160) return false;
  if ((s.start > 0 && body[s.start - 1] !== '\n') || (s.end < body.length && body[s.end] !== '\n'))
    return false;
  const rest = `${s.text.slice(0, mention.index)} ${s.text.slice(mention.end)}`.replace(CLOCK_ANYWHERE, ' ');
  if (!META_CUE.test(rest)) return false;
  const tokens = rest.split(/[\s,|·•:/()\-–—]+/).filter(Boolean);
  return tokens.length <= 14 && tokens.every((t) => META_TOKEN.test(t));
}
const CLOCK_ANYWHERE = /\b\d{1,2}[:.]\d{2}(?::\d{2})?\b/g;

/** A line that is a date and little else ("Kamis, 22 Juni 2023 | 14:45 Wita"): the article's own date. */
function isDateLine(mention: DateMention, body: string): boolean {
  const s = mention.sentence;
  if (s.source !== 'text' || !mention.from) return false;
  const before = s.text.slice(0, mention.index);
  if (PUBLISH_WORDS.test(before.trim())) return true;
  if (s.paragraph > 8) return false;
  const after = s.text.slice(mention.end);
  const rest = (before + after).replace(BYLINE, ' ').replace(DATE_LINE_REST, ' ').trim();
  if (rest.length <= 12 && s.paragraph <= 4) return true;
  // A line that opens on the date (or on the site's fields, "Humas BPSDM · 27 Jun 2022") and goes on
  // with the site's metadata.
  const lineHead = s.start === 0 || body[s.start - 1] === '\n';
  const headOk = before.trim() === '' || (s.paragraph <= 4 && isMetadataHead(before));
  return (lineHead && headOk && isMetadataTail(after)) || isMetaLine(mention, body);
}

/** "SEMARANG (2/4) –" or "Jakarta, 12 Juni 2023 -": a place in front, a dash after, at a paragraph's head. */
function isDateline(mention: DateMention, body: string): boolean {
  const s = mention.sentence;
  if (s.source !== 'text' || s.paragraph > 3 || !mention.from) return false;
  if (s.start > 0 && body[s.start - 1] !== '\n') return false;
  const before = s.text.slice(0, mention.index);
  if (before.length > 40 || !/^[A-Z][A-Za-z .'’]*,?\s*(?:[A-Za-z.]+\s*)?$/.test(before)) return false;
  const place = before.replace(/,.*$/, '').trim();
  // "Gresik (12/6) –": a bracketed day between a place and a dash is a dateline whatever the case.
  const bracketed = s.text[mention.end - 1] === ')';
  return (
    /^\s*[-–—:]/.test(s.text.slice(mention.end)) &&
    (place === place.toUpperCase() || /,/.test(before) || bracketed)
  );
}

/** A date in a sentence about something that happened before ("diresmikan … 2017 lalu"). */
function isPastEvent(m: DateMention, context?: ArticleContext): boolean {
  return holds(m.sentence, PAST_EVENT, context) || AFTER_PAST.test(m.sentence.text.slice(m.end, m.end + 20));
}

const PATTERNS_HELD = memo('date context patterns', (_: Sentence) => new Map<RegExp, boolean>());
/** Whether a sentence matches a context pattern, tested once per sentence however many dates it holds. */
function holds(sentence: Sentence, pattern: RegExp, context?: ArticleContext): boolean {
  const known = recall(context, PATTERNS_HELD, sentence);
  let hit = known.get(pattern);
  if (hit === undefined) known.set(pattern, (hit = pattern.test(sentence.text)));
  return hit;
}

function yearCounts(mentions: DateMention[], context?: ArticleContext): number | null {
  const counts = new Map<number, number>();
  for (const m of mentions) {
    if (isPastEvent(m, context)) continue;
    for (const p of [m.from, m.to]) if (p?.year) counts.set(p.year, (counts.get(p.year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, n] of counts)
    if (best === null || n > counts.get(best)! || (n === counts.get(best) && year > best)) best = year;
  return best;
}

// "PKP Angkatan II Tahun 2024", "TA 2023": the year a training runs, when no written date gives one.
const TAHUN = /\b(?:tahun|th\.?|t\.?a\.?)\s*((?:19|20)\d{2})\b/gi;
// "Perka LAN Nomor 20 Tahun 2015" dates a regulation, not the article.
const REGULATION_NUMBER = /\b(?:nomor|no\.?)\s*\d+[a-z]?\s*$/i;

function tahunYear(sentences: Sentence[], context?: ArticleContext): number | null {
  const counts = new Map<number, number>();
  for (const s of sentences) {
    if (!/\d{4}/.test(s.text) || holds(s, PAST_EVENT, context)) continue;
    TAHUN.lastIndex = 0;
    for (let m = TAHUN.exec(s.text); m; m = TAHUN.exec(s.text)) {
      if (REGULATION_NUMBER.test(s.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (AFTER_PAST.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      const year = Number(m[1]);
      counts.set(year, (counts.get(year) ?? 0) + (s.source === 'title' ? 2 : 1));
    }
  }
  let best: number | null = null;
  for (const [year, n] of counts)
    if (best === null || n > counts.get(best)! || (n === counts.get(best) && year > best)) best = year;
  return best;
}

// "…, katanya, Kamis (9/10)", "ujar Bupati kepada wartawan, Senin (3/6)": the day a statement was made.
const SPOKEN =
  /\b(?:kata|ujar|ucap|tutur|ungkap|jelas|terang|sebut|tegas|papar|imbuh|tambah|pesan|harap)(?:nya)?\b[^.!?"“”]{0,60}$|\bkepada\s+(?:wartawan|media|awak\s+media|jurnalis)[^.!?]{0,20}$/i;

/** A date attached to a quoted statement: a stand-in for the publication date when nothing better exists. */
function isStatementDate(mention: DateMention, context?: ArticleContext): boolean {
  const s = mention.sentence;
  if (s.source !== 'text' || !mention.from || isPastEvent(mention, context)) return false;
  return SPOKEN.test(s.text.slice(Math.max(0, mention.index - 80), mention.index));
}

// "Di Puskesmas Sobo peserta mempelajari …, Selasa (10/4)": the trainees at work, likely on the visit.
const TRAINEES = /\b(?:peserta|rombongan)\b/i;

/**
 * How surely a sentence dates the visit rather than the training or something else: 0 it names the
 * visit, 1 it tells of the trainees doing something, null it does not date the visit.
 */
function visitContext(sentence: Sentence, context?: ArticleContext): 0 | 1 | null {
  if (holds(sentence, VISIT, context)) return 0;
  if (holds(sentence, NOT_THE_VISIT, context)) return null;
  if (holds(sentence, HAPPENED, context)) return 0;
  return holds(sentence, TRAINEES, context) ? 1 : null;
}

/**
 * Publication date, visit start and visit end, each with the sentence it was read in. `pageDate` is the
 * page's own date from its metadata, trusted after the text's date line and dateline and the URL.
 * @example extractDates(prepareSource('…', 'Senin, 1 April 2019\nPeserta diterima Bupati, Senin (1/4).'))
 */
export function extractDates(
  source: ArticleContext,
  rawText: string = source.text,
  pageDate: string | null = null,
): DateFields {
  const evidence: Record<string, Evidence> = {};
  const mentions = source.sentences.flatMap(findDateMentions);
  const url = source.url ?? urlInText(source.text);
  const fromUrl = urlDate(url);
  const page = pageDate && /^\d{4}-\d{2}-\d{2}$/.test(pageDate) ? pageDate : null;
  const copyright = COPYRIGHT.exec(rawText);
  const refYear =
    fromUrl?.year ??
    yearCounts(mentions, source) ??
    (page ? Number(page.slice(0, 4)) : null) ??
    tahunYear(source.sentences, source) ??
    (copyright ? Number(copyright[1]) : null);
  const refDate = fromUrl?.date ?? page;

  // Publication: a date line, then a dateline, then the URL path, the page's metadata, a statement's day.
  let publishedAt: string | null = null;
  let published: DateMention | null = null;
  for (const test of [isDateLine, isDateline]) {
    for (const m of mentions) {
      if (!test(m, source.text)) continue;
      const resolved = resolveMention(m, refYear, refDate);
      if (resolved) {
        publishedAt = resolved.start;
        published = m;
        evidence.publishedAt = evidenceOf(m.sentence);
        break;
      }
    }
    if (publishedAt) break;
  }
  if (!publishedAt && fromUrl?.date && url) {
    publishedAt = fromUrl.date;
    // A URL pasted into the body is cited where it stands.
    const line = source.url
      ? null
      : source.sentences.find((s) => s.source === 'text' && s.text.includes(url));
    evidence.publishedAt = line
      ? evidenceOf(line)
      : { source: 'url', start: 0, end: url.length, sentence: url };
  }
  if (!publishedAt && page) publishedAt = page;
  if (!publishedAt) {
    for (const m of mentions) {
      const resolved = isStatementDate(m, source) ? resolveMention(m, refYear, null) : null;
      if (resolved) {
        // The statement is news of the day: it may well date the visit too, so it stays a candidate.
        publishedAt = resolved.start;
        evidence.publishedAt = evidenceOf(m.sentence);
        break;
      }
    }
  }

  // The visit: dates in sentences that speak of the visit, ranges first, the earliest such sentence first.
  const visitYear = publishedAt ? Number(publishedAt.slice(0, 4)) : refYear;
  type Candidate = { mention: DateMention; start: string; end: string | null; rank: number };
  const candidates: Candidate[] = [];
  for (const m of mentions) {
    if (m === published || (m.sentence.source === 'title' && !m.from)) continue;
    const visit = isPastEvent(m, source) ? null : visitContext(m.sentence, source);
    if (visit === null) continue;
    const resolved = resolveMention(m, visitYear, publishedAt);
    if (!resolved) continue;
    // A visit lasts days; "5 Mei hingga 20 Juli" is the whole training.
    if (resolved.end && dayNumber(resolved.end) - dayNumber(resolved.start) > 14) continue;
    const days = DURATION.exec(m.sentence.text.slice(m.end, m.end + 80));
    if (days && !resolved.end && m.from) {
      const n = DAY_COUNTS[days[1]!.toLowerCase()] ?? Number(days[1]);
      if (n >= 2 && n <= 10) resolved.end = fromDayNumber(dayNumber(resolved.start) + n - 1);
    }
    // An article reports a recent visit: a date years away from publication is history, not the visit.
    if (publishedAt && Math.abs(dayNumber(resolved.start) - dayNumber(publishedAt)) > 200) continue;
    let rank = visit * 4 + (resolved.end ? 0 : 1) + (m.from ? 0 : 2);
    if (!weekdayMatches(m, resolved.start)) rank += 3;
    candidates.push({ mention: m, ...resolved, rank });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  const best = candidates[0];
  // "Rombongan diterima Senin (12/6)" and, less surely, "berada di Jatim selama tiga hari, 12-14 Juni":
  // a range beginning on the visit's own first day tells how long the visit lasted.
  const span = best && !best.end ? candidates.find((c) => c.end && c.start === best.start) : undefined;
  if (best) {
    evidence.startDate = evidenceOf(best.mention.sentence);
    if (best.end) evidence.endDate = evidenceOf(best.mention.sentence);
    else if (span) evidence.endDate = evidenceOf(span.mention.sentence);
  }
  const endDate = best?.end ?? span?.end ?? null;
  return { publishedAt, startDate: best?.start ?? null, endDate, evidence };
}
