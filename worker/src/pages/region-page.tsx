/**
 * GET /lokus/wilayah/:code: one candidate host region — its innovations (first and last reported, the clips
 * that name each), agencies, sectors, awards, the institution's cohorts that went there, the study visits other
 * institutions made (articles about one visit grouped, their disagreements shown), and the newest clips.
 */
import { formatDate, hostOf } from '../../../shared/ui/format.ts';
import type { Lang } from '../i18n.ts';
import type { RegionDetail } from '../scouting/region.ts';
import type { Figure } from '../scouting/visits.ts';
import { Layout } from './layout.tsx';
import { paths } from './paths.ts';
import { sectorName } from './scouting-page.tsx';
import { scoutingStrings } from './scouting-strings.ts';

/** "28 (menurut 1 artikel) · 40 (menurut 1 artikel)" — every figure the articles give, with how many give it. */
function Figures<T extends string | number>({ figures, lang }: { figures: Figure<T>[]; lang: Lang }) {
  const s = scoutingStrings(lang);
  if (!figures.length) return <>{s.none}</>;
  if (figures.length === 1) return <>{String(figures[0]!.value)}</>;
  return (
    <span class="disagree">
      {figures.map((figure, i) => (
        <>
          {i ? ' · ' : ''}
          <strong>{String(figure.value)}</strong>{' '}
          <span class="status">
            ({s.figureFrom(figure.clipIds.length)}: {figure.clipIds.map((id) => `#${id}`).join(', ')})
          </span>
        </>
      ))}
    </span>
  );
}

export function RegionPage({
  lang,
  viewer,
  detail,
}: {
  lang: Lang;
  viewer: { name: string };
  detail: RegionDetail;
}) {
  const s = scoutingStrings(lang);
  const clipHref = (id: number) => {
    const clip = detail.sources.clips.find((c) => c.id === id);
    return clip ? paths.clip(clip.cohortSlug, id) : `#sumber`;
  };
  return (
    <Layout
      lang={lang}
      title={`${detail.region} · ${s.title} · Lokus`}
      here={paths.scoutRegion(detail.regionCode)}
      viewer={viewer}
      wide
    >
      <p class="sub">
        <a href={paths.scouting}>{s.backToRanking}</a>
      </p>
      <h1>{detail.region}</h1>
      <p class="sub">
        {detail.province} · {detail.regionCode}
      </p>
      <p>{s.regionIntro(detail.region)}</p>
      <p>
        {detail.sectors.map((sector) => (
          <span class="badge off">{sectorName(sector, lang)}</span>
        ))}{' '}
        {detail.awards.map((award) => (
          <span class="badge">{award.text}</span>
        ))}
      </p>
      <section class="card" id="inovasi">
        <h2>
          {s.innovations} ({detail.innovations.length})
        </h2>
        {detail.innovations.length ? (
          <div class="table-wrap">
            <table class="stack">
              <thead>
                <tr>
                  <th>{s.innovations}</th>
                  <th>{s.agency}</th>
                  <th>{s.sector}</th>
                  <th>{s.firstReported}</th>
                  <th>{s.lastReported}</th>
                  <th>{s.sources}</th>
                </tr>
              </thead>
              <tbody>
                {detail.innovations.map((innovation) => (
                  <tr id={`inovasi-${innovation.key}`}>
                    <td data-label={s.innovations}>
                      <strong>{innovation.name}</strong>
                    </td>
                    <td data-label={s.agency}>{innovation.agency ?? s.none}</td>
                    <td data-label={s.sector}>{sectorName(innovation.sector, lang)}</td>
                    <td data-label={s.firstReported}>{formatDate(innovation.firstDate, lang)}</td>
                    <td data-label={s.lastReported}>{formatDate(innovation.lastDate, lang)}</td>
                    <td data-label={s.sources}>
                      {innovation.clipIds.slice(0, 8).map((id, i) => (
                        <>
                          {i ? ', ' : ''}
                          <a href={clipHref(id)}>#{id}</a>
                        </>
                      ))}
                      {innovation.clipIds.length > 8 ? ` +${innovation.clipIds.length - 8}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="status">{s.none}</p>
        )}
      </section>
      <section class="card" id="instansi">
        <h2>
          {s.agencies} ({detail.agencies.length})
        </h2>
        <ul class="plain">
          {detail.agencies.map((agency) => (
            <li>
              <strong>{agency.name}</strong>{' '}
              <span class="status">
                · {sectorName(agency.sector, lang)} · {s.clips}: {agency.clips}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section class="card" id="kunjungan">
        <h2>{s.ourVisits}</h2>
        {detail.visits.length ? (
          <ul class="plain">
            {detail.visits.map((visit) => (
              <li>
                {visit.cohortName} · {formatDate(visit.date, lang)}
              </li>
            ))}
          </ul>
        ) : (
          <p class="status">{s.noOurVisits}</p>
        )}
        <h2>{s.otherVisits}</h2>
        <p class="hint">{s.otherVisitsHint}</p>
        {detail.articleVisits.length ? (
          <div class="table-wrap">
            <table class="stack">
              <thead>
                <tr>
                  <th>{s.dates}</th>
                  <th>{s.organiser}</th>
                  <th>{s.program}</th>
                  <th>{s.participants}</th>
                  <th>{s.articles}</th>
                </tr>
              </thead>
              <tbody>
                {detail.articleVisits.map((visit) => (
                  <tr>
                    <td data-label={s.dates}>{formatDate(visit.date, lang)}</td>
                    <td data-label={s.organiser}>
                      <Figures figures={visit.organisers} lang={lang} />
                    </td>
                    <td data-label={s.program}>
                      <Figures figures={visit.programs} lang={lang} />
                      {visit.cohortLabels.length ? (
                        <>
                          {' '}
                          <Figures figures={visit.cohortLabels} lang={lang} />
                        </>
                      ) : null}
                    </td>
                    <td data-label={s.participants} data-figures={visit.participants.length}>
                      <Figures figures={visit.participants} lang={lang} />
                    </td>
                    <td data-label={s.articles}>
                      {visit.articles.map((article) => (
                        <div>
                          <a href={paths.clip(article.cohortSlug, article.id)}>
                            #{article.id} {article.title}
                          </a>
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="status">{s.noOtherVisits}</p>
        )}
      </section>
      <section class="card" id="sumber">
        <h2>
          {s.sources}: {s.sourcesOf(detail.sources.clips.length, detail.sources.total)}
        </h2>
        <ul class="plain">
          {detail.sources.clips.map((clip) => (
            <li id={`kliping-${clip.id}`}>
              <a href={paths.clip(clip.cohortSlug, clip.id)}>
                #{clip.id} {clip.title}
              </a>{' '}
              <span class="status">
                · {clip.siteName ?? hostOf(clip.url)}
                {clip.publishedAt ? ` · ${formatDate(clip.publishedAt, lang)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
