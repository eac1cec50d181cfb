/**
 * GET /lokus/inovasi: every innovation the clips name, one entry for all its spellings, searchable, with its
 * region, agency, sector, first and last report and the clips behind it; and GET /lokus/banding, two to four
 * regions side by side.
 */
import { formatDate } from '../../../shared/ui/format.ts';
import { SECTOR_IDS } from '../../../shared/scouting/sectors.ts';
import { REGIONS } from '../../../shared/regions/index.ts';
import type { InnovationEntryRow } from '../db/scout-queries.ts';
import type { Lang } from '../i18n.ts';
import type { RankedRegion } from '../scouting/score.ts';
import { Layout } from './layout.tsx';
import { paths, withQuery } from './paths.ts';
import { regionHref, sectorName } from './scouting-page.tsx';
import { scoutingStrings } from './scouting-strings.ts';

export interface DirectoryPageProps {
  lang: Lang;
  viewer: { name: string };
  form: Record<string, string>;
  entries: readonly (InnovationEntryRow & { region: string })[];
}

export function DirectoryPage({ lang, viewer, form, entries }: DirectoryPageProps) {
  const s = scoutingStrings(lang);
  const provinces = REGIONS.filter((region) => region.kind === 'provinsi');
  return (
    <Layout
      lang={lang}
      title={`${s.directory} · Lokus`}
      here={withQuery(paths.scoutInnovations, form)}
      viewer={viewer}
      wide
    >
      <p class="sub">
        <a href={paths.scouting}>{s.backToRanking}</a>
      </p>
      <h1>{s.directory}</h1>
      <p class="sub">{s.directoryIntro}</p>
      <form method="get" action={paths.scoutInnovations} class="card" role="search">
        <div class="grid">
          <div class="field">
            <label for="f-q">{s.search}</label>
            <input
              type="search"
              id="f-q"
              name="q"
              value={form.q ?? ''}
              placeholder={s.searchPlaceholder}
              maxLength={100}
            />
          </div>
          <div class="field">
            <label for="f-sector">{s.sector}</label>
            <select id="f-sector" name="sector">
              <option value="">{s.allSectors}</option>
              {SECTOR_IDS.map((id) => (
                <option value={id} selected={form.sector === id}>
                  {sectorName(id, lang)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-province">{s.province}</label>
            <select id="f-province" name="province">
              <option value="">{s.allProvinces}</option>
              {provinces.map((p) => (
                <option value={p.code} selected={form.province === p.code}>
                  {p.province}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p class="controls">
          <button type="submit">{s.apply}</button>
        </p>
      </form>
      {entries.length ? (
        <div class="table-wrap">
          <table class="stack directory">
            <thead>
              <tr>
                <th>{s.innovations}</th>
                <th>{s.region}</th>
                <th>{s.agency}</th>
                <th>{s.sector}</th>
                <th>{s.firstReported}</th>
                <th>{s.lastReported}</th>
                <th class="num">{s.clips}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr data-key={entry.key}>
                  <td data-label={s.innovations}>
                    <a href={regionHref(entry.regionCode, `inovasi-${entry.key}`)}>
                      <strong>{entry.name}</strong>
                    </a>
                  </td>
                  <td data-label={s.region}>
                    <a href={regionHref(entry.regionCode)}>{entry.region}</a>
                  </td>
                  <td data-label={s.agency}>{entry.agency ?? s.none}</td>
                  <td data-label={s.sector}>{sectorName(entry.sector, lang)}</td>
                  <td data-label={s.firstReported}>{formatDate(entry.firstDate, lang)}</td>
                  <td data-label={s.lastReported}>{formatDate(entry.lastDate, lang)}</td>
                  <td class="num" data-label={s.clips}>
                    {entry.clips}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty">{s.noInnovations}</p>
      )}
    </Layout>
  );
}

export function ComparePage({
  lang,
  viewer,
  regions,
}: {
  lang: Lang;
  viewer: { name: string };
  regions: readonly RankedRegion[];
}) {
  const s = scoutingStrings(lang);
  const rows: [string, (region: RankedRegion) => unknown][] = [
    [s.score, (r) => <strong>{r.score}</strong>],
    [s.province, (r) => r.province],
    [s.innovations, (r) => <a href={regionHref(r.regionCode, 'inovasi')}>{r.innovations}</a>],
    [s.agencies, (r) => <a href={regionHref(r.regionCode, 'instansi')}>{r.agencies}</a>],
    [s.sources, (r) => <a href={regionHref(r.regionCode, 'sumber')}>{r.sources}</a>],
    [s.newest, (r) => r.newestYear ?? s.none],
    [s.sectors, (r) => r.sectors.map((sector) => sectorName(sector, lang)).join(', ') || s.none],
    [s.awards, (r) => r.awards.map((award) => award.text).join('; ') || s.none],
    [s.visits, (r) => r.visits.map((visit) => `${visit.cohortName} (${visit.date})`).join('; ') || s.none],
  ];
  return (
    <Layout lang={lang} title={`${s.compareTitle} · Lokus`} here={paths.scoutCompare} viewer={viewer} wide>
      <p class="sub">
        <a href={paths.scouting}>{s.backToRanking}</a>
      </p>
      <h1>{s.compareTitle}</h1>
      {regions.length >= 2 ? (
        <div class="table-wrap">
          <table class="compare">
            <thead>
              <tr>
                <th />
                {regions.map((region) => (
                  <th scope="col">
                    <a href={regionHref(region.regionCode)}>{region.region}</a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, cell]) => (
                <tr>
                  <th scope="row">{label}</th>
                  {regions.map((region) => (
                    <td>{cell(region) as string}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty">{s.compareTooFew}</p>
      )}
    </Layout>
  );
}
