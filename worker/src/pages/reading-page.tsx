/**
 * GET /c/:slug: the cohort's reading list — required reading first with the reader's progress, then every clip,
 * newest first or grouped by host region, all or unread only, a page at a time, with search and read marks.
 */
import { ReadingList } from '../../../shared/ui/ReadingList.tsx';
import { regionCounter, type RegionCounts } from '../../../shared/ui/region-counts.ts';
import type { ReadingClip } from '../../../shared/ui/group.ts';
import { formatDate } from '../../../shared/ui/format.ts';
import { UI_STRINGS } from '../../../shared/ui/strings.ts';
import type { CohortRole, CohortRow } from '../db/cohorts.ts';
import type { Lang } from '../i18n.ts';
import type { OwnProgress } from '../completion.ts';
import { consoleStrings, type NoticeKey } from './console-strings.ts';
import { Notice } from './form-parts.tsx';
import { Layout } from './layout.tsx';
import { paths, withQuery } from './paths.ts';
import { pageStrings } from './strings.ts';

/** How the list is shown: what the query string says. */
export interface ListView {
  q: string;
  /** `wilayah`: grouped by host region; otherwise newest first. */
  byRegion: boolean;
  unreadOnly: boolean;
  /** The page cursor (`setelah`), null on the first page. */
  after: string | null;
}

export interface ReadingPageProps {
  lang: Lang;
  cohort: CohortRow;
  role: CohortRole;
  viewer: { name: string };
  clips: readonly ReadingClip[];
  view: ListView;
  /** The cursor of the next page, when there is one. */
  nextCursor: string | null;
  progress: OwnProgress;
  /** The whole cohort's clips, and how many of them the reader has not read. */
  counts: { total: number; unread: number };
  /** The cohort's counts per host region, for the grouped view's headings (the whole cohort, not one page). */
  regionCounts?: RegionCounts | null;
  notice?: NoticeKey | null;
}

/** The list's address with the view's settings, some of them changed. */
function listHref(slug: string, view: ListView, change: Partial<ListView> = {}): string {
  const next = { ...view, ...change };
  return withQuery(paths.cohort(slug), {
    q: next.q,
    tampilan: next.byRegion ? 'wilayah' : null,
    belum: next.unreadOnly,
    setelah: next.after,
  });
}

export function ReadingPage(props: ReadingPageProps) {
  const { lang, cohort, role, viewer, clips, view, nextCursor, progress, counts, regionCounts, notice } =
    props;
  const t = UI_STRINGS[lang];
  const p = pageStrings(lang);
  const s = consoleStrings(lang);
  const staff = role !== 'participant';
  const dates = [cohort.start_date, cohort.end_date]
    .filter((d): d is string => !!d)
    .map((d) => formatDate(d, lang));
  const back = listHref(cohort.slug, view);
  const readForm = (clip: ReadingClip) => (
    <form method="post" action={paths.readClip(cohort.slug, clip.id)}>
      <input type="hidden" name="read" value={clip.read ? '0' : '1'} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" class="quiet">
        {clip.read ? t.markUnread : t.markRead}
      </button>
    </form>
  );
  const readIds = new Set(progress.read.map((mark) => mark.clipId));
  const firstPage = !view.after && !view.q;
  return (
    <Layout
      lang={lang}
      title={`${cohort.name} · ${t.readingList} · Lokus`}
      here={listHref(cohort.slug, view)}
      viewer={viewer}
    >
      <header class="top">
        <div>
          <p class="sub">{t.readingList}</p>
          <h1>{cohort.name}</h1>
          <p class="sub">
            {[cohort.program, cohort.cohort_label, dates.join(' – ')].filter(Boolean).join(' · ')}
          </p>
        </div>
        {staff ? (
          <p class="links">
            <a href={paths.manage(cohort.slug)}>{s.manage}</a>
            <a href={paths.completion(cohort.slug)}>{s.completion}</a>
          </p>
        ) : null}
      </header>
      {notice ? <Notice ok>{s.notices[notice]}</Notice> : null}
      {firstPage && progress.total > 0 ? (
        <section class="card required" aria-labelledby="required-title">
          <h2 id="required-title">{s.requiredTitle}</h2>
          <p class="status" data-testid="progress">
            {s.progress(progress.done, progress.total)}
          </p>
          <progress value={progress.done} max={progress.total} aria-hidden="true" />
          <ol class="required-list">
            {progress.required.map((clip) => (
              <li key={clip.clipId}>
                <a href={paths.clip(cohort.slug, clip.clipId)}>{clip.title}</a>{' '}
                {clip.dueDate ? <span class="status">· {s.due(formatDate(clip.dueDate, lang))}</span> : null}{' '}
                <span class={readIds.has(clip.clipId) ? 'read-state done' : 'read-state'}>
                  {readIds.has(clip.clipId) ? `✓ ${t.read}` : t.unread}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <form class="search" method="get" action={paths.cohort(cohort.slug)} role="search">
        {view.byRegion ? <input type="hidden" name="tampilan" value="wilayah" /> : null}
        {view.unreadOnly ? <input type="hidden" name="belum" value="1" /> : null}
        <input
          type="search"
          name="q"
          value={view.q}
          placeholder={t.searchPlaceholder}
          aria-label={t.search}
          maxLength={200}
        />
        <button type="submit">{t.search}</button>
      </form>
      <p class="views">
        <a
          href={listHref(cohort.slug, view, { byRegion: false, after: null })}
          aria-current={view.byRegion ? undefined : 'page'}
        >
          {p.viewNewest}
        </a>
        <a
          href={listHref(cohort.slug, view, { byRegion: true, after: null })}
          aria-current={view.byRegion ? 'page' : undefined}
        >
          {p.viewByRegion}
        </a>
        <span aria-hidden="true">|</span>
        <a
          href={listHref(cohort.slug, view, { unreadOnly: false, after: null })}
          aria-current={view.unreadOnly ? undefined : 'page'}
        >
          {p.filterAll}
        </a>
        <a
          href={listHref(cohort.slug, view, { unreadOnly: true, after: null })}
          aria-current={view.unreadOnly ? 'page' : undefined}
        >
          {p.filterUnread}
        </a>
      </p>
      <p class="status">
        {view.q ? (
          <>
            {t.searchResults(clips.length, view.q)} ·{' '}
            <a href={listHref(cohort.slug, view, { q: '', after: null })}>{t.clearSearch}</a>
          </>
        ) : (
          <>
            {t.clipCount(counts.total)} · {t.unreadCount(counts.unread)}
            {view.after || nextCursor ? ` · ${p.morePage(clips.length)}` : ''}
          </>
        )}
      </p>
      <ReadingList
        clips={clips}
        lang={lang}
        showRead
        readControl={readForm}
        searching={!!view.q || view.unreadOnly}
        layout={view.byRegion ? 'grouped' : 'flat'}
        readerHref={(clip) => paths.clip(cohort.slug, clip.id)}
        countOf={regionCounts ? regionCounter(regionCounts) : undefined}
      />
      <nav class="pager" aria-label={p.pages}>
        {view.after ? <a href={listHref(cohort.slug, view, { after: null })}>{p.firstPage}</a> : <span />}
        {nextCursor ? <a href={listHref(cohort.slug, view, { after: nextCursor })}>{p.nextPage}</a> : null}
      </nav>
      <footer>
        <a href={paths.exportCsv(cohort.id)}>{p.exportCsv}</a> ·{' '}
        <a href={paths.exportRis(cohort.id)}>{p.exportRis}</a> ·{' '}
        <a href={paths.exportJson(cohort.id)}>{s.exportJson}</a> ·{' '}
        <a href={paths.feedPage(cohort.slug)}>{s.feedLink}</a>
      </footer>
    </Layout>
  );
}
