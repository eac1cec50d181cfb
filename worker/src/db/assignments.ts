/**
 * The assignments table: a cohort's required reading (wajib baca) — which clips, in what order, by when — and
 * who of its participants has read them (read_marks), for the participants' progress and the completion view.
 */

export interface AssignmentRow {
  clip_id: number;
  cohort_id: number;
  due_date: string | null;
  position: number;
  assigned_by: number;
  assigned_at: string;
}

export type TitledAssignmentRow = AssignmentRow & { title: string };

/** A cohort's required clips in their order (position, then the time they were marked), with their titles. */
export function listAssignmentsStatement(db: D1Database, cohortId: number): D1PreparedStatement {
  return db
    .prepare(
      `SELECT a.*, c.title FROM assignments a JOIN clips c ON c.id = a.clip_id
       WHERE a.cohort_id = ? ORDER BY a.position, a.assigned_at, a.clip_id`,
    )
    .bind(cohortId);
}

export async function listAssignments(db: D1Database, cohortId: number): Promise<TitledAssignmentRow[]> {
  return (await listAssignmentsStatement(db, cohortId).all<TitledAssignmentRow>()).results;
}

export interface Assignment {
  clipId: number;
  dueDate: string | null;
  /** 1 = first; omitted: after the others (or where it already is). */
  position?: number;
}

/**
 * Marks a clip required (or changes its due date or place) and renumbers the cohort's list 1…n in one batch,
 * so positions stay a plain order however clips come and go.
 */
export async function assignClip(
  db: D1Database,
  cohortId: number,
  assignment: Assignment,
  by: number,
  at: string,
): Promise<void> {
  const current = (await listAssignments(db, cohortId)).map((row) => row.clip_id);
  const others = current.filter((id) => id !== assignment.clipId);
  const stay = current.indexOf(assignment.clipId);
  const at0 = assignment.position
    ? Math.min(assignment.position - 1, others.length)
    : stay >= 0
      ? stay
      : others.length;
  const order = [...others.slice(0, at0), assignment.clipId, ...others.slice(at0)];
  await db.batch([
    db
      .prepare(
        `INSERT INTO assignments (clip_id, cohort_id, due_date, position, assigned_by, assigned_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (clip_id) DO UPDATE SET due_date = excluded.due_date, position = excluded.position`,
      )
      .bind(assignment.clipId, cohortId, assignment.dueDate, at0 + 1, by, at),
    ...renumberStatements(db, order, assignment.clipId),
  ]);
}

function renumberStatements(db: D1Database, order: readonly number[], skip?: number): D1PreparedStatement[] {
  return order.flatMap((clipId, i) =>
    clipId === skip
      ? []
      : [
          db
            .prepare('UPDATE assignments SET position = ? WHERE clip_id = ? AND position != ?')
            .bind(i + 1, clipId, i + 1),
        ],
  );
}

/** Takes a clip off the required list; true when it was on it. */
export async function unassignClip(db: D1Database, cohortId: number, clipId: number): Promise<boolean> {
  const result = await db
    .prepare('DELETE FROM assignments WHERE clip_id = ? AND cohort_id = ?')
    .bind(clipId, cohortId)
    .run();
  if (result.meta.changes === 0) return false;
  const rest = (await listAssignments(db, cohortId)).map((row) => row.clip_id);
  const renumber = renumberStatements(db, rest);
  if (renumber.length) await db.batch(renumber);
  return true;
}

export interface CompletionRow {
  member_id: number;
  name: string;
  /** Null on the row of a participant who has read none of the required clips. */
  clip_id: number | null;
  read_at: string | null;
}

/**
 * Every participant of the cohort with the required clips they have read (one row per read clip, or one
 * row with nulls): the completion view's matrix, built in one query.
 */
export async function completionRows(db: D1Database, cohortId: number): Promise<CompletionRow[]> {
  const { results } = await db
    .prepare(
      `SELECT ms.member_id, m.name, r.clip_id, r.created_at AS read_at
       FROM memberships ms
       JOIN members m ON m.id = ms.member_id
       LEFT JOIN read_marks r ON r.member_id = ms.member_id
         AND r.clip_id IN (SELECT clip_id FROM assignments WHERE cohort_id = ?1)
       WHERE ms.cohort_id = ?1 AND ms.role = 'participant'
       ORDER BY m.name COLLATE NOCASE, ms.member_id, r.created_at`,
    )
    .bind(cohortId)
    .all<CompletionRow>();
  return results;
}

export interface RequiredRead {
  clipId: number;
  readAt: string;
}

/** The required clips of a cohort that one member has read, and when. */
export function requiredReadByStatement(
  db: D1Database,
  cohortId: number,
  memberId: number,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT a.clip_id AS clipId, r.created_at AS readAt FROM assignments a
       JOIN read_marks r ON r.clip_id = a.clip_id AND r.member_id = ?2
       WHERE a.cohort_id = ?1 ORDER BY a.position`,
    )
    .bind(cohortId, memberId);
}
