/** A page with a heading and a sentence: sign-in hints, 403/404/410 and 500 pages. */
import type { Lang } from '../i18n.ts';
import { Layout, renderPage } from './layout.tsx';

export interface MessagePageProps {
  lang: Lang;
  title: string;
  message: string;
  detail?: string;
  /** Where to go next, e.g. the sign-in page. */
  link?: { href: string; text: string };
}

function MessagePage({ lang, title, message, detail, link }: MessagePageProps) {
  return (
    <Layout lang={lang} title={`${title} · Lokus`}>
      <div class="card">
        <h1>{title}</h1>
        <p>{message}</p>
        {link ? (
          <p>
            <a href={link.href}>{link.text}</a>
          </p>
        ) : null}
        {detail ? <p class="status">{detail}</p> : null}
      </div>
    </Layout>
  );
}

/** The whole document, for callers without JSX (index.ts's error handler). */
export function messagePageHtml(props: MessagePageProps): string {
  return renderPage(<MessagePage {...props} />);
}
