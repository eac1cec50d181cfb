/**
 * The locus record: what one article says about a study visit (see ../shared/fixtures/README.md).
 * One valibot schema, used by the extractor's output type, the worker's validator and the review form.
 * It validates shape and bounds only; whether a region code exists is the gazetteer's business.
 */
import * as v from 'valibot';
import { say } from './message.ts';

/** The canonical program labels; every spelling the extractor reads maps onto one of these. */
export const PROGRAMS = [
  'Diklatpim I',
  'Diklatpim II',
  'Diklatpim III',
  'Diklatpim IV',
  'PKN I',
  'PKN II',
  'PKA',
  'PKP',
  'Latsar CPNS',
] as const;
export type Program = (typeof PROGRAMS)[number];

const isoDate = v.pipe(
  v.string(),
  v.isoDate(say('Tanggal harus berformat YYYY-MM-DD', 'Dates must be written YYYY-MM-DD')),
);
const shortText = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

/** Why a field holds its value: the sentence it came from, as a span of the source it was read in. */
export const EvidenceSchema = v.object({
  source: v.picklist(['title', 'text', 'url']),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sentence: shortText(2000),
});
export type Evidence = v.InferOutput<typeof EvidenceSchema>;

/** One visited place: a host region (with its Kemendagri code) and, where named, the agency there. */
export const LocusSchema = v.object({
  region: v.nullable(shortText(120)),
  regionCode: v.nullable(
    v.pipe(
      v.string(),
      v.regex(/^\d{2}(\.\d{2})?$/, say('Kode wilayah tidak dikenal', 'Unknown region code')),
    ),
  ),
  province: v.nullable(shortText(120)),
  agency: v.nullable(shortText(300)),
  innovations: v.pipe(v.array(shortText(200)), v.maxLength(50)),
});
export type Locus = v.InferOutput<typeof LocusSchema>;

export const LocusRecordSchema = v.object({
  title: v.nullable(shortText(500)),
  publishedAt: v.nullable(isoDate),
  program: v.nullable(v.picklist(PROGRAMS)),
  cohortLabel: v.nullable(shortText(120)),
  organiser: v.nullable(shortText(300)),
  participants: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000))),
  startDate: v.nullable(isoDate),
  endDate: v.nullable(isoDate),
  loci: v.pipe(v.array(LocusSchema), v.maxLength(100)),
  /** Keyed by field path: `program`, `loci.0.region`, `loci.1.innovations.0` … */
  evidence: v.optional(v.record(v.string(), EvidenceSchema)),
});
export type LocusRecord = v.InferOutput<typeof LocusRecordSchema>;

/** A record with nothing in it: what a page without a study visit yields. */
export function emptyLocusRecord(title: string | null = null): LocusRecord {
  return {
    title,
    publishedAt: null,
    program: null,
    cohortLabel: null,
    organiser: null,
    participants: null,
    startDate: null,
    endDate: null,
    loci: [],
    evidence: {},
  };
}
