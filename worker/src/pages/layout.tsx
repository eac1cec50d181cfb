/**
 * The HTML shell of every server page: language, viewport, one stylesheet and one small script of our own (for
 * copy buttons), both from /aset and kept by the browser across pages, and the top bar (Lokus, the signed-in
 * person, the other language, sign out). Pages work without the script; no page runs inline script or style.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Lang } from '../i18n.ts';
import { paths } from './paths.ts';
import { pageStrings } from './strings.ts';

export interface LayoutProps {
  lang: Lang;
  title: string;
  /** This page's address, so the language switch can come back to it. */
  here?: string;
  /** The signed-in person, when there is one: the top bar names them and offers to sign out. */
  viewer?: { name: string } | null;
  /** A wider page (tables of the console). */
  wide?: boolean;
  children: ComponentChildren;
}

/** The current address with `lang` set to the other language (the language middleware remembers it). */
function switchLangHref(here: string, lang: Lang): string {
  const url = new URL(here, 'http://x');
  url.searchParams.set('lang', lang === 'en' ? 'id' : 'en');
  return `${url.pathname}${url.search}`;
}

export function Layout({ lang, title, here = '/', viewer, wide, children }: LayoutProps) {
  const p = pageStrings(lang);
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>{title}</title>
        <link rel="icon" href={paths.icon} type="image/svg+xml" />
        <link rel="stylesheet" href={paths.stylesheet} />
        <script src={paths.script} defer />
      </head>
      <body>
        <main class={wide ? 'wide' : undefined}>
          <nav class="bar" aria-label={p.mainNav}>
            <a class="brand" href={paths.home}>
              Lokus
            </a>
            <span class="bar-links">
              {viewer ? (
                <a href={paths.account} class="who">
                  {viewer.name}
                </a>
              ) : null}
              <a
                href={switchLangHref(here, lang)}
                hreflang={lang === 'en' ? 'id' : 'en'}
                lang={lang === 'en' ? 'id' : 'en'}
              >
                {lang === 'en' ? 'Bahasa Indonesia' : 'English'}
              </a>
              {viewer ? (
                <form class="inline" method="post" action={paths.signOut}>
                  <button type="submit" class="link">
                    {p.signOut}
                  </button>
                </form>
              ) : null}
            </span>
          </nav>
          {children}
        </main>
      </body>
    </html>
  );
}

/** A page element as an HTML document. */
export function renderPage(page: ComponentChildren): string {
  return `<!doctype html>${renderToString(<>{page}</>)}`;
}

/** Headers for server pages: only our own script, forms only to this origin, not framed, not cached. */
export const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'private, no-store',
};
