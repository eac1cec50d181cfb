import { describe, expect, it } from 'vitest';
import { emptyLocusRecord, type LocusRecord } from '../../shared/schema/index.ts';
import {
  clipFromDraft,
  draftFromRecord,
  fieldLabelKey,
  isBlankRecord,
  recordFromDraft,
  regionFromCode,
  validateDraft,
  withHostRegion,
} from '../../extension/utils/draft.ts';
import { translator } from '../../extension/utils/i18n.ts';

const record: LocusRecord = {
  ...emptyLocusRecord('Diklatpim IV Bapelkes Semarang Benchmark ke Banyuwangi'),
  publishedAt: '2019-04-01',
  program: 'Diklatpim IV',
  organiser: 'Bapelkes Semarang',
  participants: 40,
  startDate: '2019-04-01',
  loci: [
    {
      region: 'Kabupaten Banyuwangi',
      regionCode: '35.10',
      province: 'Jawa Timur',
      agency: 'Mall Pelayanan Publik',
      innovations: ['Mall Pelayanan Publik'],
    },
    {
      region: 'Kabupaten Banyuwangi',
      regionCode: '35.10',
      province: 'Jawa Timur',
      agency: 'RSUD Banyuwangi',
      innovations: [],
    },
  ],
  evidence: {
    program: {
      source: 'title',
      start: 0,
      end: 12,
      sentence: 'Diklatpim IV Bapelkes Semarang Benchmark ke Banyuwangi',
    },
  },
};
const base = {
  clientId: 'client-abcdef12',
  url: 'https://jatengprov.go.id/berita/1',
  text: 'Isi berita',
  title: record.title!,
  record,
};
const id = translator('id');
const en = translator('en');

describe('draft ↔ record', () => {
  it('moves the evidence of a record stored in the old shape into its loci, by innovation name', () => {
    const said = (sentence: string) => ({
      source: 'text' as const,
      start: 0,
      end: sentence.length,
      sentence,
    });
    const draft = draftFromRecord({
      ...base,
      record: {
        ...record,
        evidence: {
          ...record.evidence,
          'loci.0.agency': said('Rombongan mengunjungi Mall Pelayanan Publik.'),
          'loci.0.innovations.0': said('Mall Pelayanan Publik adalah inovasi Banyuwangi.'),
          'loci.1.region': said('RSUD Banyuwangi menerima peserta.'),
          'loci.7.agency': said('Tidak ada lokus kedelapan.'),
        },
      },
    });
    expect(Object.keys(draft.evidence)).toEqual(['program']);
    expect(draft.loci[0]!.evidence?.agency?.sentence).toBe('Rombongan mengunjungi Mall Pelayanan Publik.');
    expect(draft.loci[0]!.evidence?.innovations?.['Mall Pelayanan Publik']?.sentence).toContain(
      'adalah inovasi',
    );
    expect(draft.loci[1]!.evidence).toEqual({ region: said('RSUD Banyuwangi menerima peserta.') });
    // Saved again, the record has the new shape: no positional keys left.
    const saved = recordFromDraft({ ...draft, loci: [draft.loci[1]!] });
    expect(Object.keys(saved.evidence ?? {})).toEqual(['program']);
    expect(saved.loci[0]!.evidence?.region?.sentence).toBe('RSUD Banyuwangi menerima peserta.');
  });

  it('keeps the record’s awards when saving, though the form does not edit them', () => {
    const awards = [
      {
        kind: 'kipp' as const,
        year: 2019,
        text: 'Top 45 KIPP 2019',
        rank: 'Top 45',
        innovation: 'Sipelandukilat',
      },
    ];
    const draft = draftFromRecord({ ...base, record: { ...record, awards } });
    expect(recordFromDraft({ ...draft, organiser: 'BPSDM Provinsi Kalimantan Utara' }).awards).toEqual(
      awards,
    );
  });

  it('round-trips an extracted record unchanged', () => {
    const draft = draftFromRecord(base);
    expect(draft.hostRegion).toEqual({ name: 'Kabupaten Banyuwangi', code: '35.10', province: 'Jawa Timur' });
    expect(draft.participants).toBe('40');
    expect(recordFromDraft(draft)).toEqual(record);
  });

  it('calls blank only a record that says nothing about a visit (a context-menu quote’s)', () => {
    expect(isBlankRecord(emptyLocusRecord('Judul saja'))).toBe(true);
    expect(isBlankRecord(record)).toBe(false);
    expect(isBlankRecord({ ...emptyLocusRecord(), program: 'PKA' })).toBe(false);
    expect(isBlankRecord({ ...emptyLocusRecord(), publishedAt: '2024-05-01' })).toBe(false);
    expect(isBlankRecord({ ...emptyLocusRecord(), loci: record.loci })).toBe(false);
  });

  it('holds the publication date as a form string: blank when the page gives none, null again in the record', () => {
    const draft = draftFromRecord({ ...base, record: { ...record, publishedAt: null } });
    expect(draft.publishedAt).toBe('');
    expect(recordFromDraft(draft).publishedAt).toBeNull();
    const errors = validateDraft({ ...draft, publishedAt: '2019-13-01' }, 7, id);
    expect(errors.publishedAt).toBe('Tanggal terbit harus berupa tanggal yang valid.');
  });

  it('resolves a region the extractor named but did not code', () => {
    const draft = draftFromRecord({
      ...base,
      record: {
        ...record,
        loci: [{ region: 'Kota Bandung', regionCode: null, province: null, agency: null, innovations: [] }],
      },
    });
    expect(draft.hostRegion).toMatchObject({ code: '32.73', name: 'Kota Bandung', province: 'Jawa Barat' });
  });

  it('carries a new host region into the loci that shared the old one', () => {
    const draft = draftFromRecord({
      ...base,
      record: {
        ...record,
        loci: [
          ...record.loci,
          {
            region: 'Kota Surabaya',
            regionCode: '35.78',
            province: 'Jawa Timur',
            agency: 'Dispendukcapil',
            innovations: [],
          },
        ],
      },
    });
    const next = withHostRegion(draft, regionFromCode('35.09')!);
    expect(next.loci.map((l) => l.region.code)).toEqual(['35.09', '35.09', '35.78']);
  });

  it('makes a locus of the host region when the form has none', () => {
    const draft = {
      ...draftFromRecord({ ...base, record: { ...record, loci: [] } }),
      hostRegion: regionFromCode('35.10')!,
    };
    expect(recordFromDraft(draft).loci).toEqual([
      {
        region: 'Kabupaten Banyuwangi',
        regionCode: '35.10',
        province: 'Jawa Timur',
        agency: null,
        innovations: [],
      },
    ]);
  });

  it('builds the clip body with note, quotes and the site name', () => {
    const draft = {
      ...draftFromRecord({ ...base, siteName: 'ANTARA News' }),
      note: '  Bagus untuk PKA  ',
      quotes: ['kutipan'],
    };
    expect(clipFromDraft(draft)).toMatchObject({
      clientId: 'client-abcdef12',
      siteName: 'ANTARA News',
      note: 'Bagus untuk PKA',
      quotes: ['kutipan'],
    });
    expect(clipFromDraft(draftFromRecord(base))).not.toHaveProperty('siteName');
  });
});

describe('validateDraft', () => {
  it('accepts a complete draft', () => {
    expect(validateDraft(draftFromRecord(base), 7, id)).toEqual({});
  });

  it('says what is wrong, per field, in the user language', () => {
    const draft = {
      ...draftFromRecord(base),
      title: '  ',
      participants: 'empat puluh',
      startDate: '2019-04-03',
      endDate: '2019-04-01',
      hostRegion: { name: 'Banyuwangi Raya', code: null, province: null },
    };
    expect(validateDraft(draft, null, id)).toMatchObject({
      title: 'Judul wajib diisi.',
      participants: 'Jumlah peserta harus bilangan bulat positif.',
      endDate: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
      region: 'Pilih daerah dari daftar.',
      cohort: 'Pilih angkatan tujuan.',
    });
    expect(validateDraft(draft, null, en)).toMatchObject({
      title: 'Title is required.',
      cohort: 'Choose the target cohort.',
      region: 'Choose a region from the list.',
    });
  });

  it('flags a locus region typed but not chosen from the gazetteer', () => {
    const draft = draftFromRecord(base);
    draft.loci[1] = { ...draft.loci[1]!, region: { name: 'Banyuwangi kota', code: null, province: null } };
    expect(validateDraft(draft, 7, id)).toEqual({ 'loci.1.region': 'Pilih daerah dari daftar.' });
  });
});

describe('fieldLabelKey', () => {
  it('names the form field for a path written by the form or by the server', () => {
    expect(fieldLabelKey('participants')).toBe('field.participants');
    expect(fieldLabelKey('record.participants')).toBe('field.participants');
    expect(fieldLabelKey('loci.1.agency')).toBe('field.agency');
    expect(fieldLabelKey('record.loci.0.regionCode')).toBe('field.region');
    expect(fieldLabelKey('record.loci')).toBe('field.loci');
    expect(fieldLabelKey('record.evidence.program')).toBeUndefined();
  });
});
