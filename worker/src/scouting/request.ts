/**
 * What a scouting request asks: its filters and weights as a valibot schema (one for the API and the pages),
 * and whose clips the caller may rank — the whole institution for organisers, their own cohorts for
 * widyaiswara, nobody else's (participants are refused).
 */
import * as v from 'valibot';
import { PROGRAMS } from '../../../shared/schema/locus-record.ts';
import { say } from '../../../shared/schema/message.ts';
import { SECTOR_IDS } from '../../../shared/scouting/sectors.ts';
import { backfillScouting } from '../db/clips.ts';
import { listMemberCohorts } from '../db/cohorts.ts';
import type { ScoutFilters, ScoutScope } from '../db/scout-queries.ts';
import type { Caller } from '../env.ts';
import { refusal, type Refusal } from '../errors.ts';
import { DEFAULT_WEIGHTS, WEIGHT_KEYS, type Weights } from './score.ts';

/** An empty form field (`?sector=`) says nothing: the query reads as if it were left out. */
function dropBlanks(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''));
}

const year = (field: string) =>
  v.pipe(
    v.string(),
    v.regex(
      /^(19|20)\d\d$/,
      say(`${field}: tahun empat angka, mis. 2024`, `${field}: a four-digit year, e.g. 2024`),
    ),
    v.transform(Number),
  );
const weight = v.pipe(
  v.string(),
  v.regex(/^\d{1,2}(\.\d+)?$/, say('Bobot harus angka 0–10', 'A weight is a number 0–10')),
  v.transform(Number),
  v.maxValue(10, say('Bobot harus angka 0–10', 'A weight is a number 0–10')),
);

export const ScoutQuerySchema = v.pipe(
  v.unknown(),
  v.transform(dropBlanks),
  v.object({
    province: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^\d{2}$/, say('Kode provinsi dua angka, mis. 35', 'A two-digit province code, e.g. 35')),
      ),
    ),
    sector: v.optional(v.picklist(SECTOR_IDS, say('Sektor tidak dikenal', 'Unknown sector'))),
    program: v.optional(v.picklist(PROGRAMS, say('Program tidak dikenal', 'Unknown program'))),
    from: v.optional(year('from')),
    to: v.optional(year('to')),
    notVisitedSince: v.optional(year('notVisitedSince')),
    q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
    'w.innovations': v.optional(weight),
    'w.agencies': v.optional(weight),
    'w.sources': v.optional(weight),
    'w.recency': v.optional(weight),
    'w.visits': v.optional(weight),
  }),
);
export type ScoutQuery = v.InferOutput<typeof ScoutQuerySchema>;

export function filtersOf(query: ScoutQuery): ScoutFilters {
  return {
    province: query.province ?? null,
    sector: query.sector ?? null,
    program: query.program ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
  };
}

export function weightsOf(query: ScoutQuery): Weights {
  const weights = { ...DEFAULT_WEIGHTS };
  for (const key of WEIGHT_KEYS) {
    const value = query[`w.${key}`];
    if (value !== undefined) weights[key] = value;
  }
  return weights;
}

/**
 * The caller's scope; 403 for someone who is nobody's widyaiswara or organiser. Clips stored before scouting
 * existed are given their scouting facts on the way (a single empty index read once that is done).
 */
export async function scoutScope(db: D1Database, caller: Caller): Promise<ScoutScope | Refusal> {
  const [cohorts] = await Promise.all([
    caller.organiser ? null : listMemberCohorts(db, caller.memberId, { archived: true }),
    backfillScouting(db),
  ]);
  if (!cohorts) return null;
  if (!cohorts.some((cohort) => cohort.role === 'widyaiswara'))
    return refusal(403, 'forbidden', 'scouting_staff_only');
  return cohorts.map((cohort) => cohort.id);
}
