/**
 * Gives the extension's translate the messages the build writes into `_locales` (made here from
 * locales/*.json by @wxt-dev/i18n's own generator), as loadCatalogs reads them in a browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { LANGUAGES, useMessages, type ChromeMessages } from '../../extension/utils/i18n.ts';

/** A language's messages as `_locales/<lang>/messages.json` holds them. */
export function chromeMessages(language: string): ChromeMessages {
  const text = readFileSync(resolve('extension/locales', `${language}.json`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'JSON5')) as ChromeMessages;
}

for (const language of LANGUAGES) useMessages(language, chromeMessages(language));
