/**
 * Picks the request's language once, as `c.var.lang`. Pages: `?lang=` (remembered in a year-long cookie), then
 * that cookie, then `Accept-Language`; the JSON API: `Accept-Language` alone, so a script's answers never
 * depend on a browser's cookie.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../env.ts';
import { chosenLang, LANG_COOKIE, langFromAcceptLanguage } from '../i18n.ts';

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

export function language(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const fromHeader = () => langFromAcceptLanguage(c.req.header('accept-language'));
    if (isApi(c.req.path)) {
      c.set('lang', fromHeader());
      return next();
    }
    const asked = chosenLang(c.req.query('lang'));
    c.set('lang', asked ?? chosenLang(getCookie(c, LANG_COOKIE)) ?? fromHeader());
    if (asked)
      setCookie(c, LANG_COOKIE, asked, {
        path: '/',
        sameSite: 'Lax',
        maxAge: 365 * 86_400,
        secure: new URL(c.req.url).protocol === 'https:',
      });
    await next();
  };
}
