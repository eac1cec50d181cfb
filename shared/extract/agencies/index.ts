/**
 * Agency stage: the government units a sentence names (find.ts) and the role the sentence gives each
 * (roles.ts). It does not decide hosts or attach innovations: the loci stage does.
 */
import type { ArticleContext } from '../context.ts';
import type { RegionMention } from '../regions/index.ts';
import { findAgencyNames, type AgencyMention } from './find.ts';
import { classify } from './roles.ts';

export type { AgencyMention } from './find.ts';
export { findNamedLoci } from './roles.ts';

/**
 * The agencies a sentence names, with the role the sentence gives them.
 * `regions` are the sentence's region mentions (from findRegionMentions), so a name can end in its region.
 * @example findAgencies('Peserta mengunjungi Dinas Kesehatan dan RSUD Banyuwangi.', []).map((a) => a.name)
 * // ['Dinas Kesehatan', 'RSUD Banyuwangi']
 */
export function findAgencies(
  text: string,
  regions: readonly RegionMention[],
  context?: ArticleContext,
): AgencyMention[] {
  const found = findAgencyNames(text, regions);
  classify(text, found, context);
  // "Kampung X" is a locus only where a list of loci names it; elsewhere it is an address.
  return found.filter((a) => !/^Kampung\b/.test(a.name) || a.role === 'listed');
}
