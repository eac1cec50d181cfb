/** The cohorts table: a training class ("angkatan") with its reading list at /c/:slug; archived ones step aside. */
import type { CohortInput, CohortPatch, CohortRole } from '../../../shared/schema/cohort.ts';
import { VIEWER_COLUMNS, viewerCte, type Viewer } from '../viewer.ts';

export type { CohortRole };

export interface CohortRow {
  id: number;
  slug: string;
  name: string;
  program: string | null;
  cohort_label: string | null;
  start_date: string | null;
  end_date: string | null;
  created_at: string;
  archived_at: string | null;
}

export interface Cohort {
  id: number;
  slug: string;
  name: string;
  program: string | null;
  /** The angkatan as written: "Angkatan XII". */
  cohortLabel: string | null;
  startDate: string | null;
  endDate: string | null;
  createdAt: string;
  /** When it was archived; null while it is active. */
  archivedAt: string | null;
  /** The caller's role in it. */
  role: CohortRole;
}

export function rowToCohort(row: CohortRow, role: CohortRole): Cohort {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    program: row.program,
    cohortLabel: row.cohort_label,
    startDate: row.start_date,
    endDate: row.end_date,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
    role,
  };
}

export async function insertCohort(
  db: D1Database,
  input: CohortInput & { slug: string; createdAt: string },
): Promise<CohortRow> {
  const row = await db
    .prepare(
      `INSERT INTO cohorts (slug, name, program, cohort_label, start_date, end_date, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    )
    .bind(
      input.slug,
      input.name,
      input.program ?? null,
      input.cohortLabel || null,
      input.startDate ?? null,
      input.endDate ?? null,
      input.createdAt,
    )
    .first<CohortRow>();
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return row;
}

/** A cohort row with the caller's role in it (null when they have none). */
export type CohortWithRoleRow = CohortRow & { viewer_role: CohortRole | null };

/**
 * The statement behind cohortWithRole, for batching with the query it guards. It is driven by the caller: it
 * answers one row whenever `viewer` is someone — the caller's columns (VIEWER_COLUMNS), then the cohort's, which
 * are null when there is no such cohort — and no row when the viewer's token signs nobody in. `also` adds columns
 * read in the same look-up (SQL over `c`, the cohort, and its parameters).
 */
export function cohortWithRoleStatement(
  db: D1Database,
  id: number,
  viewer: Viewer,
  also: { sql: string; params: unknown[] } = { sql: '', params: [] },
): D1PreparedStatement {
  const cte = viewerCte(viewer);
  return db
    .prepare(
      `${cte.sql}
       SELECT ${VIEWER_COLUMNS}, c.*,
         IIF(c.id IS NULL, NULL, IIF(v.organiser, 'organiser',
           (SELECT role FROM memberships WHERE member_id = v.id AND cohort_id = c.id))) AS viewer_role${also.sql}
       FROM viewer v LEFT JOIN cohorts c ON c.id = ?`,
    )
    .bind(...cte.params, ...also.params, id);
}

/** A cohort by its slug with the caller's role in it (null when they have none), in one query. */
export function cohortBySlugWithRole(
  db: D1Database,
  slug: string,
  caller: { memberId: number; organiser: boolean },
): Promise<CohortWithRoleRow | null> {
  return db
    .prepare(
      `SELECT c.*, IIF(?2, 'organiser', (SELECT role FROM memberships WHERE member_id = ?3 AND cohort_id = c.id)) AS viewer_role
       FROM cohorts c WHERE c.slug = ?1`,
    )
    .bind(slug, caller.organiser ? 1 : 0, caller.memberId)
    .first<CohortWithRoleRow>();
}

/** A cohort and the caller's role in it (null when they have none), in one query. */
export async function cohortWithRole(
  db: D1Database,
  id: number,
  caller: { memberId: number; organiser: boolean },
): Promise<{ cohort: CohortRow; role: CohortRole | null } | null> {
  const row = await cohortWithRoleStatement(db, id, caller).first<CohortWithRoleRow>();
  if (!row) return null;
  const { viewer_role: role, ...cohort } = row;
  return { cohort, role };
}

export function cohortById(db: D1Database, id: number): Promise<CohortRow | null> {
  return db.prepare('SELECT * FROM cohorts WHERE id = ?').bind(id).first<CohortRow>();
}

/** Which cohorts a list shows: the active ones (the default), or the archived ones too. */
export interface CohortListOptions {
  archived?: boolean;
}

/** Every cohort, newest first: what an organiser sees. */
export async function listAllCohorts(db: D1Database, { archived = false }: CohortListOptions = {}) {
  const { results } = await db
    .prepare(`SELECT * FROM cohorts WHERE ?1 OR archived_at IS NULL ORDER BY created_at DESC, id DESC`)
    .bind(archived ? 1 : 0)
    .all<CohortRow>();
  return results;
}

/** The cohorts a member belongs to, with their role, newest first. */
export async function listMemberCohorts(
  db: D1Database,
  memberId: number,
  { archived = false }: CohortListOptions = {},
): Promise<(CohortRow & { role: 'widyaiswara' | 'participant' })[]> {
  const { results } = await db
    .prepare(
      `SELECT c.*, m.role FROM memberships m JOIN cohorts c ON c.id = m.cohort_id
       WHERE m.member_id = ?1 AND (?2 OR c.archived_at IS NULL) ORDER BY c.created_at DESC, c.id DESC`,
    )
    .bind(memberId, archived ? 1 : 0)
    .all<CohortRow & { role: 'widyaiswara' | 'participant' }>();
  return results;
}

/** Applies a correction; `archived` archives (keeping the first time) or restores. Returns the row after it. */
export async function updateCohort(
  db: D1Database,
  id: number,
  patch: CohortPatch,
  at: string,
): Promise<CohortRow | null> {
  const sets: string[] = [];
  const params: unknown[] = [];
  const set = (column: string, value: unknown) => {
    sets.push(`${column} = ?`);
    params.push(value);
  };
  if (patch.name !== undefined) set('name', patch.name);
  if (patch.program !== undefined) set('program', patch.program);
  if (patch.cohortLabel !== undefined) set('cohort_label', patch.cohortLabel || null);
  if (patch.startDate !== undefined) set('start_date', patch.startDate);
  if (patch.endDate !== undefined) set('end_date', patch.endDate);
  if (patch.archived === true) {
    sets.push('archived_at = COALESCE(archived_at, ?)');
    params.push(at);
  }
  if (patch.archived === false) set('archived_at', null);
  if (!sets.length) return cohortById(db, id);
  return db
    .prepare(`UPDATE cohorts SET ${sets.join(', ')} WHERE id = ? RETURNING *`)
    .bind(...params, id)
    .first<CohortRow>();
}

/**
 * URL-safe slug from the name plus a short random suffix, so names may repeat and slugs stay hard to guess.
 * @example cohortSlug('PKA Angkatan XII Tahun 2025') // 'pka-angkatan-xii-tahun-2025-k3v9qa'
 */
export function cohortSlug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const suffix = [...crypto.getRandomValues(new Uint8Array(6))].map((b) => alphabet[b % 32]).join('');
  return base ? `${base}-${suffix}` : suffix;
}
