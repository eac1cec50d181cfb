/** Page metadata readers: dates as Indonesian pages write them, and the order of sources. */
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { canonicalUrl, publishedDay, writtenDay } from '../../shared/capture/meta.ts';
import { stripPageChrome } from '../../shared/capture/clean.ts';

const page = (head: string, body = '') =>
  parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('writtenDay', () => {
  test.each([
    ['Senin, 1 April 2019', '2019-04-01'],
    ['Kamis, 22 Juni 2023 | 14:45 Wita', '2023-06-22'],
    ['22 Jun 2023 14:45 WIB', '2023-06-22'],
    ['Selasa, 22 Nopember 2016', '2016-11-22'],
    ['01/04/2019', '2019-04-01'],
    ['2018-09-04T08:30:00+07:00', '2018-09-04'],
  ])('%s → %s', (written, day) => expect(writtenDay(written)).toBe(day));

  test.each(['31 Februari 2019', '12 Bulan 2019', 'Dilihat 1.234 kali', ''])('%s → null', (written) =>
    expect(writtenDay(written)).toBeNull(),
  );
});

describe('publishedDay', () => {
  test('JSON-LD datePublished wins over article:published_time', () => {
    const doc = page(
      '<meta property="article:published_time" content="2020-01-02T00:00:00Z"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-04-02T09:00:00+07:00"}]}</script>',
    );
    expect(publishedDay(doc)).toBe('2019-04-02');
  });
  test('a visible date line in a date-classed element', () => {
    expect(publishedDay(page('', '<span class="post-date">Senin, 1 April 2019</span>'))).toBe('2019-04-01');
  });
  test('no date anywhere → null', () => {
    expect(publishedDay(page('', '<p>Rombongan tiba pada 1 April 2019.</p>'))).toBeNull();
  });
});

describe('canonicalUrl', () => {
  test('ignores a javascript: canonical and falls back to the page URL', () => {
    expect(canonicalUrl(page('<link rel="canonical" href="javascript:alert(1)">'), 'https://a.test/x')).toBe(
      'https://a.test/x',
    );
  });
  test('resolves a relative canonical against the page', () => {
    expect(
      canonicalUrl(page('<link rel="canonical" href="/berita/1">'), 'https://a.test/x?utm_source=y'),
    ).toBe('https://a.test/berita/1');
  });
});

describe('stripPageChrome', () => {
  test('removes an inline "Baca juga" link but keeps a long paragraph that merely starts so', () => {
    const long = `Baca juga laporan lengkapnya di bawah ini, ${'peserta diklat mengunjungi lokus '.repeat(12)}`;
    const doc = page(
      '',
      `<article><p>Isi berita.</p><p><strong>Baca juga: <a href="/x">Berita lain</a></strong></p><p>${long}<a href="/y">tautan</a></p></article>`,
    );
    stripPageChrome(doc);
    const text = doc.body.textContent ?? '';
    expect(text).not.toContain('Berita lain');
    expect(text).toContain('laporan lengkapnya');
    expect(text).toContain('Isi berita.');
  });
});
