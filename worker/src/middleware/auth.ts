/**
 * Who is calling: `Authorization: Bearer <token>` or the `lokus_session` cookie (a session id, ../session.ts).
 * The ADMIN_TOKEN secret signs in the organiser; any other token is looked up by its SHA-256 hash. It does not
 * decide what the caller may do in a cohort — that is ../access.ts.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { adminTokenHash, hashesEqual, sha256Hex } from '../crypto.ts';
import {
  ensureAdminMember,
  memberByTokenHash,
  memberByTokenHashStatement,
  type MemberRow,
} from '../db/members.ts';
import type { AppEnv, Caller } from '../env.ts';
import { ApiError, unauthorized } from '../errors.ts';
import type { SessionCohortRow } from '../db/sessions.ts';
import {
  clearSessionCookie,
  SESSION_COOKIE,
  sessionCohort,
  sessionMember,
  type SessionGrant,
} from '../session.ts';
import type { Viewer, ViewerColumns } from '../viewer.ts';
import { overLimit } from './rate-limit.ts';

export interface AuthOptions {
  /** Let anonymous requests through (pages render their own sign-in hint); a bad token is still 401. */
  optional?: boolean;
  /**
   * Requests whose route reads a personal bearer token's member in its own D1 batch (batchAsCaller): auth
   * leaves the look-up to that batch, one round trip fewer. Such a route answers a malformed id or body before
   * it learns that the token signs nobody in; both answers reveal nothing.
   */
  inBatch?: (c: Context) => boolean;
  /**
   * Pages whose cohort is read with the session in one query (routes/forms.ts cohortPage, through
   * sessionWithCohort): auth leaves the session cookie to it, one round trip fewer.
   */
  sessionInPage?: boolean;
}

function credential(c: Context): { token: string; via: Caller['via'] } | null {
  const header = c.req.header('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match ? { token: match[1]!, via: 'bearer' } : { token: '', via: 'bearer' };
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/** A token's member and the session grant it proves, or null when it signs nobody in. */
export async function tokenGrant(
  db: D1Database,
  adminToken: string | undefined,
  token: string,
): Promise<{ member: MemberRow; grant: SessionGrant } | null> {
  if (!token || token.length > 512) return null;
  const credentialHash = await sha256Hex(token);
  if (adminToken && hashesEqual(credentialHash, await adminTokenHash(adminToken))) {
    const member = await ensureAdminMember(db);
    return { member, grant: { memberId: member.id, credentialHash, admin: true } };
  }
  const member = await memberByTokenHash(db, credentialHash);
  return member ? { member, grant: { memberId: member.id, credentialHash, admin: false } } : null;
}

function toCaller(
  member: Pick<MemberRow, 'id' | 'name' | 'admin'>,
  admin: boolean,
  via: Caller['via'],
): Caller {
  return { memberId: member.id, name: member.name, organiser: admin || member.admin === 1, admin, via };
}

/** Resolves a bearer token to a caller, or null when it signs nobody in. */
async function callerFromToken(
  db: D1Database,
  adminToken: string | undefined,
  token: string,
): Promise<Caller | null> {
  const found = await tokenGrant(db, adminToken, token);
  return found ? toCaller(found.member, found.grant.admin, 'bearer') : null;
}

async function callerFromCredential(
  c: Context<AppEnv>,
  cred: { token: string; via: Caller['via'] },
): Promise<Caller | null> {
  if (cred.via === 'bearer') return callerFromToken(c.env.DB, c.env.ADMIN_TOKEN, cred.token);
  const row = await sessionMember(c, cred.token, c.env.ADMIN_TOKEN);
  return row ? toCaller(row, row.session_admin === 1, 'cookie') : null;
}

/**
 * A write from another site. A cookie is sent by the browser on its own, so writes riding on it (and the
 * sign-in form) must come from this origin. `Sec-Fetch-Site` decides when the browser sends it: a same-origin
 * form may carry `Origin: null` (referrer policies), which must not count as foreign.
 */
export function crossSite(c: Context): boolean {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return false;
  const site = c.req.header('sec-fetch-site');
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = c.req.header('origin');
  return !!origin && origin !== new URL(c.req.url).origin;
}

/** 401 for a credential that signs nobody in, unless this address has failed too often (429). */
async function refuseCredential(c: Context<AppEnv>): Promise<never> {
  const over = await overLimit(c, 'AUTH_FAILURE_LIMITER');
  throw over ?? unauthorized();
}

/**
 * Runs a route's statements as the caller, in one batch: when auth left a bearer token to the route
 * (`pendingToken`), the statements read the token's member themselves (viewer.ts), and the caller is read from
 * the first statement's first row when that statement answers the caller's columns (`callerFirst`: it is driven
 * by the viewer, cohortWithRoleStatement), else from a look-up of the token put before them. Answers the caller
 * and the statements' results; 401 when the token signs nobody in.
 */
export async function batchAsCaller(
  c: Context<AppEnv>,
  statements: (viewer: Viewer) => D1PreparedStatement[],
  { callerFirst = false }: { callerFirst?: boolean } = {},
): Promise<{ caller: Caller; results: D1Result<unknown>[] }> {
  const db = c.env.DB;
  const tokenHash = c.get('pendingToken');
  if (!tokenHash) return { caller: c.var.caller, results: await db.batch<unknown>(statements(c.var.caller)) };
  const viewer = { tokenHash };
  const results = await db.batch<unknown>(
    callerFirst ? statements(viewer) : [memberByTokenHashStatement(db, tokenHash), ...statements(viewer)],
  );
  const first = results[0]!.results[0] as (MemberRow & Partial<ViewerColumns>) | undefined;
  const member =
    callerFirst && first
      ? { id: first.viewer_id!, name: first.viewer_name!, admin: first.viewer_organiser! }
      : first;
  if (!member) return refuseCredential(c);
  const caller = toCaller(member, false, 'bearer');
  c.set('caller', caller);
  return { caller, results: callerFirst ? results : results.slice(1) };
}

/**
 * For a page auth left the session cookie to (`sessionInPage`): the caller and the cohort behind `slug` with
 * their role, in one query. A session that signs nobody in ends as auth would end it — the cookie forgotten,
 * the failure counted (429 past the limit) — and the page has no caller (null).
 */
export async function sessionWithCohort(
  c: Context<AppEnv>,
  slug: string,
): Promise<{ caller: Caller; row: SessionCohortRow } | null> {
  const id = c.get('pendingSession') ?? '';
  const row = await sessionCohort(c, id, c.env.ADMIN_TOKEN, slug);
  if (!row) {
    clearSessionCookie(c);
    const over = await overLimit(c, 'AUTH_FAILURE_LIMITER');
    if (over) throw over;
    return null;
  }
  const member = {
    id: row.viewer_id,
    name: row.viewer_name,
    admin: row.viewer_admin,
    created_at: row.viewer_created_at,
  };
  const caller = toCaller(member, row.viewer_session_admin === 1, 'cookie');
  c.set('caller', caller);
  return { caller, row };
}

export function auth({
  optional = false,
  inBatch,
  sessionInPage = false,
}: AuthOptions = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cred = credential(c);
    if (!cred) {
      if (optional) return next();
      throw unauthorized();
    }
    if (cred.via === 'cookie' && sessionInPage) {
      c.set('pendingSession', cred.token);
      return next();
    }
    if (cred.via === 'bearer' && inBatch?.(c) && cred.token && cred.token.length <= 512) {
      const tokenHash = await sha256Hex(cred.token);
      const admin = c.env.ADMIN_TOKEN && hashesEqual(tokenHash, await adminTokenHash(c.env.ADMIN_TOKEN));
      if (!admin) {
        c.set('pendingToken', tokenHash);
        return next();
      }
    }
    const caller = await callerFromCredential(c, cred);
    if (!caller) {
      if (cred.via === 'cookie') clearSessionCookie(c);
      const over = await overLimit(c, 'AUTH_FAILURE_LIMITER');
      if (over) throw over;
      // A page that works signed out treats an ended session as signed out; a bad bearer token never passes.
      if (optional && cred.via === 'cookie') return next();
      throw unauthorized();
    }
    if (caller.via === 'cookie' && crossSite(c)) throw new ApiError(403, 'forbidden', 'cross_site');
    c.set('caller', caller);
    await next();
  };
}
