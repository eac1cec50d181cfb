/**
 * Turns what a reader types into a safe FTS5 query: words only (letters, digits, marks), each quoted and
 * prefix-matched so "inovasi" finds "inovasinya"; FTS syntax (quotes, NEAR, -, *, :) never reaches SQLite.
 */

const MAX_TERMS = 12;

/**
 * @example clipsFtsQuery('Inovasi "pelayanan" OR-publik*') // '"inovasi"* "pelayanan"* "or"* "publik"*'
 */
export function clipsFtsQuery(q: string | null | undefined): string | null {
  const words =
    (q ?? '')
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, MAX_TERMS);
  return unique.length ? unique.map((w) => `"${w}"*`).join(' ') : null;
}
