/** GET/POST /c/:slug/ubah: an organiser corrects a cohort's name, program, angkatan and dates. */
import type { CohortRow } from '../db/cohorts.ts';
import type { Lang } from '../i18n.ts';
import { CohortForm, type CohortFormValues } from './cohort-form.tsx';
import { consoleStrings } from './console-strings.ts';
import type { FieldErrors } from './form-parts.tsx';
import { Layout } from './layout.tsx';
import { paths } from './paths.ts';

export interface EditCohortPageProps {
  lang: Lang;
  viewer: { name: string };
  cohort: CohortRow;
  values?: CohortFormValues;
  errors?: FieldErrors;
}

/** The form's values for a stored cohort. */
function cohortValues(cohort: CohortRow): CohortFormValues {
  return {
    name: cohort.name,
    program: cohort.program ?? '',
    cohortLabel: cohort.cohort_label ?? '',
    startDate: cohort.start_date ?? '',
    endDate: cohort.end_date ?? '',
  };
}

export function EditCohortPage({ lang, viewer, cohort, values, errors }: EditCohortPageProps) {
  const s = consoleStrings(lang);
  return (
    <Layout
      lang={lang}
      title={`${s.editCohortTitle(cohort.name)} · Lokus`}
      here={paths.editCohort(cohort.slug)}
      viewer={viewer}
    >
      <h1>{s.editCohortTitle(cohort.name)}</h1>
      <div class="card">
        <CohortForm
          lang={lang}
          action={paths.editCohort(cohort.slug)}
          submit={s.save}
          values={values ?? cohortValues(cohort)}
          errors={errors}
          cancel={paths.home}
        />
      </div>
    </Layout>
  );
}
