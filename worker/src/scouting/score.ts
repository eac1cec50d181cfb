/**
 * The ranking of candidate host regions: each region's evidence (distinct innovations, agencies, independent
 * sources, how recent) scaled to the best region's, weighted, minus how recently the institution's own cohorts
 * went there. The weights are the organiser's to change; the defaults favour many innovations seen lately.
 */
import { regionByCode } from '../../../shared/regions/index.ts';
import { isSectorId, type SectorId } from '../../../shared/scouting/sectors.ts';
import type { AwardRow, RegionEvidenceRow, VisitRow } from '../db/scout-queries.ts';

export const WEIGHT_KEYS = ['innovations', 'agencies', 'sources', 'recency', 'visits'] as const;
type WeightKey = (typeof WEIGHT_KEYS)[number];
export type Weights = Record<WeightKey, number>;

export const DEFAULT_WEIGHTS: Weights = { innovations: 3, agencies: 2, sources: 1, recency: 2, visits: 2 };
/** Evidence older than this many years adds nothing for recency; a visit older than this costs nothing. */
const RECENCY_YEARS = 6;
const VISIT_YEARS = 4;

export interface RankedRegion {
  regionCode: string;
  region: string;
  province: string;
  score: number;
  innovations: number;
  agencies: number;
  sources: number;
  newestYear: number | null;
  sectors: SectorId[];
  awards: { kind: string; year: number | null; rank: string | null; text: string }[];
  visits: { cohortId: number; cohortName: string; date: string }[];
}

/**
 * Scores and orders regions, best first.
 * @example rankRegions(rows, awards, visits, DEFAULT_WEIGHTS, 2026)[0].regionCode // '35.10'
 */
export function rankRegions(
  rows: readonly RegionEvidenceRow[],
  awards: readonly AwardRow[],
  visits: readonly VisitRow[],
  weights: Weights,
  thisYear: number,
): RankedRegion[] {
  const max = (key: 'innovations' | 'agencies' | 'sources') => Math.max(1, ...rows.map((row) => row[key]));
  const top = { innovations: max('innovations'), agencies: max('agencies'), sources: max('sources') };
  const positive = weights.innovations + weights.agencies + weights.sources + weights.recency || 1;
  const awardsOf = group(awards, (a) => a.regionCode);
  const visitsOf = group(visits, (v) => v.regionCode);
  const ranked = rows.map((row) => {
    const entry = regionByCode(row.regionCode);
    const regionVisits = visitsOf.get(row.regionCode) ?? [];
    const lastVisitYear = regionVisits.length ? Number(regionVisits[0]!.date.slice(0, 4)) : null;
    const recency = row.newestYear ? Math.max(0, 1 - (thisYear - row.newestYear) / RECENCY_YEARS) : 0;
    const visited = lastVisitYear === null ? 0 : Math.max(0, 1 - (thisYear - lastVisitYear) / VISIT_YEARS);
    const raw =
      weights.innovations * (row.innovations / top.innovations) +
      weights.agencies * (row.agencies / top.agencies) +
      weights.sources * (row.sources / top.sources) +
      weights.recency * recency -
      weights.visits * visited;
    const seenAwards = new Set<string>();
    return {
      regionCode: row.regionCode,
      region: entry?.name ?? row.regionCode,
      province: entry?.province ?? '',
      score: Math.max(0, Math.round((1000 * raw) / positive) / 10),
      innovations: row.innovations,
      agencies: row.agencies,
      sources: row.sources,
      newestYear: row.newestYear,
      sectors: [...new Set((row.sectors ?? '').split(','))].filter(isSectorId).sort(),
      awards: (awardsOf.get(row.regionCode) ?? [])
        .filter(
          (a) =>
            !seenAwards.has(`${a.kind}|${a.year}|${a.text}`) &&
            seenAwards.add(`${a.kind}|${a.year}|${a.text}`),
        )
        .map(({ kind, year, rank, text }) => ({ kind, year, rank, text })),
      visits: regionVisits.map(({ cohortId, cohortName, date }) => ({ cohortId, cohortName, date })),
    };
  });
  return ranked.sort(
    (a, b) => b.score - a.score || b.innovations - a.innovations || a.region.localeCompare(b.region, 'id'),
  );
}

function group<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(keyOf(item));
    if (list) list.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
