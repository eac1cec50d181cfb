/**
 * Lokus' own UI strings, read at run time from the `_locales/<lang>/messages.json` files that @wxt-dev/i18n
 * builds from locales/*.json for the manifest — so the catalogs ship once, as data, and in no script.
 * `browser.i18n` follows the browser's language only, so the popup, side panel and options translate through
 * here to honour the language chosen in the options page (Bahasa Indonesia by default). Each page, and every
 * background task that words a message, awaits `loadCatalogs()` first.
 */
import { LANGS, type Lang } from '../../shared/schema/api.ts';

export const LANGUAGES = LANGS;
export type Language = Lang;
export const DEFAULT_LANGUAGE: Language = 'id';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A dotted key into the catalogs: `popup.save`, `field.region` … */
export type MessageKey = Leaves<typeof import('../locales/id.json')>;
export type Substitutions = Record<string, string | number>;
export type Translate = (key: MessageKey, substitutions?: Substitutions) => string;

/** A catalog as `_locales` holds it: nested keys flattened with "_" (`popup_save`). */
export type ChromeMessages = Record<string, { message: string }>;

const catalogs: Partial<Record<Language, ReadonlyMap<string, string>>> = {};
let loading: Promise<void> | undefined;

/** Installs a language's messages (what loadCatalogs reads; the tests give them from locales/*.json). */
export function useMessages(language: Language, messages: ChromeMessages): void {
  catalogs[language] = new Map(Object.entries(messages).map(([key, { message }]) => [key, message]));
}

/** Reads every language's messages from the extension's own `_locales`, once per page or worker. */
export function loadCatalogs(): Promise<void> {
  loading ??= Promise.all(
    LANGUAGES.map(async (language) => {
      if (catalogs[language]) return;
      // Relative to the extension's own origin, from a page or from the background alike. A catalog that
      // cannot be read leaves its messages to the other language, then to their keys: never a blank page.
      try {
        const res = await fetch(`/_locales/${language}/messages.json`);
        useMessages(language, (await res.json()) as ChromeMessages);
      } catch (err) {
        console.error(`Lokus: the ${language} messages could not be read`, err);
      }
    }),
  ).then(() => undefined);
  return loading;
}

function lookup(language: Language, key: MessageKey): string {
  const id = key.replaceAll('.', '_');
  return catalogs[language]?.get(id) ?? catalogs[DEFAULT_LANGUAGE]?.get(id) ?? key;
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/**
 * The message in `language`, falling back to Bahasa Indonesia, then to the key itself (catalogs not loaded).
 * @example translate('en', 'popup.alreadyClipped', { cohort: 'PKA Angkatan II' })
 */
export function translate(language: Language, key: MessageKey, substitutions?: Substitutions): string {
  const message = lookup(language, key);
  if (!substitutions) return message;
  return message.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) =>
    Object.hasOwn(substitutions, name) ? String(substitutions[name]) : match,
  );
}

/** A `translate` bound to one language, for components. */
export function translator(language: Language): Translate {
  return (key, substitutions) => translate(language, key, substitutions);
}
