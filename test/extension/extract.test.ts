import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFromPage } from '../../extension/utils/extract.ts';

async function page(name: string) {
  const html = await readFile(resolve('test/fixtures/pages', name), 'utf8');
  return { html, url: `http://127.0.0.1:8799/pages/${name}`, title: '', selection: '' };
}

describe('draftFromPage (the popup capture path, DOMParser → capture → extractor)', () => {
  it('reads a saved news page into a prefilled record with evidence', async () => {
    const draft = draftFromPage(await page('001_5cfa8ae548e3a5be.html'));
    expect(draft.article.title).toMatch(/Banyuwangi/);
    expect(draft.article.text.length).toBeGreaterThan(500);
    expect(draft.record.program).toBe('Diklatpim IV');
    expect(draft.record.loci.some((l) => l.regionCode === '35.10')).toBe(true);
    expect(Object.keys(draft.record.evidence ?? {}).length).toBeGreaterThan(0);
  });

  it('keeps a hostile title as plain text', async () => {
    const draft = draftFromPage(await page('005_hostile.html'));
    expect(draft.article.title).toContain('<img');
  });

  it('passes the selection on, trimmed', async () => {
    const draft = draftFromPage({
      ...(await page('001_5cfa8ae548e3a5be.html')),
      selection: '  Smart Kampung  ',
    });
    expect(draft.selection).toBe('Smart Kampung');
  });
});
