/** The locus record's schema: per-locus evidence, awards, and the upgrade of records stored in the old shape. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AWARD_KINDS,
  AwardSchema,
  LocusRecordSchema,
  emptyLocusRecord,
  upgradeLocusRecord,
  type LocusRecord,
} from '../../shared/schema/index.ts';

const said = (sentence: string) => ({ source: 'text' as const, start: 0, end: sentence.length, sentence });
const sragen = { region: 'Kabupaten Sragen', regionCode: '33.14', province: 'Jawa Tengah' };

/** A record as stored before loci carried their own evidence. */
const old: LocusRecord = {
  ...emptyLocusRecord('Peserta PKA ke Sragen'),
  program: 'PKA',
  loci: [
    { ...sragen, agency: 'BPT Sragen', innovations: ['SIPO', 'e-Perizinan'] },
    { ...sragen, agency: null, innovations: [] },
  ],
  evidence: {
    program: said('Peserta PKA tiba.'),
    'loci.0.agency': said('Peserta belajar di BPT Sragen.'),
    'loci.0.innovations.1': said('BPT Sragen punya e-Perizinan.'),
    'loci.1.region': said('Rombongan tiba di Sragen.'),
    'loci.3.region': said('Tidak ada lokus keempat.'),
    'loci.0.innovations.9': said('Tidak ada inovasi kesepuluh.'),
  },
};

describe('upgradeLocusRecord', () => {
  it('moves positional keys into the loci, innovations keyed by name, and drops keys pointing nowhere', () => {
    const record = upgradeLocusRecord(old);
    expect(record.evidence).toEqual({ program: said('Peserta PKA tiba.') });
    expect(record.loci[0]!.evidence).toEqual({
      agency: said('Peserta belajar di BPT Sragen.'),
      innovations: { 'e-Perizinan': said('BPT Sragen punya e-Perizinan.') },
    });
    expect(record.loci[1]!.evidence).toEqual({ region: said('Rombongan tiba di Sragen.') });
    expect(v.is(LocusRecordSchema, record)).toBe(true);
    expect(old.loci[0]).not.toHaveProperty('evidence');
  });

  it('returns a record of the new shape unchanged, and is idempotent', () => {
    const upgraded = upgradeLocusRecord(old);
    expect(upgradeLocusRecord(upgraded)).toBe(upgraded);
    const fresh = { ...emptyLocusRecord('x'), evidence: { title: said('x') } };
    expect(upgradeLocusRecord(fresh)).toBe(fresh);
  });

  it('keeps validating records of the old shape as stored', () => {
    expect(v.is(LocusRecordSchema, old)).toBe(true);
  });
});

describe('AwardSchema', () => {
  it('takes the award kinds scouting ranks on, a year and the words the page used', () => {
    expect(AWARD_KINDS).toEqual(['kipp', 'iga', 'terinovatif', 'provincial', 'other']);
    const award = {
      kind: 'kipp',
      year: 2021,
      text: 'masuk Top 99 Kompetisi Inovasi Pelayanan Publik (KIPP) 2021',
      rank: 'Top 99',
      innovation: 'Langsat Manis',
      evidence: said('Langsat Manis masuk Top 99 KIPP 2021.'),
    };
    expect(v.is(AwardSchema, award)).toBe(true);
    expect(v.is(AwardSchema, { ...award, kind: 'lomba' })).toBe(false);
    expect(v.is(AwardSchema, { ...award, year: 1890 })).toBe(false);
    expect(v.is(LocusRecordSchema, { ...emptyLocusRecord(null), awards: [award] })).toBe(true);
  });
});
