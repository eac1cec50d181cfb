/**
 * The browser session: one HttpOnly cookie holding a random session id, whose hash names a row in the
 * sessions table (db/sessions.ts). Sign-in (/masuk) and the invite flow (/i/:code) open one, replacing the
 * browser's previous session; /keluar deletes it on the server. A session lasts SESSION_DAYS from its last
 * renewal and only while the token it was opened with is unrevoked. Reading the cookie is middleware/auth.ts's
 * job; where sign-in may send the browser back to is here too.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { adminTokenHash, randomCode, sha256Hex } from './crypto.ts';
import type { AppEnv } from './env.ts';
import {
  deleteExpiredSessionsStatement,
  deleteSessionStatement,
  extendSession,
  insertSessionStatement,
  memberBySession,
  sessionCohortBySlug,
  type SessionCohortRow,
  type SessionMemberRow,
} from './db/sessions.ts';

export const SESSION_COOKIE = 'lokus_session';
const SESSION_DAYS = 180;
const DAY_MS = 86_400_000;

function cookieOptions(c: Context<AppEnv>) {
  return {
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    path: '/',
  } as const;
}

/** What a session is opened with: the member, and the SHA-256 of the token they proved (or of ADMIN_TOKEN). */
export interface SessionGrant {
  memberId: number;
  credentialHash: string;
  admin: boolean;
}

/**
 * Opens a session for the browser: a new random id in the cookie, its hash in the table. The browser's
 * previous session, if any, ends in the same batch (a sign-in never keeps an id someone may have planted).
 */
export async function openSession(c: Context<AppEnv>, grant: SessionGrant): Promise<void> {
  const id = randomCode(32);
  const now = new Date();
  const statements = [
    insertSessionStatement(c.env.DB, {
      id_hash: await sha256Hex(id),
      member_id: grant.memberId,
      credential_hash: grant.credentialHash,
      admin: grant.admin ? 1 : 0,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_DAYS * DAY_MS).toISOString(),
    }),
    deleteExpiredSessionsStatement(c.env.DB, now.toISOString()),
  ];
  const previous = getCookie(c, SESSION_COOKIE);
  if (previous) statements.push(deleteSessionStatement(c.env.DB, await sha256Hex(previous)));
  await c.env.DB.batch(statements);
  setCookie(c, SESSION_COOKIE, id, { ...cookieOptions(c), maxAge: SESSION_DAYS * 86_400 });
}

/** Ends the browser's session on the server and forgets the cookie. */
export async function endSession(c: Context<AppEnv>): Promise<void> {
  const id = getCookie(c, SESSION_COOKIE);
  if (id) await deleteSessionStatement(c.env.DB, await sha256Hex(id)).run();
  clearSessionCookie(c);
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
}

/** What a session id is looked up by, or null for an id no session could have. */
async function sessionKey(id: string, adminToken: string | undefined) {
  if (!id || id.length > 128) return null;
  return {
    idHash: await sha256Hex(id),
    now: new Date(),
    adminHash: adminToken ? await adminTokenHash(adminToken) : null,
  };
}

/** A session past half its life is renewed (row and cookie), so a participant who keeps reading stays signed in. */
async function renewHalfway(c: Context<AppEnv>, id: string, idHash: string, now: Date, expiresAt: string) {
  if (Date.parse(expiresAt) - now.getTime() >= (SESSION_DAYS / 2) * DAY_MS) return;
  await extendSession(c.env.DB, idHash, new Date(now.getTime() + SESSION_DAYS * DAY_MS).toISOString());
  setCookie(c, SESSION_COOKIE, id, { ...cookieOptions(c), maxAge: SESSION_DAYS * 86_400 });
}

/** The member a session id signs in, or null. */
export async function sessionMember(
  c: Context<AppEnv>,
  id: string,
  adminToken: string | undefined,
): Promise<SessionMemberRow | null> {
  const key = await sessionKey(id, adminToken);
  if (!key) return null;
  const row = await memberBySession(c.env.DB, key.idHash, key.now.toISOString(), key.adminHash);
  if (row) await renewHalfway(c, id, key.idHash, key.now, row.expires_at);
  return row;
}

/** sessionMember with the cohort behind `slug` and the member's role in it, in one query (sessionCohortBySlug). */
export async function sessionCohort(
  c: Context<AppEnv>,
  id: string,
  adminToken: string | undefined,
  slug: string,
): Promise<SessionCohortRow | null> {
  const key = await sessionKey(id, adminToken);
  if (!key) return null;
  const row = await sessionCohortBySlug(c.env.DB, key.idHash, key.now.toISOString(), key.adminHash, slug);
  if (row) await renewHalfway(c, id, key.idHash, key.now, row.viewer_expires_at);
  return row;
}

/** The pages sign-in may come back to: home, one's account, a cohort's pages, scouting, an invite. */
const LOCAL_PAGE =
  /^\/(?:(?:c|i)\/[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*|lokus(?:\/[A-Za-z0-9_.-]+)*|saya)?(?:\?[A-Za-z0-9\-._~%&=+]*)?$/;

/**
 * `next` when it is one of this site's pages (with an optional plain query), else null — so sign-in can never
 * bounce the browser to another site (`//evil.example`, `https://…`) or into the API (`/c/../api`).
 * @example safeNext('/c/pka-xii-k3v9qa/kelola') // '/c/pka-xii-k3v9qa/kelola'
 */
export function safeNext(next: string | undefined | null): string | null {
  if (!next || next.length > 300) return null;
  return LOCAL_PAGE.test(next) ? next : null;
}

/** The sign-in page's address, coming back to `next` afterwards when it is safe. */
export function signInHref(next: string | null): string {
  const safe = safeNext(next);
  // Slashes stay readable in the query; everything else is encoded.
  return safe && safe !== '/' ? `/masuk?next=${encodeURIComponent(safe).replaceAll('%2F', '/')}` : '/masuk';
}
