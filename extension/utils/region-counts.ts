/**
 * A cohort's clip counts per host region (`GET /api/cohorts/:id/regions`, over the whole cohort) matched
 * to the reading list's region groups, so a heading counts every clip of its region, not only the ones
 * loaded so far. Pure; groups the server did not count (clips without loci) keep the list's own count.
 * The server counts every locus without a Kemendagri code in one item (`regionCode: null`): it goes to the
 * "region not known" heading, and a region written but not coded keeps the list's own count.
 */
import type { RegionGroup } from '../../shared/ui/index.ts';
import type { RegionCounts } from './api.ts';

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The whole-cohort count for a region group of the reading list, or undefined when the server's counts do
 * not say (a group of clips without loci).
 * @example regionCounter(counts)({ kind: 'region', code: '35.10', … }) // 12
 */
export function regionCounter(counts: RegionCounts): (group: RegionGroup) => number | undefined {
  const byCode = new Map<string, number>();
  const byName = new Map<string, number>();
  let unnamed: number | undefined;
  for (const item of counts.items) {
    if (item.regionCode) byCode.set(item.regionCode, item.clips);
    else if (item.region) byName.set(fold(item.region), item.clips);
    else unnamed = item.clips;
  }
  return (group) => {
    if (group.kind === 'no-loci') return undefined;
    if (group.kind === 'unknown-region') return unnamed;
    if (group.code) return byCode.get(group.code);
    return group.name ? byName.get(fold(group.name)) : undefined;
  };
}
