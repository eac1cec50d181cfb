/**
 * Signing in a browser without an invite link: GET/POST /masuk takes a personal token (or the ADMIN_TOKEN) and
 * sets the same session cookie as the invite flow; POST /keluar clears it. The token is checked by the auth
 * middleware's own callerFromToken, never a copy of it.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { callerFromToken } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { renderPage } from '../pages/layout.tsx';
import { paths } from '../pages/paths.ts';
import { SignInPage } from '../pages/sign-in-page.tsx';
import { pageStrings } from '../pages/strings.ts';
import { clearSessionCookie, safeNext, setSessionCookie } from '../session.ts';
import { htmlPage, readForm } from './forms.ts';

export const signIn = new Hono<AppEnv>()
  .get(paths.signIn, (c) =>
    htmlPage(c, renderPage(<SignInPage lang={c.var.lang} next={safeNext(c.req.query('next'))} />)),
  )
  .post(paths.signIn, bodyLimit({ maxBytes: 16 * KiB }), async (c) => {
    const form = await readForm(c);
    const lang = c.var.lang;
    const next = safeNext(form.next || c.req.query('next'));
    const token = (form.token ?? '').trim();
    const caller = await callerFromToken(c.env.DB, c.env.ADMIN_TOKEN, token, 'cookie');
    if (!caller) {
      const page = <SignInPage lang={lang} next={next} error={pageStrings(lang).signInWrong} />;
      return htmlPage(c, renderPage(page), 401);
    }
    setSessionCookie(c, token);
    return c.redirect(next ?? paths.home, 303);
  })
  .post(paths.signOut, bodyLimit({ maxBytes: 16 * KiB }), async (c) => {
    await readForm(c);
    clearSessionCookie(c);
    return c.redirect(paths.signIn, 303);
  });
