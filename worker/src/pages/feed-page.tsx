/** GET/POST /c/:slug/umpan: make, replace or stop one's private Atom feed of the cohort; the address is shown once. */
import { formatDate } from '../../../shared/ui/format.ts';
import type { CohortRow } from '../db/cohorts.ts';
import type { Lang } from '../i18n.ts';
import { consoleStrings } from './console-strings.ts';
import { CopyField, Notice } from './form-parts.tsx';
import { Layout } from './layout.tsx';
import { paths } from './paths.ts';

export interface FeedPageProps {
  lang: Lang;
  cohort: CohortRow;
  viewer: { name: string };
  /** When the member made their current address; null when they have none. */
  since: string | null;
  /** The address just made, shown this once. */
  url?: string;
}

export function FeedPage({ lang, cohort, viewer, since, url }: FeedPageProps) {
  const s = consoleStrings(lang);
  const action = paths.feedPage(cohort.slug);
  return (
    <Layout lang={lang} title={`${s.feedTitle} · ${cohort.name} · Lokus`} here={action} viewer={viewer}>
      <p class="sub">
        <a href={paths.cohort(cohort.slug)}>{s.backToList}</a> · {cohort.name}
      </p>
      <h1>{s.feedTitle}</h1>
      <p>{s.feedExplain}</p>
      {url ? (
        <div class="card">
          <Notice ok>{s.feedShownOnce}</Notice>
          <CopyField id="feed-url" label={s.feedAddress} value={url} copy={s.copy} copied={s.copied} />
        </div>
      ) : since ? (
        <p class="status">{s.feedHas(formatDate(since, lang))}</p>
      ) : null}
      <form method="post" action={action} class="controls">
        <input type="hidden" name="action" value="new" />
        <button type="submit">{since || url ? s.feedReplace : s.feedNew}</button>
      </form>
      {since || url ? (
        <form method="post" action={action} class="controls">
          <input type="hidden" name="action" value="stop" />
          <button type="submit" class="danger">
            {s.feedStop}
          </button>
        </form>
      ) : null}
    </Layout>
  );
}
