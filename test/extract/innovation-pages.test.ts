/**
 * Pages about innovations rather than a training's visit — award articles, another delegation's studi
 * banding, an agency's news about its own innovation — and the rules that read their loci. Sentences
 * written for these tests, in the language's variety of regions, names and spellings.
 */
import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../shared/extract/agencies/index.ts';
import { extractLocusRecord } from '../../shared/extract/index.ts';
import { findRegionMentions } from '../../shared/extract/regions/index.ts';
import { receivedBefore, visitorsAfter } from '../../shared/extract/regions/delegation.ts';

const loci = (title: string, text: string) =>
  extractLocusRecord({ title, text }).loci.map((l) => [l.region, l.agency, l.innovations]);
const agencies = (text: string) => findAgencies(text, findRegionMentions(text));

describe('an enterprise in a list of innovations', () => {
  it('is the innovation, not a unit visited', () => {
    expect(
      loci(
        'Peserta PKA Belajar Inovasi ke Kota Parepare',
        'Peserta PKA berkunjung ke Kota Parepare. Beberapa program unggulan Pemkot Parepare seperti Jaga Kampung (Jaka), Parepare Bersih (Parsih), dan Badan Usaha Kelurahan (BUKel).',
      ),
    ).toEqual([
      [
        'Kota Parepare',
        null,
        ['Jaga Kampung (Jaka)', 'Parepare Bersih (Parsih)', 'Badan Usaha Kelurahan (BUKel)'],
      ],
    ]);
  });
});

describe('an agency’s news about its own innovation', () => {
  it('names the unit as the body writes it, not as the headline shortens it', () => {
    expect(
      loci(
        'Inovasi Si Cantik Disdukcapil Kota Pekalongan Diadopsi Daerah Lain',
        'Pekalongan - Inovasi Si Cantik milik Dinas Kependudukan dan Pencatatan Sipil Kota Pekalongan kini diadopsi sejumlah daerah.',
      ),
    ).toEqual([
      ['Kota Pekalongan', 'Dinas Kependudukan dan Pencatatan Sipil Kota Pekalongan', ['Si Cantik']],
    ]);
  });
});

describe('another delegation’s studi banding', () => {
  it('makes the unit whose head presents an innovation its locus', () => {
    expect(
      loci(
        'Pemkab Lombok Tengah Studi Banding ke Kota Denpasar',
        'Rombongan Pemerintah Kabupaten Lombok Tengah melakukan studi banding ke Pemerintah Kota Denpasar, Kamis (16/5/2024).\n' +
          'Dalam kesempatan itu, Kepala Dinas Perhubungan Kota Denpasar, I Ketut Sriawan, memaparkan inovasi Parkir Pintar Denpasar (Parpide).',
      ),
    ).toEqual([['Kota Denpasar', 'Dinas Perhubungan Kota Denpasar', ['Parkir Pintar Denpasar (Parpide)']]]);
    // A head who only speaks is someone's office, no locus.
    expect(
      loci(
        'Pemkab Lombok Tengah Studi Banding ke Kota Denpasar',
        'Rombongan Pemerintah Kabupaten Lombok Tengah melakukan studi banding ke Pemerintah Kota Denpasar, Kamis (16/5/2024).\n' +
          'Kepala Dinas Perhubungan Kota Denpasar menjelaskan bahwa kunjungan itu bermanfaat.',
      ).map(([, agency]) => agency),
    ).toEqual([null]);
  });
});

describe('an award page', () => {
  it('never takes the region’s initials for an innovation', () => {
    expect(
      loci(
        'Kabupaten Kepulauan Selayar Raih Penghargaan Inovasi',
        'Pemerintah Kabupaten Kepulauan Selayar meraih Juara I Lomba Inovasi Daerah Provinsi Sulawesi Selatan 2023. Salah satu inovasi unggulan KKS adalah Gerakan Pulau Bersih yang digagas Dinas Lingkungan Hidup.',
      ).flatMap(([, , innovations]) => innovations),
    ).toEqual(['Gerakan Pulau Bersih']);
  });
  it('gives the one innovation of a sentence to the owner the next sentence names', () => {
    expect(
      loci(
        'Kabupaten Gunungkidul Masuk Top 99 KIPP',
        'Inovasi “Jaga Warga Tangguh Bencana” masuk Top 99 KIPP 2023. Inovasi ini merupakan usulan Kelurahan Wonosari di Kabupaten Gunungkidul.',
      ),
    ).toEqual([['Kabupaten Gunungkidul', 'Kelurahan Wonosari', ['Jaga Warga Tangguh Bencana']]]);
  });

  it('makes the winner with its innovation the locus, not the province that announced the prize', () => {
    expect(
      loci(
        'Pemprov Sulsel Umumkan Juara Lomba Inovasi Daerah 2022',
        'Pemerintah Provinsi Sulawesi Selatan mengumumkan juara lomba inovasi daerah, Rabu (7/12/2022).\n' +
          'Juara pertama diraih Kabupaten Sinjai melalui inovasi "Sinjai Bersatu", disusul Kabupaten Wajo.',
      ),
    ).toEqual([['Kabupaten Sinjai', null, ['Sinjai Bersatu']]]);
  });

  it('gives each innovation its own region and unit, whatever region the page leads with', () => {
    expect(
      loci(
        'Kabupaten Jembrana Juara Umum Kompetisi Inovasi Bali 2023',
        'Kompetisi yang digelar Biro Organisasi Setda Provinsi Bali ini diikuti 90 inovasi.\n' +
          'Inovasi "Jembrana Sehat" dari RSUD Negara meraih peringkat pertama, disusul "Denpasar Bersih" milik Dinas Lingkungan Hidup Kota Denpasar.\n' +
          'Sementara itu Kabupaten Gianyar melalui inovasi "Gianyar Cerdas" masuk lima besar.',
      ),
    ).toEqual([
      ['Kabupaten Jembrana', 'RSUD Negara', ['Jembrana Sehat']],
      ['Kota Denpasar', 'Dinas Lingkungan Hidup Kota Denpasar', ['Denpasar Bersih']],
      ['Kabupaten Gianyar', null, ['Gianyar Cerdas']],
    ]);
  });

  it('keeps the unit an innovation comes "dari", "digagas" or "milik", even past "untuk …"', () => {
    expect(
      loci(
        'Dua Inovasi Pemprov Jambi Masuk Top 99',
        'Dua inovasi Pemprov Jambi masuk Top 99, yakni Jambi Mantap (Jamtap) untuk Jambi dari Dinas Sosial Provinsi Jambi, dan inovasi Sigap yang digagas Badan Pendapatan Daerah (Bapenda) Provinsi Jambi.',
      ).map(([, agency, innovations]) => [agency, innovations]),
    ).toEqual([
      ['Dinas Sosial Provinsi Jambi', ['Jambi Mantap (Jamtap)']],
      ['Badan Pendapatan Daerah (Bapenda) Provinsi Jambi', ['Sigap']],
    ]);
  });
});

describe('another delegation’s studi banding', () => {
  it('makes the places visited loci and leaves out the delegation’s own region', () => {
    expect(
      loci(
        'Komisi C DPRD Kota Tidore Studi Banding ke Kota Ternate',
        'Komisi C DPRD Kota Tidore Kepulauan melakukan studi banding ke Kota Ternate, Senin (5/6/2023). Rombongan meninjau Dinas Perhubungan Kota Ternate.',
      ).map(([region]) => region),
    ).toEqual(['Kota Ternate']);
  });

  it.each([
    [' melakukan studi banding ke Kota Batu', true],
    [' (Pemkab) mengunjungi Kabupaten Sleman', true],
    [' Belajar Tata Kelola Sampah di Kota Surabaya', true],
    [' menerima rombongan dari Kota Batu', false],
    [', kata Bupati', false],
  ])('reads the group’s verb after its region: "%s" → %s', (after, expected) =>
    expect(visitorsAfter(after)).toBe(expected),
  );

  it.each([
    ['Bupati Ende menerima kunjungan kerja Komisi III DPRD ', true],
    ['Wali Kota Kendari Terima Studi Banding Pansus ', true],
    ['Rombongan disambut di Kantor ', false],
  ])('reads a group received before its region: "%s" → %s', (before, expected) =>
    expect(receivedBefore(before)).toBe(expected),
  );

  it('names no locus for a trip of pupils or of a firm’s staff, unless an innovation is named', () => {
    expect(
      loci(
        'Siswa SMA Negeri 1 Bengkulu Kunjungi Kantor Gubernur',
        'Sebanyak 30 siswa melakukan kunjungan belajar ke Kota Bengkulu, Kamis (2/3/2023).',
      ),
    ).toEqual([]);
  });
});

describe('units on a page about innovations', () => {
  it('takes "dari Dinas …" after an innovation as its origin, not someone’s workplace', () => {
    expect(
      agencies('Inovasi Sipandu dari Dinas Kesehatan Kabupaten Purworejo meraih penghargaan.').map(
        (a) => a.role,
      ),
    ).toEqual(['mentioned']);
    expect(
      agencies('Peserta dari Dinas Kesehatan Kabupaten Purworejo ikut bertanya.').map((a) => a.role),
    ).toEqual(['affiliation']);
  });

  it('reads an office head written small before its acronym', () => {
    expect(
      agencies('Semangat itu terlihat dari dinas PUPR yang menggagas inovasi Jalan Mulus.').map(
        (a) => a.name,
      ),
    ).toEqual(['Dinas PUPR']);
  });

  it('reads no unit where a kind of unit is counted', () => {
    expect(agencies('Finalis terdiri dari 12 kementerian dan 1 Badan Usaha Milik Negara (BUMN).')).toEqual(
      [],
    );
  });

  it('leaves a ministry out, by its name or its short name', () => {
    expect(
      loci(
        'Kemenkeu Kunjungi Kota Magelang',
        'Rombongan Kemenkeu mengunjungi Kota Magelang dan Kemenag Kota Magelang untuk belajar inovasi "Magelang Cerdas".',
      ).map(([, agency]) => agency),
    ).not.toContain('Kemenag Kota Magelang');
  });

  it('makes the unit a sentence names the locus ("… menjadi sasaran visitasi") and not its address', () => {
    const units = agencies(
      'Kelurahan Sukamaju di Kecamatan Cibeunying menjadi sasaran visitasi, sementara kelurahan yang berada di Kecamatan Coblong tidak.',
    );
    expect(units.filter((a) => a.role === 'listed').map((a) => a.name)).toEqual(['Kelurahan Sukamaju']);
  });

  it('does not take a unit with its address, a cue written twice or award words for an innovation', () => {
    expect(
      loci(
        'Pemkab Karangasem Raih Penghargaan Inovasi',
        'Pemkab Karangasem meraih penghargaan atas program Inovasi Karangasem Sehat, yang diusulkan Desa Tenganan Kecamatan Manggis, dan masuk Top 99 Inovasi Pelayanan Publik 2022.',
      ).flatMap(([, , innovations]) => innovations),
    ).toEqual(['Karangasem Sehat']);
  });

  it('makes no innovation of a person the sentence quotes', () => {
    expect(
      loci(
        'Kota Padang Panjang Jadi Lokus Studi Lapangan PKA',
        'Peserta PKA melakukan studi lapangan ke Kota Padang Panjang. Menurut Hendri Arnis, inovasi ini merupakan hasil kerja bersama.',
      ).flatMap(([, , innovations]) => innovations),
    ).toEqual([]);
  });
});

describe('names read on award pages', () => {
  it('gives a name with its long form after "atau" to the unit named after both', () => {
    expect(
      loci(
        'Dua Inovasi Kabupaten Tanah Laut Masuk Top 99',
        'Dua inovasi Kabupaten Tanah Laut masuk Top 99. Yang kedua dengan judul Pantai Bersih atau Program Anti Sampah Laut dari Dinas Lingkungan Hidup.',
      ),
    ).toEqual([['Kabupaten Tanah Laut', 'Dinas Lingkungan Hidup', ['Pantai Bersih']]]);
  });

  it('gives "inovasi yang digagas oleh X yaitu Y" to X', () => {
    expect(
      loci(
        'Launching Inovasi Kabupaten Sumbawa Barat',
        'Pemerintah Kabupaten Sumbawa Barat meluncurkan inovasi daerah. Contoh lain dari inovasi yang digagas oleh Puskesmas Taliwang yaitu Sapa Ibu (Sahabat Ibu Hamil) yang menjangkau desa terpencil.',
      ).map(([, agency, innovations]) => [agency, innovations]),
    ).toEqual([['Puskesmas Taliwang', ['Sapa Ibu']]]);
  });

  it('reads no unit inside a bracket that spells a name out, and a village’s district as its address', () => {
    expect(agencies('Inovasi Sahabat TB (Saling Bantu Rumah Pasien TB) berjalan baik.')).toEqual([]);
    expect(
      agencies('Inovasi ini usulan Desa Pemuteran Kec Gerokgak Kab Buleleng.').map((a) => a.name),
    ).toEqual(['Desa Pemuteran']);
    expect(agencies('Finalis terdiri dari BUMN dan BUMD Tahun 2021.')).toEqual([]);
  });

  it('gives an innovation to the region named as such before it, not to a region inside an award’s name', () => {
    expect(
      loci(
        'Pemkot Tual Raih Penghargaan Maluku Innovation 2023',
        'Pemerintah Kota Tual keluar sebagai juara satu Maluku Innovation, atas program Inovasi Tual Bersih Pantai.',
      ),
    ).toEqual([['Kota Tual', null, ['Tual Bersih Pantai']]]);
  });
});
