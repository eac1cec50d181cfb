/** GET /: "Angkatan Anda" — the signed-in caller's cohorts, each linking to its reading list (and exports for organisers). */
import { formatDate } from '../../../shared/ui/format.ts';
import type { Cohort } from '../db/cohorts.ts';
import type { Lang } from '../i18n.ts';
import { Layout } from './layout.tsx';
import { pageStrings } from './strings.ts';

export interface HomePageProps {
  lang: Lang;
  name: string;
  cohorts: readonly Cohort[];
}

export function HomePage({ lang, name, cohorts }: HomePageProps) {
  const p = pageStrings(lang);
  const other: Lang = lang === 'en' ? 'id' : 'en';
  const langQuery = lang === 'en' ? '?lang=en' : '';
  return (
    <Layout lang={lang} title={`${p.homeTitle} · Lokus`}>
      <header class="top">
        <div>
          <p class="sub">{p.signedInAs(name)}</p>
          <h1>{p.homeTitle}</h1>
        </div>
        <nav class="lang">
          <a href={other === 'en' ? '/?lang=en' : '/'} hreflang={other}>
            {other === 'en' ? 'English' : 'Bahasa Indonesia'}
          </a>{' '}
          ·{' '}
          <form class="inline" method="post" action="/keluar">
            <input type="hidden" name="lang" value={lang} />
            <button type="submit" class="quiet">
              {p.signOut}
            </button>
          </form>
        </nav>
      </header>
      {cohorts.length ? (
        <ul class="cohorts">
          {cohorts.map((cohort) => {
            const dates = [cohort.startDate, cohort.endDate]
              .filter((d): d is string => !!d)
              .map((d) => formatDate(d, lang));
            return (
              <li class="card cohort" key={cohort.id} data-cohort={cohort.slug}>
                <h2>
                  <a href={`/c/${encodeURIComponent(cohort.slug)}${langQuery}`}>{cohort.name}</a>
                </h2>
                <p class="sub">{[cohort.program, dates.join(' – ')].filter(Boolean).join(' · ')}</p>
                <p class="sub">{p.yourRole(p.roles[cohort.role])}</p>
                <p class="links">
                  <a href={`/c/${encodeURIComponent(cohort.slug)}${langQuery}`}>{p.openReadingList}</a>
                  {cohort.role === 'organiser' ? (
                    <>
                      <a href={`/api/cohorts/${cohort.id}/export.csv`}>{p.exportCsv}</a>
                      <a href={`/api/cohorts/${cohort.id}/export.ris`}>{p.exportRis}</a>
                    </>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="card">{p.noCohorts}</p>
      )}
    </Layout>
  );
}
