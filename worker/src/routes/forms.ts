/** What the server pages' routes share: an HTML response with the page headers, form fields, the same-origin rule. */
import type { Context } from 'hono';
import { ApiError } from '../errors.ts';
import { crossSite } from '../middleware/auth.ts';
import { PAGE_HEADERS } from '../pages/layout.tsx';

export function htmlPage(c: Context, body: string, status: 200 | 401 | 403 | 404 | 422 = 200) {
  return c.html(body, status, PAGE_HEADERS);
}

/** A form field as a string ('' when missing or a file). */
export function formString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Form posts must come from this origin (the cookie would otherwise ride along on another site's form). */
export function requireSameOrigin(c: Context): void {
  if (crossSite(c)) throw new ApiError(403, 'forbidden', 'cross_site');
}
