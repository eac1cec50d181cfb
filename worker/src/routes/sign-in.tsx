/**
 * Signing in a browser without an invite link: GET/POST /masuk takes a personal token (or the ADMIN_TOKEN) and
 * sets the same session cookie as the invite flow; POST /keluar clears it; GET / lists the caller's cohorts.
 * The token is checked by the auth middleware's own callerFromToken, never a copy of it.
 */
import { Hono } from 'hono';
import { callerCohorts } from '../access.ts';
import type { AppEnv } from '../env.ts';
import { langFromQuery, type Lang } from '../i18n.ts';
import { auth, callerFromToken } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { HomePage } from '../pages/home-page.tsx';
import { renderPage } from '../pages/layout.tsx';
import { SignInPage } from '../pages/sign-in-page.tsx';
import { pageStrings } from '../pages/strings.ts';
import { clearSessionCookie, safeNext, setSessionCookie, signInHref } from '../session.ts';
import { formString, htmlPage, requireSameOrigin } from './forms.ts';

const home = (lang: Lang) => (lang === 'en' ? '/?lang=en' : '/');

export const signIn = new Hono<AppEnv>()
  .get('/', auth({ optional: true }), async (c) => {
    const lang = langFromQuery(c.req.query('lang'));
    const caller = c.get('caller');
    if (!caller) return c.redirect(signInHref(null, lang), 303);
    const cohorts = await callerCohorts(c.env.DB, caller);
    return htmlPage(c, renderPage(<HomePage lang={lang} name={caller.name} cohorts={cohorts} />));
  })
  .get('/masuk', (c) => {
    const lang = langFromQuery(c.req.query('lang'));
    return htmlPage(c, renderPage(<SignInPage lang={lang} next={safeNext(c.req.query('next'))} />));
  })
  .post('/masuk', bodyLimit({ maxBytes: 16 * KiB }), async (c) => {
    requireSameOrigin(c);
    const form = await c.req.parseBody();
    const lang = langFromQuery(formString(form.lang) || c.req.query('lang'));
    const next = safeNext(formString(form.next) || c.req.query('next'));
    const token = formString(form.token).trim();
    const caller = await callerFromToken(c.env.DB, c.env.ADMIN_TOKEN, token, 'cookie');
    if (!caller) {
      const page = <SignInPage lang={lang} next={next} error={pageStrings(lang).signInWrong} />;
      return htmlPage(c, renderPage(page), 401);
    }
    setSessionCookie(c, token);
    return c.redirect(next ?? home(lang), 303);
  })
  .post('/keluar', bodyLimit({ maxBytes: 16 * KiB }), async (c) => {
    requireSameOrigin(c);
    const form = await c.req.parseBody();
    clearSessionCookie(c);
    return c.redirect(signInHref(null, langFromQuery(formString(form.lang) || c.req.query('lang'))), 303);
  });
