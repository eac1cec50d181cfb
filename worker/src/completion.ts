/**
 * Required reading, read back: the cohort's required clips and, per participant, which of them they have read
 * and when — the completion view's matrix (JSON, page and CSV) and one participant's own progress.
 */
import {
  completionRows,
  listAssignments,
  listAssignmentsStatement,
  requiredReadByStatement,
  type RequiredRead,
  type TitledAssignmentRow,
} from './db/assignments.ts';

interface RequiredClip {
  clipId: number;
  title: string;
  dueDate: string | null;
  position: number;
  /** How many participants have read it. */
  readBy: number;
}

interface ParticipantProgress {
  memberId: number;
  name: string;
  read: { clipId: number; readAt: string }[];
}

export interface Completion {
  required: RequiredClip[];
  participants: ParticipantProgress[];
}

/** The matrix for a cohort: every required clip, every participant and what they have read. */
export async function cohortCompletion(db: D1Database, cohortId: number): Promise<Completion> {
  const [assignments, rows] = await Promise.all([
    listAssignments(db, cohortId),
    completionRows(db, cohortId),
  ]);
  const required: RequiredClip[] = assignments.map((a) => ({
    clipId: a.clip_id,
    title: a.title,
    dueDate: a.due_date,
    position: a.position,
    readBy: 0,
  }));
  const byClip = new Map(required.map((clip) => [clip.clipId, clip]));
  const participants = new Map<number, ParticipantProgress>();
  for (const row of rows) {
    let participant = participants.get(row.member_id);
    if (!participant) {
      participant = { memberId: row.member_id, name: row.name, read: [] };
      participants.set(row.member_id, participant);
    }
    const clip = row.clip_id === null ? undefined : byClip.get(row.clip_id);
    if (!clip || !row.read_at) continue;
    participant.read.push({ clipId: clip.clipId, readAt: row.read_at });
    clip.readBy++;
  }
  return { required, participants: [...participants.values()] };
}

export interface OwnProgress {
  required: Omit<RequiredClip, 'readBy'>[];
  read: { clipId: number; readAt: string }[];
  done: number;
  total: number;
}

/** One member's progress through the cohort's required reading ("3 dari 5 bacaan wajib sudah dibaca"). */
export async function ownProgress(db: D1Database, cohortId: number, memberId: number): Promise<OwnProgress> {
  const [assignments, read] = await db.batch<unknown>([
    listAssignmentsStatement(db, cohortId),
    requiredReadByStatement(db, cohortId, memberId),
  ]);
  return progressOf(assignments!.results as TitledAssignmentRow[], read!.results as RequiredRead[]);
}

/** A member's progress from the cohort's required clips and those of them the member has read. */
export function progressOf(assignments: TitledAssignmentRow[], read: RequiredRead[]): OwnProgress {
  const required = assignments.map((a) => ({
    clipId: a.clip_id,
    title: a.title,
    dueDate: a.due_date,
    position: a.position,
  }));
  return { required, read, done: read.length, total: required.length };
}
