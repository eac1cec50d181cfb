/**
 * The one place word tables become patterns (after chrono's `matchAnyPattern`): a table is a plain list of
 * words and phrases as people write them; `anyOf` turns it into an alternation, `prefilter` into the cheap
 * scan a pass runs before its full patterns. No stage writes a vocabulary into a regular expression itself.
 */

/**
 * Escapes a table entry for a pattern. Two marks are read: a trailing `*` takes any further word characters
 * ("Diskominfo*" reads "Diskominfotik"), and `~` joins parts that pages write together, apart or hyphenated
 * ("Diklat~Pim" reads "Diklatpim", "Diklat PIM", "Diklat-Pim").
 */
export function literal(entry: string): string {
  const open = entry.endsWith('*');
  const word = (open ? entry.slice(0, -1) : entry)
    .split('~')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('\\s*-?\\s*');
  return open ? `${word}\\w*` : word;
}

/**
 * One alternation of a table's entries, longest first so that a longer entry wins over its own beginning
 * ("di antaranya" before "di"). `spaces: 'any'` lets a space match any run of spaces.
 * @example anyOf(['dan', 'serta', 'dan juga']) // '(?:dan juga|serta|dan)'
 */
export function anyOf(
  entries: readonly string[],
  options: { spaces?: 'one' | 'any'; laterWords?: 'as written' | 'either case' } = {},
): string {
  const sorted = [...new Set(entries)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const space = options.spaces === 'any' ? '\\s+' : ' ';
  const either = options.laterWords === 'either case';
  return `(?:${sorted
    .map((entry) => {
      const pattern = literal(entry);
      // "Rumah Sakit" is also written "Rumah sakit": a capitalised later word may be written small.
      const words = either
        ? pattern.replace(/ (\p{Lu})(?=\p{Ll})/gu, (_, c: string) => ` [${c}${c.toLowerCase()}]`)
        : pattern;
      return words.replace(/ /g, space);
    })
    .join('|')})`;
}

/**
 * A whole-word pattern over a table's entries: not inside a longer word on either side.
 * @example wordsPattern(['lokus', 'OPD'], 'i').test('dua OPD yakni') // true
 */
export function wordsPattern(entries: readonly string[], flags = ''): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\d])${anyOf(entries)}(?![\\p{L}\\d])`,
    flags.includes('u') ? flags : `${flags}u`,
  );
}

/**
 * The scan a pass runs before its full patterns: case-blind, no word edges, each entry's longest word
 * only (the rarest, and one any match of the entry holds), so that it holds for any text a pattern
 * compiled from the same tables can match. A sentence it turns away is never scanned again.
 * @example prefilter(['mempelajari', 'menjadi langganan']).test('Kota ini langganan lokus') // true
 */
export function prefilter(...tables: readonly (readonly string[])[]): RegExp {
  const words = tables.flat().map((entry) =>
    entry
      .replace(/\*$/, '')
      .split(/[ ~]/)
      .reduce((longest, word) => (word.length > longest.length ? word : longest), '')
      .toLowerCase(),
  );
  return new RegExp(anyOf(words), 'i');
}

/**
 * A word → value table folded to lowercase keys, for look-up of a matched word.
 * @example lookup({ Januari: 1 })('JANUARI') // 1
 */
export function lookup<V>(table: Readonly<Record<string, V>>): (word: string) => V | undefined {
  const folded = new Map(Object.entries(table).map(([word, value]) => [word.toLowerCase(), value]));
  return (word) => folded.get(word.toLowerCase());
}
