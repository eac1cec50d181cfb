/**
 * The review form's model: a locus record as editable strings (plus the host region), back to a
 * `ClipInput`, and the validation of it with messages in the user's language. Pure: no browser APIs.
 */
import * as v from 'valibot';
import {
  ClipInputSchema,
  PROGRAMS,
  upgradeLocusRecord,
  type Award,
  type ClipInput,
  type Evidence,
  type LocusEvidence,
  type LocusRecord,
  type Program,
} from '../../shared/schema/index.ts';
import { regionByCode, regionByName } from '../../shared/regions/index.ts';
import type { MessageKey, Translate } from './i18n.ts';

export interface RegionValue {
  name: string;
  code: string | null;
  province: string | null;
}

export interface LocusDraft {
  region: RegionValue;
  agency: string;
  innovations: string[];
  /** This locus's own evidence (innovations keyed by name): it moves with the locus when loci are removed. */
  evidence?: LocusEvidence;
}

export interface Draft {
  clientId: string;
  url: string;
  text: string;
  title: string;
  /** The publication's name as the page gives it ("ANTARA News"), shown as the source on the reading list. */
  siteName: string | null;
  /** The article's publication date, `YYYY-MM-DD` or '' when the page does not say. */
  publishedAt: string;
  /** The region the visit went to; edits flow into every locus that shares it. */
  hostRegion: RegionValue;
  loci: LocusDraft[];
  program: Program | '';
  cohortLabel: string;
  organiser: string;
  participants: string;
  startDate: string;
  endDate: string;
  note: string;
  quotes: string[];
  /** Why a prefilled scalar field holds its value, keyed like `LocusRecord.evidence`; loci carry their own. */
  evidence: Record<string, Evidence>;
  /** The record's awards: the form does not edit them, and saving keeps them as they were. */
  awards?: Award[];
}

export type FieldErrors = Partial<Record<string, string>>;

const EMPTY_REGION: RegionValue = { name: '', code: null, province: null };

/** A region value from a gazetteer entry code. */
export function regionFromCode(code: string): RegionValue | null {
  const entry = regionByCode(code);
  if (!entry) return null;
  return { name: entry.name, code: entry.code, province: entry.province };
}

function regionOf(locus: LocusRecord['loci'][number]): RegionValue {
  if (locus.regionCode) {
    const known = regionFromCode(locus.regionCode);
    if (known) return known;
  }
  const byName = locus.region ? regionByName(locus.region) : undefined;
  if (byName) return regionFromCode(byName.code)!;
  return { name: locus.region ?? '', code: locus.regionCode, province: locus.province };
}

/** The form's starting point for a page and its extracted record. */
export function draftFromRecord(input: {
  clientId: string;
  url: string;
  text: string;
  title: string;
  record: LocusRecord;
  siteName?: string | null;
  note?: string;
  quotes?: string[];
}): Draft {
  // A record stored before loci carried their own evidence keeps its sentences, now beside their values.
  const record = upgradeLocusRecord(input.record);
  const loci = record.loci.map((locus): LocusDraft => ({
    region: regionOf(locus),
    agency: locus.agency ?? '',
    innovations: [...locus.innovations],
    ...(locus.evidence ? { evidence: locus.evidence } : {}),
  }));
  return {
    clientId: input.clientId,
    url: input.url,
    text: input.text,
    title: input.title || record.title || '',
    siteName: input.siteName ?? null,
    publishedAt: record.publishedAt ?? '',
    hostRegion: loci[0]?.region ?? EMPTY_REGION,
    loci,
    program: record.program ?? '',
    cohortLabel: record.cohortLabel ?? '',
    organiser: record.organiser ?? '',
    participants: record.participants == null ? '' : String(record.participants),
    startDate: record.startDate ?? '',
    endDate: record.endDate ?? '',
    note: input.note ?? '',
    quotes: input.quotes ?? [],
    evidence: record.evidence ?? {},
    ...(record.awards ? { awards: record.awards } : {}),
  };
}

/**
 * Whether a record says nothing about a visit: no loci, program, cohort, organiser, participants, dates
 * or awards (the title aside). A clip made from a context-menu quote starts like this.
 */
export function isBlankRecord(record: LocusRecord): boolean {
  return (
    !record.loci.length &&
    !record.awards?.length &&
    record.publishedAt == null &&
    record.program == null &&
    record.cohortLabel == null &&
    record.organiser == null &&
    record.participants == null &&
    record.startDate == null &&
    record.endDate == null
  );
}

/** Whether anything in the draft was prefilled with a sentence to show: a scalar field or a locus. */
export function hasEvidence(draft: Draft): boolean {
  return (
    Object.keys(draft.evidence).length > 0 ||
    draft.loci.some((locus) => locus.evidence && Object.keys(locus.evidence).length > 0)
  );
}

function sameRegion(a: RegionValue, b: RegionValue): boolean {
  return a.code ? a.code === b.code : a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

/** Sets the host region and carries the change into every locus that had the old one (or none). */
export function withHostRegion(draft: Draft, region: RegionValue): Draft {
  const old = draft.hostRegion;
  return {
    ...draft,
    hostRegion: region,
    loci: draft.loci.map((locus) =>
      !locus.region.name.trim() || sameRegion(locus.region, old) ? { ...locus, region } : locus,
    ),
  };
}

const blankToNull = (value: string) => (value.trim() ? value.trim() : null);

/** The locus record the form now says, with the evidence of the fields the user left alone. */
export function recordFromDraft(draft: Draft): LocusRecord {
  const loci = draft.loci.length
    ? draft.loci
    : draft.hostRegion.name.trim()
      ? [{ region: draft.hostRegion, agency: '', innovations: [] }]
      : [];
  const participants = draft.participants.trim();
  return {
    title: blankToNull(draft.title),
    publishedAt: blankToNull(draft.publishedAt),
    program: draft.program || null,
    cohortLabel: blankToNull(draft.cohortLabel),
    organiser: blankToNull(draft.organiser),
    participants: participants ? Number(participants) : null,
    startDate: blankToNull(draft.startDate),
    endDate: blankToNull(draft.endDate),
    loci: loci.map((locus: LocusDraft) => ({
      region: blankToNull(locus.region.name),
      regionCode: locus.region.code,
      province: locus.region.province,
      agency: blankToNull(locus.agency),
      innovations: locus.innovations.map((i) => i.trim()).filter(Boolean),
      ...(locus.evidence ? { evidence: locus.evidence } : {}),
    })),
    ...(draft.awards ? { awards: draft.awards } : {}),
    evidence: draft.evidence,
  };
}

/** The request body for this draft. */
export function clipFromDraft(draft: Draft): ClipInput {
  return {
    clientId: draft.clientId,
    url: draft.url,
    title: draft.title.trim(),
    text: draft.text,
    record: recordFromDraft(draft),
    ...(draft.siteName ? { siteName: draft.siteName } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    ...(draft.quotes.length ? { quotes: draft.quotes } : {}),
  };
}

/** Form field for a record path: `record.loci.0.agency` → `loci.0.agency`, `record.program` → `program`. */
function fieldOfPath(path: string): string {
  return path.replace(/^record\./, '');
}

const LABELS: Record<string, MessageKey> = {
  title: 'field.title',
  publishedAt: 'field.publishedAt',
  program: 'field.program',
  cohortLabel: 'field.cohortLabel',
  organiser: 'field.organiser',
  participants: 'field.participants',
  startDate: 'field.startDate',
  endDate: 'field.endDate',
  note: 'field.note',
  loci: 'field.loci',
  region: 'field.region',
  regionCode: 'field.region',
  province: 'field.region',
  agency: 'field.agency',
  innovations: 'field.innovations',
};

/**
 * The form's label key for a field path, as the form writes it (`loci.0.agency`) or the server does
 * (`record.participants`); undefined for a path the form has no field for.
 */
export function fieldLabelKey(path: string): MessageKey | undefined {
  const field = fieldOfPath(path);
  const leaf = field.match(/^loci\.\d+\.(\w+)/)?.[1] ?? field.split('.')[0]!;
  return LABELS[leaf];
}

function labelOf(field: string, t: Translate): string {
  return t(fieldLabelKey(field) ?? 'field.title');
}

function messageOf(issue: v.BaseIssue<unknown>, field: string, t: Translate): string {
  const label = labelOf(field, t);
  if (/regionCode|\.region$|province/.test(field)) return t('validation.region');
  switch (issue.type) {
    case 'min_length':
      return t('validation.required', { field: label });
    case 'max_length':
      return t('validation.tooLong', { field: label });
    case 'iso_date':
      return t('validation.date', { field: label });
    case 'number':
    case 'integer':
    case 'min_value':
    case 'max_value':
      return t('validation.number', { field: label });
    default:
      return t('validation.invalid', { field: label });
  }
}

/**
 * Field → message for everything that would stop the server accepting this clip, in the user's
 * language. An empty object means the draft can be saved.
 */
export function validateDraft(draft: Draft, cohortId: number | null, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  const participants = draft.participants.trim();
  if (participants && !/^\d+$/.test(participants)) {
    errors.participants = t('validation.number', { field: t('field.participants') });
  }
  if (draft.hostRegion.name.trim() && !draft.hostRegion.code) errors.region = t('validation.region');
  draft.loci.forEach((locus, i) => {
    if (locus.region.name.trim() && !locus.region.code) errors[`loci.${i}.region`] = t('validation.region');
  });
  if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) {
    errors.endDate = t('validation.endBeforeStart');
  }
  if (cohortId == null) errors.cohort = t('validation.cohort');
  const parsed = v.safeParse(ClipInputSchema, clipFromDraft(draft));
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = fieldOfPath(v.getDotPath(issue) ?? 'title');
      const key = field.replace(/^loci\.(\d+)\.(regionCode|province)$/, 'loci.$1.region');
      errors[key] ??= messageOf(issue, field, t);
    }
  }
  return errors;
}

export { PROGRAMS };
