/**
 * The Lokus worker: the JSON API under /api (clips, cohorts, invites, look-ups, exports) and the server pages
 * /c/:slug, /i/:code, / and /masuk, on Cloudflare Workers + D1. Every error leaves as `{ error: { code, message } }`
 * (an HTML page for browsers on the pages). `AppType` gives the extension `hc<AppType>` end to end.
 */
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env.ts';
import { ApiError, type ErrorBody, type ErrorCode } from './errors.ts';
import { langFromAcceptLanguage, message, type MessageKey } from './i18n.ts';
import { auth } from './middleware/auth.ts';
import { language } from './middleware/language.ts';
import { requestId } from './middleware/request-id.ts';
import { PAGE_HEADERS } from './pages/layout.tsx';
import { messagePageHtml } from './pages/message-page.tsx';
import { pageStrings } from './pages/strings.ts';
import { assignments } from './routes/assignments.ts';
import { clips } from './routes/clips.ts';
import { cohorts } from './routes/cohorts.ts';
import { exports } from './routes/exports.ts';
import { invites } from './routes/invites.ts';
import { lookup } from './routes/lookup.ts';
import { me } from './routes/me.ts';
import { members } from './routes/members.ts';
import { account } from './routes/account.tsx';
import { clipPages } from './routes/clip-pages.tsx';
import { consolePages } from './routes/console.tsx';
import { feeds } from './routes/feed.tsx';
import { invitePages } from './routes/invite-pages.tsx';
import { manage } from './routes/manage.tsx';
import { reading } from './routes/reading.tsx';
import { regions } from './routes/regions.ts';
import { scouting } from './routes/scouting.ts';
import { scoutingPages } from './routes/scouting-pages.tsx';
import { signIn } from './routes/sign-in.tsx';
import { signInHref } from './session.ts';

const app = new Hono<AppEnv>();

app.use('*', requestId());
app.use('*', language());
app.use('/api/me', auth());
app.use('/api/lookup', auth());
app.use('/api/cohorts', auth());
app.use('/api/cohorts/*', auth());
app.use('/api/clips/*', auth());
app.use('/api/scouting/*', auth());

const routes = app
  .get('/api/health', (c) => c.json({ ok: true as const }, 200))
  .route('/api/me', me)
  .route('/api/cohorts', cohorts)
  .route('/api/cohorts', members)
  .route('/api', clips)
  .route('/api', assignments)
  .route('/api', exports)
  .route('/api/invites', invites)
  .route('/api/lookup', lookup)
  .route('/api/regions', regions)
  .route('/api/scouting', scouting)
  .route('/', consolePages)
  .route('/', account)
  .route('/', reading)
  .route('/', clipPages)
  .route('/', manage)
  .route('/', feeds)
  .route('/', invitePages)
  .route('/', scoutingPages)
  .route('/', signIn);

export type AppType = typeof routes;

/** What Hono's own exceptions (validator, body parsing) mean in the API's codes. */
function codeOfHttpException(err: HTTPException): { code: ErrorCode; key: MessageKey } {
  if (err.status === 400) {
    return /json/i.test(err.message)
      ? { code: 'malformed_json', key: 'malformed_json' }
      : { code: 'bad_request', key: 'bad_request' };
  }
  if (err.status === 401) return { code: 'unauthorized', key: 'unauthorized' };
  if (err.status === 413) return { code: 'too_large', key: 'too_large' };
  if (err.status === 404) return { code: 'not_found', key: 'route_not_found' };
  return { code: 'bad_request', key: 'bad_request' };
}

function wantsPage(c: Context): boolean {
  return !c.req.path.startsWith('/api/') && c.req.path !== '/api';
}

const PAGE_TITLE_BY_STATUS: Record<number, 'signInTitle' | 'forbiddenTitle' | 'notFoundTitle' | 'goneTitle'> =
  {
    401: 'signInTitle',
    403: 'forbiddenTitle',
    404: 'notFoundTitle',
    410: 'goneTitle',
  };

/** The request's language; a request that failed before the language middleware ran reads its header. */
const langOf = (c: Context<AppEnv>) =>
  c.get('lang') ?? langFromAcceptLanguage(c.req.header('accept-language'));

function errorResponse(c: Context<AppEnv>, status: ContentfulStatusCode, body: ErrorBody) {
  if (!wantsPage(c)) return c.json(body, status);
  const lang = langOf(c);
  const p = pageStrings(lang);
  const titleKey = PAGE_TITLE_BY_STATUS[status];
  const title = titleKey ? p[titleKey] : p.errorTitle;
  const text = status === 401 ? p.signInHelp : body.error.message;
  const detail = body.error.requestId ? `${p.requestId}: ${body.error.requestId}` : undefined;
  // A stale or wrong cookie lands here: offer the sign-in page, coming back to the reading list.
  const back = c.req.method === 'GET' ? c.req.path : null;
  const link = status === 401 ? { href: signInHref(back), text: p.signInWithToken } : undefined;
  return c.html(messagePageHtml({ lang, title, message: text, detail, link }), status, PAGE_HEADERS);
}

app.onError((err, c) => {
  const lang = langOf(c);
  if (err instanceof ApiError) {
    const body: ErrorBody = { error: { code: err.code, message: message(err.key, lang) } };
    if (err.issues) body.error.issues = err.issues;
    return errorResponse(c, err.status, body);
  }
  if (err instanceof HTTPException) {
    const { code, key } = codeOfHttpException(err);
    return errorResponse(c, err.status, { error: { code, message: message(key, lang) } });
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
  return errorResponse(c, 500, {
    error: { code: 'internal', message: message('internal', lang), requestId: id },
  });
});

app.notFound((c) => {
  const lang = langOf(c);
  const key: MessageKey = wantsPage(c) ? 'cohort_not_found' : 'route_not_found';
  return errorResponse(c, 404, { error: { code: 'not_found', message: message(key, lang) } });
});

export default app;
