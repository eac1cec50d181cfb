/**
 * The review form: the extracted locus record as editable fields, the target cohort and the note.
 * Hovering or focusing a prefilled field shows the sentence it came from, in a slot of fixed height
 * beside the save button. It edits a `Draft` only; saving, the outbox and the network are the popup's business.
 */
import { useState } from 'preact/hooks';
import type { Language } from '../utils/i18n.ts';
import type { Evidence } from '../../shared/schema/index.ts';
import {
  PROGRAMS,
  hasEvidence,
  withHostRegion,
  type Draft,
  type FieldErrors,
  type LocusDraft,
} from '../utils/draft.ts';
import type { CohortChoice } from '../utils/storage.ts';
import { EvidenceNote } from './Evidence.tsx';
import { useLanguage, useT } from './I18n.tsx';
import { LocusRow, type EvidenceHooks } from './LocusRow.tsx';
import { RegionInput } from './RegionInput.tsx';

type TextField =
  'title' | 'publishedAt' | 'cohortLabel' | 'organiser' | 'participants' | 'startDate' | 'endDate' | 'note';

/**
 * The evidence for a form field, and the value to mark in its sentence. A locus's field reads that
 * locus's own evidence (an innovation by its name), so a removed or moved locus takes its sentences along.
 */
function evidenceFor(draft: Draft, field: string): { evidence: Evidence; value: string } | null {
  if (field === 'region') {
    const host =
      draft.loci.find((l) => l.region.code && l.region.code === draft.hostRegion.code) ?? draft.loci[0];
    const hit = host?.evidence?.region;
    return hit
      ? { evidence: hit, value: draft.hostRegion.name.replace(/^(Kabupaten|Kota|Provinsi)\s+/, '') }
      : null;
  }
  const innovation = field.match(/^loci\.(\d+)\.innovations\.(\d+)$/);
  if (innovation) {
    const locus = draft.loci[Number(innovation[1])];
    const value = locus?.innovations[Number(innovation[2])] ?? '';
    const hit = value ? locus?.evidence?.innovations?.[value] : undefined;
    return hit ? { evidence: hit, value } : null;
  }
  const locus = field.match(/^loci\.(\d+)\.(agency|region)$/);
  if (locus) {
    const l = draft.loci[Number(locus[1])];
    const hit = locus[2] === 'agency' ? l?.evidence?.agency : l?.evidence?.region;
    return hit ? { evidence: hit, value: (locus[2] === 'agency' ? l?.agency : l?.region.name) ?? '' } : null;
  }
  const hit = draft.evidence[field];
  if (!hit) return null;
  return { evidence: hit, value: String(draft[field as TextField] ?? draft.program ?? '') };
}

/** "31 Maret 2019" beside a date input, whose own display follows the browser's locale, not Lokus'. */
function longDate(value: string, language: Language): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export interface ReviewFormProps {
  draft: Draft;
  onChange: (draft: Draft) => void;
  cohorts: CohortChoice[];
  cohortId: number | null;
  onCohortChange: (cohortId: number) => void;
  /** The save updates a clip the server has (the button says so). */
  updating: boolean;
  /** The cohort cannot change (a queued edit of a clip that lives in its cohort). */
  cohortLocked?: boolean;
  errors: FieldErrors;
  saving: boolean;
  onSave: () => void;
  status: { kind: 'info' | 'ok' | 'error'; text: string } | null;
}

export function ReviewForm(props: ReviewFormProps) {
  const t = useT();
  const language = useLanguage();
  const { draft, errors } = props;
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const shownField = hovered ?? focused;
  const shown = shownField ? evidenceFor(draft, shownField) : null;

  const hooks = (field: string): EvidenceHooks => ({
    onFocusIn: () => setFocused(field),
    onFocusOut: () => setFocused((f) => (f === field ? null : f)),
    onMouseEnter: () => setHovered(field),
    onMouseLeave: () => setHovered((f) => (f === field ? null : f)),
  });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => props.onChange({ ...draft, [key]: value });
  const prefilled = (field: string) => (evidenceFor(draft, field) ? 'field prefilled' : 'field');
  const setLocus = (i: number, locus: LocusDraft) =>
    props.onChange({ ...draft, loci: draft.loci.map((l, j) => (j === i ? locus : l)) });

  const text = (field: TextField, type: 'text' | 'date' = 'text') => (
    <div class={`${prefilled(field)} ${type}`} {...hooks(field)}>
      <label for={`field-${field}`}>{t(`field.${field}`)}</label>
      <input
        id={`field-${field}`}
        data-testid={`field-${field}`}
        type={type}
        inputMode={field === 'participants' ? 'numeric' : undefined}
        aria-invalid={errors[field] ? true : undefined}
        value={draft[field]}
        onInput={(e) => set(field, e.currentTarget.value)}
      />
      {type === 'date' && <span class="hint long-date">{longDate(draft[field], language) ?? ''}</span>}
      {errors[field] && <p class="error">{errors[field]}</p>}
    </div>
  );

  return (
    <form
      class="review-form"
      data-testid="review-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave();
      }}
    >
      {text('title')}
      <div class="row">
        {text('publishedAt', 'date')}
        <div class="field" aria-hidden="true" />
      </div>

      <div class={prefilled('region')} {...hooks('region')}>
        <label for="field-region">{t('field.region')}</label>
        <RegionInput
          id="field-region"
          testId="field-region"
          value={draft.hostRegion}
          invalid={!!errors.region}
          onChange={(region) => props.onChange(withHostRegion(draft, region))}
        />
        {errors.region && <p class="error">{errors.region}</p>}
      </div>

      <fieldset class="loci">
        <legend>{t('field.loci')}</legend>
        <ol>
          {draft.loci.map((locus, i) => (
            <LocusRow
              key={i}
              index={i}
              locus={locus}
              regionError={errors[`loci.${i}.region`]}
              onChange={(next) => setLocus(i, next)}
              onRemove={() =>
                set(
                  'loci',
                  draft.loci.filter((_, j) => j !== i),
                )
              }
              hooks={hooks}
              showEvidence={setHovered}
            />
          ))}
        </ol>
        <button
          type="button"
          class="link"
          data-testid="add-locus"
          onClick={() =>
            set('loci', [...draft.loci, { region: draft.hostRegion, agency: '', innovations: [] }])
          }
        >
          + {t('field.addLocus')}
        </button>
      </fieldset>

      <div class={prefilled('program')} {...hooks('program')}>
        <label for="field-program">{t('field.program')}</label>
        <select
          id="field-program"
          data-testid="field-program"
          value={draft.program}
          onChange={(e) => set('program', e.currentTarget.value as Draft['program'])}
        >
          <option value="">{t('field.programNone')}</option>
          {PROGRAMS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <div class="row">
        {text('cohortLabel')}
        {text('participants')}
      </div>
      {text('organiser')}
      <div class="row">
        {text('startDate', 'date')}
        {text('endDate', 'date')}
      </div>

      <div class="field">
        <label for="field-note">{t('field.note')}</label>
        <textarea
          id="field-note"
          data-testid="field-note"
          rows={3}
          value={draft.note}
          onInput={(e) => set('note', e.currentTarget.value)}
        />
        {errors.note && <p class="error">{errors.note}</p>}
      </div>
      {draft.quotes.length > 0 && <p class="muted">{t('popup.selectionAsQuote')}</p>}

      <div class="field">
        <label for="field-cohort">{t('field.cohort')}</label>
        <select
          id="field-cohort"
          data-testid="field-cohort"
          value={props.cohortId ?? ''}
          disabled={props.cohortLocked}
          aria-invalid={errors.cohort ? true : undefined}
          onChange={(e) => props.onCohortChange(Number(e.currentTarget.value))}
        >
          <option value="" disabled>
            —
          </option>
          {props.cohorts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        {errors.cohort && <p class="error">{errors.cohort}</p>}
      </div>

      <div class="dock">
        {/* A slot of fixed height: showing a sentence never moves the form under the pointer. */}
        {hasEvidence(draft) && (
          <div class="evidence-slot" data-testid="evidence-slot">
            {shown && shownField ? (
              <EvidenceNote field={shownField} evidence={shown.evidence} value={shown.value} />
            ) : (
              <p class="hint">{t('popup.prefilledHint')}</p>
            )}
          </div>
        )}
        <div class="actions">
          <button type="submit" class="primary" data-testid="save-button" disabled={props.saving}>
            {props.updating ? t('popup.saveUpdate') : t('popup.save')}
          </button>
          <p
            data-testid="save-status"
            class={`status ${props.status?.kind ?? ''}`}
            role="status"
            aria-live="polite"
          >
            {props.status?.text ?? ''}
          </p>
        </div>
      </div>
    </form>
  );
}
