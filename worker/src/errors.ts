/**
 * The API's error shape `{ error: { code, message, issues?, requestId? } }` and the exception that carries it.
 * Routes throw ApiError; index.ts's onError turns it (and anything else) into the JSON body.
 */
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { MESSAGES, type MessageKey } from './i18n.ts';

export type ErrorCode =
  | 'malformed_json'
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invite_revoked'
  | 'invite_expired'
  | 'invite_used_up'
  | 'too_large'
  | 'invalid'
  | 'internal';

/** One failed field: `loci.0.regionCode` and what is wrong with it (Bahasa Indonesia). */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: FieldIssue[]; requestId?: string };
}

export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly issues?: FieldIssue[],
  ) {
    super(status, { message: MESSAGES[key].en });
  }
}

export const unauthorized = () => new ApiError(401, 'unauthorized', 'unauthorized');
export const forbidden = (key: MessageKey) => new ApiError(403, 'forbidden', key);
export const notFound = (key: MessageKey) => new ApiError(404, 'not_found', key);
