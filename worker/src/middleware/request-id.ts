/** Gives each request an id (Cloudflare's ray id when there is one), sets `X-Request-Id` and `c.var.requestId`. */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';

export interface RequestIdOptions {
  headerName?: string;
}

export function requestId({ headerName = 'X-Request-Id' }: RequestIdOptions = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('cf-ray') ?? '';
    const id = /^[\w-]{1,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', id);
    c.header(headerName, id);
    await next();
  };
}
