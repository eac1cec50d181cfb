import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prepareSource } from '../../shared/extract/text.ts';
import { extractLoci } from '../../shared/extract/loci/index.ts';
import { LocusSchema } from '../../shared/schema/locus-record.ts';
import * as v from 'valibot';

const loci = (title: string, body: string) =>
  extractLoci(prepareSource(title, body)).loci.map((l) => [l.region, l.agency, l.innovations]);

describe('extractLoci', () => {
  it('makes one locus per host agency, with its innovations and region', () => {
    const { loci: found } = extractLoci(
      prepareSource(
        'Peserta PKA BPSDM Provinsi Jawa Timur Studi Lapangan ke Kabupaten Sumedang',
        [
          'SURABAYA – Sebanyak 40 peserta Pelatihan Kepemimpinan Administrator BPSDM Provinsi Jawa Timur melakukan studi lapangan ke Kabupaten Sumedang.',
          'Rombongan diterima Bupati Sumedang di Gedung Negara.',
          'Ada tiga lokus yang dikunjungi, yaitu Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil), Badan Pendapatan Daerah dan Kecamatan Jatinangor.',
          'Lokus Disdukcapil memiliki inovasi Simpati Nikah dan Jemput Bola Akta.',
          'Di Kecamatan Jatinangor, peserta melihat aplikasi Sadayana Online.',
        ].join('\n'),
      ),
    );
    expect(found.map((l) => [l.region, l.regionCode, l.province, l.agency, l.innovations])).toEqual([
      [
        'Kabupaten Sumedang',
        '32.11',
        'Jawa Barat',
        'Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)',
        ['Simpati Nikah', 'Jemput Bola Akta'],
      ],
      ['Kabupaten Sumedang', '32.11', 'Jawa Barat', 'Badan Pendapatan Daerah', []],
      ['Kabupaten Sumedang', '32.11', 'Jawa Barat', 'Kecamatan Jatinangor', ['Sadayana Online']],
    ]);
    // Each locus carries its own evidence, innovations keyed by name.
    expect(found[0]!.evidence?.agency?.sentence).toContain('tiga lokus');
    expect(found[0]!.evidence?.innovations?.['Jemput Bola Akta']?.sentence).toContain('Jemput Bola Akta');
    expect(found[2]!.evidence?.innovations?.['Sadayana Online']?.sentence).toMatch(
      /^Di Kecamatan Jatinangor/,
    );
    expect(found[2]!.evidence?.region?.sentence.length).toBeGreaterThan(0);
    for (const locus of found) expect(v.is(LocusSchema, locus)).toBe(true);
  });

  it('gives list items the region named at the end of the list, for two host regions', () => {
    expect(
      loci(
        'Diklatpim III ke Kota Malang dan Kabupaten Malang',
        'Angkatan I mengunjungi Dinas Perdagangan dan Dinas Koperasi Kota Malang. Angkatan II mengunjungi Dinas Pertanian dan Dinas Pariwisata Kabupaten Malang. Pemkot Malang dan Pemkab Malang menyambut baik kedatangan peserta.',
      ),
    ).toEqual([
      ['Kota Malang', 'Dinas Perdagangan', []],
      ['Kota Malang', 'Dinas Koperasi Kota Malang', []],
      ['Kabupaten Malang', 'Dinas Pertanian', []],
      ['Kabupaten Malang', 'Dinas Pariwisata Kabupaten Malang', []],
    ]);
  });

  it('reads bulleted loci after a colon that follows the word "lokus"', () => {
    expect(
      loci(
        'Studi Lapangan PKA ke Kabupaten Klaten',
        [
          'Peserta PKA berkunjung ke Kabupaten Klaten dan dibagi ke dalam tiga lokus:',
          '• Dinas Sosial Kabupaten Klaten — inovasi Sapa Lansia;',
          '- Puskesmas Wedi dengan program "Bumil Sehat". Programnya sudah berjalan lima tahun;',
          '• Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Klaten.',
        ].join('\n'),
      ).map(([, agency]) => agency),
    ).toEqual([
      'Dinas Sosial Kabupaten Klaten',
      'Puskesmas Wedi',
      'Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Klaten',
    ]);
  });

  it('goes on with a list of visited units after each unit’s own clause', () => {
    expect(
      loci(
        'Diklatpim IV ke Kabupaten Pati',
        'Peserta diklat mengunjungi Dinas Perhubungan Kabupaten Pati yang mengelola terminal, Puskesmas Juwana dengan layanan ambulans desa, serta Kampung Batik Bakaran yang menjadi sentra UMKM.',
      ).map(([, agency]) => agency),
    ).toEqual(['Dinas Perhubungan Kabupaten Pati', 'Puskesmas Juwana', 'Kampung Batik Bakaran']);
  });

  it('keeps a quoted innovation named after the unit’s own acronym', () => {
    expect(
      loci(
        'Latsar CPNS ke Kota Kendari',
        'Peserta Latsar CPNS mengunjungi Badan Pendapatan Daerah (Bapenda) Kota Kendari. Kelompok dua belajar di Bapenda Kota Kendari dengan inovasi "Bapenda Keliling" yang mendatangi wajib pajak.',
      ),
    ).toEqual([['Kota Kendari', 'Badan Pendapatan Daerah (Bapenda) Kota Kendari', ['Bapenda Keliling']]]);
  });

  it('takes a nickname two regions bear for the one the article names', () => {
    expect(
      loci(
        'Peserta PKP Belajar ke Kota Tahu',
        'Peserta PKP angkatan III berkunjung ke Kota Tahu. Rombongan diterima Wali Kota Kediri di balai kota.',
      ),
    ).toEqual([['Kota Kediri', null, []]]);
  });

  it('yields one locus without agency when only the region is known', () => {
    expect(
      loci(
        'Benchmarking ke Kota Kembang',
        'Peserta diklat berkunjung ke Kota Bandung dan diterima Wali Kota Bandung.',
      ),
    ).toEqual([['Kota Bandung', null, []]]);
  });

  it('counts an agency named twice, or by its acronym, once', () => {
    expect(
      loci(
        'Studi Tiru ke Kabupaten Kudus',
        'Peserta studi tiru mengunjungi Mal Pelayanan Publik (MPP) Kabupaten Kudus. Di MPP peserta melihat layanan. Mall Pelayanan Publik Kabupaten Kudus buka sejak 2020.',
      ).map((l) => l[1]),
    ).toEqual(['Mal Pelayanan Publik Kabupaten Kudus']);
  });

  it('merges a unit named again without its region, and gives it the innovation of its sentence', () => {
    expect(
      loci(
        'Peserta PKP ke Pemprov DIY',
        'Peserta PKP BPSDM Provinsi Jawa Tengah studi lapangan ke Pemda DIY. Lokus yang dikunjungi yaitu Dinas Kesehatan DIY dan Dinas Pariwisata DIY. Di Dinas Kesehatan, peserta mempelajari inovasi Jogja Sehat Bersama.',
      ),
    ).toEqual([
      ['Provinsi Daerah Istimewa Yogyakarta', 'Dinas Kesehatan DIY', ['Jogja Sehat Bersama']],
      ['Provinsi Daerah Istimewa Yogyakarta', 'Dinas Pariwisata DIY', []],
    ]);
  });

  it('merges a short form named again: initials, or the same words with some left out', () => {
    expect(
      loci(
        'Studi Lapangan ke Kota Cilegon',
        'Peserta studi lapangan ke Mal Pelayanan Publik Kota Cilegon dan Perumda Air Bersih Tirta Krakatau. Di MPP, peserta melihat antrean. Di Perumda Tirta Krakatau, peserta mempelajari program Sambung Cepat.',
      ),
    ).toEqual([
      ['Kota Cilegon', 'Mal Pelayanan Publik Kota Cilegon', []],
      ['Kota Cilegon', 'Perumda Air Bersih Tirta Krakatau', ['Sambung Cepat']],
    ]);
  });

  it('makes a Mal Pelayanan Publik an innovation only where the article presents it as one', () => {
    const body = (presented: string) =>
      loci(
        'Benchmarking ke Kota Cilegon',
        `Peserta benchmarking ke Mal Pelayanan Publik Kota Cilegon. ${presented}`,
      );
    expect(body('Peserta melihat antrean.')[0][2]).toEqual([]);
    expect(body('Peserta mempelajari inovasi di Mal Pelayanan Publik itu.')[0][2]).toEqual([
      'Mal Pelayanan Publik Kota Cilegon',
    ]);
  });

  it('reads a numbered list of loci after "yaitu:", one item a line', () => {
    expect(
      loci(
        'Studi Lapangan ke Kota Cilegon',
        'Peserta studi lapangan ke Kota Cilegon. Lokus yang dikunjungi yaitu:\n1. Dinas Perhubungan;\n2. Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Kota Cilegon, dengan inovasi Si Kasda.\nPeserta lalu berdiskusi.',
      ),
    ).toEqual([
      ['Kota Cilegon', 'Dinas Perhubungan', []],
      ['Kota Cilegon', 'Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Kota Cilegon', ['Si Kasda']],
    ]);
  });

  it('makes the unit whose head receives the group and presents its programme a locus', () => {
    const article = (presents: string) =>
      loci(
        'Peserta PKP Studi Lapangan ke Kabupaten Klaten',
        `Peserta PKP studi lapangan ke Kabupaten Klaten. Rombongan diterima oleh Kepala Dinas Sosial Kabupaten Klaten di aula. ${presents}`,
      );
    expect(
      article('Dalam paparannya ia menjelaskan program unggulan Dinsos yaitu "Gerakan Peduli Lansia".'),
    ).toEqual([['Kabupaten Klaten', 'Dinas Sosial Kabupaten Klaten', ['Gerakan Peduli Lansia']]]);
    expect(article('Ia berharap peserta betah.')).toEqual([['Kabupaten Klaten', null, []]]);
  });

  it('names a unit as the article writes it, long form and acronym, without adding the host', () => {
    const agencies = (title: string, body: string) => loci(title, body).map(([, agency]) => agency);
    expect(
      agencies(
        'Diklatpim IV ke Provinsi Bali',
        'Peserta diklat berkunjung ke Provinsi Bali dan mengunjungi Badan Pendapatan Daerah (Bapenda).',
      ),
    ).toEqual(['Badan Pendapatan Daerah (Bapenda)']);
    expect(
      agencies(
        'PKP ke Kabupaten Klaten',
        'Peserta pelatihan mengunjungi Dinas Komunikasi dan Informatika (Diskominfo) di Kabupaten Klaten.',
      ),
    ).toEqual(['Dinas Komunikasi dan Informatika (Diskominfo)']);
  });

  it('reads the article’s own acronym of a unit wherever it recurs', () => {
    expect(
      loci(
        'Benchmarking ke Kota Probolinggo',
        'Peserta benchmarking ke Kota Probolinggo. Lokus yang dikunjungi yaitu Badan Perencanaan Pembangunan Kota (Bapeko) dan Puskesmas Jati. Di Bapeko peserta mempelajari sistem e-Musrenbang.',
      ),
    ).toEqual([
      ['Kota Probolinggo', 'Badan Perencanaan Pembangunan Kota (Bapeko)', ['e-Musrenbang']],
      ['Kota Probolinggo', 'Puskesmas Jati', []],
    ]);
  });

  it('gives what a unit manages or shows to the unit, not to a locus without agency', () => {
    expect(
      loci(
        'Studi Lapangan ke Kabupaten Sinjai',
        'Peserta dibagi ke dua lokus, yaitu Badan Penanggulangan Bencana Daerah (BPBD) Sinjai yang mengelola Pasukan Reaksi Cepat (PRC), dan Mal Pelayanan Publik Sinjai. Kelompok kedua mengunjungi Dinas Sosial Kabupaten Sinjai untuk melihat layanan antrean “Sosial Cepat”.',
      ),
    ).toEqual([
      [
        'Kabupaten Sinjai',
        'Badan Penanggulangan Bencana Daerah (BPBD) Sinjai',
        ['Pasukan Reaksi Cepat (PRC)'],
      ],
      ['Kabupaten Sinjai', 'Mal Pelayanan Publik Sinjai', []],
      ['Kabupaten Sinjai', 'Dinas Sosial Kabupaten Sinjai', ['Sosial Cepat']],
    ]);
  });

  it('yields nothing for an article with no region', () => {
    expect(extractLoci(prepareSource('Rapat', 'Rapat koordinasi berlangsung lancar.'))).toEqual({
      loci: [],
    });
  });

  const WORDS = [
    'Kabupaten',
    'Kota',
    'Pemkot',
    'Bupati',
    'Wali',
    'Dinas',
    'Badan',
    '(',
    ')',
    ',',
    'dan',
    'yaitu',
    'lokus',
    'inovasi',
    'Banyuwangi',
    'Bandung',
    'e-',
    'RK',
    '“',
    '”',
    'Mall',
    'Pelayanan',
    'Publik',
    'ke',
    'di',
    '.',
    'Kesehatan',
    'diantaranya',
    'Jatim',
    'Kota Kembang',
    'Rumah',
    'sakit',
    'RSUD',
    'Bapelkes',
    '\n',
    'Smart',
    'yaitu:',
    '1.',
    '- ',
    'BPBD',
    '(Bappeko)',
    'Bappeko',
    'Kecamatan',
    'diterima',
    'Kepala',
    'MPP',
    'LaporGub!',
    'Prof.',
    'Dr.',
    'Berita Lainnya:',
    'mengelola',
    'Gerakan',
    '"',
    'Perumda',
    'Tirta',
  ];

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 80 }), (body, title) => {
        const result = extractLoci(prepareSource(title, body));
        expect(Array.isArray(result.loci)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and yields valid loci, on mixes of real words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }), (words) => {
        const result = extractLoci(prepareSource(words.slice(0, 6).join(' '), words.join(' ')));
        for (const locus of result.loci) expect(v.is(LocusSchema, locus)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractLoci: conventions and more phrasing', () => {
  it('gives each innovation to the unit a "serta" goes on with', () => {
    expect(
      loci(
        'Peserta Diklatpim ke Kota Salatiga',
        'Peserta kemudian meninjau Badan Perizinan Terpadu (BPT) Kota Salatiga yang menerapkan "Izin Kilat" serta Dinas Perikanan yang mengembangkan "Kolam Gizi Warga".',
      ),
    ).toEqual([
      ['Kota Salatiga', 'Badan Perizinan Terpadu (BPT) Kota Salatiga', ['Izin Kilat']],
      ['Kota Salatiga', 'Dinas Perikanan', ['Kolam Gizi Warga']],
    ]);
  });

  it('makes a visited national agency a locus without region, with what the next sentence shows', () => {
    expect(
      loci(
        'Visitasi PKN II ke Kabupaten Gunungkidul dan BKN',
        'Kelompok satu melakukan visitasi ke Kabupaten Gunungkidul. Kelompok dua melakukan visitasi ke Badan Kepegawaian Negara (BKN) di Jakarta. Peserta mempelajari aplikasi "Pegawai Pintar" yang dipakai seluruh ASN.',
      ),
    ).toEqual([
      [null, 'Badan Kepegawaian Negara (BKN)', ['Pegawai Pintar']],
      ['Kabupaten Gunungkidul', null, []],
    ]);
  });

  it('keeps the defined name over the headline’s acronym, and the mall’s own innovation over the mall', () => {
    expect(
      loci(
        'Peserta Latsar Belajar ke MPP Kota Ambon',
        'Di Mal Pelayanan Publik (MPP) Kota Ambon, peserta mengenal inovasi "Antrean Sagu" yang memudahkan warga.',
      ),
    ).toEqual([['Kota Ambon', 'Mal Pelayanan Publik Kota Ambon', ['Antrean Sagu']]]);
  });

  it('makes a visited "Rumah …" facility a locus known by its own name', () => {
    expect(
      loci(
        'Studi Lapangan PKA ke Kota Malang',
        'Peserta studi lapangan di Kota Malang. Kelompok tiga meninjau Rumah Daur Ulang di kawasan Sukun, program pemberdayaan warga.',
      ),
    ).toEqual([['Kota Malang', 'Rumah Daur Ulang', ['Rumah Daur Ulang']]]);
  });

  it('never makes a trainee’s workplace a locus', () => {
    expect(
      loci(
        'Latsar CPNS Kunjungan Belajar ke Puskesmas Oebobo',
        'Peserta melakukan kunjungan belajar ke Puskesmas Oebobo di Kota Kupang. Salah satu peserta, CPNS formasi bidan di RSUD Naibonat, terkesan.',
      ).map((l) => l[1]),
    ).toEqual(['Puskesmas Oebobo']);
  });

  it('drops a name that runs to where a page scraped short stops', () => {
    const body = [
      'Kabupaten Sumbawa meraih penghargaan atas inovasi Sumbawa Sehat Bersama.',
      'Data inovasi daerah sebanyak dua ratus usulan telah dihimpun selama tiga tahun terakhir melalui Sistem Informasi Inovasi Dae',
    ].join('\n');
    expect(loci('Inovasi Sumbawa Diganjar Penghargaan', body)).toEqual([
      ['Kabupaten Sumbawa', null, ['Sumbawa Sehat Bersama']],
    ]);
  });

  it('makes the unit whose innovations the group studies a locus, owning every item of the list', () => {
    expect(
      loci(
        'Peserta PKA Studi Lapangan ke Kota Tegal',
        'Peserta PKA studi lapangan ke Kota Tegal. Peserta mempelajari inovasi Dinas Perhubungan Kota Tegal, di antaranya Parkir Elektronik dan Samsat Keliling. Peserta juga berkunjung ke RSUD Kardinah.',
      ),
    ).toEqual([
      // "Samsat Keliling" is named like a unit, but the list of innovations says what it is.
      ['Kota Tegal', 'Dinas Perhubungan Kota Tegal', ['Parkir Elektronik', 'Samsat Keliling']],
      ['Kota Tegal', 'RSUD Kardinah', []],
    ]);
  });

  it('keeps the units of a list of loci that an innovation word introduces', () => {
    expect(
      loci(
        'Peserta PKP Benchmarking ke Kabupaten Kulon Progo',
        'Peserta PKP melakukan benchmarking ke Kabupaten Kulon Progo. Pejabat menjelaskan inovasi yang dilaksanakan di dua instansi, yaitu Desa Wisata Kalibiru dan RSUD Wates.',
      ).map(([, agency]) => agency),
    ).toContain('RSUD Wates');
  });

  it('keeps a local unit named after its own place in the host region, whatever region shares the name', () => {
    expect(
      loci(
        'Peserta PKA Kunjungi Kabupaten Sleman',
        'SLEMAN - Peserta PKA berkunjung ke Kabupaten Sleman, Rabu (5/6/2024). Peserta lalu mengunjungi Dinas Kesehatan dan Puskesmas Depok I.',
      ),
    ).toEqual([
      ['Kabupaten Sleman', 'Dinas Kesehatan', []],
      ['Kabupaten Sleman', 'Puskesmas Depok I', []],
    ]);
  });

  it('reads a correctional facility with its grade, one unit under both its names', () => {
    expect(
      loci(
        'Lapas Kelas IIA Kendari Terima Kunjungan Peserta PKP',
        'KENDARI - Lembaga Pemasyarakatan (Lapas) Kelas IIA Kendari menerima kunjungan peserta PKP Angkatan V, Kamis (6/6/2024).\nPeserta mempelajari inovasi layanan kunjungan online e-Besuk.',
      ),
    ).toEqual([['Kota Kendari', 'Lembaga Pemasyarakatan (Lapas) Kelas IIA Kendari', ['e-Besuk']]]);
  });

  it('reads a numbered list whose items carry a group label and the innovation after a dash', () => {
    expect(
      loci(
        'Peserta PKA Studi Lapangan ke Kota Kediri',
        [
          'Peserta dibagi dalam dua kelompok dengan lokus sebagai berikut:',
          '1. Kelompok 1: Dinas Perhubungan (Dishub) Kota Kediri - inovasi Parkir Pintar',
          '2. Kelompok 2: Puskesmas Sukorame - inovasi Sapa Bumil',
        ].join('\n'),
      ),
    ).toEqual([
      ['Kota Kediri', 'Dinas Perhubungan (Dishub) Kota Kediri', ['Parkir Pintar']],
      ['Kota Kediri', 'Puskesmas Sukorame', ['Sapa Bumil']],
    ]);
  });

  it('gives an innovation named again by its acronym to the unit where it is studied, under that name', () => {
    expect(
      loci(
        'Diklatpim III Studi Lapangan ke Kota Blitar',
        'Wali Kota Blitar memaparkan program unggulan, salah satunya Kartu Sehat Warga (Kaswar). Kelompok pertama mendalami Kaswar di Dinas Kesehatan Kota Blitar.',
      ),
    ).toEqual([['Kota Blitar', 'Dinas Kesehatan Kota Blitar', ['Kaswar']]]);
  });

  it('gives a list of innovations to the unit named after it, even one named like a unit', () => {
    expect(
      loci(
        'PKN II Belajar ke Kabupaten Kendal',
        'Peserta melakukan studi lapangan ke Kabupaten Kendal. Peserta mempelajari layanan e-Samsat Kendal dan Samsat Corner di Badan Pendapatan Daerah (Bapenda) Kabupaten Kendal.',
      ),
    ).toEqual([
      [
        'Kabupaten Kendal',
        'Badan Pendapatan Daerah (Bapenda) Kabupaten Kendal',
        ['e-Samsat Kendal', 'Samsat Corner'],
      ],
    ]);
  });

  it('does not make a mall an innovation because another item of the sentence is one', () => {
    expect(
      loci(
        'Learning Journey PKA ke Kabupaten Bantul',
        'Peserta mempelajari aplikasi Lapor Bantul di Dinas Komunikasi dan Informatika Kabupaten Bantul, alur pelayanan di Mal Pelayanan Publik Bantul, serta inovasi "Desa Cerdas" di Kalurahan Panggungharjo.',
      ),
    ).toEqual([
      ['Kabupaten Bantul', 'Dinas Komunikasi dan Informatika Kabupaten Bantul', ['Lapor Bantul']],
      ['Kabupaten Bantul', 'Mal Pelayanan Publik Bantul', []],
      ['Kabupaten Bantul', 'Kalurahan Panggungharjo', ['Desa Cerdas']],
    ]);
  });
});

describe('extractLoci: the name an innovation goes by', () => {
  const innovations = (text: string) =>
    extractLoci(prepareSource('Studi Lapangan ke Kabupaten Pacitan', text)).loci.flatMap(
      (l) => l.innovations,
    );

  it('takes the short name the article uses again', () => {
    expect(
      innovations(
        'Peserta studi lapangan ke Kabupaten Pacitan. Dinas Sosial Kabupaten Pacitan memiliki inovasi Pacitan Peduli Lansia (Pepeli). Inovasi Pepeli menjangkau 2.000 warga.',
      ),
    ).toEqual(['Pepeli']);
  });

  it('takes the long name where the article uses it again', () => {
    expect(
      innovations(
        'Peserta studi lapangan ke Kabupaten Pacitan. Dinas Sosial Kabupaten Pacitan memiliki inovasi Pacitan Peduli Lansia (Pepeli). Pacitan Peduli Lansia menjangkau 2.000 warga.',
      ),
    ).toEqual(['Pacitan Peduli Lansia']);
  });

  it('keeps both as written where it uses neither again', () => {
    expect(
      innovations(
        'Peserta studi lapangan ke Kabupaten Pacitan. Dinas Sosial Kabupaten Pacitan memiliki inovasi Pacitan Peduli Lansia (Pepeli).',
      ),
    ).toEqual(['Pacitan Peduli Lansia (Pepeli)']);
  });
});
