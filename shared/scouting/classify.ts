/**
 * Agencies and innovations into sectors, and into the keys scouting counts them by: spelling variants of one
 * innovation ("Smart Kampung", "Smart-Kampung", "smart kampung Banyuwangi") share a key, and so do an agency's
 * acronym and long form ("Dinkes Kota Bandung", "Dinas Kesehatan"). Pure; the word tables are compiled once.
 */
import { bareRegionName } from '../regions/index.ts';
import { UNIT_ACRONYMS } from '../extract/vocab/units.ts';
import { AGENCY_WORDS, DIGITAL_MARKS, INNOVATION_SETTING_WORDS, INNOVATION_WORDS } from './sector-rules.ts';
import { SECTOR_IDS, type SectorId } from './sectors.ts';

/** Lower-case ASCII words: accents, punctuation and hyphens become spaces. */
export function words(text: string): string[] {
  // ASCII has no accents to take off: most names skip the Unicode decomposition.
  const plain = /^[^\u0080-\uffff]*$/.test(text)
    ? text
    : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return plain
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Acronyms and their long forms, folded: `dinkes` → `dinas kesehatan`; `*` entries as plain acronyms. */
const EXPANSIONS = new Map(
  Object.entries(UNIT_ACRONYMS)
    .map(
      ([acronym, long]) =>
        [words(acronym.replace(/\*$/, '')).join(' '), long ? words(long).join(' ') : ''] as const,
    )
    .filter(([acronym, long]) => acronym && long && !acronym.includes(' ')),
);

/** One spelling for words written two ways in agency names ("Mal"/"Mall Pelayanan Publik"). */
const SPELLINGS: Readonly<Record<string, string>> = { mal: 'mall' };

/** An agency's words with its acronyms spelled out: "Dinkes Kota Bandung" → dinas kesehatan kota bandung. */
function agencyWords(agency: string): string[] {
  const spelled: string[] = [];
  for (const word of words(agency)) {
    const long = EXPANSIONS.get(word);
    if (long) spelled.push(...long.split(' '));
    else spelled.push(SPELLINGS[word] ?? word);
  }
  return spelled;
}

/** A sector's phrase as words, with the weight a match adds and its place in the tables' order. */
interface Phrase {
  sector: SectorId;
  phrase: string[];
  weight: number;
  order: number;
}

/**
 * Phrases as word lists per sector, in the tables' order, indexed by their first word: a name is matched by
 * looking up each of its words, not by trying every phrase on it.
 */
function compile(...tables: [Readonly<Partial<Record<SectorId, readonly string[]>>>, number][]) {
  const byFirst = new Map<string, Phrase[]>();
  let order = 0;
  for (const [table, weight] of tables)
    for (const sector of SECTOR_IDS)
      for (const text of table[sector] ?? []) {
        const phrase = words(text);
        const first = phrase[0];
        if (!first) continue;
        byFirst.set(first, [...(byFirst.get(first) ?? []), { sector, phrase, weight, order: order++ }]);
      }
  return byFirst;
}
const AGENCY_PHRASES = compile([AGENCY_WORDS, 1]);
const INNOVATION_PHRASES = compile([INNOVATION_WORDS, 1], [INNOVATION_SETTING_WORDS, 0.5]);
const DIGITAL_PHRASES = DIGITAL_MARKS.words.map((phrase) => words(phrase));

/** Whether `phrase` is in `haystack` at word `i`. */
const at = (haystack: readonly string[], phrase: readonly string[], i: number) =>
  phrase.every((word, k) => haystack[i + k] === word);

function has(haystack: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= haystack.length; i++) if (at(haystack, phrase, i)) return true;
  return false;
}

/**
 * The sector whose phrases the words hold most of (each phrase counts once; setting words count half); ties go
 * to the sector whose first matching phrase is listed first.
 */
function bestSector(tokens: readonly string[], phrases: ReadonlyMap<string, readonly Phrase[]>) {
  const found = new Set<Phrase>();
  tokens.forEach((token, i) => {
    for (const candidate of phrases.get(token) ?? [])
      if (at(tokens, candidate.phrase, i)) found.add(candidate);
  });
  const score = new Map<SectorId, number>();
  for (const { sector, weight } of [...found].sort((a, b) => a.order - b.order))
    score.set(sector, (score.get(sector) ?? 0) + weight);
  let best: SectorId | null = null;
  for (const [sector, n] of score) if (!best || n > score.get(best)!) best = sector;
  return best;
}

/**
 * The sector of an agency by the words of its name, or 'other'.
 * @example agencySector('Dinkes Kota Bandung') // 'health'
 */
export function agencySector(agency: string | null | undefined): SectorId {
  return agency ? agencyFacts(agency).sector : 'other';
}

/**
 * The sector of an innovation: by its own words, else 'digital' for a system's name ("e-RK", "Lapor Online"),
 * else its agency's sector.
 * @example innovationSector('Posyandu Keliling', 'other') // 'health'
 * @example innovationSector('e-Kinerja', 'digital') // 'staff' ('kinerja' is staff management's word)
 * @example innovationSector('e-RK', 'staff') // 'digital'
 */
export function innovationSector(name: string, agencySectorId: SectorId): SectorId {
  const tokens = words(name);
  const own = bestSector(tokens, INNOVATION_PHRASES);
  if (own) return own;
  const lower = name.trim().toLowerCase();
  const system =
    DIGITAL_MARKS.prefixes.some((prefix) => lower.startsWith(prefix)) ||
    DIGITAL_PHRASES.some((phrase) => has(tokens, phrase));
  return system ? 'digital' : agencySectorId;
}

/** Words that say what kind of thing follows, not which one: dropped from the front of an innovation's key. */
const LEADING_KINDS = new Set(['inovasi', 'program', 'aplikasi', 'layanan']);
/** Words of a place's kind, dropped from keys with the place's own name. */
const PLACE_WORDS = new Set(['kabupaten', 'kab', 'kota', 'provinsi', 'prov', 'pemkab', 'pemkot', 'pemprov']);

/** The region's own name as words ("banyuwangi"), which variants add or leave out. */
function regionWords(region: string | null | undefined): ReadonlySet<string> {
  if (region !== lastRegion.region)
    lastRegion = { region, words: new Set(region ? words(bareRegionName(region)) : []) };
  return lastRegion.words;
}
/** The last region's words: a clip's loci and innovations mostly share one region. */
let lastRegion: { region: string | null | undefined; words: ReadonlySet<string> } = {
  region: null,
  words: new Set(),
};

/**
 * The key an innovation is counted by within a region: its words without the region's name, a leading kind
 * word or the place words, joined without spaces (so "e-RK" and "eRK" agree). Empty when nothing is left.
 * @example innovationKey('Smart-Kampung Banyuwangi', 'Kabupaten Banyuwangi') // 'smartkampung'
 */
export function innovationKey(name: string, region?: string | null): string {
  const own = regionWords(region);
  const tokens = words(name).filter((word) => !own.has(word) && !PLACE_WORDS.has(word));
  while (tokens.length > 1 && LEADING_KINDS.has(tokens[0]!)) tokens.shift();
  return tokens.join('');
}

/**
 * The key an agency is counted by within a region: its words with acronyms spelled out, without the region's
 * name or place words.
 * @example agencyKey('Dinkes Kota Bandung', 'Kota Bandung') === agencyKey('Dinas Kesehatan', 'Kota Bandung')
 */
export function agencyKey(agency: string, region?: string | null): string {
  return agencyFacts(agency, region).key;
}

/**
 * An agency's sector and key (agencySector, agencyKey) from one reading of its words.
 * @example agencyFacts('Dinkes Kota Bandung', 'Kota Bandung') // { sector: 'health', key: 'dinas kesehatan' }
 */
export function agencyFacts(agency: string, region?: string | null): { sector: SectorId; key: string } {
  const spelled = agencyWords(agency);
  const own = regionWords(region);
  return {
    sector: bestSector(spelled, AGENCY_PHRASES) ?? 'other',
    key: spelled.filter((word) => !own.has(word) && !PLACE_WORDS.has(word)).join(' '),
  };
}
