/**
 * Calendar arithmetic for the date passes: ISO days, day numbers, a written mention resolved into ISO
 * start and end with a reference year, and the dates a URL or a pasted address line carries.
 */
import type { DateMention, PartialDate } from './forms.ts';

const URL_DAY = /(?:^|[/_-])((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/;
const URL_MONTH = /\/((?:19|20)\d{2})\/(\d{1,2})\//;
// "/05/09/2019/": Indonesian sites that date their paths day first.
const URL_DAY_FIRST = /\/(\d{2})\/(\d{2})\/((?:19|20)\d{2})(?=\/)/;
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function isReal(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
}

export function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Resolves a range's two ends; the start borrows the end's month and year ("28-31 Agustus 2018"). */
export function resolveMention(
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

export function weekdayMatches(mention: DateMention, isoDate: string): boolean {
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

/**
 * The year written in the URL path (`/2023/06/22/`, `/2019/04/`, day first `/05/09/2019/`), and the full date
 * when it has one.
 */
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
  const dayFirst = URL_DAY_FIRST.exec(path);
  if (dayFirst && isReal(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])))
    return {
      year: Number(dayFirst[3]),
      date: iso(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])),
    };
  const month = URL_MONTH.exec(path);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return { year: Number(month[1]), date: null };
  return null;
}
