import { describe, expect, it } from 'vitest';
import { canonicalUrl, tryCanonicalUrl } from '../../shared/url.ts';

describe('canonicalUrl', () => {
  const base = 'https://example.com/berita/2023/06/22/studi-lapangan';

  it.each([
    ['tracking parameters', `${base}?utm_source=wa&utm_medium=social&fbclid=abc&gclid=x&ref_src=twsrc`],
    ['the fragment', `${base}#komentar`],
    ['www. and case in the host', 'https://WWW.Example.COM/berita/2023/06/22/studi-lapangan'],
    ['m. mobile host', 'https://m.example.com/berita/2023/06/22/studi-lapangan'],
    ['amp. host', 'https://amp.example.com/berita/2023/06/22/studi-lapangan'],
    ['/amp path suffix', `${base}/amp`],
    ['/amp/ path prefix', 'https://example.com/amp/berita/2023/06/22/studi-lapangan'],
    ['?amp', `${base}?amp`],
    ['?amp=1', `${base}?amp=1`],
    ['?outputType=amp', `${base}?outputType=amp`],
    ['a trailing slash', `${base}/`],
    ['the default port', 'https://example.com:443/berita/2023/06/22/studi-lapangan'],
    ['http', 'http://example.com:80/berita/2023/06/22/studi-lapangan'],
    ['kompas page=all', `${base}?page=all`],
    ['detik single=1', `${base}?single=1`],
  ])('removes %s', (_what, variant) => {
    expect(canonicalUrl(variant)).toBe(base);
  });

  it('removes an amp host label inside the host', () => {
    expect(canonicalUrl('https://regional.amp.example.com/read/1')).toBe(
      'https://regional.example.com/read/1',
    );
  });

  it('keeps parameters that name the article, sorted', () => {
    expect(canonicalUrl('https://example.com/read.php?id=42&cat=3&utm_campaign=x')).toBe(
      'https://example.com/read.php?cat=3&id=42',
    );
  });

  it('keeps other paths, hosts and ports apart', () => {
    expect(canonicalUrl('https://example.com/a')).not.toBe(canonicalUrl('https://example.com/b'));
    expect(canonicalUrl('https://news.example.com/a')).not.toBe(canonicalUrl('https://example.com/a'));
    expect(canonicalUrl('https://example.com:8080/a')).toBe('https://example.com:8080/a');
    expect(canonicalUrl('https://example.com/page?page=2')).toBe('https://example.com/page?page=2');
  });

  it('drops the root slash and keeps two-label hosts', () => {
    expect(canonicalUrl('https://www.example.com/')).toBe('https://example.com');
    expect(canonicalUrl('https://m.go.id/x')).toBe('https://m.go.id/x');
    expect(canonicalUrl('https://www.banyuwangikab.go.id/x')).toBe('https://banyuwangikab.go.id/x');
    expect(canonicalUrl('https://m.detik.co.id/x')).toBe('https://detik.co.id/x');
    expect(canonicalUrl('https://amp.co.id/x')).toBe('https://amp.co.id/x');
  });

  it('refuses non-http URLs', () => {
    expect(() => canonicalUrl('javascript:alert(1)')).toThrow(TypeError);
    expect(() => canonicalUrl('ftp://example.com/a')).toThrow(TypeError);
    expect(tryCanonicalUrl('not a url')).toBeNull();
  });
});
