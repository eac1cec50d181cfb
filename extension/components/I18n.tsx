/**
 * The UI language for every Lokus page: starts from the stored choice and follows changes made in the
 * options page while a page is open. Components translate with `useT()`.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_LANGUAGE, isLanguage, translator, type Language, type Translate } from '../utils/i18n.ts';
import { languageItem } from '../utils/storage.ts';

const LanguageContext = createContext<Language>(DEFAULT_LANGUAGE);

export function I18nProvider(props: { initial: Language; children: ComponentChildren }) {
  const [language, setLanguage] = useState<Language>(props.initial);
  useEffect(
    () =>
      languageItem.watch((next) => {
        setLanguage(isLanguage(next) ? next : DEFAULT_LANGUAGE);
      }),
    [],
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <LanguageContext.Provider value={language}>{props.children}</LanguageContext.Provider>;
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => translator(language), [language]);
}
