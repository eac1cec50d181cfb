import { render } from 'preact';
import { I18nProvider } from '../../components/I18n.tsx';
import { loadCatalogs, translate } from '../../utils/i18n.ts';
import { languageItem } from '../../utils/storage.ts';
import { App, loadExtractor, readTargetTab } from './App.tsx';

// The bench reads `lokus:form-filled`'s startTime (ms since the popup's navigation began); this mark
// splits that into loading the bundle and reading the page.
performance.mark('lokus:popup-start');

const tab = readTargetTab();
const extractor = loadExtractor();
// Handled where they are awaited (App shows the reason); this only keeps an early failure from being "unhandled".
tab.catch(() => undefined);
extractor.catch(() => undefined);

// The catalogs are read from the extension's _locales alongside the chosen language (a few ms).
void Promise.all([languageItem.getValue(), loadCatalogs()]).then(([language]) => {
  document.title = translate(language, 'actionTitle');
  render(
    <I18nProvider initial={language}>
      <App tab={tab} extractor={extractor} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});
