/**
 * GET /lokus: candidate host regions ranked by the clipped evidence — filters (province, sector, program, years,
 * not visited since), the weights shown and adjustable, a chart of the top regions, a province map, the ranking
 * with every figure linking to the clips behind it, a comparison of ticked regions, and the exports.
 */
import { PROGRAMS } from '../../../shared/schema/locus-record.ts';
import { REGIONS } from '../../../shared/regions/index.ts';
import { SECTOR_IDS, SECTOR_NAMES, type SectorId } from '../../../shared/scouting/sectors.ts';
import type { Lang } from '../i18n.ts';
import type { RankedRegion, Weights } from '../scouting/score.ts';
import { WEIGHT_KEYS } from '../scouting/score.ts';
import type { FieldErrors } from './form-parts.tsx';
import { Layout } from './layout.tsx';
import { paths, withQuery } from './paths.ts';
import { BarChart, ProvinceMap } from './province-map.tsx';
import { scoutingStrings } from './scouting-strings.ts';

/** The query as the form sends it back: strings, empty when unset. */
type ScoutForm = Record<string, string>;

const PROVINCES = REGIONS.filter((region) => region.kind === 'provinsi');
const PROVINCE_NAMES = new Map(PROVINCES.map((p) => [p.code, p.province]));

export interface ScoutingPageProps {
  lang: Lang;
  viewer: { name: string };
  /** Organisers see the institution; widyaiswara their cohorts. */
  institution: boolean;
  form: ScoutForm;
  errors: FieldErrors;
  weights: Weights;
  items: readonly RankedRegion[];
  /** Per province, the innovations of all its regions (unfiltered by province), for the map. */
  provinceEvidence: ReadonlyMap<string, number>;
}

export const sectorName = (sector: string, lang: Lang) => SECTOR_NAMES[sector as SectorId]?.[lang] ?? sector;

/** A region page's address, at one of its sections. */
export const regionHref = (code: string, section?: string) =>
  `${paths.scoutRegion(code)}${section ? `#${section}` : ''}`;

function Select(props: {
  name: string;
  label: string;
  value: string;
  all: string;
  options: [string, string][];
  error?: string;
}) {
  return (
    <div class="field">
      <label for={`f-${props.name}`}>{props.label}</label>
      <select id={`f-${props.name}`} name={props.name} aria-invalid={props.error ? 'true' : undefined}>
        <option value="">{props.all}</option>
        {props.options.map(([value, text]) => (
          <option value={value} selected={props.value === value}>
            {text}
          </option>
        ))}
      </select>
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function YearField(props: { name: string; label: string; value: string; error?: string }) {
  return (
    <div class="field">
      <label for={`f-${props.name}`}>{props.label}</label>
      <input
        type="text"
        inputMode="numeric"
        id={`f-${props.name}`}
        name={props.name}
        value={props.value}
        placeholder="2024"
        maxLength={4}
        aria-invalid={props.error ? 'true' : undefined}
      />
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function ScoutingPage(props: ScoutingPageProps) {
  const { lang, viewer, institution, form, errors, weights, items, provinceEvidence } = props;
  const s = scoutingStrings(lang);
  const query = Object.fromEntries(Object.entries(form).filter(([, value]) => value !== ''));
  return (
    <Layout
      lang={lang}
      title={`${s.title} · Lokus`}
      here={withQuery(paths.scouting, query)}
      viewer={viewer}
      wide
    >
      <header class="top">
        <div>
          <h1>{s.title}</h1>
          <p class="sub">{institution ? s.intro : `${s.intro} ${s.introStaff}`}</p>
        </div>
        <p class="links">
          <a href={paths.scoutInnovations}>{s.directory}</a>
        </p>
      </header>
      <form method="get" action={paths.scouting} class="card scout-filters" novalidate>
        <div class="grid">
          <Select
            name="province"
            label={s.province}
            value={form.province ?? ''}
            all={s.allProvinces}
            options={PROVINCES.map((p) => [p.code, p.province])}
            error={errors.province}
          />
          <Select
            name="sector"
            label={s.sector}
            value={form.sector ?? ''}
            all={s.allSectors}
            options={SECTOR_IDS.map((id) => [id, sectorName(id, lang)])}
            error={errors.sector}
          />
          <Select
            name="program"
            label={s.program}
            value={form.program ?? ''}
            all={s.allPrograms}
            options={PROGRAMS.map((p) => [p, p])}
            error={errors.program}
          />
          <YearField name="from" label={s.from} value={form.from ?? ''} error={errors.from} />
          <YearField name="to" label={s.to} value={form.to ?? ''} error={errors.to} />
          <YearField
            name="notVisitedSince"
            label={s.notVisitedSince}
            value={form.notVisitedSince ?? ''}
            error={errors.notVisitedSince}
          />
        </div>
        <details class="weights" open={WEIGHT_KEYS.some((key) => form[`w.${key}`])}>
          <summary>
            {s.weights}: {WEIGHT_KEYS.map((key) => `${s.weightNames[key]} ${weights[key]}`).join(' · ')}
          </summary>
          <p class="hint">{s.weightsHint}</p>
          <div class="grid">
            {WEIGHT_KEYS.map((key) => (
              <div class="field">
                <label for={`f-w-${key}`}>{s.weightNames[key]}</label>
                <input
                  type="number"
                  id={`f-w-${key}`}
                  name={`w.${key}`}
                  min={0}
                  max={10}
                  step={0.5}
                  value={form[`w.${key}`] || String(weights[key])}
                  aria-invalid={errors[`w.${key}`] ? 'true' : undefined}
                />
                {errors[`w.${key}`] ? (
                  <p class="error" role="alert">
                    {errors[`w.${key}`]}
                  </p>
                ) : null}
              </div>
            ))}
          </div>
        </details>
        <p class="controls">
          <button type="submit">{s.apply}</button>
          <a class="button quiet" href={paths.scouting}>
            {s.reset}
          </a>
        </p>
      </form>
      {items.length ? (
        <div class="scout-figures">
          <section class="card">
            <h2>{s.chart}</h2>
            <BarChart
              label={s.chart}
              bars={items.slice(0, 10).map((item) => ({
                label: item.region,
                value: item.score,
                href: regionHref(item.regionCode),
              }))}
            />
          </section>
          <section class="card">
            <h2>{s.map}</h2>
            <div class="map-wrap">
              <ProvinceMap
                label={s.map}
                evidence={provinceEvidence}
                names={PROVINCE_NAMES}
                selected={form.province || null}
                href={(code) => withQuery(paths.scouting, { ...query, province: code })}
              />
            </div>
            <p class="hint">{s.mapHint}</p>
          </section>
        </div>
      ) : null}
      <h2>{s.ranking}</h2>
      {items.length ? (
        <form method="get" action={paths.scoutCompare}>
          {Object.entries(query).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <p class="hint">{s.compareHint}</p>
          <div class="table-wrap">
            <table class="ranking">
              <thead>
                <tr>
                  <th>{s.region}</th>
                  <th class="num">{s.score}</th>
                  <th class="num">{s.innovations}</th>
                  <th class="num">{s.agencies}</th>
                  <th class="num">{s.sources}</th>
                  <th class="num">{s.newest}</th>
                  <th>{s.sectors}</th>
                  <th>{s.awards}</th>
                  <th>{s.visits}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item, i) => (
                  <tr key={item.regionCode} data-region={item.regionCode}>
                    <td class="pick">
                      <label class="check">
                        <input
                          type="checkbox"
                          name="r"
                          value={item.regionCode}
                          aria-label={`${s.compare}: ${item.region}`}
                        />
                        <span class="rank">{i + 1}.</span>
                      </label>{' '}
                      <a href={regionHref(item.regionCode)}>{item.region}</a>
                      <div class="status">{item.province}</div>
                    </td>
                    <td class="num fig" data-label={s.score}>
                      <strong>{item.score}</strong>
                    </td>
                    <td class="num fig" data-label={s.innovations}>
                      <a href={regionHref(item.regionCode, 'inovasi')}>{item.innovations}</a>
                    </td>
                    <td class="num fig" data-label={s.agencies}>
                      <a href={regionHref(item.regionCode, 'instansi')}>{item.agencies}</a>
                    </td>
                    <td class="num fig" data-label={s.sources}>
                      <a href={regionHref(item.regionCode, 'sumber')}>{item.sources}</a>
                    </td>
                    <td class="num fig" data-label={s.newest}>
                      {item.newestYear ?? s.none}
                    </td>
                    <td class="small" data-label={s.sectors}>
                      {item.sectors.map((sector) => sectorName(sector, lang)).join(', ') || s.none}
                    </td>
                    <td class={item.awards.length ? 'small' : 'small none'} data-label={s.awards}>
                      {item.awards.length
                        ? item.awards.map((award) => <span class="badge">{award.text}</span>)
                        : s.none}
                    </td>
                    <td class={item.visits.length ? 'small' : 'small none'} data-label={s.visits}>
                      {item.visits.length
                        ? item.visits.map((visit) => (
                            <div>
                              {visit.cohortName} ({visit.date})
                            </div>
                          ))
                        : s.none}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="controls">
            <button type="submit">{s.compare}</button>
          </p>
        </form>
      ) : (
        <p class="empty">{s.noResults}</p>
      )}
      <footer>
        {s.export}: <a href={withQuery(paths.scoutCsv, query)}>CSV</a> ·{' '}
        <a href={withQuery(paths.scoutJson, query)}>JSON</a>
      </footer>
    </Layout>
  );
}
