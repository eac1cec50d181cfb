/** The cohort_visits table: the host regions a cohort went to on its study visit, and when. */

export interface CohortVisit {
  regionCode: string;
  date: string;
}

export async function listCohortVisits(db: D1Database, cohortId: number): Promise<CohortVisit[]> {
  const { results } = await db
    .prepare(
      `SELECT region_code AS regionCode, visit_date AS date FROM cohort_visits
       WHERE cohort_id = ? ORDER BY visit_date, region_code`,
    )
    .bind(cohortId)
    .all<CohortVisit>();
  return results;
}

/** Replaces a cohort's visits with these, in one batch. */
export async function replaceCohortVisits(
  db: D1Database,
  cohortId: number,
  visits: readonly CohortVisit[],
  at: string,
): Promise<void> {
  await db.batch([
    db.prepare('DELETE FROM cohort_visits WHERE cohort_id = ?').bind(cohortId),
    db
      .prepare(
        `INSERT OR IGNORE INTO cohort_visits (cohort_id, region_code, visit_date, created_at)
         SELECT ?1, v.value ->> '$.regionCode', v.value ->> '$.date', ?2 FROM json_each(?3) v`,
      )
      .bind(cohortId, at, JSON.stringify(visits)),
  ]);
}
