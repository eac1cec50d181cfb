/**
 * The award stage: sentences written for these tests, in the language's variety of regions, awards,
 * names and spellings.
 */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { extractAwards } from '../../shared/extract/awards/index.ts';
import { extractLocusRecord } from '../../shared/extract/index.ts';
import { prepareSource } from '../../shared/extract/text.ts';
import { AwardSchema } from '../../shared/schema/locus-record.ts';

const awards = (text: string, title = '') =>
  extractAwards(prepareSource(title, text)).map(({ kind, year, rank, innovation, text: said }) => ({
    kind,
    year,
    rank,
    innovation,
    text: said,
  }));

describe('extractAwards: the kinds', () => {
  it('reads a KIPP ranking with its year, rank and innovation', () => {
    expect(
      awards('Inovasi Sapa Lansia milik Dinas Sosial Kabupaten Kebumen masuk Top 45 KIPP 2023.'),
    ).toEqual([
      { kind: 'kipp', year: 2023, rank: 'Top 45', innovation: 'Sapa Lansia', text: 'Top 45 KIPP 2023' },
    ]);
    expect(
      awards(
        'Kota Palu berhasil meraih Top 99 Kompetisi Inovasi Pelayanan Publik (KIPP) Tahun 2022 melalui inovasi e-Kelurahan.',
      ),
    ).toEqual([
      {
        kind: 'kipp',
        year: 2022,
        rank: 'Top 99',
        innovation: 'e-Kelurahan',
        text: 'Top 99 Kompetisi Inovasi Pelayanan Publik (KIPP) Tahun 2022',
      },
    ]);
  });

  it('reads the Innovative Government Award with its category', () => {
    expect(
      awards('Pemkab Bojonegoro menerima Innovative Government Award (IGA) 2022 kategori Kabupaten.'),
    ).toEqual([
      {
        kind: 'iga',
        year: 2022,
        rank: 'Kategori Kabupaten',
        innovation: null,
        text: 'Innovative Government Award (IGA) 2022 kategori Kabupaten',
      },
    ]);
  });

  it('reads a region named the most innovative, as the title the award gave', () => {
    expect(
      awards('Pemkot Padang Panjang Raih Penghargaan Kota Terinovatif dari Kemendagri', ''),
    ).toMatchObject([{ kind: 'terinovatif', rank: 'Kota Terinovatif', text: 'Kota Terinovatif' }]);
    // One award where the title and the award that gave it share a sentence.
    expect(
      awards(
        'Kabupaten Banyumas dinobatkan sebagai kabupaten terinovatif dalam Innovative Government Award 2021.',
      ),
    ).toMatchObject([{ kind: 'terinovatif', rank: 'Kabupaten Terinovatif', year: 2021 }]);
  });

  it('reads a contest a province holds as provincial, other named awards as other', () => {
    expect(
      awards('Kabupaten Tabalong meraih Juara I Lomba Inovasi Daerah Provinsi Kalimantan Selatan 2023.'),
    ).toMatchObject([{ kind: 'provincial', year: 2023, rank: 'Juara I' }]);
    expect(
      awards('Puskesmas Bangli menjadi juara kedua Kompetisi Inovasi Pelayanan Publik tingkat provinsi.'),
    ).toMatchObject([{ kind: 'provincial', rank: 'Juara II' }]);
    expect(
      awards(
        'Pemerintah Provinsi Jambi mengumumkan Juara Umum Lomba Inovasi Daerah, yakni Kota Sungai Penuh.',
      ),
    ).toMatchObject([{ kind: 'provincial', rank: 'Juara Umum' }]);
    expect(awards('RSUD Sleman meraih Public Service of The Year 2019.')).toMatchObject([
      { kind: 'other', year: 2019 },
    ]);
  });
});

describe('extractAwards: only what was won', () => {
  it.each([
    ['Tahun depan Pemkab Lebak akan mengikuti KIPP 2025 dengan tiga inovasi.'],
    ['Para pemenang berhak mewakili Sumatera Barat dalam Kompetisi Inovasi Pelayanan Publik nasional.'],
    ['Pemkot Blitar menargetkan masuk Top 45 KIPP tahun ini.'],
    ['Anugerah Innovative Government Award tersebut diikuti 500 pemerintah daerah.'],
    ['“Sebagai salah satu kabupaten terinovatif, kami terus berbenah,” kata Bupati Sumba Barat.'],
    ['Kota Tidore dikenal banyak meraih penghargaan inovasi tingkat nasional.'],
    ['Peserta mempelajari penyusunan proposal KIPP di aula BPSDM.'],
  ])('%s', (text) => expect(awards(text)).toEqual([]));
});

describe('extractAwards: one award told in several sentences', () => {
  it('merges the headline and the body, and takes the innovation a later sentence ranks', () => {
    const found = awards(
      [
        'Salah satu inovasi Pemkab Pesisir Selatan masuk Top 99 KIPP 2024.',
        'Dari 12 usulan, inovasi “Nagari Siaga Gizi” masuk 99 inovasi terbaik nasional.',
      ].join('\n'),
      'Pesisir Selatan Raih Top 99 KIPP 2024',
    );
    expect(found).toEqual([
      {
        kind: 'kipp',
        year: 2024,
        rank: 'Top 99',
        innovation: 'Nagari Siaga Gizi',
        text: 'Top 99 KIPP 2024',
      },
    ]);
  });

  it('keeps two rankings of one contest apart', () => {
    expect(
      awards(
        'Inovasi Griya Lansia Kota Probolinggo masuk Top 99 KIPP 2019. Setelah presentasi, inovasi itu masuk Top 45 KIPP 2019.',
      ).map((a) => a.rank),
    ).toEqual(['Top 99', 'Top 45']);
  });
});

describe('awards on the record', () => {
  it('carries them with evidence, valid under the schema', () => {
    const record = extractLocusRecord({
      title: 'Kabupaten Gresik Raih Top 45 KIPP 2022',
      text: 'Inovasi Sipadu milik Dinas Kesehatan Kabupaten Gresik masuk Top 45 KIPP 2022.',
    });
    expect(record.awards).toHaveLength(1);
    for (const award of record.awards!) expect(v.safeParse(AwardSchema, award).success).toBe(true);
    expect(record.awards![0]!.evidence?.source).toBe('title');
  });

  it('is empty on a page naming no award', () => {
    expect(
      extractLocusRecord({ title: 'Peserta PKA ke Kota Batu', text: 'Peserta PKA berkunjung ke Kota Batu.' })
        .awards,
    ).toEqual([]);
  });
});
