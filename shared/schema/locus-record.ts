/**
 * The locus record: what one article says about a study visit (see ../shared/fixtures/README.md).
 * One valibot schema, used by the extractor's output type, the worker's validator and the review form.
 * It validates shape and bounds only; whether a region code exists is the gazetteer's business.
 */
import * as v from 'valibot';
import { dateFormat, say } from './message.ts';

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

const isoDate = v.pipe(v.string(), v.isoDate(dateFormat));
const shortText = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

/** Why a field holds its value: the sentence it came from, as a span of the source it was read in. */
const EvidenceSchema = v.object({
  source: v.picklist(['title', 'text', 'url']),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sentence: shortText(2000),
});
export type Evidence = v.InferOutput<typeof EvidenceSchema>;

/**
 * A locus's own evidence, so that deleting or reordering loci moves each sentence with its value:
 * innovations are keyed by their name exactly as in `innovations`.
 */
const LocusEvidenceSchema = v.object({
  region: v.optional(EvidenceSchema),
  agency: v.optional(EvidenceSchema),
  innovations: v.optional(v.record(v.string(), EvidenceSchema)),
});
export type LocusEvidence = v.InferOutput<typeof LocusEvidenceSchema>;

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
  evidence: v.optional(LocusEvidenceSchema),
});
export type Locus = v.InferOutput<typeof LocusSchema>;

/**
 * The kinds of award scouting ranks on: `kipp` KemenPAN-RB's Kompetisi Inovasi Pelayanan Publik (Top 99,
 * Top 45, Top Inovasi Pelayanan Publik); `iga` Kemendagri's Innovative Government Award; `terinovatif` a
 * "Kabupaten/Kota/Provinsi Terinovatif" title; `provincial` a province's own innovation contest; `other`
 * any other named public-service innovation award.
 */
export const AWARD_KINDS = ['kipp', 'iga', 'terinovatif', 'provincial', 'other'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

/** An award or ranking the page names for the host region or one of its innovations. */
export const AwardSchema = v.object({
  kind: v.picklist(AWARD_KINDS),
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100))),
  text: shortText(300),
  /** "Top 45", "Top 99", "Terbaik I", "Kategori Kabupaten". */
  rank: v.optional(v.nullable(shortText(60))),
  /** The innovation it was given to, when the page says. */
  innovation: v.optional(v.nullable(shortText(200))),
  evidence: v.optional(EvidenceSchema),
});
export type Award = v.InferOutput<typeof AwardSchema>;

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
  awards: v.optional(v.pipe(v.array(AwardSchema), v.maxLength(20))),
  /**
   * The scalar fields' evidence, keyed by field: `title`, `publishedAt`, `program`, `organiser` … (each
   * locus carries its own). Records stored before that may still hold positional keys (`loci.0.region`,
   * `loci.1.innovations.0`): `upgradeLocusRecord` moves them into their loci.
   */
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
    awards: [],
    evidence: {},
  };
}

const POSITIONAL = /^loci\.(\d+)\.(region|agency|innovations\.(\d+))$/;

/**
 * A record of the old shape with its positional locus evidence (`loci.0.region`, `loci.1.innovations.0`
 * in the record's `evidence`) moved into the loci's own evidence, innovations keyed by name; keys that
 * point at no locus or innovation are dropped. A record of the new shape comes back unchanged.
 * @example upgradeLocusRecord(old).loci[1].evidence?.innovations?.['e-RK'] // was old.evidence['loci.1.innovations.0']
 */
export function upgradeLocusRecord<R extends LocusRecord>(record: R): R {
  const evidence = record.evidence ?? {};
  const keys = Object.keys(evidence).filter((key) => key.startsWith('loci.'));
  if (!keys.length) return record;
  const loci = record.loci.map((locus) => ({
    ...locus,
    evidence: {
      ...locus.evidence,
      ...(locus.evidence?.innovations ? { innovations: { ...locus.evidence.innovations } } : {}),
    },
  }));
  const scalars: Record<string, Evidence> = {};
  for (const [key, cited] of Object.entries(evidence)) {
    const m = POSITIONAL.exec(key);
    if (!m) {
      if (!key.startsWith('loci.')) scalars[key] = cited;
      continue;
    }
    const locus = loci[Number(m[1])];
    if (!locus) continue;
    if (m[3] === undefined) {
      locus.evidence[m[2] as 'region' | 'agency'] ??= cited;
      continue;
    }
    const name = locus.innovations[Number(m[3])];
    if (name === undefined) continue;
    locus.evidence.innovations ??= {};
    locus.evidence.innovations[name] ??= cited;
  }
  return {
    ...record,
    loci: loci.map((locus) => (Object.keys(locus.evidence).length ? locus : withoutEvidence(locus))),
    evidence: scalars,
  };
}

function withoutEvidence(locus: Locus): Locus {
  const { evidence: _, ...rest } = locus;
  return rest;
}
