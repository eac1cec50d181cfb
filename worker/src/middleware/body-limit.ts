/** Refuses request bodies over a size with 413 `too_large` before a handler reads them (Content-Length or streamed). */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors.ts';

export interface BodyLimitOptions {
  maxBytes: number;
}

export const KiB = 1024;
export const MiB = 1024 * KiB;

export function bodyLimit({ maxBytes }: BodyLimitOptions): MiddlewareHandler {
  return honoBodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'too_large', 'too_large');
    },
  });
}
