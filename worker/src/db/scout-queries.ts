/**
 * Scouting's reads: per-region evidence for the ranking, one region's loci, innovations, agencies, sources,
 * awards and visits, and the innovation directory. Organisers read the scout_* tables, which each such read
 * first brings up to date with the clip writes since the last one (scoutRead); someone who sees only some
 * cohorts reads the same rows computed for those cohorts (the same definition, entityRowsSql, shadowing the
 * tables in a WITH clause), so both answer from one query text.
 */
import { PROGRAMS } from '../../../shared/schema/locus-record.ts';
import { SECTOR_IDS, type SectorId } from '../../../shared/scouting/sectors.ts';
import {
  entityRowsSql,
  FIRST_YEAR,
  LAST_YEAR,
  newestYearSql,
  refreshStatements,
  yearsMask,
} from './scouting.ts';

/** Whose clips count: the whole institution (null) or the clips of these cohorts. */
export type ScoutScope = number[] | null;

export interface ScoutFilters {
  /** A province's two-digit code: its kabupaten/kota and the province itself. */
  province?: string | null;
  sector?: SectorId | null;
  program?: string | null;
  /** Publication years, inclusive. */
  from?: number | null;
  to?: number | null;
}

const IN_SCOPE = (alias: string) => `${alias}.cohort_id IN (SELECT value FROM json_each(?1))`;
/** ?1: null for the whole institution, else the cohorts' ids as a JSON array. */
const scopeParam = (scope: ScoutScope) => (scope ? JSON.stringify(scope) : null);

/** The WITH clause that puts a cohort-scoped copy of the scout tables in front of the real ones. */
function scopeClause(scope: ScoutScope): string {
  if (!scope) return '';
  const table = (kind: 'innovation' | 'agency' | 'source', name: string) =>
    `${name} AS (${entityRowsSql(kind, IN_SCOPE('c'), IN_SCOPE('c2'))})`;
  return `WITH ${table('innovation', 'scout_innovations')}, ${table('agency', 'scout_agencies')}, ${table('source', 'scout_sources')}`;
}

/**
 * Runs a read of the scout tables. Clip writes only mark the entities they touch (scout_dirty); the
 * institution's read (no scope) sees whether anything is marked as it reads and, when something is, reads again
 * in a batch that first recomputes the marked rows. So it always sees every write, a burst of clips is
 * recomputed once rather than once per clip, and a read with nothing to recompute stays one read-only round
 * trip. A scoped read computes its rows from the clips and needs no upkeep.
 */
async function scoutRead<T>(db: D1Database, scope: ScoutScope, read: D1PreparedStatement): Promise<T[]> {
  if (scope) return (await read.all<T>()).results;
  const [marked, rows] = await db.batch<unknown>([
    db.prepare('SELECT EXISTS (SELECT 1 FROM scout_dirty) AS marked'),
    read,
  ]);
  if (!(marked!.results[0] as { marked: number }).marked) return rows!.results as T[];
  return (await db.batch<T>([...refreshStatements(db), read])).at(-1)!.results;
}

/** ?1 the scope, ?2 sector, ?3 sector bit, ?4 years mask, ?5 the last year asked for, ?6 program mask, ?7 province. */
function filterParams(scope: ScoutScope, f: ScoutFilters): unknown[] {
  const sectorBit = f.sector ? 1 << SECTOR_IDS.indexOf(f.sector) : 0;
  const programIndex = f.program ? (PROGRAMS as readonly string[]).indexOf(f.program) : -1;
  const programMask = programIndex >= 0 ? 1 << programIndex : -1;
  return [
    scopeParam(scope),
    f.sector ?? null,
    sectorBit,
    yearsMask(f.from, f.to),
    f.to ?? 9999,
    programMask,
    f.province ?? null,
  ];
}

const IN_PROVINCE = `(?7 IS NULL OR x.region_code = ?7 OR x.region_code LIKE ?7 || '.%')`;
const WHERE_ENTITY = `(?2 IS NULL OR x.sector = ?2) AND (x.years & ?4) != 0 AND (x.programs & ?6) != 0
  AND ${IN_PROVINCE}`;
const WHERE_SOURCE = `(?2 IS NULL OR (x.sectors & ?3) != 0) AND (x.years & ?4) != 0 AND (x.programs & ?6) != 0
  AND ${IN_PROVINCE}`;
/**
 * The newest year, within the filter's years, of the rows a group holds: a row's last year when the filter
 * reaches it, else the highest year its mask keeps (worked out only for those rows).
 */
const NEWEST = `max(IIF(x.last_year <= ?5, x.last_year, ${newestYearSql('(x.years & ?4)')}))`;

export interface RegionEvidenceRow {
  regionCode: string;
  innovations: number;
  agencies: number;
  sources: number;
  newestYear: number | null;
  /** Comma-separated sector ids (may repeat). */
  sectors: string | null;
}

/** Per region: distinct innovations, agencies and source hosts, the clips, the newest year and the sectors. */
export async function regionEvidence(
  db: D1Database,
  scope: ScoutScope,
  f: ScoutFilters,
): Promise<RegionEvidenceRow[]> {
  const with_ = scopeClause(scope);
  const sql = `${with_ ? `${with_},` : 'WITH'}
    inn AS (SELECT x.region_code, count(*) AS n, ${NEWEST} AS newest, group_concat(DISTINCT x.sector) AS sectors
            FROM scout_innovations x WHERE ${WHERE_ENTITY} GROUP BY x.region_code),
    ag AS (SELECT x.region_code, count(*) AS n, ${NEWEST} AS newest, group_concat(DISTINCT x.sector) AS sectors
           FROM scout_agencies x WHERE ${WHERE_ENTITY} GROUP BY x.region_code),
    src AS (SELECT x.region_code, count(*) AS n, ${NEWEST} AS newest
            FROM scout_sources x WHERE ${WHERE_SOURCE} GROUP BY x.region_code),
    regions AS (SELECT region_code FROM inn UNION SELECT region_code FROM ag UNION SELECT region_code FROM src)
    SELECT r.region_code AS regionCode, coalesce(inn.n, 0) AS innovations, coalesce(ag.n, 0) AS agencies,
      coalesce(src.n, 0) AS sources,
      nullif(max(coalesce(inn.newest, 0), coalesce(ag.newest, 0), coalesce(src.newest, 0)), 0) AS newestYear,
      concat_ws(',', inn.sectors, ag.sectors) AS sectors
    FROM regions r LEFT JOIN inn USING (region_code) LEFT JOIN ag USING (region_code)
      LEFT JOIN src USING (region_code)`;
  return scoutRead<RegionEvidenceRow>(db, scope, db.prepare(sql).bind(...filterParams(scope, f)));
}

export interface AwardRow {
  regionCode: string;
  clipId: number;
  kind: string;
  year: number | null;
  rank: string | null;
  innovation: string | null;
  text: string;
}

const CLIP_SCOPE = `(?1 IS NULL OR ${IN_SCOPE('c')})`;
const YEAR_BIT = (alias: string) =>
  `(1 << (max(${FIRST_YEAR}, min(${LAST_YEAR}, ${alias}.published_year)) - ${FIRST_YEAR}))`;

/**
 * Awards named by the clips of each region (or of one region), within the scope and years. Award pages are few:
 * the CROSS JOINs keep SQLite reading from clip_awards outward, never scanning every clip.
 */
export async function regionAwards(
  db: D1Database,
  scope: ScoutScope,
  f: ScoutFilters,
  regionCode: string | null = null,
): Promise<AwardRow[]> {
  const { results } = await db
    .prepare(
      `SELECT DISTINCT l.region_code AS regionCode, a.clip_id AS clipId, a.kind, a.year, a.rank, a.innovation, a.text
       FROM clip_awards a CROSS JOIN clips c ON c.id = a.clip_id CROSS JOIN loci l ON l.clip_id = a.clip_id
       WHERE l.region_code IS NOT NULL AND ${CLIP_SCOPE} AND (${YEAR_BIT('c')} & ?4) != 0
         AND (?7 IS NULL OR l.region_code = ?7 OR l.region_code LIKE ?7 || '.%') AND (?8 IS NULL OR l.region_code = ?8)
       ORDER BY a.year DESC, a.clip_id DESC`,
    )
    .bind(...filterParams(scope, f), regionCode)
    .all<AwardRow>();
  return results;
}

export interface VisitRow {
  regionCode: string;
  cohortId: number;
  cohortName: string;
  date: string;
}

/** Where the cohorts in scope went on their study visits, newest first. */
export async function cohortVisits(db: D1Database, scope: ScoutScope, regionCode: string | null = null) {
  const { results } = await db
    .prepare(
      `SELECT v.region_code AS regionCode, v.cohort_id AS cohortId, co.name AS cohortName, v.visit_date AS date
       FROM cohort_visits v CROSS JOIN cohorts co ON co.id = v.cohort_id
       WHERE (?1 IS NULL OR ${IN_SCOPE('v')}) AND (?2 IS NULL OR v.region_code = ?2)
       ORDER BY v.visit_date DESC`,
    )
    .bind(scopeParam(scope), regionCode)
    .all<VisitRow>();
  return results;
}

export interface InnovationEntryRow {
  regionCode: string;
  key: string;
  name: string;
  agency: string | null;
  sector: string;
  firstDate: string;
  lastDate: string;
  clips: number;
}

/**
 * The innovation directory: one entry per region and innovation key (spelling variants merged), with its
 * agency, sector, first and last report and number of clips; `q` searches names, `regionCode` keeps one region.
 */
export async function innovationEntries(
  db: D1Database,
  scope: ScoutScope,
  f: ScoutFilters & { q?: string | null; regionCode?: string | null; limit?: number },
): Promise<InnovationEntryRow[]> {
  const with_ = scopeClause(scope);
  const read = db
    .prepare(
      `${with_}
       SELECT x.region_code AS regionCode, x.key, x.name, x.agency, x.sector,
         x.first_date AS firstDate, x.last_date AS lastDate, x.clips
       FROM scout_innovations x
       WHERE ${WHERE_ENTITY} AND (?8 IS NULL OR x.region_code = ?8)
         AND (?9 IS NULL OR x.name LIKE '%' || ?9 || '%' ESCAPE '\\' OR x.key LIKE '%' || ?10 || '%' ESCAPE '\\')
       ORDER BY lastDate DESC, clips DESC, name
       LIMIT ?11`,
    )
    .bind(
      ...filterParams(scope, f),
      f.regionCode ?? null,
      f.q ? likeText(f.q) : null,
      f.q ? likeText(f.q.toLowerCase().replace(/[^a-z0-9]+/g, '')) : null,
      f.limit ?? 500,
    );
  return scoutRead<InnovationEntryRow>(db, scope, read);
}

/** Text for LIKE with its wildcards taken literally. */
const likeText = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export interface AgencyEntryRow {
  key: string;
  name: string;
  sector: string;
  clips: number;
  newestYear: number;
}

/** One region's agencies (by key), most clipped first. */
export async function regionAgencies(
  db: D1Database,
  scope: ScoutScope,
  regionCode: string,
): Promise<AgencyEntryRow[]> {
  const with_ = scopeClause(scope);
  const read = db
    .prepare(
      `${with_}
       SELECT x.key, x.name, x.sector, x.clips, x.last_year AS newestYear
       FROM scout_agencies x WHERE x.region_code = ?2
       ORDER BY clips DESC, name`,
    )
    .bind(scopeParam(scope), regionCode);
  return scoutRead<AgencyEntryRow>(db, scope, read);
}

export interface RegionClipRow {
  id: number;
  title: string;
  url: string;
  siteName: string | null;
  record: string;
  cohortId: number;
  cohortSlug: string;
  createdAt: string;
  publishedYear: number | null;
}

/** The newest clips of one region within the scope, and how many there are in all. */
export async function regionClips(
  db: D1Database,
  scope: ScoutScope,
  regionCode: string,
  limit: number,
): Promise<{ total: number; clips: RegionClipRow[] }> {
  const inRegion = `FROM clips c WHERE c.id IN (SELECT l.clip_id FROM loci l WHERE l.region_code = ?2) AND ${CLIP_SCOPE}`;
  const [rows, count] = await db.batch<RegionClipRow | { total: number }>([
    db
      .prepare(
        `SELECT c.id, c.title, c.url, c.site_name AS siteName, c.record, c.cohort_id AS cohortId,
           (SELECT slug FROM cohorts WHERE id = c.cohort_id) AS cohortSlug, c.created_at AS createdAt,
           c.published_year AS publishedYear
         ${inRegion} ORDER BY c.published_year DESC, c.created_at DESC, c.id DESC LIMIT ?3`,
      )
      .bind(scopeParam(scope), regionCode, limit),
    db.prepare(`SELECT count(*) AS total ${inRegion}`).bind(scopeParam(scope), regionCode),
  ]);
  return { clips: rows!.results as RegionClipRow[], total: (count!.results[0] as { total: number }).total };
}

/** Which of a region's clips name each innovation key, for the region page's sources. */
export async function innovationClips(
  db: D1Database,
  scope: ScoutScope,
  regionCode: string,
): Promise<{ key: string; clipId: number }[]> {
  const { results } = await db
    .prepare(
      `SELECT DISTINCT i.key, c.id AS clipId FROM loci l JOIN innovations i ON i.locus_id = l.id
       JOIN clips c ON c.id = l.clip_id
       WHERE l.region_code = ?2 AND i.key <> '' AND ${CLIP_SCOPE}
       ORDER BY c.published_year DESC, c.id DESC`,
    )
    .bind(scopeParam(scope), regionCode)
    .all<{ key: string; clipId: number }>();
  return results;
}
