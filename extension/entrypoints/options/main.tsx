import { render } from 'preact';
import { I18nProvider } from '../../components/I18n.tsx';
import { loadCatalogs, translate } from '../../utils/i18n.ts';
import { languageItem } from '../../utils/storage.ts';
import { App } from './App.tsx';

// The catalogs are read from the extension's _locales alongside the chosen language (a few ms).
void Promise.all([languageItem.getValue(), loadCatalogs()]).then(([language]) => {
  document.title = translate(language, 'options.heading');
  render(
    <I18nProvider initial={language}>
      <App />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});
