/**
 * Groups a cohort's clips by host region, then by locus (agency), for the reading list. A clip visiting two
 * places is listed under both: whole under its first locus, as a reference (above or below, as the page
 * lies) under the others; clips without loci come last. Pure: clips in (newest first), groups out.
 */
import { regionByCode } from '../regions/index.ts';
import type { LocusRecord } from '../schema/locus-record.ts';

/** What the reading list needs of a clip (the worker's Clip and the API's list items fit). */
export interface ReadingClip {
  id: number;
  title: string;
  url: string;
  siteName?: string | null;
  createdAt: string;
  record: LocusRecord;
  note?: string;
  read?: boolean;
  /** Set when the clip is required reading of its cohort. */
  required?: { dueDate: string | null; position: number } | null;
}

/** A clip's place in a locus: the whole entry (anchor), or a reference to where it stands whole. */
export interface LocusEntry {
  clip: ReadingClip;
  /** The clip's first locus: the entry shown whole, where #clip-<id> points. */
  anchor: boolean;
  /** For a reference: whether the whole entry stands above or below it on the page. */
  ref?: 'above' | 'below';
}

export interface LocusGroup {
  agency: string | null;
  innovations: string[];
  clips: LocusEntry[];
}

export interface RegionGroup {
  /** Kemendagri code when known. */
  code: string | null;
  /** Official or written name; null for clips whose loci name no region, or that have no loci. */
  name: string | null;
  province: string | null;
  kind: 'region' | 'unknown-region' | 'no-loci';
  loci: LocusGroup[];
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function groupClipsByRegion(clips: readonly ReadingClip[]): RegionGroup[] {
  const regions = new Map<string, RegionGroup & { byAgency: Map<string, LocusGroup> }>();
  const anchored = new Set<number>();
  const place = (
    key: string,
    init: () => RegionGroup,
    agency: string | null,
    innovations: string[],
    clip: ReadingClip,
  ) => {
    let region = regions.get(key);
    if (!region) regions.set(key, (region = { ...init(), byAgency: new Map() }));
    const agencyKey = agency ? fold(agency) : '';
    let locus = region.byAgency.get(agencyKey);
    if (!locus) {
      locus = { agency, innovations: [], clips: [] };
      region.byAgency.set(agencyKey, locus);
      region.loci.push(locus);
    }
    for (const innovation of innovations)
      if (!locus.innovations.includes(innovation)) locus.innovations.push(innovation);
    if (locus.clips.some((entry) => entry.clip.id === clip.id)) return;
    locus.clips.push({ clip, anchor: !anchored.has(clip.id) });
    anchored.add(clip.id);
  };
  for (const clip of clips) {
    if (!clip.record.loci.length) {
      place(
        '~no-loci',
        () => ({ code: null, name: null, province: null, kind: 'no-loci', loci: [] }),
        null,
        [],
        clip,
      );
      continue;
    }
    for (const locus of clip.record.loci) {
      const known = locus.regionCode ? regionByCode(locus.regionCode) : undefined;
      const name = known?.name ?? locus.region ?? null;
      const key = known ? known.code : name ? `name:${fold(name)}` : '~unknown';
      place(
        key,
        () =>
          name
            ? {
                code: known?.code ?? null,
                name,
                province: known?.province ?? locus.province,
                kind: 'region',
                loci: [],
              }
            : { code: null, name: null, province: null, kind: 'unknown-region', loci: [] },
        locus.agency,
        locus.innovations,
        clip,
      );
    }
  }
  const rank = { region: 0, 'unknown-region': 1, 'no-loci': 2 } as const;
  const groups = [...regions.values()]
    .map(({ byAgency: _, ...group }) => group)
    .sort(
      (a, b) =>
        rank[a.kind] - rank[b.kind] ||
        (a.province ?? '').localeCompare(b.province ?? '', 'id') ||
        (a.name ?? '').localeCompare(b.name ?? '', 'id'),
    );
  // Regions are sorted after placing, so a reference may come before its whole entry: say which way to look.
  const shown = new Set<number>();
  for (const group of groups)
    for (const locus of group.loci)
      for (const entry of locus.clips) {
        if (entry.anchor) shown.add(entry.clip.id);
        else entry.ref = shown.has(entry.clip.id) ? 'above' : 'below';
      }
  return groups;
}
