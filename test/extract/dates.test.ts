import { describe, expect, it } from 'vitest';
import { extractDates, urlDate, urlInText } from '../../shared/extract/dates/index.ts';
import { prepareSource } from '../../shared/extract/text.ts';

const dates = (text: string, url: string | null = null, title = 'Judul berita') => {
  const { publishedAt, startDate, endDate } = extractDates(prepareSource(title, text, url), text);
  return { publishedAt, startDate, endDate };
};

describe('visit dates', () => {
  it.each([
    [
      'Rabu, 6 Maret 2024\nPeserta PKA studi lapangan ke Kota Batu, Senin–Selasa, 4–5 Maret.',
      '2024-03-04',
      '2024-03-05',
    ],
    [
      'Rabu, 6 Maret 2024\nPeserta PKA berkunjung ke Kota Batu pada 29 Februari–2 Maret.',
      '2024-02-29',
      '2024-03-02',
    ],
    [
      'Rabu, 6 Maret 2024\nRombongan peserta tiba di Kota Batu, Senin–Selasa (4–5/3).',
      '2024-03-04',
      '2024-03-05',
    ],
  ])('reads a yearless en-dash range: %s', (text, start, end) => {
    expect(dates(text)).toMatchObject({ startDate: start, endDate: end });
  });

  it.each([
    ['Studi lapangan dilaksanakan 12 - 15 Maret 2024 di Kabupaten Sumedang.', '2024-03-12', '2024-03-15'],
    ['Rombongan berkunjung dari 30 Juli - 2 Agustus 2019 ke Kota Bandung.', '2019-07-30', '2019-08-02'],
    ['Kunjungan berlangsung 10 sampai dengan 13 Juni 2025 di Kota Batu.', '2025-06-10', '2025-06-13'],
    ['Observasi lapangan dilakukan 3 s.d. 5 Okt 2022 di Kota Malang.', '2022-10-03', '2022-10-05'],
    ['Benchmarking digelar 29 Nov s/d 2 Des 2021 di Kabupaten Siak.', '2021-11-29', '2021-12-02'],
    ['Kunjungan kerja berlangsung 30 Desember 2021 hingga 2 Januari 2022.', '2021-12-30', '2022-01-02'],
    ['Peserta melaksanakan benchmarking pada tanggal 7 dan 8 Sept 2023.', '2023-09-07', '2023-09-08'],
    ['The participants visited Surabaya on March 5-7, 2019 for benchmarking.', '2019-03-05', '2019-03-07'],
    ['Rombongan peserta Latsar tiba di Sumedang, Senin (29/08/16).', '2016-08-29', null],
    ['Peserta diterima Bupati di pendopo, Jumat 14/9/2018.', '2018-09-14', null],
    ['Peserta diterima Bupati, Senin(01/04/2019), di aula.', '2019-04-01', null],
    ['Peserta dijadwalkan berangkat 2019-07-15 ke Kota Surabaya.', '2019-07-15', null],
    ['Kegiatan visitasi dilaksanakan pada 4 Agu 2020 di Kabupaten Bantaeng.', '2020-08-04', null],
    [
      'Peserta PKA melaksanakan studi lapangan di Kabupaten Gowa, Senin-Rabu (12-14/6/2023).',
      '2023-06-12',
      '2023-06-14',
    ],
    ['Studi lapangan dimulai 12 Juni 2023 selama tiga hari di Kota Batu.', '2023-06-12', '2023-06-14'],
    ['Peserta berkunjung Kamis, 15 Juni 2023 s/d Sabtu, 17 Juni 2023.', '2023-06-15', '2023-06-17'],
  ])('%s', (text, start, end) => {
    expect(dates(text)).toMatchObject({ startDate: start, endDate: end });
  });

  it.each([
    ['Rombongan berkunjung ke Kota Batu dari Senin (6/11) hingga Rabu (8/11).', '2023-11-06', '2023-11-08'],
    ['Peserta melakukan benchmarking Senin (30/10) sampai Kamis (2/11/2023).', '2023-10-30', '2023-11-02'],
    ['Studi lapangan berlangsung Selasa-Kamis (7-9/11) di Kabupaten Malang.', '2023-11-07', '2023-11-09'],
    ['Observasi lapangan di Kota Blitar, Rabu (8/11) s.d. Jumat (10/11).', '2023-11-08', '2023-11-10'],
  ])('reads the weekday range %s with the year of the date line', (sentence, start, end) => {
    expect(dates(`Sabtu, 11 November 2023\n${sentence}`)).toMatchObject({ startDate: start, endDate: end });
  });

  it.each([
    [
      'Benchmarking dilaksanakan pada hari Rabu s.d Jumat, 16 - 18 Agustus 2023 di Kota Kediri.',
      'Rombongan diterima Wali Kota pada hari pertama, Rabu (16/8).',
      '2023-08-16',
      '2023-08-18',
    ],
    [
      'Studi lapangan berlangsung Senin sampai dengan Rabu, 2-4 Oktober 2023 di Kabupaten Jember.',
      'Rombongan disambut Bupati Jember, Selasa (3/10).',
      '2023-10-02',
      '2023-10-04',
    ],
    [
      'Kunjungan dilaksanakan Selasa s/d Kamis tanggal 5 - 7 Desember 2023 di Kota Blitar.',
      'Rombongan tiba di Balai Kota Blitar, Rabu (6/12).',
      '2023-12-05',
      '2023-12-07',
    ],
  ])('reads a weekday range before a day range: %s', (range, single, start, end) => {
    expect(dates(`${range}\n${single}`)).toMatchObject({ startDate: start, endDate: end });
  });

  it('takes the day the trainees are seen at work when no sentence names the visit', () => {
    expect(
      dates('Rabu, 6 Desember 2023\nDi Puskesmas Sobo, peserta mempelajari antrean daring, Selasa (5/12).'),
    ).toMatchObject({
      startDate: '2023-12-05',
    });
  });

  it('does not take the opening day or the term of a training for the visit', () => {
    expect(
      dates(
        'Senin, 8 Mei 2023\nKepala Balai resmi membuka Pelatihan Kepemimpinan Administrator, Senin (8/5/2023).',
      ),
    ).toMatchObject({ publishedAt: '2023-05-08', startDate: null });
    expect(
      dates('Pelatihan Kepemimpinan Pengawas ini dilaksanakan pada 15 Mei 2023 di kampus.'),
    ).toMatchObject({
      startDate: null,
    });
    expect(dates('Ditutup pada Jumat, 2 Juni 2023, pelatihan diikuti 30 peserta.')).toMatchObject({
      startDate: null,
    });
    expect(dates('Kegiatan studi lapangan dilaksanakan pada 10 Mei 2023 di Kota Batu.')).toMatchObject({
      startDate: '2023-05-10',
    });
  });

  it('keeps the first range when the article later contradicts it', () => {
    const text =
      'Peserta melakukan benchmarking pada tanggal 14-17 Mei 2018. Rombongan berangkat pada hari Senin, 14 Juni 2018.';
    expect(dates(text)).toMatchObject({ startDate: '2018-05-14', endDate: '2018-05-17' });
  });

  it('takes a missing year from the publication date, and from the year before across new year', () => {
    expect(dates('Jumat, 5 Juli 2019\nStudi lapangan dilaksanakan tanggal 2-4 Juli.')).toEqual({
      publishedAt: '2019-07-05',
      startDate: '2019-07-02',
      endDate: '2019-07-04',
    });
    expect(dates('Senin, 6 Januari 2020\nPeserta berkunjung ke Kota Batu pada 20 Desember.')).toMatchObject({
      startDate: '2019-12-20',
    });
  });

  it('ignores dates of past events and dates with no visit around them', () => {
    expect(dates('Mal itu diresmikan pada 6 Oktober 2017 lalu oleh Bupati.')).toMatchObject({
      startDate: null,
    });
    expect(dates('Harga cabai naik sejak 3 Maret 2020 menurut pedagang.')).toMatchObject({ startDate: null });
  });

  it('does not take the whole training period for the visit', () => {
    expect(dates('Pelatihan berlangsung 5 Mei hingga 20 Juli 2023 di kampus BPSDM.')).toMatchObject({
      startDate: null,
      endDate: null,
    });
  });

  it('leaves dates without any inferable year empty', () => {
    expect(dates('Angkatan XXV melakukan kunjungan ke Kabupaten Badung 7-9 Oktober.')).toEqual({
      publishedAt: null,
      startDate: null,
      endDate: null,
    });
  });

  it('ends a visit dated by its first day where a less sure range begins that same day', () => {
    expect(
      dates(
        'Kamis, 9 Oktober 2025\n' +
          'Sebanyak 28 peserta PKP itu tinggal di Kota Palu selama empat hari, 6-9 Oktober 2025.\n' +
          'Rombongan disambut Wali Kota Palu di rumah jabatan, Senin (6/10).',
      ),
    ).toMatchObject({ startDate: '2025-10-06', endDate: '2025-10-09' });
    // A range that begins on another day says nothing about this one-day visit.
    expect(
      dates(
        'Kamis, 9 Oktober 2025\n' +
          'Sebanyak 28 peserta PKP mengikuti kegiatan kelas pada 2-4 Oktober 2025.\n' +
          'Rombongan disambut Wali Kota Palu di rumah jabatan, Senin (6/10).',
      ),
    ).toMatchObject({ startDate: '2025-10-06', endDate: null });
  });

  it('resolves a bare weekday against the publication date', () => {
    expect(
      dates(
        'BANDUNG - Peserta PKP diterima Wali Kota di Balai Kota, Selasa.',
        'https://x.id/2017/03/08/berita',
      ),
    ).toMatchObject({ publishedAt: '2017-03-08', startDate: '2017-03-07' });
  });
});

describe('publication date', () => {
  it.each([
    ['Kamis, 22 Juni 2023 | 14:45 Wita\nPeserta melakukan studi lapangan ke Kabupaten Gowa.', '2023-06-22'],
    ['Senin, 1 April 2019\n\nBANYUWANGI – Peserta tiba.', '2019-04-01'],
    ['Diposting pada 5 Agt 2020 oleh admin\nPeserta melaksanakan benchmarking.', '2020-08-05'],
    ['Jakarta, 12 Juni 2023 - Peserta PKN Tingkat II melakukan visitasi ke Kabupaten Siak.', '2023-06-12'],
    ['Rabu, 08/03/2017 10:15 WIB\nPeserta berkunjung.', '2017-03-08'],
    ['Oleh Ahmad Fauzi Rahman - Selasa, 13 Juni 2023 | 10:21 WIB\nPeserta tiba di Gowa.', '2023-06-13'],
    ['Peserta tiba di Kabupaten Gowa 12 Juni 2023.', null],
    ['Rabu, 4 Oktober 2023 · Admin Balai Diklat · Kategori: Kabar Pelatihan\nPeserta tiba.', '2023-10-04'],
    ['Kamis, 2 Maret 2023 | Kategori: Berita | Penulis: Redaksi Web\nPeserta tiba.', '2023-03-02'],
    ['Sabtu, 9 Maret 2019 08:30:12 - Subbagian Publikasi dan Dokumentasi\nPeserta tiba.', '2019-03-09'],
    ['Jumat, 3 Februari 2023 | Dilihat: 1.045 kali | Operator Website\nPeserta tiba.', '2023-02-03'],
    ['Senin, 3 Juli 2023 - Peserta PKA tiba di Kabupaten Gowa dan diterima Bupati.', null],
    ['Selasa, 5 Desember 2023 · 3 menit baca\nPeserta tiba.', '2023-12-05'],
    // The site's note of the article's age beside its date line, in either language.
    [
      'Kamis, 14 Maret 2024 | 2 tahun yang lalu\nCIANJUR - Peserta PKP tiba di Kabupaten Cianjur, Rabu (13/3/2024).',
      '2024-03-14',
    ],
    ['Jumat, 7 Juli 2023 - 11 bulan lalu\nPeserta tiba di Kota Tomohon.', '2023-07-07'],
    // A CMS's English byline may write the month first: where no thirteenth month exists, or the weekday
    // fits only that reading.
    [
      'Submitted by admin on Wed, 03/13/2024 - 10:15\nKEDIRI - Peserta tiba, Selasa (12/3/2024).',
      '2024-03-13',
    ],
    ['Posted on Wed, 03/06/2024 by humas\nPeserta tiba di Kota Blitar.', '2024-03-06'],
    ['Posted on Mon, 03/06/2024 by humas\nPeserta tiba di Kota Blitar.', '2024-06-03'],
    ['Diposting 05/04/2024\nPeserta tiba di Kota Blitar.', '2024-04-05'],
    ['Senin, 2 Oktober 2023 | 5 days ago\nPeserta tiba di Kota Bitung.', '2023-10-02'],
    ['admin_diklat 14/03/2023 Berita, Kegiatan Pelatihan 2 Komentar\nPeserta tiba.', '2023-03-14'],
    ['Posted by Humas BPSDM on 07/11/2022\nPeserta tiba.', '2022-11-07'],
    ['Posted by operator_web on 21/06/2024 in Berita\nPeserta tiba.', '2024-06-21'],
    ['Diposting pada Senin, 4 September 2023 oleh Redaksi\nPeserta tiba.', '2023-09-04'],
    ['Diposting pada 02/05/2022\nPeserta tiba.', '2022-05-02'],
    ['Pengumuman\nPeserta diminta hadir pada 14/03/2023 di aula utama.', null],
    ['Humas Pusdiklat Kemenag · 3 Agu 2021\nPeserta tiba.', '2021-08-03'],
    ['Puslatbang PKASN LAN · 9 Mar 2023\nPeserta tiba.', '2023-03-09'],
    ['Redaksi BPSDM Jatim | Jumat, 8 Sep 2023 | 09:10 WIB\nPeserta tiba.', '2023-09-08'],
    ['Tim Publikasi — 14 Nov 2019 — 2 menit baca\nPeserta tiba.', '2019-11-14'],
    ['Peserta dari BPSDM Aceh — 14 Nov 2019 — tiba di Kota Batu\nPeserta tiba.', null],
    ['Sorong, 4/10/2021 – Rombongan peserta PKP tiba di Kota Sorong.', '2021-10-04'],
    ['KUPANG, 17/5/2016 - Sebanyak 32 peserta Diklatpim IV tiba.', '2016-05-17'],
    ['Bitung, 03/08/2022 – Peserta PKA diterima Wali Kota.', '2022-08-03'],
  ])('%s', (text, published) => {
    expect(dates(text).publishedAt).toBe(published);
  });

  it('reads a dateline "KOTA (d/m) –" with the year from the rest of the text', () => {
    const text =
      'MAKASSAR (9/4) - Peserta Diklatpim IV melaksanakan benchmarking ke Banyuwangi pada 8-10 April 2018.';
    expect(dates(text)).toEqual({
      publishedAt: '2018-04-09',
      startDate: '2018-04-08',
      endDate: '2018-04-10',
    });
  });

  it.each(['–', '—', '-'])(
    'reads a dateline with "%s" and the year of "Tahun YYYY", and a visit on its weekday',
    (dash) => {
      const text = `MALANG (5/9) ${dash} Sebanyak 30 peserta PKA Angkatan IV Tahun 2023 BPSDM Provinsi Bali berkunjung ke Pemerintah Kota Malang, Selasa.`;
      expect(dates(text)).toEqual({ publishedAt: '2023-09-05', startDate: '2023-09-05', endDate: null });
    },
  );

  it('reads a bracketed dateline after a place in ordinary case', () => {
    expect(dates('Sidoarjo (14/3) – Peserta PKP Angkatan I Tahun 2024 tiba di pendopo.').publishedAt).toBe(
      '2024-03-14',
    );
  });

  it('does not take the year of a regulation for the dateline', () => {
    expect(
      dates('BATU (5/9) – Sesuai Peraturan LAN Nomor 5 Tahun 2017, peserta PKA berkunjung, Selasa.')
        .publishedAt,
    ).toBeNull();
  });

  it('falls back to the day of a statement, year from the text, when nothing better dates the page', () => {
    const text =
      'Peserta PKA Angkatan VI Tahun 2022 berkunjung ke Kota Batu.\n"Kami belajar banyak di sini," katanya, Rabu (12/10).';
    expect(dates(text).publishedAt).toBe('2022-10-12');
    expect(dates(text, 'https://a.id/2022/10/13/berita').publishedAt).toBe('2022-10-13');
    const source = prepareSource('Judul', text, null);
    expect(extractDates(source, text, '2022-10-14').publishedAt).toBe('2022-10-14');
    expect(dates('Peserta PKA berkunjung. "Bagus," ujarnya, Rabu (12/10).').publishedAt).toBeNull();
  });

  it('reads the dateline year from a copyright line when nothing else gives it', () => {
    expect(dates('SURABAYA (3/5) - Peserta PKA tiba.\nCOPYRIGHT © Harian Kita 2021').publishedAt).toBe(
      '2021-05-03',
    );
  });

  it('falls back to the URL path', () => {
    expect(dates('Peserta tiba.', 'https://news.example.id/read/2023/06/22/1234/peserta').publishedAt).toBe(
      '2023-06-22',
    );
    expect(dates('Peserta tiba.', 'https://news.example.id/2019/04/peserta.html').publishedAt).toBeNull();
  });

  it('reads the page address pasted as a line of the text', () => {
    expect(dates('https://bpsdm.example.go.id/2021/09/03/pka-ke-gowa/\nPeserta PKA tiba.').publishedAt).toBe(
      '2021-09-03',
    );
    expect(
      dates('Peserta PKA tiba.\nSumber: https://kab.example.go.id/berita/2020/02/11/pka').publishedAt,
    ).toBe('2020-02-11');
    // The year of the address also completes a visit written without one.
    expect(
      dates(
        'https://kab.example.go.id/2020/02/11/pka/\nPeserta PKA studi lapangan ke Kota Batu, 5–7 Februari.',
      ),
    ).toEqual({ publishedAt: '2020-02-11', startDate: '2020-02-05', endDate: '2020-02-07' });
    // A date line still beats the address, and a link deep in the body is another page.
    expect(dates('Rabu, 12 Februari 2020\nhttps://kab.example.go.id/2020/02/11/pka/').publishedAt).toBe(
      '2020-02-12',
    );
    expect(
      dates('Peserta tiba.\nPeserta belajar.\nPeserta pulang.\nhttps://lain.example.id/2018/01/02/x/')
        .publishedAt,
    ).toBeNull();
    expect(urlInText('Lihat https://a.id/2020/02/11/x di sini.')).toBeNull();
  });

  it('says nothing when the article gives no date', () => {
    expect(dates('Peserta diklat berkunjung ke Kota Bogor, Selasa.')).toEqual({
      publishedAt: null,
      startDate: null,
      endDate: null,
    });
  });
});

describe('urlDate', () => {
  it('reads full and partial dates from paths', () => {
    expect(urlDate('https://a.id/2023/06/22/judul')).toEqual({ year: 2023, date: '2023-06-22' });
    expect(urlDate('https://a.id/berita/2019/04/judul')).toEqual({ year: 2019, date: null });
    expect(urlDate('https://a.id/2019/13/40/judul')).toBeNull();
    expect(urlDate('bukan url')).toBeNull();
  });
});

describe('the site’s clock', () => {
  it('is not the article’s date where the story opens on a day more than a week before it', () => {
    expect(
      dates(
        'Selasa, 8 Oktober 2024\nBeranda > Berita\nDENPASAR - Rombongan Pemkab Lombok Tengah melakukan studi banding ke Kota Denpasar, Kamis (16/5/2024).',
      ).publishedAt,
    ).toBe('2024-05-16');
    // A story published a day or two after the day it tells of keeps its date line.
    expect(
      dates(
        'Sabtu, 18 Mei 2024\nDENPASAR - Rombongan Pemkab Lombok Tengah melakukan studi banding ke Kota Denpasar, Kamis (16/5/2024).',
      ).publishedAt,
    ).toBe('2024-05-18');
  });
});

describe('a one-day visit dated only by the story’s dateline', () => {
  it('takes the day the story opens on, in the sentence that tells of the visit', () => {
    expect(
      dates(
        'CIANJUR (4/6) - Sebanyak 30 peserta PKA BPSDM Provinsi Banten melaksanakan studi lapangan di Kabupaten Cianjur. Rombongan diterima Sekda.',
        'https://cianjurkab.go.id/berita/2024/06/04/peserta-pka',
      ),
    ).toEqual({ publishedAt: '2024-06-04', startDate: '2024-06-04', endDate: null });
    expect(
      dates(
        'TUBAN, Kamis (13/6/2024) - Peserta PKP Kabupaten Lamongan berkunjung ke Kabupaten Tuban untuk belajar inovasi.',
      ),
    ).toMatchObject({ startDate: '2024-06-13' });
  });

  it('never where the sentence tells of something else, or another date tells of the visit', () => {
    expect(
      dates(
        'KENDARI, Senin (3/6) - Kepala BPSDM Provinsi Sulawesi Tenggara membuka PKA Angkatan II di aula kampus.',
        'https://x.go.id/2024/06/03/buka',
      ).startDate,
    ).toBeNull();
    expect(
      dates(
        'CIANJUR (4/6) - Peserta PKA melaksanakan studi lapangan di Kabupaten Cianjur pada Senin (3/6/2024).',
      ).startDate,
    ).toBe('2024-06-03');
  });
});

describe('extractDates: opening days, addresses, clocks and slips', () => {
  const read = (title: string, text: string, url: string | null = null) => dates(text, url, title);

  it('reads the weekday and date a news story opens with as its day, the latest of the week’s days', () => {
    expect(
      read(
        'Kabupaten Sleman Jadi Lokus Studi Lapangan',
        'Sleman — Pemerintah Kabupaten Sleman menerima peserta PKP, pada Selasa (8/7/25).\nPeserta melihat Mal Pelayanan Publik.',
      ).publishedAt,
    ).toBe('2025-07-08');
    // A caption dates the ceremony; the story quotes the head two days later.
    expect(
      read(
        'Pemkab Klaten Raih Penghargaan',
        'Bupati menerima penghargaan di Jakarta, Jumat (10/11/2023).\nIa mengatakan inovasi itu hasil kerja bersama, kata dia kepada wartawan, Minggu (12/11/2023).',
      ).publishedAt,
    ).toBe('2023-11-12');
  });

  it('takes the year of a yearless opening day from the headline', () => {
    expect(
      read(
        'Peluncuran Laboratorium Inovasi Kabupaten Bima 2022',
        'BIMA – Deputi LAN membuka peluncuran inovasi daerah di aula bupati, Kamis (8/9).',
      ).publishedAt,
    ).toBe('2022-09-08');
  });

  it('reads a path dated day first, and prefers the address to a date line far from it', () => {
    expect(urlDate('https://berita.example.id/daerah/12/03/2021/judul/')).toEqual({
      year: 2021,
      date: '2021-03-12',
    });
    // The site's clock above the article is not its date.
    expect(
      read(
        'PPSDM Pilih Kota Binjai sebagai Lokus',
        'Monday, June 3, 2024\nBINJAI – Peserta PKA mengunjungi Balai Kota Binjai, Kamis (11/3).',
        'https://berita.example.id/daerah/12/03/2021/ppsdm-pilih-kota-binjai/',
      ).publishedAt,
    ).toBe('2021-03-12');
  });

  it('reads a visit’s length told before its first day, and a range around the day of the welcome', () => {
    expect(
      read(
        'Peserta Diklatpim IV ke Kota Salatiga',
        'Kunjungan lapangan dilaksanakan selama 3 hari mulai 9 Oktober 2018 di Kota Salatiga.',
      ),
    ).toMatchObject({ startDate: '2018-10-09', endDate: '2018-10-11' });
    expect(
      read(
        'Peserta PKA ke Kota Palu',
        'Selasa, 14 Mei 2019\nWali Kota Palu menerima kunjungan peserta PKA, Selasa (14/5/2019). Kegiatan yang diikuti 30 peserta ini dimulai hari Senin tanggal 13 Mei hingga 15 Mei 2019.',
      ),
    ).toMatchObject({ startDate: '2019-05-13', endDate: '2019-05-15' });
  });

  it('dates a virtual visitation (VKN) and forgives a digit glued to a month', () => {
    expect(
      read(
        'Peserta PKN II Ikuti VKN',
        'Kegiatan VKN bagi 40 peserta PKN Tingkat II angkatan III ini dilaksanakan pada Kamis, 2 Juli 2020.',
      ).startDate,
    ).toBe('2020-07-02');
    expect(
      read(
        'Studi Lapangan PKA ke Kabupaten Kepulauan Aru',
        'Rombongan diterima Sekda pada Senin 12 Mei3 2025.',
      ).startDate,
    ).toBe('2025-05-12');
  });

  it('keeps a sentence whole across a shortened first name: "H. Moh. Taufiq"', () => {
    expect(
      read(
        'Desa Batu Layar Jadi Lokus',
        'Batu Layar, Kamis 9 Mei 2019 – Kedatangan peserta diterima Sekda H. Moh. Taufiq di Aula Kantor Bupati, Kamis (9/5).',
      ).startDate,
    ).toBe('2019-05-09');
  });
});
