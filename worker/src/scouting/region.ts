/**
 * One candidate host region as its page shows it: its innovations (with the clips that name each), agencies,
 * sectors, newest clips as sources, awards, the institution's cohorts that went there, and the visits other
 * institutions' cohorts made, grouped from the articles.
 */
import { regionByCode } from '../../../shared/regions/index.ts';
import { isSectorId } from '../../../shared/scouting/sectors.ts';
import { storedRecord } from '../db/clips.ts';
import {
  cohortVisits,
  innovationClips,
  innovationEntries,
  regionAgencies,
  regionAwards,
  regionClips,
  type ScoutScope,
} from '../db/scout-queries.ts';
import { refusal, type Refusal } from '../errors.ts';
import { groupVisits } from './visits.ts';

/** The newest clips a region page lists (and groups into visits); older ones are counted, not listed. */
const REGION_PAGE_CLIPS = 100;

export async function regionDetail(db: D1Database, scope: ScoutScope, regionCode: string) {
  const entry = regionByCode(regionCode);
  if (!entry) return refusal(404, 'not_found', 'region_not_found');
  const [innovations, clipsByKey, agencies, sources, awards, visits] = await Promise.all([
    innovationEntries(db, scope, { regionCode }),
    innovationClips(db, scope, regionCode),
    regionAgencies(db, scope, regionCode),
    regionClips(db, scope, regionCode, REGION_PAGE_CLIPS),
    regionAwards(db, scope, {}, regionCode),
    cohortVisits(db, scope, regionCode),
  ]);
  const clipIds = new Map<string, number[]>();
  for (const { key, clipId } of clipsByKey) {
    const ids = clipIds.get(key);
    if (ids) ids.push(clipId);
    else clipIds.set(key, [clipId]);
  }
  const clips = sources.clips.map((row) => ({ ...row, record: storedRecord(row.record) }));
  const sectors = [...new Set([...innovations, ...agencies].map((row) => row.sector))]
    .filter(isSectorId)
    .sort();
  return {
    regionCode: entry.code,
    region: entry.name,
    province: entry.province,
    sectors,
    innovations: innovations.map(({ regionCode: _, ...row }) => ({
      ...row,
      clipIds: clipIds.get(row.key) ?? [],
    })),
    agencies,
    sources: {
      total: sources.total,
      clips: clips.map((clip) => ({
        id: clip.id,
        title: clip.title,
        url: clip.url,
        siteName: clip.siteName,
        publishedAt: clip.record.publishedAt,
        cohortSlug: clip.cohortSlug,
      })),
    },
    awards: awards.map(({ regionCode: _, ...award }) => award),
    visits: visits.map(({ regionCode: _, ...visit }) => visit),
    articleVisits: groupVisits(clips.map((clip) => ({ ...clip, cohortSlug: clip.cohortSlug }))),
  };
}

export type RegionDetail = Exclude<Awaited<ReturnType<typeof regionDetail>>, Refusal>;
