/**
 * The API's error shape `{ error: { code, message, issues?, requestId? } }` (declared once in
 * shared/schema/api.ts), the Refusal a route answers for an expected outcome (403, 404, 409, 410, 422 …) —
 * returned as a typed JSON body that `hc` sees — and the exception middleware throws for the rest.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode, FieldIssue } from '../../shared/schema/api.ts';
import type { AppEnv } from './env.ts';
import { message, MESSAGES, type MessageKey } from './i18n.ts';

export type { ErrorBody, ErrorCode, FieldIssue };

/** The statuses an expected outcome may answer with. */
export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429;

/** An expected "no": what a route answers instead of its result. */
export interface Refusal {
  refused: true;
  status: RefusalStatus;
  code: ErrorCode;
  key: MessageKey;
  issues?: FieldIssue[];
}

export const refusal = (
  status: RefusalStatus,
  code: ErrorCode,
  key: MessageKey,
  issues?: FieldIssue[],
): Refusal => ({
  refused: true,
  status,
  code,
  key,
  ...(issues ? { issues } : {}),
});

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as Refusal).refused === true;
}

/** The error body of a refusal in the request's language. */
function errorBody(
  r: Pick<Refusal, 'code' | 'key' | 'issues'>,
  lang: AppEnv['Variables']['lang'],
): ErrorBody {
  return {
    error: { code: r.code, message: message(r.key, lang), ...(r.issues ? { issues: r.issues } : {}) },
  };
}

/** Answers a refusal as JSON, typed by its status so `hc` clients see it. */
export function refuse<S extends RefusalStatus>(c: Context<AppEnv>, r: Refusal & { status: S }) {
  return c.json(errorBody(r, c.var.lang), r.status);
}

/** For server pages: the value, or the refusal thrown for the page's error handler to render. */
export function orThrow<T>(value: T | Refusal): T {
  if (isRefusal(value)) throw new ApiError(value.status, value.code, value.key, value.issues);
  return value;
}

/** What middleware and pages throw; the sub-app's error handler renders it as JSON or as a page. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly issues?: FieldIssue[],
    /** Seconds to wait, for a 429. */
    readonly retryAfter?: number,
  ) {
    super(status, { message: MESSAGES[key].en });
  }
}

export const unauthorized = () => new ApiError(401, 'unauthorized', 'unauthorized');
export const notFound = (key: MessageKey) => new ApiError(404, 'not_found', key);
