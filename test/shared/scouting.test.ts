/**
 * Scouting's word tables and keys: every sector has agencies and innovations it takes (and the tables know
 * every sector), spelling variants share a key, acronyms meet their long forms; and the two public fixture
 * articles about one Banyuwangi visit, read by the extractor, group into one visit with both figures kept.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLocusRecord } from '../../shared/extract/index.ts';
import { agencyKey, agencySector, innovationKey, innovationSector } from '../../shared/scouting/classify.ts';
import { AGENCY_WORDS, INNOVATION_WORDS } from '../../shared/scouting/sector-rules.ts';
import { SECTOR_IDS, SECTOR_NAMES, type SectorId } from '../../shared/scouting/sectors.ts';
import { groupVisits, sameInstitution } from '../../worker/src/scouting/visits.ts';

/** Per sector: agencies and innovations (with their agency's sector) that belong there. */
const CASES: Record<Exclude<SectorId, 'other'>, { agencies: string[]; innovations: [string, SectorId][] }> = {
  health: {
    agencies: [
      'Dinas Kesehatan Kota Bandung',
      'Dinkes Sleman',
      'RSUD Syekh Yusuf',
      'UPTD Puskesmas Kalibaru',
    ],
    innovations: [
      ['Layad Rawat', 'other'],
      ['Posyandu Keliling', 'village'],
      ['Gerakan Cegah Stunting', 'other'],
    ],
  },
  licensing: {
    agencies: [
      'DPMPTSP Kabupaten Badung',
      'DPM-PTSP Kota Kendari',
      'Mal Pelayanan Publik Banyuwangi',
      'MPP Sidoarjo',
    ],
    innovations: [
      ['Izin Kilat', 'other'],
      ['Sicantik Cloud', 'other'],
    ],
  },
  population: {
    agencies: ['Dispendukcapil Kota Surabaya', 'Disdukcapil Gowa', 'Dinas Kependudukan dan Pencatatan Sipil'],
    innovations: [
      ['Lahir Procot Pulang Bawa Akta', 'health'],
      ['KTP Keliling', 'other'],
      ['Klampid', 'population'],
    ],
  },
  digital: {
    agencies: ['Diskominfo Kabupaten Kediri', 'Dinas Komunikasi dan Informatika Kota Madiun'],
    innovations: [
      ['e-RK', 'staff'],
      ['Lapor Online', 'other'],
      ['Command Center 112', 'other'],
    ],
  },
  planning: {
    agencies: [
      'Bappeda Kota Semarang',
      'Bappelitbangda Kabupaten Wonogiri',
      'Balitbangda Provinsi Jawa Tengah',
    ],
    innovations: [['Musrenbang Perempuan', 'other']],
  },
  staff: {
    agencies: ['BKPSDM Kabupaten Gowa', 'BKPP Kota Bandung', 'BKD Provinsi Bali'],
    innovations: [
      ['e-Kinerja ASN', 'other'],
      ['Presensi Wajah', 'other'],
    ],
  },
  finance: {
    agencies: ['Bapenda Kota Makassar', 'BPKAD Kabupaten Sleman', 'Badan Pendapatan Daerah'],
    innovations: [
      ['Pajak Keliling', 'other'],
      ['PBB Lunas', 'other'],
    ],
  },
  village: {
    agencies: [
      'Kecamatan Genteng',
      'Kelurahan Cibaduyut',
      'Desa Tembok',
      'Nagari Pariangan',
      'Distrik Sentani',
    ],
    innovations: [
      ['Smart Kampung', 'licensing'],
      ['Desa Mandiri Data', 'other'],
    ],
  },
  education: {
    agencies: ['Dinas Pendidikan Kota Blitar', 'Disdik Purwakarta', 'Dinas Perpustakaan dan Kearsipan'],
    innovations: [
      ['Sekolah Ramah Anak Jalanan', 'other'],
      ['Gerakan Literasi Desa', 'other'],
    ],
  },
  social: {
    agencies: [
      'Dinas Sosial Kota Bandung',
      'DP3A Kabupaten Sragen Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
    ],
    innovations: [
      ['Bansos Tepat Sasaran', 'other'],
      ['Rumah Ramah Disabilitas', 'other'],
    ],
  },
  environment: {
    agencies: ['Dinas Lingkungan Hidup Kota Surabaya', 'DLH Kabupaten Banyumas', 'PDAM Tirta Moedal'],
    innovations: [
      ['Bank Sampah Induk', 'other'],
      ['Jamban Sehat', 'environment'],
    ],
  },
  tourism: {
    agencies: ['Dinas Pariwisata Kabupaten Banyuwangi', 'Disbudpar Kota Solo'],
    innovations: [
      ['Banyuwangi Festival', 'other'],
      ['Desa Wisata Digital', 'other'],
    ],
  },
  economy: {
    agencies: [
      'Disperindag Kota Malang',
      'Dinas Koperasi dan UMKM',
      'Dinas Pertanian Kabupaten Jember',
      'Disnaker Kota Batam',
    ],
    innovations: [
      ['UMKM Naik Kelas', 'other'],
      ['Pasar Rakyat Online', 'other'],
    ],
  },
};

describe('sectors', () => {
  it('has a name in both languages and word tables for every sector but "other"', () => {
    for (const sector of SECTOR_IDS) {
      expect(SECTOR_NAMES[sector].id).toBeTruthy();
      expect(SECTOR_NAMES[sector].en).toBeTruthy();
      if (sector === 'other') continue;
      expect(AGENCY_WORDS[sector]?.length, sector).toBeGreaterThan(0);
    }
    expect(Object.keys(INNOVATION_WORDS).every((sector) => SECTOR_IDS.includes(sector as SectorId))).toBe(
      true,
    );
  });

  describe.each(Object.entries(CASES))('%s', (sector, { agencies, innovations }) => {
    it.each(agencies)('takes the agency %s', (agency) => {
      expect(agencySector(agency)).toBe(sector);
    });
    it.each(innovations)('takes the innovation %s (agency sector %s)', (name, agency) => {
      expect(innovationSector(name, agency)).toBe(sector);
    });
  });

  it('puts what no table knows under "other", and an innovation with no words of its own under its agency', () => {
    expect(agencySector('Sekretariat DPRD')).toBe('other');
    expect(agencySector(null)).toBe('other');
    expect(innovationSector('Sipelandukilat', 'finance')).toBe('finance');
    expect(innovationSector('Sipelandukilat', 'other')).toBe('other');
  });
});

describe('keys', () => {
  it('merges the spellings of one innovation, within its region', () => {
    const keys = [
      'Smart Kampung',
      'Smart-Kampung',
      'smart kampung Banyuwangi',
      'Inovasi Smart Kampung',
      'SMART KAMPUNG',
    ].map((name) => innovationKey(name, 'Kabupaten Banyuwangi'));
    expect(new Set(keys)).toEqual(new Set(['smartkampung']));
    expect(innovationKey('e-RK')).toBe(innovationKey('eRK'));
    expect(innovationKey('Layad Rawat')).not.toBe(innovationKey('Layanan Rawat'));
    expect(innovationKey('Program', 'Kota Bandung')).toBe('program');
  });

  it('meets an agency acronym with its long form and drops the region and place words', () => {
    expect(agencyKey('Dinkes Kota Bandung', 'Kota Bandung')).toBe(
      agencyKey('Dinas Kesehatan', 'Kota Bandung'),
    );
    expect(agencyKey('MPP Banyuwangi', 'Kabupaten Banyuwangi')).toBe(
      agencyKey('Mal Pelayanan Publik', 'Kabupaten Banyuwangi'),
    );
    expect(agencyKey('Dispendukcapil', 'Kota Surabaya')).toBe(
      agencyKey('Disdukcapil Kota Surabaya', 'Kota Surabaya'),
    );
    expect(agencyKey('Dinas Kesehatan')).not.toBe(agencyKey('Dinas Pendidikan'));
  });
});

describe('visits from articles', () => {
  it('knows an institution by its acronym or its long name, and tells two apart', () => {
    expect(sameInstitution('Bapelkes Semarang', 'Balai Pelatihan Kesehatan Semarang')).toBe(true);
    expect(sameInstitution('BPSDM Jatim', 'BPSDM Provinsi Jawa Timur')).toBe(true);
    expect(sameInstitution('BPSDM Provinsi Jawa Timur', 'BPSDM Provinsi Jawa Tengah')).toBe(false);
    expect(sameInstitution('Bapelkes Semarang', 'Bapelkes Batam')).toBe(false);
  });

  it('groups the two fixture articles of one Banyuwangi visit, keeping 28 and 40 participants with their sources', () => {
    const dir = path.resolve(import.meta.dirname, '../../../shared/fixtures/articles');
    const read = (name: string, id: number) => {
      const [title = '', ...body] = readFileSync(path.join(dir, `${name}.txt`), 'utf8').split('\n');
      const record = extractLocusRecord({ title, text: body.join('\n'), url: null });
      return { id, title, url: `https://example.id/${id}`, cohortSlug: 'x', record };
    };
    const visits = groupVisits([read('000_a93199a72369a96d', 1), read('001_5cfa8ae548e3a5be', 2)]);
    expect(visits).toHaveLength(1);
    expect(visits[0]!.articles.map((article) => article.id).sort()).toEqual([1, 2]);
    expect(visits[0]!.participants).toEqual([
      { value: 28, clipIds: [1] },
      { value: 40, clipIds: [2] },
    ]);
  });
});
