/**
 * Limits on abuse, per client address, with Cloudflare's rate-limiting binding (wrangler.toml [[ratelimits]];
 * `wrangler dev` enforces them too): sign-in attempts, invite pages and acceptances, and requests whose
 * credential signs nobody in. Over a limit, the answer is 429 with Retry-After, in the JSON error shape on the
 * API and as a page on the web.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

export type Limiter = 'SIGN_IN_LIMITER' | 'INVITE_LIMITER' | 'AUTH_FAILURE_LIMITER';

/** Each limiter's period in seconds, as wrangler.toml sets it: how long to tell a client to wait. */
const PERIOD: Record<Limiter, 10 | 60> = {
  SIGN_IN_LIMITER: 60,
  INVITE_LIMITER: 60,
  AUTH_FAILURE_LIMITER: 10,
};

/** The client's address as Cloudflare (and wrangler dev) give it. */
function clientAddress(c: Context<AppEnv>): string {
  return c.req.header('cf-connecting-ip') ?? 'unknown';
}

/** Counts this request against the limiter; the 429 to answer when the client is over it, else null. */
export async function overLimit(c: Context<AppEnv>, limiter: Limiter): Promise<ApiError | null> {
  const { success } = await c.env[limiter].limit({ key: clientAddress(c) });
  return success ? null : tooManyRequests(limiter);
}

const tooManyRequests = (limiter: Limiter) =>
  new ApiError(429, 'rate_limited', 'rate_limited', undefined, PERIOD[limiter]);

/** Counts every request through it against the limiter. */
export function rateLimit(limiter: Limiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const over = await overLimit(c, limiter);
    if (over) throw over;
    await next();
  };
}
