import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseMessagesText, generateChromeMessages } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { translate, translator, type MessageKey } from '../../extension/utils/i18n.ts';
import { chromeMessages } from './catalogs.ts';

/** The dotted keys of a language's catalog. */
const catalogKeys = (language: string) =>
  Object.keys(chromeMessages(language))
    .map((key) => key.replaceAll('_', '.') as MessageKey)
    .sort();

describe('catalogs', () => {
  it('id and en have exactly the same keys', () => {
    expect(catalogKeys('en')).toEqual(catalogKeys('id'));
    expect(catalogKeys('id').length).toBeGreaterThan(50);
  });

  it('no message is empty and the same placeholders appear in both languages', () => {
    for (const key of catalogKeys('id') as Parameters<typeof translate>[1][]) {
      const id = translate('id', key);
      const en = translate('en', key);
      expect(id.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(en), key).toEqual(names(id));
    }
  });

  it.each(['id', 'en'])('locales/%s.json builds into _locales messages for @wxt-dev/i18n', async (lang) => {
    const text = await readFile(resolve('extension/locales', `${lang}.json`), 'utf8');
    const chrome = generateChromeMessages(parseMessagesText(text, 'JSON5'));
    // The manifest's __MSG_…__ keys exist, and nested keys come out flattened with "_".
    expect(chrome.extDescription?.message).toBe(translate(lang as 'id' | 'en', 'extDescription'));
    expect(chrome.actionTitle?.message).toBe(translate(lang as 'id' | 'en', 'actionTitle'));
    expect(chrome.extDescription?.message.trim()).not.toBe('');
    expect(chrome.contextMenu_clipSelection?.message).toBe(
      translate(lang as 'id' | 'en', 'contextMenu.clipSelection'),
    );
  });
});

describe('translate', () => {
  it('speaks Bahasa Indonesia by default and English when asked', () => {
    expect(translate('id', 'popup.save')).toBe('Simpan');
    expect(translate('en', 'popup.save')).toBe('Save');
    expect(translate('id', 'contextMenu.clipSelection')).toBe('Kliping pilihan sebagai kutipan');
  });

  it('fills named placeholders, as text', () => {
    const t = translator('id');
    expect(t('popup.alreadyClipped', { cohort: '<b>PKA II</b>' })).toBe('Sudah dikliping di <b>PKA II</b>');
    expect(translator('en')('outbox.count', { count: 3 })).toBe('3 clips waiting');
  });
});
