/**
 * The scout_* tables: distinct innovations, agencies and sources per region, with the years and programs they
 * were reported in as bit masks, kept in step with the clips. A clip write marks the entities its loci name
 * before and after it (scout_dirty), in its own batch; the next read of the tables recomputes exactly those
 * rows from the base tables, in its batch (scout-queries.ts scoutRead) — one definition of a row
 * (entityRowsSql), used for that upkeep and, scoped to some cohorts, by the ranking of someone who sees only
 * those cohorts.
 */
import { PROGRAMS } from '../../../shared/schema/locus-record.ts';
import { SECTOR_IDS } from '../../../shared/scouting/sectors.ts';
import type { ClipRef, StoredLocus } from './loci.ts';

/** A clip's program as its bit in a `programs` mask (shared/scouting/facts.ts programBit, in SQL). */
const PROGRAM_BIT_SQL = `CASE c.program ${PROGRAMS.map((p, i) => `WHEN '${p}' THEN ${1 << i}`).join(' ')} ELSE ${1 << PROGRAMS.length} END`;
/** A locus's sector as its bit in a `sectors` mask. */
const SECTOR_BIT_SQL = `CASE l.sector ${SECTOR_IDS.map((s, i) => `WHEN '${s}' THEN ${1 << i}`).join(' ')} ELSE 0 END`;
/** Year masks: bit 0 is this year; years after the last bit share it (a JS number holds 53 bits exactly). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = FIRST_YEAR + 52;
/** A clip's publication year as its bit in a `years` mask. */
const YEAR_BIT_SQL = `(1 << (max(${FIRST_YEAR}, min(${LAST_YEAR}, c.published_year)) - ${FIRST_YEAR}))`;

/** The mask of the years from `from` to `to`, inclusive (all years when both are left out). */
export function yearsMask(from?: number | null, to?: number | null): number {
  const lo = Math.max(FIRST_YEAR, from ?? FIRST_YEAR) - FIRST_YEAR;
  const hi = Math.min(LAST_YEAR, to ?? LAST_YEAR) - FIRST_YEAR;
  let mask = 0;
  for (let bit = lo; bit <= hi; bit++) mask += 2 ** bit;
  return mask;
}

/**
 * SQL for the highest year whose bit is set in a mask expression (null when none): a binary search over the
 * 53 bits, written out once here.
 */
export function newestYearSql(mask: string): string {
  const search = (lo: number, hi: number): string => {
    if (lo === hi) return String(FIRST_YEAR + lo);
    const mid = Math.ceil((lo + hi) / 2);
    return `IIF(${mask} >= ${2 ** mid}, ${search(mid, hi)}, ${search(lo, mid - 1)})`;
  };
  return `IIF(${mask} = 0, NULL, ${search(0, LAST_YEAR - FIRST_YEAR)})`;
}

export type ScoutKind = 'innovation' | 'agency' | 'source';

/**
 * The rows of one scout table, from the base tables: `where` restricts the clips, loci and innovations it
 * reads (aliases c, l, i); `names` restricts the clips a display name may come from (alias c2).
 */
export function entityRowsSql(kind: ScoutKind, where: string, names = '1'): string {
  const base = `FROM loci l JOIN clips c ON c.id = l.clip_id`;
  const masks = `sum(DISTINCT ${YEAR_BIT_SQL}) AS years, max(c.published_year) AS last_year,
    sum(DISTINCT ${PROGRAM_BIT_SQL}) AS programs`;
  if (kind === 'innovation')
    return `SELECT l.region_code AS region_code, i.key AS key,
        (SELECT i2.name FROM innovations i2 JOIN loci l2 ON l2.id = i2.locus_id JOIN clips c2 ON c2.id = l2.clip_id
          WHERE l2.region_code = l.region_code AND i2.key = i.key AND ${names}
          GROUP BY i2.name ORDER BY count(*) DESC, i2.name LIMIT 1) AS name,
        min(l.agency) AS agency, min(i.sector) AS sector, ${masks},
        count(DISTINCT c.id) AS clips, min(c.reported_on) AS first_date, max(c.reported_on) AS last_date
      ${base} JOIN innovations i ON i.locus_id = l.id
      WHERE l.region_code IS NOT NULL AND i.key <> '' AND ${where}
      GROUP BY l.region_code, i.key`;
  if (kind === 'agency')
    return `SELECT l.region_code AS region_code, l.agency_key AS key,
        (SELECT l2.agency FROM loci l2 JOIN clips c2 ON c2.id = l2.clip_id
          WHERE l2.region_code = l.region_code AND l2.agency_key = l.agency_key AND ${names}
          GROUP BY l2.agency ORDER BY count(*) DESC, l2.agency LIMIT 1) AS name,
        min(l.sector) AS sector, ${masks}, count(DISTINCT c.id) AS clips
      ${base}
      WHERE l.region_code IS NOT NULL AND l.agency_key <> '' AND ${where}
      GROUP BY l.region_code, l.agency_key`;
  return `SELECT l.region_code AS region_code, c.source_host AS host, ${masks},
        sum(DISTINCT ${SECTOR_BIT_SQL}) AS sectors, count(DISTINCT c.id) AS clips
      ${base}
      WHERE l.region_code IS NOT NULL AND c.source_host <> '' AND ${where}
      GROUP BY l.region_code, c.source_host`;
}

const TABLE: Record<ScoutKind, string> = {
  innovation: 'scout_innovations',
  agency: 'scout_agencies',
  source: 'scout_sources',
};
const KEY_COLUMN: Record<ScoutKind, string> = { innovation: 'key', agency: 'key', source: 'host' };
const COLUMNS: Record<ScoutKind, string> = {
  innovation:
    'region_code, key, name, agency, sector, years, last_year, programs, clips, first_date, last_date',
  agency: 'region_code, key, name, sector, years, last_year, programs, clips',
  source: 'region_code, host, years, last_year, programs, sectors, clips',
};
/** The entity a base row is about, as the dirty table names it. */
const ENTITY_SQL: Record<ScoutKind, { key: string; from: string; where: string }> = {
  innovation: {
    key: 'i.key',
    from: 'loci l JOIN innovations i ON i.locus_id = l.id',
    where: "l.region_code IS NOT NULL AND i.key <> ''",
  },
  agency: { key: 'l.agency_key', from: 'loci l', where: "l.region_code IS NOT NULL AND l.agency_key <> ''" },
  source: {
    key: 'c.source_host',
    from: 'loci l JOIN clips c ON c.id = l.clip_id',
    where: "l.region_code IS NOT NULL AND c.source_host <> ''",
  },
};
const KINDS: ScoutKind[] = ['innovation', 'agency', 'source'];

/**
 * Marks the entities a clip's loci name now, before or after a write in the same batch: one statement for the
 * three kinds.
 */
export function markDirtyStatement(db: D1Database, clip: ClipRef): D1PreparedStatement {
  const kinds = KINDS.map((kind) => {
    const { key, from, where } = ENTITY_SQL[kind];
    return `SELECT DISTINCT '${kind}', l.region_code, ${key} FROM ${from}
         WHERE ${where} AND l.clip_id = (${clip.sql})`;
  });
  return db
    .prepare(`INSERT OR IGNORE INTO scout_dirty (kind, region_code, key) ${kinds.join(' UNION ALL ')}`)
    .bind(...clip.params);
}

/**
 * Marks what a new clip names, from its stored loci and source host as the batch writes them: what
 * markDirtyStatement would read back from its rows once they are written (ENTITY_SQL's rules), without reading
 * them — a short statement over bound values, none when it names no region. It writes only when `clip` finds the
 * clip (the post's INSERT wrote it).
 */
export function newClipMarksStatements(
  db: D1Database,
  clip: ClipRef,
  loci: readonly StoredLocus[],
  sourceHost: string,
): D1PreparedStatement[] {
  const marks: [ScoutKind, string, string][] = [];
  for (const locus of loci) {
    if (locus.regionCode === null) continue;
    for (const innovation of locus.innovations)
      if (innovation.key) marks.push(['innovation', locus.regionCode, innovation.key]);
    if (locus.agencyKey) marks.push(['agency', locus.regionCode, locus.agencyKey]);
    if (sourceHost) marks.push(['source', locus.regionCode, sourceHost]);
  }
  if (!marks.length) return [];
  return [
    db
      .prepare(
        `INSERT OR IGNORE INTO scout_dirty (kind, region_code, key)
         SELECT m.value ->> 0, m.value ->> 1, m.value ->> 2 FROM json_each(?${clip.params.length + 1}) m
         WHERE EXISTS (${clip.sql})`,
      )
      .bind(...clip.params, JSON.stringify(marks)),
  ];
}

/** Recomputes the marked entities' rows from the base tables, then clears the marks. */
export function refreshStatements(db: D1Database): D1PreparedStatement[] {
  return [
    ...KINDS.flatMap((kind) => {
      const table = TABLE[kind];
      const dirty = `SELECT region_code, key FROM scout_dirty WHERE kind = '${kind}'`;
      const entity = ENTITY_SQL[kind].key;
      return [
        db.prepare(`DELETE FROM ${table} WHERE (region_code, ${KEY_COLUMN[kind]}) IN (${dirty})`),
        db.prepare(
          `INSERT INTO ${table} (${COLUMNS[kind]}) ${entityRowsSql(kind, `(l.region_code, ${entity}) IN (${dirty})`)}`,
        ),
      ];
    }),
    db.prepare('DELETE FROM scout_dirty'),
  ];
}

/** Rebuilds every scout table from the base tables (after a bulk load, or to check the upkeep). */
export function rebuildStatements(db: D1Database): D1PreparedStatement[] {
  return KINDS.flatMap((kind) => [
    db.prepare(`DELETE FROM ${TABLE[kind]}`),
    db.prepare(`INSERT INTO ${TABLE[kind]} (${COLUMNS[kind]}) ${entityRowsSql(kind, '1')}`),
  ]);
}

/**
 * A clip's awards written from its record's `awards`, the clip found by `clip`; `replace` first deletes the ones
 * it had. A new clip without awards needs no statement.
 */
export function awardsStatements(
  db: D1Database,
  clip: ClipRef,
  awards: readonly unknown[],
  { replace = false } = {},
): D1PreparedStatement[] {
  const n = clip.params.length + 1;
  return [
    ...(replace
      ? [db.prepare(`DELETE FROM clip_awards WHERE clip_id = (${clip.sql})`).bind(...clip.params)]
      : []),
    ...(awards.length
      ? [
          db
            .prepare(
              `INSERT INTO clip_awards (clip_id, position, kind, year, rank, innovation, text)
               SELECT clip.id, a.key, a.value ->> '$.kind', a.value ->> '$.year', a.value ->> '$.rank',
                      a.value ->> '$.innovation', a.value ->> '$.text'
               FROM (${clip.sql}) clip, json_each(?${n}) a
               WHERE a.value ->> '$.kind' IS NOT NULL AND a.value ->> '$.text' IS NOT NULL`,
            )
            .bind(...clip.params, JSON.stringify(awards)),
        ]
      : []),
  ];
}
