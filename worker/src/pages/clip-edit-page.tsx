/**
 * GET/POST /c/:slug/k/:id/ubah: the cohort's widyaiswara (or an organiser) corrects a clip — title, dates,
 * program, angkatan, organiser, participants, note and each locus — and GET/POST …/hapus deletes it after a
 * confirmation. Regions are typed by name with the gazetteer as a datalist; no script needed.
 */
import { PROGRAMS } from '../../../shared/schema/locus-record.ts';
import { REGIONS } from '../../../shared/regions/index.ts';
import type { ClipFormErrors, ClipFormValues } from '../clip-form.ts';
import type { CohortRow } from '../db/cohorts.ts';
import type { Lang } from '../i18n.ts';
import { consoleStrings } from './console-strings.ts';
import { Field } from './form-parts.tsx';
import { Layout } from './layout.tsx';
import { paths } from './paths.ts';

export interface ClipEditPageProps {
  lang: Lang;
  cohort: CohortRow;
  viewer: { name: string };
  clipId: number;
  values: ClipFormValues;
  errors?: ClipFormErrors;
}

export function ClipEditPage({ lang, cohort, viewer, clipId, values, errors = {} }: ClipEditPageProps) {
  const s = consoleStrings(lang);
  const action = paths.editClip(cohort.slug, clipId);
  const count = Number(values.lociCount) || 0;
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout lang={lang} title={`${s.editClipTitle} · ${cohort.name} · Lokus`} here={action} viewer={viewer}>
      <p class="sub">
        <a href={paths.clip(cohort.slug, clipId)}>← {values.title}</a>
      </p>
      <h1>{s.editClipTitle}</h1>
      {hasErrors ? (
        <p class="error" role="alert">
          {s.fixErrors}
        </p>
      ) : null}
      <form method="post" action={action} class="card" novalidate>
        <input type="hidden" name="lociCount" value={String(count)} />
        <Field name="title" label={s.title} value={values.title} errors={errors} required maxLength={500} />
        <div class="grid">
          <Field
            name="publishedAt"
            label={s.publishedAt}
            type="date"
            value={values.publishedAt}
            errors={errors}
          />
          <div class="field">
            <label for="f-program">{s.program}</label>
            <select id="f-program" name="program" aria-invalid={errors.program ? 'true' : undefined}>
              <option value="">{s.programNone}</option>
              {PROGRAMS.map((program) => (
                <option value={program} selected={values.program === program}>
                  {program}
                </option>
              ))}
            </select>
            {errors.program ? <p class="error">{errors.program}</p> : null}
          </div>
          <Field
            name="cohortLabel"
            label={s.cohortLabel}
            value={values.cohortLabel}
            errors={errors}
            maxLength={120}
          />
          <Field
            name="organiser"
            label={s.organiser}
            value={values.organiser}
            errors={errors}
            maxLength={300}
          />
          <Field
            name="participants"
            label={s.participants}
            type="number"
            min={1}
            value={values.participants}
            errors={errors}
          />
          <Field name="startDate" label={s.visitStart} type="date" value={values.startDate} errors={errors} />
          <Field name="endDate" label={s.visitEnd} type="date" value={values.endDate} errors={errors} />
        </div>
        {Array.from({ length: count + 1 }, (_, i) => (
          <LocusFields lang={lang} index={i} values={values} errors={errors} fresh={i === count} />
        ))}
        <datalist id="regions">
          {REGIONS.map((region) => (
            <option value={region.name} />
          ))}
        </datalist>
        <div class="field">
          <label for="f-note">{s.note}</label>
          <textarea id="f-note" name="note" maxLength={5000}>
            {values.note ?? ''}
          </textarea>
          {errors.note ? <p class="error">{errors.note}</p> : null}
        </div>
        <p class="controls">
          <button type="submit">{s.save}</button>
          <a class="button quiet" href={paths.clip(cohort.slug, clipId)}>
            {s.cancel}
          </a>
          <a class="button quiet" href={paths.deleteClip(cohort.slug, clipId)}>
            {s.deleteClip}
          </a>
        </p>
      </form>
    </Layout>
  );
}

function LocusFields(props: {
  lang: Lang;
  index: number;
  values: ClipFormValues;
  errors: ClipFormErrors;
  fresh: boolean;
}) {
  const { lang, index: i, values, errors, fresh } = props;
  const s = consoleStrings(lang);
  const name = (field: string) => `loci.${i}.${field}`;
  return (
    <fieldset>
      <legend>{fresh ? s.newLocus : s.locusN(i + 1)}</legend>
      <div class="grid">
        <div class="field">
          <label for={`f-loci-${i}-region`}>{s.region}</label>
          <input
            type="text"
            id={`f-loci-${i}-region`}
            name={name('region')}
            value={values[name('region')] ?? ''}
            list="regions"
            autocomplete="off"
            aria-invalid={errors[name('region')] ? 'true' : undefined}
            aria-describedby={`f-loci-${i}-region-hint`}
          />
          <p class="hint" id={`f-loci-${i}-region-hint`}>
            {s.regionHint}
          </p>
          {errors[name('region')] ? (
            <p class="error" role="alert">
              {errors[name('region')]}
            </p>
          ) : null}
        </div>
        <Field
          name={name('agency')}
          label={s.agency}
          value={values[name('agency')]}
          errors={errors}
          maxLength={300}
          idPrefix={`l${i}`}
        />
      </div>
      <label for={`f-loci-${i}-innovations`}>{s.innovationsOnePerLine}</label>
      <textarea id={`f-loci-${i}-innovations`} name={name('innovations')}>
        {values[name('innovations')] ?? ''}
      </textarea>
      {errors[name('innovations')] ? <p class="error">{errors[name('innovations')]}</p> : null}
      {!fresh ? (
        <label class="check">
          <input type="checkbox" name={name('remove')} value="1" checked={!!values[name('remove')]} />{' '}
          {s.removeLocus}
        </label>
      ) : null}
    </fieldset>
  );
}

export function ClipDeletePage(props: {
  lang: Lang;
  cohort: CohortRow;
  viewer: { name: string };
  clipId: number;
  title: string;
}) {
  const { lang, cohort, viewer, clipId, title } = props;
  const s = consoleStrings(lang);
  return (
    <Layout
      lang={lang}
      title={`${s.deleteConfirmTitle} · Lokus`}
      here={paths.deleteClip(cohort.slug, clipId)}
      viewer={viewer}
    >
      <div class="card">
        <h1>{s.deleteConfirmTitle}</h1>
        <p>
          <strong>{title}</strong>
        </p>
        <p>{s.deleteConfirmText}</p>
        <form method="post" action={paths.deleteClip(cohort.slug, clipId)} class="controls">
          <button type="submit" class="danger">
            {s.deleteYes}
          </button>
          <a class="button quiet" href={paths.clip(cohort.slug, clipId)}>
            {s.cancel}
          </a>
        </form>
      </div>
    </Layout>
  );
}
