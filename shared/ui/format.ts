/** Small display helpers for clips: dates in the reader's language, a source's name, safe links, region names. */
import { regionByCode } from '../regions/index.ts';
import type { Locus } from '../schema/locus-record.ts';
import type { UiLang } from './strings.ts';

/**
 * A date (`2023-06-22`) or instant as "22 Juni 2023" / "22 June 2023" in the reader's language, in WIB.
 * @example formatDate('2023-06-22', 'id') // '22 Juni 2023'
 */
export function formatDate(value: string, lang: UiLang): string {
  const known = FORMATTED[lang].get(value);
  if (known !== undefined) return known;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00+07:00` : value);
  const formatted = Number.isNaN(date.getTime()) ? value : DATE_FORMATS[lang].format(date);
  if (FORMATTED[lang].size >= FORMATTED_MAX) FORMATTED[lang].clear();
  FORMATTED[lang].set(value, formatted);
  return formatted;
}

// Building a formatter costs far more than using one: one per language, made once. Using one still costs
// microseconds, and a list shows the same days again and again: the days formatted lately are kept.
const DATE_FORMATS: Record<UiLang, Intl.DateTimeFormat> = {
  id: longDateFormat('id-ID'),
  en: longDateFormat('en-GB'),
};
const FORMATTED_MAX = 2048;
const FORMATTED: Record<UiLang, Map<string, string>> = { id: new Map(), en: new Map() };

function longDateFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Jakarta',
  });
}

/** The host without `www.`, for "Sumber: kompas.com". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The URL when it is http(s), else undefined: a clip's link can never be `javascript:`. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** A locus's region by its official name when the code is known, else as the record wrote it. */
export function locusRegionName(locus: Pick<Locus, 'region' | 'regionCode'>): string | null {
  return (locus.regionCode ? regionByCode(locus.regionCode)?.name : undefined) ?? locus.region ?? null;
}

/**
 * The loci of a clip in one line.
 * @example lociLine(record.loci) // 'Kota Bandung — Dinas Kesehatan (Layad Rawat, e-RK) · Kabupaten Banyuwangi — MPP'
 */
export function lociLine(
  loci: readonly Pick<Locus, 'region' | 'regionCode' | 'agency' | 'innovations'>[],
): string {
  return loci
    .map((locus) => {
      const where = [locusRegionName(locus), locus.agency].filter(Boolean).join(' — ');
      return locus.innovations.length ? `${where} (${locus.innovations.join(', ')})` : where;
    })
    .filter(Boolean)
    .join(' · ');
}
