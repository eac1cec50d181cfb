/**
 * The clips table: one article clipped into one cohort, with its LocusRecord, note and quotes. Writes carry
 * their loci rows in the same batch (loci.ts); the FTS index follows by trigger. Reading lists are keyset
 * pages over (cohort_id, created_at DESC, id DESC).
 */
import { upgradeLocusRecord, type LocusRecord } from '../../../shared/schema/locus-record.ts';
import { clipsFtsQuery } from './clips-fts.ts';
import { clipYear, reportedOn, sourceHost } from '../../../shared/scouting/facts.ts';
import { lociSearchText, lociStatements, storedLoci, type ClipRef, type StoredLocus } from './loci.ts';
import { awardsStatements, markDirtyStatement, newClipMarksStatements } from './scouting.ts';
import type { CohortRole } from './cohorts.ts';
import type { Member } from './members.ts';
import { viewerCte, type Viewer } from '../viewer.ts';

export interface ClipRow {
  id: number;
  cohort_id: number;
  client_id: string;
  url: string;
  canonical_url: string;
  title: string;
  text?: string;
  site_name: string | null;
  record: string;
  note: string;
  quotes: string;
  created_by: number;
  created_by_name: string;
  created_at: string;
  updated_at: string;
  read: 0 | 1;
}

export interface Clip {
  id: number;
  cohortId: number;
  clientId: string;
  url: string;
  canonicalUrl: string;
  title: string;
  text: string;
  siteName: string | null;
  record: LocusRecord;
  note: string;
  quotes: string[];
  createdAt: string;
  updatedAt: string;
  createdBy: Member;
  /** Whether the caller has marked it read. */
  read: boolean;
}

/**
 * A clip as a list shows it, and as a post is answered: everything but the article text, its record without the
 * evidence sentences (listedRecord).
 */
export type ClipSummary = Omit<Clip, 'text'>;

/** A record as stored, in today's shape (records stored before per-locus evidence are upgraded as read). */
export function storedRecord(json: string): LocusRecord {
  return upgradeLocusRecord(JSON.parse(json) as LocusRecord);
}

/**
 * A record as a list shows it: without the evidence sentences, the record's own and each locus's — what the
 * insert stores as `listed_record`, byte for byte what migration 0007's trigger derives in SQL.
 */
export function listedRecord(record: LocusRecord): LocusRecord {
  const { evidence: _evidence, ...listed } = record;
  return { ...listed, loci: record.loci.map(({ evidence: _locusEvidence, ...locus }) => locus) };
}

export function rowToClipSummary(row: ClipRow): ClipSummary {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    clientId: row.client_id,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    siteName: row.site_name,
    record: storedRecord(row.record),
    note: row.note,
    quotes: JSON.parse(row.quotes) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: { id: row.created_by, name: row.created_by_name },
    read: row.read === 1,
  };
}

export function rowToClip(row: ClipRow): Clip {
  return { ...rowToClipSummary(row), text: row.text ?? '' };
}

const SUMMARY_COLUMNS = `c.id, c.cohort_id, c.client_id, c.url, c.canonical_url, c.title, c.site_name, c.record,
  c.note, c.quotes, c.created_by, m.name AS created_by_name, c.created_at, c.updated_at`;
/**
 * The record as a list shows it: without the evidence sentences (the record's own and each locus's), which
 * only the clip's own page needs and which are most of a record's bytes (4.4 of 5.2 kB in the load bench's
 * articles). It is kept beside the record — written by a clip's insert (listedRecord), kept up by a trigger on
 * record changes (migrations 0007, 0008) — so a list neither sends nor parses them.
 * It is in today's shape however old the record: upgradeLocusRecord only moves evidence.
 */
const LISTED_COLUMNS = SUMMARY_COLUMNS.replace('c.record', 'c.listed_record AS record');
/** Whether the viewer (the statement's `viewer` CTE) has marked clip c read. */
const VIEWER_READ =
  'EXISTS (SELECT 1 FROM read_marks r WHERE r.member_id = (SELECT id FROM viewer) AND r.clip_id = c.id)';
/** A listed clip as the API answers it (a ClipSummary), written by SQLite where the row is. */
const SUMMARY_JSON = `json_object('id', c.id, 'cohortId', c.cohort_id, 'clientId', c.client_id, 'url', c.url,
  'canonicalUrl', c.canonical_url, 'title', c.title, 'siteName', c.site_name, 'record', json(c.listed_record),
  'note', c.note, 'quotes', json(c.quotes), 'createdAt', c.created_at, 'updatedAt', c.updated_at,
  'createdBy', json_object('id', c.created_by, 'name', m.name), 'read', json(IIF(${VIEWER_READ}, 'true', 'false')))`;
/** A clip's `columns` with its author and the read mark of the viewer whose member id is ?1. */
const selectWithRead = (columns: string) => `SELECT ${columns},
  EXISTS (SELECT 1 FROM read_marks r WHERE r.member_id = ?1 AND r.clip_id = c.id) AS read
  FROM clips c JOIN members m ON m.id = c.created_by`;
const FULL_SELECT = selectWithRead(`${SUMMARY_COLUMNS}, c.text`);

/** A clip with the viewer's read mark and the viewer's role in its cohort (null when none), in one query. */
export async function clipWithRole(
  db: D1Database,
  id: number,
  caller: { memberId: number; organiser: boolean },
): Promise<{ row: ClipRow; role: CohortRole | null } | null> {
  const found = await db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, c.text,
         EXISTS (SELECT 1 FROM read_marks r WHERE r.member_id = ?1 AND r.clip_id = c.id) AS read,
         IIF(?3, 'organiser', (SELECT role FROM memberships WHERE member_id = ?1 AND cohort_id = c.cohort_id)) AS viewer_role
       FROM clips c JOIN members m ON m.id = c.created_by WHERE c.id = ?2`,
    )
    .bind(caller.memberId, id, caller.organiser ? 1 : 0)
    .first<ClipRow & { viewer_role: CohortRole | null }>();
  if (!found) return null;
  const { viewer_role: role, ...row } = found;
  return { row, role };
}

export function clipById(db: D1Database, id: number, viewerId: number): Promise<ClipRow | null> {
  return db.prepare(`${FULL_SELECT} WHERE c.id = ?2`).bind(viewerId, id).first<ClipRow>();
}

/** A clip as a list shows it (its listed record, no text), with the viewer's read mark. */
export function listedClipById(db: D1Database, id: number, viewerId: number): Promise<ClipRow | null> {
  return db
    .prepare(`${selectWithRead(LISTED_COLUMNS)} WHERE c.id = ?2`)
    .bind(viewerId, id)
    .first<ClipRow>();
}

/**
 * The id of the clip a post would repeat, as a column `repeat_id` of the cohort's look-up
 * (cohortWithRoleStatement's `also`): the same clientId (a retry) first, else the same article (canonical URL).
 * Both are unique indexes of the cohort.
 */
export function repeatedClipColumn(
  clientId: string,
  canonicalUrl: string,
): { sql: string; params: unknown[] } {
  return {
    sql: `, coalesce((SELECT id FROM clips WHERE cohort_id = c.id AND client_id = ?),
       (SELECT id FROM clips WHERE canonical_url = ? AND cohort_id = c.id)) AS repeat_id`,
    params: [clientId, canonicalUrl],
  };
}

/** The look-up query: the index on (canonical_url, cohort_id) answers it. */
export const CLIP_BY_URL_SQL = `${FULL_SELECT} WHERE c.canonical_url = ?2 AND c.cohort_id = ?3`;

export function clipByCanonicalUrl(
  db: D1Database,
  cohortId: number,
  canonicalUrl: string,
  viewerId: number,
): Promise<ClipRow | null> {
  return db.prepare(CLIP_BY_URL_SQL).bind(viewerId, canonicalUrl, cohortId).first<ClipRow>();
}

/** A clip before it has an id: what the caller sent, canonicalised, with its time. */
export type NewClip = Pick<
  Clip,
  | 'cohortId'
  | 'clientId'
  | 'url'
  | 'canonicalUrl'
  | 'title'
  | 'text'
  | 'siteName'
  | 'record'
  | 'note'
  | 'quotes'
> & { createdAt: string };

/** The clip a batch statement is about, found by its (cohort, clientId) key. */
const clipByKey = (key: { cohortId: number; clientId: string }): ClipRef => ({
  sql: 'SELECT id FROM clips WHERE cohort_id = ?1 AND client_id = ?2',
  params: [key.cohortId, key.clientId],
});

/**
 * The clip a post's batch inserted: its key and its time. A clip the post repeats was inserted at another time,
 * so when the post's INSERT is skipped the statements after it find no clip and write nothing.
 */
const insertedClip = (clip: NewClip): ClipRef => {
  const byKey = clipByKey(clip);
  return { sql: `${byKey.sql} AND created_at = ?3`, params: [...byKey.params, clip.createdAt] };
};

/** The record's awards (records made before awards existed have none). */
const awardsOf = (record: LocusRecord) => (record as { awards?: unknown[] }).awards ?? [];

/**
 * Statements that follow a clip's record into the derived rows, in the clip's own batch: its loci and
 * innovations, its awards (`replace`: instead of the ones it had), and a mark on every entity it names now,
 * whose scouting rows the next scouting read brings up to date (scout-queries.ts scoutRead).
 */
function recordStatements(
  db: D1Database,
  clip: ClipRef,
  loci: readonly StoredLocus[],
  record: LocusRecord,
  { replace }: { replace: boolean },
): D1PreparedStatement[] {
  return [
    ...lociStatements(db, clip, loci, { replace }),
    ...awardsStatements(db, clip, awardsOf(record), { replace }),
    markDirtyStatement(db, clip),
  ];
}

/**
 * A post's clip as statements for the post's own batch. The INSERT writes it as `viewer` (its author) only when
 * they may write clips in the cohort — its organiser or one of its widyaiswara — and no clip of the cohort has
 * its clientId or its canonical URL (ON CONFLICT DO NOTHING); it answers the new clip's id (RETURNING), or no
 * row when it wrote nothing. The loci, innovations, awards and scouting marks follow the clip it wrote, and
 * only that one (insertedClip).
 */
export function insertClipStatements(db: D1Database, clip: NewClip, viewer: Viewer): D1PreparedStatement[] {
  const loci = storedLoci(clip.record.loci);
  const host = sourceHost(clip.url);
  const inserted = insertedClip(clip);
  const cte = viewerCte(viewer);
  return [
    db
      .prepare(
        `${cte.sql}
         INSERT INTO clips (cohort_id, client_id, url, canonical_url, title, text, site_name, record, note, quotes,
           loci_text, created_by, created_at, updated_at, published_year, program, source_host, listed_record,
           reported_on)
         SELECT co.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, v.id, ?, ?, ?, ?, ?, ?, ?
         FROM viewer v JOIN cohorts co ON co.id = ?
         WHERE v.organiser OR EXISTS (SELECT 1 FROM memberships
           WHERE member_id = v.id AND cohort_id = co.id AND role = 'widyaiswara')
         ON CONFLICT DO NOTHING
         RETURNING id`,
      )
      .bind(
        ...cte.params,
        clip.clientId,
        clip.url,
        clip.canonicalUrl,
        clip.title,
        clip.text,
        clip.siteName,
        JSON.stringify(clip.record),
        clip.note,
        JSON.stringify(clip.quotes),
        lociSearchText(loci),
        clip.createdAt,
        clip.createdAt,
        clipYear(clip.record, clip.createdAt),
        clip.record.program,
        host,
        JSON.stringify(listedRecord(clip.record)),
        reportedOn(clip.record, clip.createdAt),
        clip.cohortId,
      ),
    ...lociStatements(db, inserted, loci),
    ...awardsStatements(db, inserted, awardsOf(clip.record)),
    ...newClipMarksStatements(db, inserted, loci, host),
  ];
}

/**
 * The clip a post inserted, as the API answers it — as a list shows it: what was sent, without its text and
 * evidence, with its id and author; nothing read back.
 */
export function newClipAnswer(clip: NewClip, id: number, author: Member): ClipSummary {
  const { text: _text, record, ...sent } = clip;
  return {
    ...sent,
    id,
    record: listedRecord(record),
    updatedAt: clip.createdAt,
    createdBy: author,
    read: false,
  };
}

export interface ClipChanges {
  title?: string;
  record?: LocusRecord;
  note?: string;
  quotes?: string[];
}

/**
 * Applies changes; a new record replaces the loci rows (and marks what scouting counts of them) in the same batch.
 * Answers false when the clip is gone (deleted meanwhile): then nothing was written.
 */
export async function updateClip(
  db: D1Database,
  clip: { id: number; cohortId: number; clientId: string; createdAt: string },
  changes: ClipChanges,
  at: string,
): Promise<boolean> {
  const sets: string[] = ['updated_at = ?'];
  const params: unknown[] = [at];
  const set = (column: string, value: unknown) => {
    sets.push(`${column} = ?`);
    params.push(value);
  };
  if (changes.title !== undefined) set('title', changes.title);
  if (changes.note !== undefined) set('note', changes.note);
  if (changes.quotes !== undefined) set('quotes', JSON.stringify(changes.quotes));
  const loci = changes.record ? storedLoci(changes.record.loci) : null;
  if (changes.record && loci) {
    set('record', JSON.stringify(changes.record));
    set('loci_text', lociSearchText(loci));
    set('published_year', clipYear(changes.record, clip.createdAt));
    set('program', changes.record.program);
  }
  const update = db.prepare(`UPDATE clips SET ${sets.join(', ')} WHERE id = ?`).bind(...params, clip.id);
  if (!changes.record || !loci) return (await update.run()).meta.changes > 0;
  const ref = clipByKey(clip);
  const [, updated] = await db.batch([
    markDirtyStatement(db, ref),
    update,
    ...recordStatements(db, ref, loci, changes.record, { replace: true }),
  ]);
  return updated!.meta.changes > 0;
}

/**
 * Adds the quotes a clip does not hold yet, after the ones it holds, in one statement: however many posts of
 * the same clip race, each reads and writes the list inside its own UPDATE, so none is lost. Answers whether
 * the clip is there.
 */
export async function mergeQuotes(
  db: D1Database,
  id: number,
  quotes: readonly string[],
  at: string,
): Promise<boolean> {
  const row = await db
    .prepare(
      `UPDATE clips SET
         quotes = (
           SELECT json_group_array(value) FROM (
             SELECT value FROM (
               SELECT value, 0 AS part, key FROM json_each(clips.quotes)
               UNION ALL
               SELECT n.value, 1, n.key FROM json_each(?2) n
               WHERE n.value NOT IN (SELECT value FROM json_each(clips.quotes))
                 AND n.key = (SELECT min(m.key) FROM json_each(?2) m WHERE m.value = n.value)
             ) ORDER BY part, key
           )
         ),
         updated_at = IIF(EXISTS (SELECT 1 FROM json_each(?2) n WHERE n.value NOT IN (SELECT value FROM json_each(clips.quotes))), ?3, updated_at)
       WHERE id = ?1 RETURNING id`,
    )
    .bind(id, JSON.stringify(quotes), at)
    .first<{ id: number }>();
  return row !== null;
}

/**
 * Gives clips stored before scouting existed (no publication year yet) their scouting facts — years, program,
 * source, keys and sectors, awards and scout rows — a few at a time; answers how many it did. Their records,
 * text and times stay as they are.
 */
export async function backfillScouting(db: D1Database, limit = 50): Promise<number> {
  const { results } = await db
    .prepare(
      `SELECT id, cohort_id, client_id, url, record, created_at FROM clips
       WHERE published_year IS NULL ORDER BY id LIMIT ?`,
    )
    .bind(limit)
    .all<Pick<ClipRow, 'id' | 'cohort_id' | 'client_id' | 'url' | 'record' | 'created_at'>>();
  for (const row of results) {
    const record = storedRecord(row.record);
    const ref = clipByKey({ cohortId: row.cohort_id, clientId: row.client_id });
    await db.batch([
      markDirtyStatement(db, ref),
      db
        .prepare('UPDATE clips SET published_year = ?, program = ?, source_host = ? WHERE id = ?')
        .bind(clipYear(record, row.created_at), record.program, sourceHost(row.url), row.id),
      ...recordStatements(db, ref, storedLoci(record.loci), record, { replace: true }),
    ]);
  }
  return results.length;
}

/**
 * Deletes a clip; loci, innovations, awards and read marks go with it (ON DELETE CASCADE), the FTS row by
 * trigger, and what it named is marked for the next scouting read to recompute.
 */
export async function deleteClip(db: D1Database, id: number): Promise<boolean> {
  const [, deleted] = await db.batch([
    markDirtyStatement(db, { sql: '?1', params: [id] }),
    db.prepare('DELETE FROM clips WHERE id = ?').bind(id),
  ]);
  return deleted!.meta.changes > 0;
}

export interface ClipListQuery {
  cohortId: number;
  /** Whose read marks the list shows (and hides, with `unread`). */
  viewer: Viewer;
  /** What the reader typed; made safe by clipsFtsQuery. */
  q?: string | null;
  /** A kabupaten/kota code (35.10) or a province code (35). */
  region?: string | null;
  /** Only the clips the viewer has not marked read. */
  unread?: boolean;
  /** Keyset cursor: the last clip of the previous page. */
  after?: { createdAt: string; id: number } | null;
  limit: number;
}

/**
 * The `listed` CTE: the keys of the clips a list shows, newest first, `query.limit` of them. It reads only the
 * cohort's (created_at, id) index and the filters' own tables, so the columns of a clip are read for the page's
 * clips alone, not for every clip a search matches; the unary + keeps SQLite from starting at the search's
 * matches (every clip holding "inovasi") and sorting them all.
 */
function listedCte(query: ClipListQuery): { sql: string; params: unknown[] } {
  const where = ['c.cohort_id = ?'];
  const params: unknown[] = [query.cohortId];
  const fts = clipsFtsQuery(query.q);
  if (fts) {
    where.push('+c.id IN (SELECT rowid FROM clips_fts WHERE clips_fts MATCH ?)');
    params.push(fts);
  }
  if (query.region) {
    // '35' covers '35' and every '35.xx'; '35.10' covers itself: '/' sorts right after '.'.
    where.push('+c.id IN (SELECT clip_id FROM loci WHERE region_code >= ? AND region_code < ?)');
    params.push(query.region, `${query.region}/`);
  }
  if (query.unread) where.push(`NOT ${VIEWER_READ}`);
  if (query.after) {
    where.push('(c.created_at, c.id) < (?, ?)');
    params.push(query.after.createdAt, query.after.id);
  }
  params.push(query.limit);
  const sql = `listed AS MATERIALIZED (SELECT c.id, c.created_at FROM clips c
    WHERE ${where.join(' AND ')}
    ORDER BY c.created_at DESC, c.id DESC LIMIT ?)`;
  return { sql, params };
}

/** The listed clips' rows: `c` the clip, `m` its author, `k` its key, newest first. */
const LISTED_ROWS = `FROM listed k JOIN clips c ON c.id = k.id JOIN members m ON m.id = c.created_by`;

/** A list's query over the `listed` keys: each listed clip's `columns`, newest first. */
function listSql(query: ClipListQuery, columns: string): { sql: string; params: unknown[] } {
  const cte = viewerCte(query.viewer);
  const listed = listedCte(query);
  return {
    sql: `${cte.sql}, ${listed.sql}
      SELECT ${columns} ${LISTED_ROWS}
      ORDER BY k.created_at DESC, k.id DESC`,
    params: [...cte.params, ...listed.params],
  };
}

/** The list query (ClipRow's columns) and its parameters, built from fixed fragments (EXPLAIN QUERY PLAN tests use it). */
export const clipListSql = (query: ClipListQuery) =>
  listSql(query, `${LISTED_COLUMNS}, ${VIEWER_READ} AS read`);

export function clipListStatement(db: D1Database, query: ClipListQuery): D1PreparedStatement {
  const { sql, params } = clipListSql(query);
  return db.prepare(sql).bind(...params);
}

/** A page of a cohort's list as the API answers it. */
export interface ClipListPage {
  items: ClipSummary[];
  /** Where the next page starts (a keyset cursor), or null on the last page. */
  nextCursor: string | null;
}

/** A listed clip as SQLite writes it (clipPageStatement): its key, and its ClipSummary as JSON. */
export interface ClipItemRow {
  created_at: string;
  id: number;
  item: string;
}

/**
 * The list query with each clip as the API's JSON, written by SQLite: the worker joins the items without
 * parsing rows or records.
 */
export const clipPageSql = (query: ClipListQuery) =>
  listSql(query, `k.created_at, k.id, ${SUMMARY_JSON} AS item`);

export function clipPageStatement(db: D1Database, query: ClipListQuery): D1PreparedStatement {
  const { sql, params } = clipPageSql(query);
  return db.prepare(sql).bind(...params);
}

export async function listClips(db: D1Database, query: ClipListQuery): Promise<ClipRow[]> {
  return (await clipListStatement(db, query).all<ClipRow>()).results;
}

/** Every clip of a cohort with its text, oldest first: the JSON export (the viewer id 0 reads no marks). */
export async function cohortClipsForExport(db: D1Database, cohortId: number): Promise<ClipRow[]> {
  const { results } = await db
    .prepare(`${FULL_SELECT} WHERE c.cohort_id = ?2 ORDER BY c.created_at, c.id`)
    .bind(0, cohortId)
    .all<ClipRow>();
  return results;
}

/** Where a canonical URL is already clipped: in the viewer's cohorts, or anywhere for an organiser. */
export function lookupSql(canonicalUrl: string, viewer: Viewer): { sql: string; params: unknown[] } {
  const cte = viewerCte(viewer);
  return {
    sql: `${cte.sql}
      SELECT c.id AS clip_id, c.cohort_id, co.name AS cohort_name, co.slug
      FROM clips c JOIN cohorts co ON co.id = c.cohort_id
      WHERE c.canonical_url = ? AND ((SELECT organiser FROM viewer)
        OR c.cohort_id IN (SELECT cohort_id FROM memberships WHERE member_id = (SELECT id FROM viewer)))
      ORDER BY co.created_at DESC`,
    params: [...cte.params, canonicalUrl],
  };
}

export interface LookupRow {
  clip_id: number;
  cohort_id: number;
  cohort_name: string;
  slug: string;
}

export function lookupStatement(db: D1Database, canonicalUrl: string, viewer: Viewer): D1PreparedStatement {
  const { sql, params } = lookupSql(canonicalUrl, viewer);
  return db.prepare(sql).bind(...params);
}

/** Export rows: one per locus (or one for a clip without loci), innovations as a JSON array. */
export interface ClipExportRow extends Omit<ClipRow, 'read' | 'text'> {
  position: number | null;
  region_code: string | null;
  region_name: string | null;
  province: string | null;
  agency: string | null;
  innovations: string | null;
}

export async function clipExportRows(db: D1Database, cohortId: number): Promise<ClipExportRow[]> {
  const { results } = await db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, l.position, l.region_code, l.region_name, l.province, l.agency,
         (SELECT json_group_array(name) FROM (SELECT name FROM innovations WHERE locus_id = l.id ORDER BY id)) AS innovations
       FROM clips c JOIN members m ON m.id = c.created_by LEFT JOIN loci l ON l.clip_id = c.id
       WHERE c.cohort_id = ?
       ORDER BY c.created_at DESC, c.id DESC, l.position`,
    )
    .bind(cohortId)
    .all<ClipExportRow>();
  return results;
}

/** How many clips the cohort holds, and how many of them the viewer has not marked read. */
export function cohortClipCountsStatement(
  db: D1Database,
  cohortId: number,
  viewerId: number,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT count(*) AS total,
         coalesce(sum(NOT EXISTS (SELECT 1 FROM read_marks r WHERE r.member_id = ?2 AND r.clip_id = c.id)), 0) AS unread
       FROM clips c WHERE c.cohort_id = ?1`,
    )
    .bind(cohortId, viewerId);
}

interface RegionCount {
  regionCode: string | null;
  region: string | null;
  province: string | null;
  clips: number;
}

/**
 * How many clips of the cohort went to each host region, over the whole cohort, most clipped first: a clip with
 * loci in two regions counts in both; loci without a known code count by the name they give (or, naming no
 * region, under `region: null`), as the reading list groups them; `noLoci` counts the clips without loci.
 */
export interface RegionCounts {
  total: number;
  noLoci: number;
  items: RegionCount[];
}

/** regionCounts as two statements for a caller's batch; regionCountsOf reads their results. */
export function regionCountsStatements(
  db: D1Database,
  cohortId: number,
): [D1PreparedStatement, D1PreparedStatement] {
  return [
    db
      .prepare(
        `SELECT l.region_code AS regionCode,
           IIF(l.region_code IS NULL AND trim(coalesce(l.region_name, '')) = '', NULL, MIN(l.region_name)) AS region,
           IIF(l.region_code IS NULL, NULL, MIN(l.province)) AS province,
           COUNT(DISTINCT l.clip_id) AS clips
         FROM clips c JOIN loci l ON l.clip_id = c.id
         WHERE c.cohort_id = ?
         GROUP BY l.region_code, IIF(l.region_code IS NULL, lower(trim(coalesce(l.region_name, ''))), NULL)
         ORDER BY clips DESC, region IS NULL, region COLLATE NOCASE`,
      )
      .bind(cohortId),
    db
      .prepare(
        `SELECT count(*) AS total, coalesce(sum(NOT EXISTS (SELECT 1 FROM loci l WHERE l.clip_id = c.id)), 0) AS noLoci
         FROM clips c WHERE c.cohort_id = ?`,
      )
      .bind(cohortId),
  ];
}

export function regionCountsOf(counts: D1Result<unknown>, totals: D1Result<unknown>): RegionCounts {
  const { total, noLoci } = totals.results[0] as { total: number; noLoci: number };
  return { total, noLoci, items: counts.results as RegionCount[] };
}

export async function regionCounts(db: D1Database, cohortId: number): Promise<RegionCounts> {
  const [counts, totals] = await db.batch(regionCountsStatements(db, cohortId));
  return regionCountsOf(counts!, totals!);
}
