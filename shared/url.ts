/**
 * Canonical article URLs: one string per article however it was reached (tracking parameters, fragment,
 * `www.`/`m.`/`amp.` hosts, AMP paths, default ports, trailing slash). The worker dedupes clips on it and
 * the extension asks "already clipped?" with it. It is an identity key, not a URL to open: keep the original.
 */

/**
 * Query parameters that only say how a reader arrived. Only names known to be tracking: a site's own
 * parameter (`ref`, `id`, `page`) may tell two articles apart.
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'ref_src',
  'ref_url',
  'cmpid',
  'spm',
  's_cid',
  'utm',
]);
const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_', 'hsa_'];
/** Host labels that mark a mobile or AMP copy of the same site. */
const VARIANT_HOST_PREFIXES = ['www', 'm', 'mobile', 'amp'];

function isTrackingParam(name: string, value: string): boolean {
  const key = name.toLowerCase();
  if (TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p))) return true;
  // AMP switches, and the "whole article on one page" switches of Indonesian news sites (kompas, detik).
  if (key === 'amp' || (key === 'outputtype' && value.toLowerCase() === 'amp')) return true;
  if ((key === 'page' && value.toLowerCase() === 'all') || (key === 'single' && value === '1')) return true;
  return false;
}

/** Second-level labels under a country code that are registries, not sites: `go.id`, `co.id`, `ac.id` … */
const SECOND_LEVEL = new Set([
  'go',
  'co',
  'ac',
  'or',
  'sch',
  'web',
  'my',
  'net',
  'mil',
  'desa',
  'ponpes',
  'biz',
  'com',
  'org',
  'gov',
  'edu',
]);

/** How many trailing labels name the registrable site: `example.com` 2, `pemkab.go.id` 3. */
function siteLabels(labels: readonly string[]): number {
  const n = labels.length;
  return n >= 3 && labels[n - 1]!.length === 2 && SECOND_LEVEL.has(labels[n - 2]!) ? 3 : 2;
}

function canonicalHost(hostname: string): string {
  let labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  const keep = siteLabels(labels);
  while (labels.length > keep && VARIANT_HOST_PREFIXES.includes(labels[0]!)) labels = labels.slice(1);
  // `news.amp.example.com` is an AMP copy of `news.example.com`.
  const site = labels.length - keep;
  labels = labels.filter((label, i) => label !== 'amp' || i >= site);
  return labels.join('.');
}

/**
 * Whether a path segment names an article (a slug or a number), so that "/<article>/amp" is its AMP copy;
 * "/tag/amp" is a tag page called "amp", not a copy of "/tag".
 */
const isArticleSegment = (segment: string) => /[-_\d]/.test(segment) || segment.length >= 20;

function canonicalPath(pathname: string): string {
  let path = pathname
    .replace(/\/{2,}/g, '/')
    .replace(/^\/amp(?=\/.)/i, '')
    .replace(/\.amp(?=\.html?$)/i, '')
    .replace(/\.amp$/i, '');
  const segments = path.split('/').filter(Boolean);
  if (segments.length >= 2 && segments.at(-1)!.toLowerCase() === 'amp' && isArticleSegment(segments.at(-2)!))
    path = `/${segments.slice(0, -1).join('/')}`;
  return path.replace(/\/+$/, '');
}

/** The parameters that tell articles apart, sorted: `?a=1&b=2`, or '' when none is left. */
function canonicalQuery(searchParams: URLSearchParams): string {
  const params = [...searchParams].filter(([name, value]) => !isTrackingParam(name, value));
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return params.length ? `?${new URLSearchParams(params).toString()}` : '';
}

/**
 * The canonical form of an http(s) URL. Throws a TypeError for anything else.
 * @example canonicalUrl('http://www.Example.com/amp/berita/1/?utm_source=wa#x') // 'https://example.com/berita/1'
 */
export function canonicalUrl(input: string): string {
  const url = new URL(input.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('Only http(s) URLs');
  const host = canonicalHost(url.hostname);
  // http and https copies are one article; the port survives only when it is not a default one.
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const query = url.search ? canonicalQuery(url.searchParams) : '';
  return `https://${host}${port}${canonicalPath(url.pathname)}${query}`;
}

/** canonicalUrl, or null when the input is not an http(s) URL. */
export function tryCanonicalUrl(input: string): string | null {
  try {
    return canonicalUrl(input);
  } catch {
    return null;
  }
}
