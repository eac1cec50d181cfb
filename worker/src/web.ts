/**
 * The HTML face of the worker: the server pages (reading lists, the console, scouting, invites, sign-in),
 * forms only, under the pages' CSP; its own onError and 404 render a page in the reader's language, offering
 * sign-in on a 401 and coming back afterwards.
 */
import { Hono } from 'hono';
import type { AppEnv } from './env.ts';
import { notFound } from './errors.ts';
import { failureOf, langOf } from './failures.ts';
import { secureHeaders } from './middleware/secure-headers.ts';
import { PAGE_HEADERS } from './pages/layout.tsx';
import { messagePageHtml } from './pages/message-page.tsx';
import { pageStrings } from './pages/strings.ts';
import { account } from './routes/account.tsx';
import { clipPages } from './routes/clip-pages.tsx';
import { consolePages } from './routes/console.tsx';
import { feeds } from './routes/feed.tsx';
import { invitePages } from './routes/invite-pages.tsx';
import { manage } from './routes/manage.tsx';
import { reading } from './routes/reading.tsx';
import { scoutingPages } from './routes/scouting-pages.tsx';
import { signIn } from './routes/sign-in.tsx';
import { signInHref } from './session.ts';

const PAGE_TITLE_BY_STATUS: Record<
  number,
  'signInTitle' | 'forbiddenTitle' | 'notFoundTitle' | 'goneTitle' | 'slowDownTitle'
> = {
  401: 'signInTitle',
  403: 'forbiddenTitle',
  404: 'notFoundTitle',
  410: 'goneTitle',
  429: 'slowDownTitle',
};

export const web = new Hono<AppEnv>();

web.use('*', secureHeaders({ api: false }));
web
  .route('/', consolePages)
  .route('/', account)
  .route('/', reading)
  .route('/', clipPages)
  .route('/', manage)
  .route('/', feeds)
  .route('/', invitePages)
  .route('/', scoutingPages)
  .route('/', signIn)
  .all('*', () => {
    throw notFound('page_not_found');
  });

web.onError((err, c) => {
  const { status, body, retryAfter } = failureOf(err, c);
  const lang = langOf(c);
  const p = pageStrings(lang);
  const titleKey = PAGE_TITLE_BY_STATUS[status];
  const title = titleKey ? p[titleKey] : p.errorTitle;
  const text = status === 401 ? p.signInHelp : body.error.message;
  const detail = body.error.requestId ? `${p.requestId}: ${body.error.requestId}` : undefined;
  // A stale or wrong cookie lands here: offer the sign-in page, coming back to where the reader was.
  const back = c.req.method === 'GET' ? c.req.path : null;
  const link = status === 401 ? { href: signInHref(back), text: p.signInWithToken } : undefined;
  if (retryAfter) c.header('Retry-After', String(retryAfter));
  return c.html(messagePageHtml({ lang, title, message: text, detail, link }), status, PAGE_HEADERS);
});
