/**
 * The Lokus worker on Cloudflare Workers + D1: two faces on one origin — the JSON API under /api (api.ts) and
 * the server pages (web.ts) — each with its own headers, errors and 404. Every request gets an id and a
 * language first. `AppType` gives the extension `hc<AppType>` end to end.
 */
import { Hono } from 'hono';
import { apiRoutes } from './api.ts';
import type { AppEnv } from './env.ts';
import { language } from './middleware/language.ts';
import { requestId } from './middleware/request-id.ts';
import { web } from './web.ts';

const app = new Hono<AppEnv>()
  .use('*', requestId())
  .use('*', language())
  .route('/api', apiRoutes)
  .route('/', web);

export type AppType = typeof app;

export default app;
