/**
 * The clip editor's form, both ways: a stored clip as form values, and posted values back into the API's
 * `ClipPatch`, checked by the same schema (in the request's language) with errors keyed by form field. Regions
 * are typed by name and resolved to their Kemendagri code here.
 */
import * as v from 'valibot';
import {
  bareRegionName,
  foldRegionName,
  REGIONS,
  regionByName,
  type RegionEntry,
} from '../../shared/regions/index.ts';
import { ClipPatchSchema, type ClipPatch } from '../../shared/schema/clip.ts';
import { endBeforeStart } from '../../shared/schema/cohort.ts';
import type { Locus, LocusRecord } from '../../shared/schema/locus-record.ts';
import type { Clip } from './db/clips.ts';
import type { Lang } from './i18n.ts';
import { fieldIssues } from './middleware/validate.ts';

export type ClipFormValues = Record<string, string>;
export type ClipFormErrors = Partial<Record<string, string>>;

const SCALARS = [
  'publishedAt',
  'program',
  'cohortLabel',
  'organiser',
  'participants',
  'startDate',
  'endDate',
] as const;

/** The form's values for a stored clip: one set of `loci.N.*` fields per locus. */
export function clipFormValues(clip: Pick<Clip, 'title' | 'note' | 'record'>): ClipFormValues {
  const values: ClipFormValues = { title: clip.title, note: clip.note };
  for (const key of SCALARS) values[key] = clip.record[key] == null ? '' : String(clip.record[key]);
  clip.record.loci.forEach((locus, i) => {
    values[`loci.${i}.region`] = locus.region ?? '';
    values[`loci.${i}.agency`] = locus.agency ?? '';
    values[`loci.${i}.innovations`] = locus.innovations.join('\n');
  });
  values.lociCount = String(clip.record.loci.length);
  return values;
}

const byBareName = new Map<string, RegionEntry[]>();
for (const region of REGIONS) {
  const bare = bareRegionName(region.name);
  byBareName.set(bare, [...(byBareName.get(bare) ?? []), region]);
}

/** A typed region: its official name, or a bare name only one region has ("Banyuwangi", not "Bandung"). */
export function resolveRegion(name: string): RegionEntry | undefined {
  const exact = regionByName(name);
  if (exact) return exact;
  const matches = byBareName.get(foldRegionName(name)) ?? [];
  return matches.length === 1 ? matches[0] : undefined;
}

const blank = (value: string | undefined) => !value?.trim();
const textOrNull = (value: string | undefined) => (blank(value) ? null : value!.trim());

/** Form field of an API issue path: `record.loci.0.regionCode` → `loci.0.region`, `record.program` → `program`. */
function fieldOf(path: string): string {
  return path
    .replace(/^record\./, '')
    .replace(/^(loci\.\d+)\.(regionCode|province|region)$/, '$1.region')
    .replace(/^(loci\.\d+\.innovations)\.\d+$/, '$1');
}

/**
 * The posted form as a patch of the stored clip: the loci rebuilt from the rows not marked for removal (a row's
 * evidence kept while its region and agency stay), the scalar fields replaced. `unknownRegion` words the error
 * of a region name the gazetteer does not know.
 */
export function clipPatchFromForm(
  form: ClipFormValues,
  stored: LocusRecord,
  lang: Lang,
  unknownRegion: string,
): { patch: ClipPatch | null; errors: ClipFormErrors } {
  const errors: ClipFormErrors = {};
  const rows = Math.min(Number(form.lociCount) || 0, 100) + 1;
  const loci: Locus[] = [];
  const rowOfLocus: number[] = [];
  for (let i = 0; i < rows; i++) {
    const region = form[`loci.${i}.region`] ?? '';
    const agency = form[`loci.${i}.agency`] ?? '';
    const innovations = (form[`loci.${i}.innovations`] ?? '')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (form[`loci.${i}.remove`] || (blank(region) && blank(agency) && !innovations.length)) continue;
    const entry = blank(region) ? undefined : resolveRegion(region);
    if (!blank(region) && !entry) errors[`loci.${i}.region`] = unknownRegion;
    const before = stored.loci[i];
    const same =
      before &&
      (before.region ?? '') === (entry?.name ?? region.trim()) &&
      (before.agency ?? '') === agency.trim();
    loci.push({
      ...(same ? before : {}),
      region: entry?.name ?? textOrNull(region),
      regionCode: entry?.code ?? null,
      province: entry?.province ?? null,
      agency: textOrNull(agency),
      innovations: [...new Set(innovations)],
    });
    rowOfLocus.push(i);
  }
  const participants = form.participants?.trim() ?? '';
  const record = {
    ...stored,
    publishedAt: textOrNull(form.publishedAt),
    program: textOrNull(form.program),
    cohortLabel: textOrNull(form.cohortLabel),
    organiser: textOrNull(form.organiser),
    participants: participants ? (/^\d+$/.test(participants) ? Number(participants) : participants) : null,
    startDate: textOrNull(form.startDate),
    endDate: textOrNull(form.endDate),
    loci,
    // Positional evidence of loci would point at the wrong row once rows are removed: it stays with unchanged fields only.
    evidence: Object.fromEntries(
      Object.entries(stored.evidence ?? {}).filter(([key]) => !key.startsWith('loci.')),
    ),
  };
  const parsed = v.safeParse(
    ClipPatchSchema,
    { title: form.title ?? '', note: form.note ?? '', record },
    { lang },
  );
  if (!parsed.success)
    for (const issue of fieldIssues(parsed.issues)) {
      const field = fieldOf(issue.path).replace(
        /^loci\.(\d+)/,
        (_, n: string) => `loci.${rowOfLocus[Number(n)] ?? n}`,
      );
      errors[field || 'title'] ??= issue.message;
    }
  if (record.startDate && record.endDate && record.endDate < record.startDate)
    errors.endDate ??= endBeforeStart({ lang });
  return { patch: parsed.success && !Object.keys(errors).length ? parsed.output : null, errors };
}
