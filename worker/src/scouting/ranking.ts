/** The ranking as the API, the page and the exports give it: the caller's scope, filters and weights applied. */
import { cohortVisits, regionAwards, regionEvidence, type ScoutScope } from '../db/scout-queries.ts';
import { filtersOf, weightsOf, type ScoutQuery } from './request.ts';
import { rankRegions, type RankedRegion, type Weights } from './score.ts';

export interface Ranking {
  weights: Weights;
  items: RankedRegion[];
}

/** Ranks the candidate regions; `notVisitedSince` leaves out regions a cohort in scope visited in or after that year. */
export async function ranking(
  db: D1Database,
  scope: ScoutScope,
  query: ScoutQuery,
  now = new Date(),
): Promise<Ranking> {
  const filters = filtersOf(query);
  const weights = weightsOf(query);
  const [rows, awards, visits] = await Promise.all([
    regionEvidence(db, scope, filters),
    regionAwards(db, scope, filters),
    cohortVisits(db, scope),
  ]);
  let items = rankRegions(rows, awards, visits, weights, now.getUTCFullYear());
  const since = query.notVisitedSince;
  if (since)
    items = items.filter((item) => !item.visits.some((visit) => Number(visit.date.slice(0, 4)) >= since));
  return { weights, items };
}
