/**
 * The JSON face of the worker, mounted at /api: bearer tokens (or the browser session), JSON in and out,
 * every answer `nosniff` and `private, no-store`, every error `{ error: { code, message } }` — its own
 * onError and its own 404, never a page.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from './env.ts';
import { refusal, refuse } from './errors.ts';
import { failureOf } from './failures.ts';
import { auth } from './middleware/auth.ts';
import { secureHeaders } from './middleware/secure-headers.ts';
import { assignments } from './routes/assignments.ts';
import { clips } from './routes/clips.ts';
import { cohorts } from './routes/cohorts.ts';
import { exports } from './routes/exports.ts';
import { invites } from './routes/invites.ts';
import { lookup } from './routes/lookup.ts';
import { me } from './routes/me.ts';
import { members } from './routes/members.ts';
import { regions } from './routes/regions.ts';
import { scouting } from './routes/scouting.ts';

const api = new Hono<AppEnv>();

/** The busiest calls — the look-up, a cohort's list and search, and the clip post — read a bearer caller in their own batch. */
const CALLER_IN_BATCH: Record<string, RegExp> = {
  GET: /^\/api\/(?:lookup|cohorts\/[^/]+\/clips)$/,
  POST: /^\/api\/cohorts\/[^/]+\/clips$/,
};
const inBatch = (c: Context) => CALLER_IN_BATCH[c.req.method]?.test(c.req.path) ?? false;

api.use('*', secureHeaders({ api: true }));
api.use('/me', auth());
api.use('/lookup', auth({ inBatch }));
api.use('/cohorts', auth());
api.use('/cohorts/*', auth({ inBatch }));
api.use('/clips/*', auth());
api.use('/scouting/*', auth());

export const apiRoutes = api
  .get('/health', (c) => c.json({ ok: true as const }, 200))
  .route('/me', me)
  .route('/cohorts', cohorts)
  .route('/cohorts', members)
  .route('/', clips)
  .route('/', assignments)
  .route('/', exports)
  .route('/invites', invites)
  .route('/lookup', lookup)
  .route('/regions', regions)
  .route('/scouting', scouting)
  .all('*', (c) => refuse(c, refusal(404, 'not_found', 'route_not_found')));

api.onError((err, c) => {
  const failure = failureOf(err, c);
  if (failure.retryAfter) c.header('Retry-After', String(failure.retryAfter));
  return c.json(failure.body, failure.status);
});
