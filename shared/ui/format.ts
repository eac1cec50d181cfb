/** Small display helpers for clips: dates in the reader's language, a source's name, safe links. */
import type { UiLang } from './strings.ts';

/**
 * A date (`2023-06-22`) or instant as "22 Juni 2023" / "22 June 2023" in the reader's language, in WIB.
 * @example formatDate('2023-06-22', 'id') // '22 Juni 2023'
 */
export function formatDate(value: string, lang: UiLang): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00+07:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return DATE_FORMATS[lang].format(date);
}

// Building a formatter costs far more than using one: one per language, made once.
const DATE_FORMATS: Record<UiLang, Intl.DateTimeFormat> = {
  id: longDateFormat('id-ID'),
  en: longDateFormat('en-GB'),
};

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
