/**
 * What the loci passes share while reading one article: its sentences with their region mentions, agencies
 * and innovations, the host regions, and the locus drafts being built. Made by index.ts per article.
 */
import type { RegionEntry } from '../../regions/index.ts';
import type { AgencyMention } from '../agencies/index.ts';
import type { ArticleContext } from '../context.ts';
import type { InnovationMention } from '../innovations/index.ts';
import type { HostCandidate, RegionMention } from '../regions/index.ts';
import type { Sentence } from '../text.ts';

/** A locus being built: its region, the agency there and the innovations given to it, with their sentences. */
export interface LocusDraft {
  region: RegionEntry;
  regionEvidence: Sentence | null;
  agency: AgencyMention | null;
  agencyEvidence: Sentence | null;
  keys: Set<string>;
  innovations: { name: string; sentence: Sentence }[];
}

export interface LociState {
  source: ArticleContext;
  sentences: readonly Sentence[];
  /** Whether the page tells of a visit; otherwise it is a page about innovations (an award, an agency's news). */
  visit: boolean;
  /** Per sentence: region mentions, agencies, the named loci of a list, innovations. */
  mentions: RegionMention[][];
  agencies: AgencyMention[][];
  named: AgencyMention[][];
  innovations: InnovationMention[][];
  /** Whether an agency in sentence k is a locus. */
  chosen: (agency: AgencyMention, k: number) => boolean;
  /** Whether the article lists its loci (so a unit merely mentioned is not one). */
  anyListed: boolean;
  hosts: HostCandidate[];
  hostCodes: Set<string>;
  drafts: LocusDraft[];
  draftOf: Map<AgencyMention, LocusDraft>;
  /** On a page about innovations: the region each innovation is told of in its sentence. */
  innovationRegion: ReadonlyMap<InnovationMention, RegionEntry>;
}

// A national agency visited (BKN, LAN) stands in no region: its locus has region null.
export const NATIONAL: RegionEntry = { code: '00', name: '', province: '', kind: 'provinsi' } as RegionEntry;

/** The host region an agency or innovation in sentence k at `at` belongs to. */
export function regionNear(
  state: LociState,
  k: number,
  at: number,
  list: readonly AgencyMention[] = [],
): HostCandidate {
  const { hosts, hostCodes, mentions } = state;
  const hostOf = (code: string) => hosts.find((h) => h.region.code === code)!;
  for (const sibling of list)
    if (sibling.region && hostCodes.has(sibling.region.region.code))
      return hostOf(sibling.region.region.code);
  const inSentence = mentions[k]!.filter((m) => hostCodes.has(m.region.code));
  const before = inSentence.filter((m) => m.start <= at).pop() ?? inSentence[0];
  if (before) return hostOf(before.region.code);
  for (let j = k - 1; j >= 0 && hosts.length > 1; j--) {
    const last = mentions[j]!.filter((m) => hostCodes.has(m.region.code)).pop();
    if (last) return hostOf(last.region.code);
  }
  return hosts[0]!;
}
