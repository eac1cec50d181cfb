/**
 * Who is calling: `Authorization: Bearer <token>` or the `lokus_session` cookie (same token). The ADMIN_TOKEN
 * secret signs in the organiser; any other token is looked up by its SHA-256 hash. It does not decide what the
 * caller may do in a cohort — that is ../access.ts.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { secretsEqual, sha256Hex } from '../crypto.ts';
import { ensureAdminMember, memberByTokenHash } from '../db/members.ts';
import type { AppEnv, Caller } from '../env.ts';
import { ApiError, unauthorized } from '../errors.ts';
import { SESSION_COOKIE } from '../session.ts';

export { SESSION_COOKIE };

export interface AuthOptions {
  /** Let anonymous requests through (pages render their own sign-in hint); a bad token is still 401. */
  optional?: boolean;
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

/** Resolves a token to a caller, or null when it signs nobody in. */
export async function callerFromToken(
  db: D1Database,
  adminToken: string | undefined,
  token: string,
  via: Caller['via'],
): Promise<Caller | null> {
  if (!token || token.length > 512) return null;
  if (adminToken && (await secretsEqual(token, adminToken))) {
    const admin = await ensureAdminMember(db);
    return { memberId: admin.id, name: admin.name, organiser: true, admin: true, via };
  }
  const member = await memberByTokenHash(db, await sha256Hex(token));
  return member
    ? { memberId: member.id, name: member.name, organiser: member.admin === 1, admin: false, via }
    : null;
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

export function auth({ optional = false }: AuthOptions = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cred = credential(c);
    if (!cred) {
      if (optional) return next();
      throw unauthorized();
    }
    const caller = await callerFromToken(c.env.DB, c.env.ADMIN_TOKEN, cred.token, cred.via);
    if (!caller) throw unauthorized();
    if (caller.via === 'cookie' && crossSite(c)) throw new ApiError(403, 'forbidden', 'cross_site');
    c.set('caller', caller);
    await next();
  };
}
