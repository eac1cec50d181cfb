/**
 * Agency names within one article: the words that tell a unit from others (region and kind words dropped,
 * acronyms spelled out), so that "Dinkes", "Dinas Kesehatan" and "Dinas Kesehatan DIY" merge into one locus
 * and "MPP" is known for "Mal Pelayanan Publik Kota X".
 */
import { bareRegionName, type RegionEntry } from '../../regions/index.ts';
import { memo, recall, type ArticleContext } from '../context.ts';
import { findRegionMentions } from '../regions/index.ts';
import { anyOf } from '../vocab/compile.ts';
import { ONE_PER_PLACE, SERVICE_MALLS, UNIT_ACRONYMS } from '../vocab/units.ts';

// Acronyms of common units, folded: "dinkes" is "dinas kesehatan", "mpp" is "mall pelayanan publik".
const LONG_FORMS = new Map(
  Object.entries(UNIT_ACRONYMS)
    .filter(([, long]) => long)
    .map(([acronym, long]) => [acronym.replace(/\*$/, '').toLowerCase(), long.toLowerCase()]),
);
// A unit named by its acronym alone: "BPT", "PDE", "Dispendukcapil", "BP2T".
export const ACRONYM_ONLY = /^(?:Kantor )?(?:\p{Lu}{2,}[\p{Lu}\d-]*|\p{Lu}\p{Ll}+\p{Lu}?\p{Ll}*)$/u;
export const GENERIC_HEAD = new RegExp(`^${anyOf(ONE_PER_PLACE)}$`);
export const IS_MALL = new RegExp(`^${anyOf(SERVICE_MALLS)}\\b`, 'i');

// One article's agency names, read again and again as loci are merged: kept per article, by region.
const AGENCY_WORDS = memo('agency words', (_: RegionEntry | null) => new Map<string, string[]>());

/** The words of an agency's name that tell it from others: kind and region words dropped, acronyms spelled out. */
function agencyWords(name: string, region: RegionEntry | null, context?: ArticleContext): string[] {
  const byName = recall(context, AGENCY_WORDS, region);
  let words = byName.get(name);
  if (!words) byName.set(name, (words = agencyWordsAnew(name, region)));
  return words;
}

function agencyWordsAnew(name: string, region: RegionEntry | null): string[] {
  let folded = ` ${name.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ')} `.replace(/ mal /g, ' mall ');
  folded = folded.replace(/ (?:kota|kabupaten|kab|provinsi|prov) /g, ' ');
  if (region)
    for (const word of bareRegionName(region.name).split(' ')) folded = folded.replace(` ${word} `, ' ');
  const words = folded.trim().split(/\s+/).filter(Boolean);
  const long = words.length ? LONG_FORMS.get(words[0]!) : undefined;
  return long ? [...long.split(' '), ...words.slice(1)] : words;
}

/** What two names of one agency share: "Mal Pelayanan Publik" = "Mall Pelayanan Publik", region words dropped. */
export function agencyKey(name: string, region: RegionEntry | null, context?: ArticleContext): string {
  return agencyWords(name, region, context).join('');
}

/**
 * Whether a later, shorter name is a short form of a unit already met: its initials ("MPP" for "Mal
 * Pelayanan Publik Kota X"), or its own words in order ("Perumda Tirta Taman" for "Perumda Air Minum Tirta Taman").
 */
export function shortFormOf(
  short: string,
  long: string,
  region: RegionEntry,
  context?: ArticleContext,
): boolean {
  const s = agencyWords(short, region, context);
  const l = agencyWords(long, region, context).filter((w) => w !== 'dan' && w !== 'serta');
  if (!s.length || s.length >= l.length) return false;
  if (/^\p{Lu}{2,}$/u.test(short.trim()) && l.map((w) => w[0]).join('') === short.trim().toLowerCase())
    return true;
  // "Lapas Kelas IIA Kendari" for "Lembaga Pemasyarakatan (Lapas) Kelas IIA Kendari": the acronym leads.
  const byAcronym = /^[\p{L}\d]+$/u.test(s[0] ?? '') && new RegExp(`\\(\\s*${s[0]}\\s*\\)`, 'i').test(long);
  if (s.length < 2 || (s[0] !== l[0] && !byAcronym)) return false;
  let at = 0;
  for (const word of s) {
    at = l.indexOf(word, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Whether one name is the other plus only a region ("Dinas Kesehatan" / "Dinas Kesehatan DIY"). */
export function sameUnit(a: string, b: string, context?: ArticleContext): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(`${short} `)) return false;
  const rest = long.slice(short.length + 1);
  const [mention] = findRegionMentions(rest, [], context);
  return mention !== undefined && mention.start === 0 && mention.end === rest.length;
}
