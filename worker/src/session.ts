/**
 * The browser session: one HttpOnly cookie holding the caller's token, set by the invite flow (/i/:code) and by
 * sign-in (/masuk), cleared by /keluar; and where sign-in may send the browser back to. Reading the cookie is
 * middleware/auth.ts's job.
 */
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'lokus_session';
const SESSION_DAYS = 180;

function cookieOptions(c: Context) {
  return {
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    path: '/',
  } as const;
}

/** Signs the browser in with a token that callerFromToken accepted. */
export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { ...cookieOptions(c), maxAge: SESSION_DAYS * 86_400 });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
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
