/**
 * The headers every answer carries: `nosniff`, a referrer policy (as a header, not only a meta tag), HSTS when
 * served over https; and for the API (JSON and exports, nothing to cache in a shared cache) `private, no-store`.
 * Pages add their CSP and no-store themselves (pages/layout.tsx PAGE_HEADERS).
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';

export interface SecureHeadersOptions {
  /** The JSON face: nothing it answers may be cached. */
  api: boolean;
}

export function secureHeaders({ api }: SecureHeadersOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'same-origin');
    if (new URL(c.req.url).protocol === 'https:')
      headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    if (api) headers.set('Cache-Control', 'private, no-store');
  };
}
