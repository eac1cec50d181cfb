/**
 * GET /: the signed-in person's cohorts. An organiser also creates cohorts here, and edits, archives and
 * exports them; widyaiswara reach their cohorts' members and progress; participants their reading lists.
 */
import { formatDate } from '../../../shared/ui/format.ts';
import type { Cohort } from '../db/cohorts.ts';
import type { Lang } from '../i18n.ts';
import { CohortForm, type CohortFormValues } from './cohort-form.tsx';
import { consoleStrings, type NoticeKey } from './console-strings.ts';
import { Notice, type FieldErrors } from './form-parts.tsx';
import { Layout } from './layout.tsx';
import { paths, withQuery } from './paths.ts';
import { scoutingStrings } from './scouting-strings.ts';
import { pageStrings } from './strings.ts';

export interface HomePageProps {
  lang: Lang;
  name: string;
  organiser: boolean;
  cohorts: readonly Cohort[];
  /** Archived cohorts are listed too. */
  archived: boolean;
  notice?: NoticeKey | null;
  /** A refused create form, posted back with its values and errors. */
  form?: { values: CohortFormValues; errors: FieldErrors };
}

/** "PKA · Angkatan XII · 1 Mei 2026 – 3 Mei 2026" */
export function cohortLine(cohort: Cohort, lang: Lang): string {
  const dates = [cohort.startDate, cohort.endDate]
    .filter((d): d is string => !!d)
    .map((d) => formatDate(d, lang));
  return [cohort.program, cohort.cohortLabel, dates.join(' – ')].filter(Boolean).join(' · ');
}

export function HomePage({ lang, name, organiser, cohorts, archived, notice, form }: HomePageProps) {
  const p = pageStrings(lang);
  const s = consoleStrings(lang);
  return (
    <Layout
      lang={lang}
      title={`${organiser ? s.cohortsTitle : p.homeTitle} · Lokus`}
      here={withQuery(paths.home, { arsip: archived })}
      viewer={{ name }}
    >
      <header class="top">
        <div>
          <p class="sub">{p.signedInAs(name)}</p>
          <h1>{organiser ? s.cohortsTitle : p.homeTitle}</h1>
        </div>
        {organiser || cohorts.some((cohort) => cohort.role === 'widyaiswara') ? (
          <p class="links">
            <a href={paths.scouting}>{scoutingStrings(lang).scoutingLink}</a>
            <a href={paths.scoutInnovations}>{scoutingStrings(lang).directory}</a>
          </p>
        ) : null}
      </header>
      {notice ? <Notice ok>{s.notices[notice]}</Notice> : null}
      {organiser ? (
        <details class="card" open={!cohorts.length || !!form}>
          <summary>
            <strong>{s.newCohort}</strong>
          </summary>
          <CohortForm
            lang={lang}
            action={paths.createCohort}
            submit={s.createCohort}
            values={form?.values}
            errors={form?.errors}
          />
        </details>
      ) : null}
      {organiser ? (
        <p class="views">
          <a href={paths.home} aria-current={archived ? undefined : 'page'}>
            {s.activeOnly}
          </a>
          <a href={withQuery(paths.home, { arsip: true })} aria-current={archived ? 'page' : undefined}>
            {s.withArchived}
          </a>
        </p>
      ) : null}
      {cohorts.length ? (
        <ul class="cohorts">
          {cohorts.map((cohort) => (
            <CohortCard key={cohort.id} cohort={cohort} lang={lang} />
          ))}
        </ul>
      ) : (
        <p class="card">{organiser ? s.noCohortsOrganiser : p.noCohorts}</p>
      )}
      {organiser ? <p class="status">{s.archivedHint}</p> : null}
    </Layout>
  );
}

function CohortCard({ cohort, lang }: { cohort: Cohort; lang: Lang }) {
  const p = pageStrings(lang);
  const s = consoleStrings(lang);
  const staff = cohort.role !== 'participant';
  return (
    <li class="card cohort" data-cohort={cohort.slug}>
      <h2>
        <a href={paths.cohort(cohort.slug)}>{cohort.name}</a>{' '}
        {cohort.archivedAt ? <span class="badge off">{s.archived}</span> : null}
      </h2>
      <p class="sub">{cohortLine(cohort, lang)}</p>
      <p class="sub">{p.yourRole(p.roles[cohort.role])}</p>
      <p class="links">
        <a href={paths.cohort(cohort.slug)}>{p.openReadingList}</a>
        {staff ? <a href={paths.manage(cohort.slug)}>{s.manage}</a> : null}
        {staff ? <a href={paths.completion(cohort.slug)}>{s.completion}</a> : null}
        {cohort.role === 'organiser' ? <a href={paths.editCohort(cohort.slug)}>{s.edit}</a> : null}
      </p>
      {staff ? (
        <p class="links">
          <a href={paths.exportCsv(cohort.id)}>{p.exportCsv}</a>
          <a href={paths.exportRis(cohort.id)}>{p.exportRis}</a>
          <a href={paths.exportJson(cohort.id)}>{s.exportJson}</a>
          {cohort.role === 'organiser' ? (
            <form class="inline" method="post" action={paths.archiveCohort(cohort.slug)}>
              <input type="hidden" name="archived" value={cohort.archivedAt ? '0' : '1'} />
              <button type="submit" class="link">
                {cohort.archivedAt ? s.restore : s.archive}
              </button>
            </form>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}
