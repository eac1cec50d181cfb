/** The HTML shell of every server page: language, viewport, one inline stylesheet, no scripts. */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Lang } from '../i18n.ts';

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6f7f9}
main{max-width:46rem;margin:0 auto;padding:1rem}
header.top{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.5rem}
h1{font-size:1.4rem;margin:.2rem 0}
.sub{color:#59636e;font-size:.9rem;margin:0}
a{color:#0b5cad}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}
.brand{display:inline-block;margin:0 0 .4rem;font-weight:700;letter-spacing:.02em;color:#1b6b4a;text-decoration:none;padding:.2rem 0}
nav.lang{display:flex;align-items:center;gap:.5rem}
nav.lang a{font-size:.9rem;display:inline-block;padding:.45rem 0}
form.search{display:flex;gap:.5rem;margin:1rem 0}
form.search input{flex:1;min-width:0;padding:.55rem .7rem;font:inherit;border:1px solid #c8ced6;border-radius:.5rem}
button{padding:.5rem .9rem;font:inherit;border:1px solid #0b5cad;background:#0b5cad;color:#fff;border-radius:.5rem;cursor:pointer}
button.quiet{background:#fff;color:#0b5cad;font-size:.85rem;padding:.45rem .8rem;min-height:2.5rem}
.status{color:#59636e;font-size:.9rem}
section.region{background:#fff;border:1px solid #e1e4e8;border-radius:.75rem;padding:.75rem 1rem;margin:1rem 0}
section.region h2{font-size:1.1rem;margin:.2rem 0 .5rem}
.province{color:#59636e;font-weight:normal}
.count{float:right;color:#59636e;font-size:.8rem;font-weight:normal;margin-top:.2rem}
.locus{border-top:1px solid #eef0f3;padding-top:.5rem;margin-top:.5rem}
.locus h3{font-size:.95rem;margin:.2rem 0;color:#3d4752}
ul.innovations{list-style:none;padding:0;margin:.2rem 0 .4rem;display:flex;flex-wrap:wrap;gap:.3rem}
ul.innovations li{background:#e8f1fb;color:#0b4a8b;border-radius:1rem;padding:.05rem .6rem;font-size:.8rem}
ul.clips{list-style:none;padding:0;margin:0}
li.clip{padding:.45rem 0}
li.clip+li.clip{border-top:1px dashed #eef0f3}
li.clip a.title{font-weight:600;text-decoration:none;overflow-wrap:anywhere}
li.clip.is-read a.title{color:#59636e;font-weight:normal}
li.clip.is-repeat a.title{font-weight:normal;font-size:.95em}
li.clip .see-above{color:#59636e;font-size:.85em;white-space:nowrap}
.read-state{font-weight:600;color:#8a4b00}
li.clip.is-read .read-state{font-weight:normal;color:#1b6b4a}
.meta{display:flex;flex-wrap:wrap;gap:.2rem .8rem;color:#59636e;font-size:.82rem}
.note{font-size:.9rem;margin:.3rem 0}
.read-control form{margin:.3rem 0 0}
.card{background:#fff;border:1px solid #e1e4e8;border-radius:.75rem;padding:1rem;margin:1rem 0}
label{display:block;font-weight:600;margin:.5rem 0 .25rem}
input[type=text],input[type=password]{width:100%;padding:.55rem .7rem;font:inherit;border:1px solid #c8ced6;border-radius:.5rem}
code.token,input.token{font-family:ui-monospace,monospace;font-size:.85rem;word-break:break-all}
.error{color:#b42318}
ul.cohorts{list-style:none;padding:0;margin:0}
li.cohort h2{font-size:1.1rem;margin:.1rem 0;overflow-wrap:anywhere}
.links{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.4rem 0 0;font-size:.9rem}
form.inline{display:inline;margin:0}
.empty{background:#fff;border:1px dashed #c8ced6;border-radius:.75rem;padding:1rem;color:#3d4752}
footer{margin:2rem 0 1rem;font-size:.85rem;color:#59636e}
@media (max-width:30rem){main{padding:.6rem}section.region{padding:.6rem .7rem}}
`;

export function Layout({
  lang,
  title,
  children,
}: {
  lang: Lang;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <main>
          <a class="brand" href={lang === 'en' ? '/?lang=en' : '/'}>
            Lokus
          </a>
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

/** Headers for server pages: no scripts at all, forms only to this origin, not framed, not cached. */
export const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'private, no-store',
};
