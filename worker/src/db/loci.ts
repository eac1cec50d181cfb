/**
 * The loci and innovations tables: each clip's visited places as rows SQL can group and count (scouting),
 * filled from the clip's LocusRecord, with region and province names completed from the gazetteer.
 */
import { regionByCode } from '../../../shared/regions/index.ts';
import type { Locus } from '../../../shared/schema/locus-record.ts';
import { locusFacts, type LocusFacts } from '../../../shared/scouting/facts.ts';

export interface LocusRow {
  id: number;
  clip_id: number;
  position: number;
  region_code: string | null;
  region_name: string | null;
  province: string | null;
  agency: string | null;
}

/**
 * A locus as stored: names filled in from the code when the record left them out, with what scouting counts
 * of it (the agency's key and sector, each innovation's key and sector).
 */
export interface StoredLocus extends LocusFacts {
  regionCode: string | null;
  region: string | null;
  province: string | null;
  agency: string | null;
}

export function storedLoci(loci: readonly Locus[]): StoredLocus[] {
  return loci.map((locus) => {
    const known = locus.regionCode ? regionByCode(locus.regionCode) : undefined;
    const region = locus.region || known?.name || null;
    return {
      regionCode: locus.regionCode,
      region,
      province: locus.province || known?.province || null,
      agency: locus.agency || null,
      ...locusFacts({ region, agency: locus.agency, innovations: locus.innovations }),
    };
  });
}

/** What the full-text index sees of the loci: region and province names, agencies, innovations. */
export function lociSearchText(loci: readonly StoredLocus[]): string {
  return loci
    .flatMap((l) => [l.region, l.province, l.agency, ...l.innovations.map((i) => i.name)])
    .filter((part): part is string => !!part)
    .join(' ; ');
}

/**
 * How a batch statement finds the clip it is about: SQL selecting the clip's id, with its parameters bound as
 * ?1…?n. A clip that is not there (deleted meanwhile, or not inserted) selects nothing, and the statement then
 * writes nothing.
 */
export interface ClipRef {
  sql: string;
  params: unknown[];
}

/**
 * Statements that write a clip's loci and innovations, the clip found by `clip` so they can share a batch with
 * the clip's own INSERT or UPDATE; `replace` first deletes the rows it had. One insert for the loci and one for
 * the innovations (none without any), however many: json_each unrolls them, each sent once.
 */
export function lociStatements(
  db: D1Database,
  clip: ClipRef,
  loci: readonly StoredLocus[],
  { replace = false } = {},
): D1PreparedStatement[] {
  const n = clip.params.length + 1;
  const rows = loci.map(({ innovations: _innovations, ...row }) => row);
  const innovations = loci.flatMap((locus, position) =>
    locus.innovations.map((innovation) => [position, innovation.name, innovation.key, innovation.sector]),
  );
  return [
    ...(replace ? [db.prepare(`DELETE FROM loci WHERE clip_id = (${clip.sql})`).bind(...clip.params)] : []),
    db
      .prepare(
        `INSERT INTO loci (clip_id, position, region_code, region_name, province, agency, agency_key, sector)
         SELECT c.id, j.key, j.value ->> '$.regionCode', j.value ->> '$.region',
                j.value ->> '$.province', j.value ->> '$.agency', j.value ->> '$.agencyKey', j.value ->> '$.sector'
         FROM (${clip.sql}) c, json_each(?${n}) j`,
      )
      .bind(...clip.params, JSON.stringify(rows)),
    ...(innovations.length
      ? [
          db
            .prepare(
              `INSERT INTO innovations (locus_id, name, key, sector)
               SELECT l.id, i.value ->> 1, i.value ->> 2, i.value ->> 3
               FROM json_each(?${n}) i JOIN loci l ON l.clip_id = (${clip.sql}) AND l.position = i.value ->> 0
               ORDER BY i.key`,
            )
            .bind(...clip.params, JSON.stringify(innovations)),
        ]
      : []),
  ];
}

/** A clip's loci rows with their innovations, in record order. */
export async function lociOfClip(
  db: D1Database,
  clipId: number,
): Promise<(LocusRow & { innovations: string[] })[]> {
  const { results } = await db
    .prepare(
      `SELECT l.*, (SELECT json_group_array(name) FROM (SELECT name FROM innovations WHERE locus_id = l.id ORDER BY id)) AS innovations
       FROM loci l WHERE l.clip_id = ? ORDER BY l.position`,
    )
    .bind(clipId)
    .all<LocusRow & { innovations: string }>();
  return results.map((row) => ({ ...row, innovations: JSON.parse(row.innovations) as string[] }));
}
