/**
 * What anything thrown means as an error body: ApiError carries its own code; Hono's exceptions (body
 * parsing, validators, limits) are mapped to the API's codes; anything else is a 500, logged with a request id
 * and never shown. The api and web sub-apps each render the result their own way (JSON, or a page).
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env.ts';
import { ApiError, type ErrorBody, type ErrorCode } from './errors.ts';
import { langFromAcceptLanguage, message, type Lang, type MessageKey } from './i18n.ts';

/** What Hono's own exceptions (validator, body parsing) mean in the API's codes. */
function codeOfHttpException(err: HTTPException): { code: ErrorCode; key: MessageKey } {
  if (err.status === 400)
    return /json/i.test(err.message)
      ? { code: 'malformed_json', key: 'malformed_json' }
      : { code: 'bad_request', key: 'bad_request' };
  if (err.status === 401) return { code: 'unauthorized', key: 'unauthorized' };
  if (err.status === 413) return { code: 'too_large', key: 'too_large' };
  if (err.status === 404) return { code: 'not_found', key: 'route_not_found' };
  return { code: 'bad_request', key: 'bad_request' };
}

/** The request's language; a request that failed before the language middleware ran reads its header. */
export const langOf = (c: Context<AppEnv>): Lang =>
  c.get('lang') ?? langFromAcceptLanguage(c.req.header('accept-language'));

export interface Failure {
  status: ContentfulStatusCode;
  body: ErrorBody;
  /** Seconds, for a 429's Retry-After. */
  retryAfter?: number;
}

export function failureOf(err: unknown, c: Context<AppEnv>): Failure {
  const lang = langOf(c);
  if (err instanceof ApiError) {
    const body: ErrorBody = { error: { code: err.code, message: message(err.key, lang) } };
    if (err.issues) body.error.issues = err.issues;
    if (err.retryAfter) body.error.retryAfter = err.retryAfter;
    return { status: err.status, body, retryAfter: err.retryAfter };
  }
  if (err instanceof HTTPException) {
    const { code, key } = codeOfHttpException(err);
    return { status: err.status, body: { error: { code, message: message(key, lang) } } };
  }
  const id = c.get('requestId') ?? crypto.randomUUID();
  console.error(
    JSON.stringify({
      requestId: id,
      method: c.req.method,
      path: c.req.path,
      error: String(err),
      stack: err instanceof Error ? err.stack : undefined,
    }),
  );
  return {
    status: 500,
    body: { error: { code: 'internal', message: message('internal', lang), requestId: id } },
  };
}
