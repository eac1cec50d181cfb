import { render } from 'preact';
import { I18nProvider } from '../../components/I18n.tsx';
import { translate } from '../../utils/i18n.ts';
import { languageItem } from '../../utils/storage.ts';
import { App } from './App.tsx';

void languageItem.getValue().then((language) => {
  document.title = translate(language, 'options.heading');
  render(
    <I18nProvider initial={language}>
      <App />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});
