/**
 * Lokus' own UI strings: one lookup over the same catalogs @wxt-dev/i18n turns into `_locales` for the
 * manifest. `browser.i18n` follows the browser's language only, so the popup, side panel and options
 * translate through here to honour the language chosen in the options page (Bahasa Indonesia by default).
 */
import id from '../locales/id.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };

import { LANGS, type Lang } from '../../shared/schema/api.ts';

export const LANGUAGES = LANGS;
export type Language = Lang;
export const DEFAULT_LANGUAGE: Language = 'id';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A dotted key into the catalogs: `popup.save`, `field.region` … */
export type MessageKey = Leaves<typeof id>;
export type Substitutions = Record<string, string | number>;
export type Translate = (key: MessageKey, substitutions?: Substitutions) => string;

type Catalog = { [key: string]: string | Catalog };

/** Flattens a nested catalog into dotted keys. */
export function flattenCatalog(catalog: Catalog, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') flat.set(prefix + key, value);
    else for (const [k, v] of flattenCatalog(value, `${prefix}${key}.`)) flat.set(k, v);
  }
  return flat;
}

const catalogs: Record<Language, Map<string, string>> = {
  id: flattenCatalog(id),
  en: flattenCatalog(en),
};

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/**
 * The message in `language`, falling back to Bahasa Indonesia, then to the key itself.
 * @example translate('en', 'popup.alreadyClipped', { cohort: 'PKA Angkatan II' })
 */
export function translate(language: Language, key: MessageKey, substitutions?: Substitutions): string {
  const message = catalogs[language].get(key) ?? catalogs[DEFAULT_LANGUAGE].get(key) ?? key;
  if (!substitutions) return message;
  return message.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) =>
    Object.hasOwn(substitutions, name) ? String(substitutions[name]) : match,
  );
}

/** A `translate` bound to one language, for components. */
export function translator(language: Language): Translate {
  return (key, substitutions) => translate(language, key, substitutions);
}

/** The dotted keys of a catalog, for the test that id and en say the same things. */
export function catalogKeys(language: Language): string[] {
  return [...catalogs[language].keys()].sort();
}
