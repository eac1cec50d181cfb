/**
 * Region lists: the regions set out one after another after an intro naming loci or destinations
 * ("Empat daerah menjadi tujuan VKN kali ini, yaitu Kabupaten A, Kabupaten B dan Kota C", "lokus VKN:
 * Kabupaten A …"). Each item is a place visited, as much as the first.
 */
import type { RegionMention } from './mentions.ts';
import { anyOf, prefilter } from '../vocab/compile.ts';
import { LOCUS_LIST_VERBS, LOCUS_NOUNS, PLACE_LIST_INTROS, REGION_LIST_NOUNS } from '../vocab/lists.ts';
import { LIST_GLUE } from '../vocab/patterns.ts';

// The intro, ending right before the first item; what stands between its noun and the intro word is no
// innovation, no one's origin and no "daerah lain" (other regions given as examples).
const REGION_LIST_INTRO = new RegExp(
  String.raw`\b${anyOf([...LOCUS_NOUNS, ...REGION_LIST_NOUNS, ...LOCUS_LIST_VERBS])}\b(?:(?!\b(?:inovasi|program|aplikasi|layanan|lain|lainnya|asal|dari|berasal)\b)[^.:;]){0,70}?(?:\b${anyOf(PLACE_LIST_INTROS)}|:)\s*$`,
  'iu',
);
// Every list ends its intro with a colon or one of the intro words: most sentences have neither.
const INTRO_END = new RegExp(`:|${prefilter(PLACE_LIST_INTROS).source}`, 'i');

/**
 * The indexes of a sentence's mentions that are items of a list of places visited: the one right after an
 * intro, and every one joined to it by list glue (a province after its own region is the region's address
 * and passes over).
 * @example listedRegions('Tujuannya yaitu Kota Solok dan Kabupaten Agam.', mentions) // Set {0, 1}
 */
export function listedRegions(text: string, mentions: readonly RegionMention[]): Set<number> {
  const listed = new Set<number>();
  if (mentions.length === 0 || !INTRO_END.test(text)) return listed;
  let last = -1;
  mentions.forEach((mention, i) => {
    const previous = mentions[last];
    if (previous && LIST_GLUE.test(text.slice(previous.end, mention.start))) {
      listed.add(i);
      last = i;
      return;
    }
    // "Kabupaten A, Sulawesi Tengah, Kabupaten B": the province is A's address, the list goes on after it.
    if (
      previous &&
      mention.region.kind === 'provinsi' &&
      previous.region.code.startsWith(`${mention.region.code}.`) &&
      /^\s*[,(]?\s*$/.test(text.slice(previous.end, mention.start))
    ) {
      last = i;
      return;
    }
    last = -1;
    if (REGION_LIST_INTRO.test(text.slice(Math.max(0, mention.start - 110), mention.start))) {
      listed.add(i);
      last = i;
    }
  });
  return listed;
}
