/** The cohorts table: a training class ("angkatan") with its reading list at /c/:slug. */
import type { CohortInput } from '../../../shared/schema/cohort.ts';

export type CohortRole = 'organiser' | 'widyaiswara' | 'participant';

export interface CohortRow {
  id: number;
  slug: string;
  name: string;
  program: string | null;
  start_date: string | null;
  end_date: string | null;
  created_at: string;
}

export interface Cohort {
  id: number;
  slug: string;
  name: string;
  program: string | null;
  startDate: string | null;
  endDate: string | null;
  createdAt: string;
  /** The caller's role in it. */
  role: CohortRole;
}

export function rowToCohort(row: CohortRow, role: CohortRole): Cohort {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    program: row.program,
    startDate: row.start_date,
    endDate: row.end_date,
    createdAt: row.created_at,
    role,
  };
}

export async function insertCohort(
  db: D1Database,
  input: CohortInput & { slug: string; createdAt: string },
): Promise<CohortRow> {
  const row = await db
    .prepare(
      `INSERT INTO cohorts (slug, name, program, start_date, end_date, created_at)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
    )
    .bind(
      input.slug,
      input.name,
      input.program ?? null,
      input.startDate ?? null,
      input.endDate ?? null,
      input.createdAt,
    )
    .first<CohortRow>();
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return row;
}

export function cohortById(db: D1Database, id: number): Promise<CohortRow | null> {
  return db.prepare('SELECT * FROM cohorts WHERE id = ?').bind(id).first<CohortRow>();
}

export function cohortBySlug(db: D1Database, slug: string): Promise<CohortRow | null> {
  return db.prepare('SELECT * FROM cohorts WHERE slug = ?').bind(slug).first<CohortRow>();
}

/** Every cohort, newest first: what an organiser sees. */
export async function listAllCohorts(db: D1Database): Promise<CohortRow[]> {
  const { results } = await db
    .prepare('SELECT * FROM cohorts ORDER BY created_at DESC, id DESC')
    .all<CohortRow>();
  return results;
}

/** The cohorts a member belongs to, with their role, newest first. */
export async function listMemberCohorts(
  db: D1Database,
  memberId: number,
): Promise<(CohortRow & { role: 'widyaiswara' | 'participant' })[]> {
  const { results } = await db
    .prepare(
      `SELECT c.*, m.role FROM memberships m JOIN cohorts c ON c.id = m.cohort_id
       WHERE m.member_id = ? ORDER BY c.created_at DESC, c.id DESC`,
    )
    .bind(memberId)
    .all<CohortRow & { role: 'widyaiswara' | 'participant' }>();
  return results;
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
