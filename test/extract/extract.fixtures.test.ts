/**
 * The gates: every public fixture article through `extractLocusRecord`, scored by the shared
 * evaluation script exactly as the hidden set is scored (micro-F1 ≥ 0.95), and the sets written blind
 * to the extractor, test/fixtures/heldout and blind2–blind5 (micro-F1 ≥ 0.85 each), so
 * regressions show.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { extractLocusRecord, readArticle } from '../../shared/extract/index.ts';
import { LocusRecordSchema } from '../../shared/schema/locus-record.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const articles = path.resolve(repoRoot, '../shared/fixtures/articles');
const scorer = path.resolve(repoRoot, '../shared/eval/score.mjs');
const blindSets = ['heldout', 'blind2', 'blind3', 'blind4', 'blind5'].map((name) =>
  path.join(repoRoot, 'test/fixtures', name),
);
const articleNames = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
const names = articleNames(articles);
const predictions = mkdtempSync(path.join(tmpdir(), 'lokus-pred-'));

/** Runs every article of `dir` through the extractor into a fresh folder and returns the scorer's report. */
function score(dir: string): { articles: number; micro: number; report: string } {
  const out = mkdtempSync(path.join(tmpdir(), 'lokus-heldout-'));
  for (const name of articleNames(dir)) {
    const [title = '', ...body] = readFileSync(path.join(dir, `${name}.txt`), 'utf8').split('\n');
    const { record, context } = readArticle({ title, text: body.join('\n') });
    expect(context.failures, name).toEqual([]);
    writeFileSync(path.join(out, `${name}.json`), JSON.stringify(record));
  }
  const report = execFileSync(process.execPath, [scorer, dir, out], { encoding: 'utf8' });
  const micro = /micro-F1 over (\d+) articles: ([\d.]+)/.exec(report);
  return { articles: Number(micro?.[1] ?? 0), micro: Number(micro?.[2] ?? 0), report };
}

describe('fixture articles', () => {
  it.each(names)('%s yields a valid record with evidence for what it found', (name) => {
    const [title = '', ...body] = readFileSync(path.join(articles, `${name}.txt`), 'utf8').split('\n');
    const { record, context } = readArticle({ title, text: body.join('\n') });
    // A stage that throws leaves its fields empty in the record and a note in the debug log.
    expect(context.failures).toEqual([]);
    v.parse(LocusRecordSchema, record);
    for (const field of ['program', 'organiser', 'participants', 'startDate'] as const) {
      if (record[field] !== null) expect(record.evidence, field).toHaveProperty(field);
    }
    const gold = JSON.parse(readFileSync(path.join(articles, `${name}.json`), 'utf8'));
    expect(Object.keys(record).sort()).toEqual([...Object.keys(gold), 'awards', 'evidence'].sort());
    writeFileSync(path.join(predictions, `${name}.json`), JSON.stringify(record));
  });

  it('scores micro-F1 ≥ 0.95 with ../shared/eval/score.mjs', () => {
    const report = execFileSync(process.execPath, [scorer, articles, predictions], { encoding: 'utf8' });
    const micro = /micro-F1 over (\d+) articles: ([\d.]+)/.exec(report);
    expect(micro, report).not.toBeNull();
    expect(Number(micro![1])).toBe(names.length);
    expect(report).not.toMatch(/no readable prediction/);
    expect(Number(micro![2]), report).toBeGreaterThanOrEqual(0.95);
  });
});

describe('articles written blind to the extractor', () => {
  it.each(blindSets)('scores micro-F1 ≥ 0.85 on %s', (dir) => {
    const { articles: scored, micro, report } = score(dir);
    expect(scored, report).toBe(articleNames(dir).length);
    expect(scored).toBeGreaterThanOrEqual(10);
    expect(report).not.toMatch(/no readable prediction/);
    expect(micro, report).toBeGreaterThanOrEqual(0.85);
  });
});

describe('composition', () => {
  it('gives an award page and a training’s opening no visit dates; the award’s agency is a locus', () => {
    const award = extractLocusRecord({
      title: 'Aplikasi Antrean Puskesmas Kota Malang Raih Penghargaan Nasional',
      text:
        'Kamis, 4 Mei 2023 | 10:15 WIB\n' +
        'Aplikasi antrean daring milik Dinas Kesehatan Kota Malang meraih penghargaan di Jakarta, Rabu (3/5/2023).\n' +
        'Inovasi ini kerap menjadi contoh bagi pemerintah daerah lain, termasuk peserta pelatihan kepemimpinan dari berbagai provinsi.',
    });
    expect(award).toMatchObject({ publishedAt: '2023-05-04', program: null, startDate: null });
    // An agency's news about its own innovation still names a locus: the agency where the innovation lives.
    expect(award.loci.map((l) => l.agency)).toContain('Dinas Kesehatan Kota Malang');

    const opening = extractLocusRecord({
      title: 'Kepala BPSDM Buka Pelatihan Kepemimpinan Administrator Angkatan II',
      text:
        'Selasa, 9 Mei 2023 | Dibaca: 120 kali\n' +
        'Kendari – BPSDM Provinsi Sulawesi Tenggara membuka PKA Angkatan II, Selasa (9/5/2023), di aula kampus.\n' +
        'Peserta berasal dari Kabupaten Kolaka, Kabupaten Muna dan Kota Kendari. Selama pelatihan peserta akan melaksanakan studi lapangan ke daerah lain.\n' +
        'Berita Lainnya:\n- Studi Lapangan PKP Angkatan I ke Kabupaten Wakatobi',
    });
    expect(opening).toMatchObject({ program: 'PKA', publishedAt: '2023-05-09', startDate: null, loci: [] });
  });

  it('gives a visit outside any leadership training no training fields or visit dates, but its loci', () => {
    const council = extractLocusRecord({
      title: 'Wali Kota Probolinggo Terima Kunjungan Kerja DPRD Kabupaten Lumajang',
      text:
        'Rabu, 8 November 2023 | 11:20 WIB\n' +
        'Wali Kota Probolinggo menerima kunjungan kerja Komisi B DPRD Kabupaten Lumajang, Selasa (7/11/2023).\n' +
        'Kunjungan itu dalam rangka studi banding tentang pengelolaan parkir dan retribusi pasar.\n' +
        'Rombongan kemudian meninjau Pasar Baru dan Dinas Perhubungan Kota Probolinggo.',
    });
    expect(council).toMatchObject({ publishedAt: '2023-11-08', program: null, startDate: null });
    // Another delegation's studi banding: the host is a locus, the council's own regency is not.
    expect(council.loci.map((l) => l.region)).toEqual(['Kota Probolinggo']);

    // The same visit made by a training's cohort is one.
    const cohort = extractLocusRecord({
      title: 'Peserta PKP Kabupaten Lumajang Studi Lapangan ke Kota Probolinggo',
      text:
        'Rabu, 8 November 2023 | 11:20 WIB\n' +
        'Wali Kota Probolinggo menerima kunjungan peserta PKP Angkatan III Kabupaten Lumajang, Selasa (7/11/2023).\n' +
        'Rombongan kemudian meninjau Pasar Baru dan Dinas Perhubungan Kota Probolinggo.',
    });
    expect(cohort).toMatchObject({ program: 'PKP', startDate: '2023-11-07' });
    expect(cohort.loci.map((l) => l.region)).toContain('Kota Probolinggo');
  });

  it('keeps a visit whose training is named without a program label', () => {
    const record = extractLocusRecord({
      title: 'Peserta Pendidikan Kepemimpinan Sespimmen Studi Banding ke Kota Probolinggo',
      text: 'Rombongan peserta studi banding tiba di Kota Probolinggo, Selasa (7/11/2023), dan diterima Wali Kota.',
    });
    expect(record).toMatchObject({ program: null, startDate: '2023-11-07' });
    expect(record.loci.map((l) => l.region)).toContain('Kota Probolinggo');
  });

  it('reads no training or visit dates from a remark about a past or habitual training', () => {
    // An office's own benchmarking trip; its head once went through a leadership training.
    const ownTrip = extractLocusRecord({
      title: 'Tim Dinas Perpustakaan Kabupaten Sikka Studi Banding ke Perpustakaan Kota Malang',
      text:
        'Jumat, 21 Juli 2023 | 09:00 WITA\n' +
        'MAUMERE – Tim Dinas Perpustakaan Kabupaten Sikka melakukan studi banding ke Kota Malang, Rabu-Kamis (19-20/7).\n' +
        'Kepala Dinas, Yohanes Bata, yang dua tahun lalu baru menyelesaikan Pelatihan Kepemimpinan Administrator di BPSDM Provinsi NTT, mengatakan timnya ingin meniru layanan perpustakaan keliling.\n' +
        'Rombongan diterima Kepala Dinas Perpustakaan Kota Malang.',
    });
    expect(ownTrip).toMatchObject({ program: null, organiser: null, startDate: null, endDate: null });
    expect(ownTrip.loci.map((l) => l.region)).toEqual(['Kota Malang']);

    // News of an award that says, in passing, that trainees often visit the winners.
    const award = extractLocusRecord({
      title: 'Pemprov Umumkan Pemenang Lomba Inovasi Pelayanan Publik 2023',
      text:
        'Selasa, 14 November 2023 | 15:00 WIB\n' +
        'Pemerintah Provinsi Jawa Timur mengumumkan pemenang lomba inovasi pelayanan publik, Selasa (14/11/2023).\n' +
        'Juara pertama diraih Kabupaten Lamongan dengan inovasi "Sapa Warga", disusul Kota Kediri.\n' +
        'Daerah pemenang kerap menjadi tujuan studi lapangan peserta PKA dan PKP dari provinsi lain.',
    });
    expect(award).toMatchObject({ publishedAt: '2023-11-14', program: null, startDate: null });
    // The winner named with its innovation is the locus; the province announcing the prize is not.
    expect(award.loci.map((l) => [l.region, l.innovations])).toEqual([
      ['Kabupaten Lamongan', ['Sapa Warga']],
    ]);
  });

  it('does not read the training from a related-news line', () => {
    const record = extractLocusRecord({
      title: 'Bupati Ngawi Terima Studi Banding DPRD Kabupaten Magetan',
      text:
        'Anggota DPRD Kabupaten Magetan melakukan studi banding ke Kabupaten Ngawi, Kamis (9/11/2023).\n' +
        'Baca juga: Peserta Diklatpim IV Angkatan II Kunjungi Kabupaten Ngawi\n' +
        'Rombongan diterima Bupati Ngawi di pendopo.',
    });
    expect(record).toMatchObject({ program: null, startDate: null });
    expect(record.loci.map((l) => l.region)).toEqual(['Kabupaten Ngawi']);
  });

  it('gives a leadership course of pupils, with its count, days and host, no training, visit or loci', () => {
    const school = extractLocusRecord({
      title: 'Pengurus OSIS SMP Negeri 4 Kupang Belajar Disiplin di Markas Brimob',
      text:
        'Senin, 9 Oktober 2023\n' +
        'KUPANG – Sebanyak 42 siswa pengurus OSIS SMP Negeri 4 Kupang mengikuti latihan dasar kepemimpinan siswa (LDKS) pada 5-7 Oktober 2023.\n' +
        'Dalam rangkaian kegiatan itu para siswa melakukan kunjungan belajar ke Markas Brimob di Kota Kupang, Sabtu (7/10).\n' +
        'Wakil kepala sekolah mengatakan studi lapangan ini melatih kepemimpinan dan kedisiplinan peserta.',
    });
    expect(school).toMatchObject({
      publishedAt: '2023-10-09',
      program: null,
      cohortLabel: null,
      organiser: null,
      participants: null,
      startDate: null,
      endDate: null,
      loci: [],
    });
  });

  it('gives a council’s benchmarking trip no visit, whatever training its page mentions in passing', () => {
    const council = extractLocusRecord({
      title: 'Belajar Tata Kelola Sampah, Pansus DPRD Kota Bima Benchmarking ke Kabupaten Banyumas',
      text:
        'Rabu, 15 Maret 2023 | 09:10 WIB\n' +
        'Panitia Khusus DPRD Kota Bima melakukan kunjungan kerja dan benchmarking ke Kabupaten Banyumas, Selasa (14/3/2023).\n' +
        'Sebanyak 9 anggota dewan mempelajari best practice pengelolaan sampah berbasis desa.\n' +
        'Dinas Lingkungan Hidup Banyumas juga rutin menggelar pelatihan pemilahan sampah bagi warga.\n' +
        'Lihat Juga: Wali Kota Bima Buka Pelatihan Kepemimpinan Pengawas Angkatan III\n' +
        'Bupati Banyumas Tinjau Jembatan Putus',
    });
    expect(council).toMatchObject({ program: null, cohortLabel: null, participants: null, startDate: null });
    expect(council.loci.map((l) => l.region)).toEqual(['Kabupaten Banyumas']);
  });

  it('gives a firm’s staff trip no visit and no loci', () => {
    const firm = extractLocusRecord({
      title: 'Karyawan PT Semen Tonasa Studi Banding Kepemimpinan ke Pabrik Gresik',
      text:
        'Sebanyak 25 karyawan perusahaan mengikuti program pelatihan kepemimpinan dan studi banding ke Kabupaten Gresik, Kamis (2/2/2023).\n' +
        'Rombongan diterima manajer pabrik.',
    });
    expect(firm).toMatchObject({ program: null, participants: null, startDate: null, loci: [] });
  });

  it.each([
    ['Peserta PKP Angkatan II melaksanakan study tour ke Kota Batu, Selasa (6/6/2023).'],
    ['Rombongan peserta Latsar CPNS disambut Wali Kota Batu, Selasa (6/6/2023).'],
    ['Peserta Diklatpim IV menyambangi Pemerintah Kota Batu, Selasa (6/6/2023).'],
  ])('reads a visit told as "%s"', (text) => {
    const record = extractLocusRecord({ title: 'Peserta Pelatihan di Kota Batu', text });
    expect(record.startDate).toBe('2023-06-06');
    expect(record.loci.map((l) => l.region)).toContain('Kota Batu');
  });

  it('still reads a visit told without the usual visit words in the headline', () => {
    const record = extractLocusRecord({
      title: 'Peserta PKA Angkatan III Tahun 2023 di Kota Batu',
      text: 'BATU (7/6) – Rombongan peserta PKA tiba di Balai Kota Among Tani dan diterima Wali Kota Batu, Rabu.',
    });
    expect(record).toMatchObject({ publishedAt: '2023-06-07', startDate: '2023-06-07' });
    expect(record.loci.map((l) => l.region)).toContain('Kota Batu');
  });

  it('keeps the organiser and its home region out of the loci', () => {
    const record = extractLocusRecord({
      title: 'Studi Tiru Latsar CPNS Kota Madiun ke Kabupaten Banyuwangi',
      text:
        'Peserta Pelatihan Dasar CPNS yang diselenggarakan BKPSDM Kota Madiun melakukan studi tiru ke Kabupaten Banyuwangi pada 21-23 Agustus 2022.\n' +
        'Peserta mengunjungi Dinas Kependudukan dan Pencatatan Sipil Banyuwangi serta Puskesmas Sobo.\n' +
        'Kepala BKPSDM Kota Madiun mengatakan inovasi Kota Madiun juga banyak.',
    });
    expect(record.organiser).toBe('BKPSDM Kota Madiun');
    expect(record.loci.map((l) => l.region)).not.toContain('Kota Madiun');
    expect(record.loci.map((l) => l.agency)).not.toContain('BKPSDM Kota Madiun');
  });

  it('gives a page about no visit no loci, and keeps the headline', () => {
    const record = extractLocusRecord({
      title: 'Cuaca cerah di Jakarta',
      text: 'Hujan ringan diperkirakan turun di Jakarta dan Bogor pada sore hari.',
    });
    expect(record).toMatchObject({ title: 'Cuaca cerah di Jakarta', program: null, loci: [] });
  });

  it('uses the page date only when the text gives none', () => {
    const page = {
      title: 'Peserta PKA tiba',
      text: 'Peserta PKA tiba di Kota Batu.',
      publishedAt: '2023-06-22',
    };
    expect(extractLocusRecord(page).publishedAt).toBe('2023-06-22');
    expect(extractLocusRecord({ ...page, text: `Senin, 19 Juni 2023\n${page.text}` }).publishedAt).toBe(
      '2023-06-19',
    );
  });
});
