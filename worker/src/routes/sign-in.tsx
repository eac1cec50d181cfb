/**
 * Signing in a browser without an invite link: GET/POST /masuk takes a personal token (or the ADMIN_TOKEN) and
 * opens a session like the invite flow does; POST /keluar ends it on the server. The token is checked by the
 * auth middleware's own tokenGrant, never a copy of it.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { tokenGrant } from '../middleware/auth.ts';
import { message } from '../i18n.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { overLimit } from '../middleware/rate-limit.ts';
import { renderPage } from '../pages/layout.tsx';
import { consoleStrings, noticeKey } from '../pages/console-strings.ts';
import { paths, withQuery } from '../pages/paths.ts';
import { SignInPage } from '../pages/sign-in-page.tsx';
import { pageStrings } from '../pages/strings.ts';
import { endSession, openSession, safeNext } from '../session.ts';
import { htmlPage, readForm } from './forms.ts';

export const signIn = new Hono<AppEnv>()
  .get(paths.signIn, (c) => {
    const lang = c.var.lang;
    const notice = noticeKey(c.req.query('ok'));
    const page = (
      <SignInPage
        lang={lang}
        next={safeNext(c.req.query('next'))}
        notice={notice ? consoleStrings(lang).notices[notice] : null}
      />
    );
    return htmlPage(c, renderPage(page));
  })
  .post(paths.signIn, bodyLimit({ maxBytes: 16 * KiB }), async (c) => {
    const form = await readForm(c);
    const lang = c.var.lang;
    const next = safeNext(form.next || c.req.query('next'));
    const token = (form.token ?? '').trim();
    const over = await overLimit(c, 'SIGN_IN_LIMITER');
    if (over) {
      c.header('Retry-After', String(over.retryAfter));
      const page = <SignInPage lang={lang} next={next} error={message('rate_limited', lang)} />;
      return htmlPage(c, renderPage(page), 429);
    }
    const found = await tokenGrant(c.env.DB, c.env.ADMIN_TOKEN, token);
    if (!found) {
      const page = <SignInPage lang={lang} next={next} error={pageStrings(lang).signInWrong} />;
      return htmlPage(c, renderPage(page), 401);
    }
    await openSession(c, found.grant);
    return c.redirect(next ?? paths.home, 303);
  })
  .post(paths.signOut, bodyLimit({ maxBytes: 16 * KiB }), async (c) => {
    await readForm(c);
    await endSession(c);
    return c.redirect(withQuery(paths.signIn, { ok: 'loggedOut' }), 303);
  });
