/** GET /c/:slug: the cohort's reading list, with a search box, language switch and read marks. */
import { ReadingList } from '../../../shared/ui/ReadingList.tsx';
import type { ReadingClip } from '../../../shared/ui/group.ts';
import { formatDate } from '../../../shared/ui/format.ts';
import { UI_STRINGS } from '../../../shared/ui/strings.ts';
import type { CohortRow } from '../db/cohorts.ts';
import type { Lang } from '../i18n.ts';
import { Layout } from './layout.tsx';
import { pageStrings } from './strings.ts';

export interface ReadingPageProps {
  lang: Lang;
  cohort: CohortRow;
  clips: readonly ReadingClip[];
  q: string;
  /** A member is signed in: show read marks and mark-read forms. */
  member: boolean;
  /** The member's name, for the header. */
  viewerName: string;
}

function pageHref(slug: string, params: { lang?: Lang; q?: string }): string {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.lang === 'en') search.set('lang', 'en');
  const query = search.toString();
  return `/c/${encodeURIComponent(slug)}${query ? `?${query}` : ''}`;
}

export function ReadingPage({ lang, cohort, clips, q, member, viewerName }: ReadingPageProps) {
  const t = UI_STRINGS[lang];
  const p = pageStrings(lang);
  const unread = clips.filter((clip) => !clip.read).length;
  const dates = [cohort.start_date, cohort.end_date]
    .filter((d): d is string => !!d)
    .map((d) => formatDate(d, lang));
  const readForm = (clip: ReadingClip) => (
    <form method="post" action={`/c/${encodeURIComponent(cohort.slug)}/read/${clip.id}`}>
      <input type="hidden" name="read" value={clip.read ? '0' : '1'} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="q" value={q} />
      <button type="submit" class="quiet">
        {clip.read ? t.markUnread : t.markRead}
      </button>
    </form>
  );
  return (
    <Layout lang={lang} title={`${cohort.name} · ${t.readingList} · Lokus`}>
      <header class="top">
        <div>
          <p class="sub">
            {t.readingList} · {viewerName}
          </p>
          <h1>{cohort.name}</h1>
          <p class="sub">{[cohort.program, dates.join(' – ')].filter(Boolean).join(' · ')}</p>
        </div>
        <nav class="lang">
          <a
            href={pageHref(cohort.slug, { q, lang: lang === 'en' ? 'id' : 'en' })}
            hreflang={lang === 'en' ? 'id' : 'en'}
          >
            {t.switchLang}
          </a>
        </nav>
      </header>
      <form class="search" method="get" action={`/c/${encodeURIComponent(cohort.slug)}`} role="search">
        {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <input
          type="search"
          name="q"
          value={q}
          placeholder={t.searchPlaceholder}
          aria-label={t.search}
          maxLength={200}
        />
        <button type="submit">{t.search}</button>
      </form>
      <p class="status">
        {q ? (
          <>
            {t.searchResults(clips.length, q)} · <a href={pageHref(cohort.slug, { lang })}>{t.clearSearch}</a>
          </>
        ) : (
          <>
            {t.clipCount(clips.length)}
            {member && clips.length ? ` · ${t.unreadCount(unread)}` : null}
          </>
        )}
      </p>
      <ReadingList
        clips={clips}
        lang={lang}
        showRead={member}
        readControl={member ? readForm : undefined}
        searching={!!q}
      />
      <footer>
        <a href={`/api/cohorts/${cohort.id}/export.csv`}>{p.exportCsv}</a> ·{' '}
        <a href={`/api/cohorts/${cohort.id}/export.ris`}>{p.exportRis}</a>
      </footer>
    </Layout>
  );
}
