/**
 * The contract of the JSON API that both sides read: the languages it speaks, its error body and codes. The
 * worker answers every error in this shape; the extension reads it. Roles live in cohort.ts.
 */

/** Lokus' languages: Bahasa Indonesia first, English second. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

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
  | 'rate_limited'
  | 'internal';

/** One failed field: `record.loci.0.regionCode` and what is wrong with it, in the request's language. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Every error the API answers: `{ error: { code, message, issues?, requestId?, retryAfter? } }`. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    issues?: FieldIssue[];
    /** On a 500: what to quote when reporting it. */
    requestId?: string;
    /** On a 429: seconds to wait (also the Retry-After header). */
    retryAfter?: number;
  };
}
