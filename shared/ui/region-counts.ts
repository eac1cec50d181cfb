/**
 * A cohort's clip counts per host region (`GET /api/cohorts/:id/regions`, over the whole cohort) matched
 * to the reading list's region groups (the side panel's and the server page's), so a heading counts every clip of its region, not only the ones
 * loaded so far. Pure. The server groups as the list does: by Kemendagri code, uncoded loci by the name
 * they give (`regionCode: null`), loci naming no region apart (`region: null`), clips without loci in
 * `noLoci`.
 */
import type { RegionGroup } from './group.ts';

/** The answer of `GET /api/cohorts/:id/regions`, as far as the list needs it. */
export interface RegionCounts {
  noLoci: number;
  items: readonly { regionCode: string | null; region: string | null; clips: number }[];
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The whole-cohort count for a region group of the reading list, or undefined when the server's counts do
 * not name it (the list then keeps its own count).
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
    if (group.kind === 'no-loci') return counts.noLoci;
    if (group.kind === 'unknown-region') return unnamed;
    if (group.code) return byCode.get(group.code);
    return group.name ? byName.get(fold(group.name)) : undefined;
  };
}
