/** The cohort's fields as a form — name, program from the fixed list, angkatan, dates — for creating and editing. */
import { PROGRAMS } from '../../../shared/schema/locus-record.ts';
import type { Lang } from '../i18n.ts';
import { consoleStrings } from './console-strings.ts';
import { Field, type FieldErrors } from './form-parts.tsx';

/** What the form holds: the posted strings back after a refused post, so nothing typed is lost. */
export type CohortFormValues = Partial<
  Record<'name' | 'program' | 'cohortLabel' | 'startDate' | 'endDate', string>
>;

export interface CohortFormProps {
  lang: Lang;
  action: string;
  submit: string;
  values?: CohortFormValues;
  errors?: FieldErrors;
  /** Where "Cancel" goes, when the form has its own page. */
  cancel?: string;
}

export function CohortForm({ lang, action, submit, values = {}, errors = {}, cancel }: CohortFormProps) {
  const s = consoleStrings(lang);
  const programError = errors.program;
  return (
    <form method="post" action={action} class="cohort-form" novalidate>
      {errors.form ? (
        <p class="error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <Field
        name="name"
        label={s.cohortName}
        value={values.name}
        errors={errors}
        hint={s.cohortNameHint}
        required
        maxLength={120}
      />
      <div class="grid">
        <div class="field">
          <label for="f-program">{s.program}</label>
          <select
            id="f-program"
            name="program"
            aria-invalid={programError ? 'true' : undefined}
            aria-describedby={programError ? 'f-program-error' : undefined}
          >
            <option value="">{s.programNone}</option>
            {PROGRAMS.map((program) => (
              <option value={program} selected={values.program === program}>
                {program}
              </option>
            ))}
          </select>
          {programError ? (
            <p class="error" id="f-program-error" role="alert">
              {programError}
            </p>
          ) : null}
        </div>
        <Field
          name="cohortLabel"
          label={s.cohortLabel}
          value={values.cohortLabel}
          errors={errors}
          placeholder={s.cohortLabelHint}
          maxLength={60}
        />
        <Field name="startDate" label={s.startDate} type="date" value={values.startDate} errors={errors} />
        <Field name="endDate" label={s.endDate} type="date" value={values.endDate} errors={errors} />
      </div>
      <p class="controls">
        <button type="submit">{submit}</button>
        {cancel ? (
          <a class="button quiet" href={cancel}>
            {s.cancel}
          </a>
        ) : null}
      </p>
    </form>
  );
}
