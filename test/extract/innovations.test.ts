import { describe, expect, it } from 'vitest';
import {
  findInnovations,
  innovationKey,
  normaliseInnovation,
} from '../../shared/extract/innovations/index.ts';

const names = (text: string) => findInnovations(text).map((i) => i.name);

describe('findInnovations', () => {
  it.each([
    ['Dinas itu punya inovasi Si Cepot (Sistem Cepat Tanggap Online).', ['Si Cepot']],
    ['Peserta melihat aplikasi SiMantul (Sistem Monitoring Terpadu Layanan) di sana.', ['SiMantul']],
    ['Warga memakai aplikasi antrean dan pengaduan terpadu SiAntri setiap hari.', ['SiAntri']],
    ['Peserta mempelajari kanal aduan WargaLapor! yang dikelola dinas.', ['WargaLapor!']],
    ['Peserta melihat layanan antrean di Kantor Camat.', []],
    ['Dinas Sosial yang mengelola Rumah Singgah Ceria menerima peserta.', ['Rumah Singgah Ceria']],
    ['Ia menjelaskan program unggulan yaitu "Gerakan Cinta Posyandu" di desa.', ['Gerakan Cinta Posyandu']],
    ['Kelurahan itu memperkenalkan Gerakan Pilah Sampah kepada peserta.', ['Gerakan Pilah Sampah']],
    ['Peserta mempelajari sistem e-Office Terpadu dan e-Kinerja.', ['e-Office Terpadu', 'e-Kinerja']],
  ])('a name, not its spelled-out bracket or a description: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Puskesmas ini dikenal lewat inovasi Sapa Lansia yang menjangkau warga.', ['Sapa Lansia']],
    ['Peserta mempelajari program Gerbang Desa Madani di sana.', ['Gerbang Desa Madani']],
    ['Warga cukup memakai aplikasi Sipandu Online untuk mengurus izin.', ['Sipandu Online']],
    ['Dinas itu meluncurkan inovasi bernama Lapor Bos sejak 2019.', ['Lapor Bos']],
    ['Inovasi unggulan berupa Jemput Bola Adminduk diperkenalkan.', ['Jemput Bola Adminduk']],
    ['Kecamatan itu mengembangkan SIPANDAI (Sistem Pelayanan Administrasi Desa) untuk warga.', ['SIPANDAI']],
    ['Mal itu menghadirkan antrean daring SI-CEPAT bagi pemohon.', ['SI-CEPAT']],
    ['Dinas itu menerapkan pelayanan prima bagi warga.', []],
    ['Peserta melihat Sistem Informasi Desa Terpadu (SIDT) di balai desa.', ['SIDT']],
    ['Bupati memaparkan Gerakan Ayo Tanam Pohon (Gatapo) di pendopo.', ['Gatapo']],
    ['Inovasinya Brigade Siaga Bencana (BSB) siap 24 jam.', ['Brigade Siaga Bencana']],
    ['Bupati mengenalkan gerakan "Sapa Warga ka Nagari" kepada peserta.', ['Sapa Warga ka Nagari']],
    ['Sesi itu berlangsung lewat aplikasi Zoom Meeting dan kanal YouTube.', []],
  ])('after a cue word: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads a list after "diantaranya" and stops at "dan lainnya"', () => {
    expect(
      names(
        'Kecamatan ini memiliki banyak inovasi, diantaranya Pasar Rakyat Online, Kartu Sehat Warga, Si Cantik dan lainnya.',
      ),
    ).toEqual(['Pasar Rakyat Online', 'Kartu Sehat Warga', 'Si Cantik']);
    expect(names('Program unggulan antara lain Sekolah Lansia dan Bank Sampah Induk.')).toEqual([
      'Sekolah Lansia',
      'Bank Sampah Induk',
    ]);
  });

  it('skips list items that are prose, not names', () => {
    expect(
      names('Ada dua inovasi yakni inovasi pelayanan terpadu di kantor camat dan inovasi Ojek Dokumen.'),
    ).toEqual(['Ojek Dokumen']);
  });

  it('normalises e-names and reads the acronym, not its expansion', () => {
    expect(names('Inovasi berupa e- Sakip yaitu Elektronik Sistem Akuntabilitas Kinerja.')).toEqual([
      'e-Sakip',
    ]);
    expect(names('Aplikasi E – Kinerja memudahkan pegawai.')).toEqual(['E-Kinerja']);
    expect(normaliseInnovation('e – Office ')).toBe('e-Office');
    expect(innovationKey('e- RK')).toBe(innovationKey('E-RK'));
  });

  it('reads a quoted name in a sentence about a program', () => {
    expect(names('Desa ini menjalankan program penguatan “Desa Digital Mandiri” bagi warga.')).toEqual([
      'Desa Digital Mandiri',
    ]);
    expect(names('“Kami senang sekali bisa belajar di sini,” kata peserta.')).toEqual([]);
  });

  it('leaves generic phrases and regions alone', () => {
    expect(names('Inovasi ini bertujuan meningkatkan program inovasi dan inovasi pelayanan publik.')).toEqual(
      [],
    );
    expect(names('Program Diklatpim IV dan program Kota Bogor berjalan.')).toEqual([]);
    expect(names('Tidak ada apa-apa di sini.')).toEqual([]);
  });

  it('names each innovation once', () => {
    expect(names('Inovasi Ruang Tunggu Ramah Anak atau inovasi Ruang Tunggu Ramah Anak.')).toEqual([
      'Ruang Tunggu Ramah Anak',
    ]);
  });
});

describe('findInnovations: quoted names', () => {
  it.each([
    ['Dinas itu dikenal lewat inovasi "Sekolah Goes to Village" bagi warga.', ['Sekolah Goes to Village']],
    ['Puskesmas menerapkan inovasi "Posyandu Siaga 24 Jam" untuk ibu hamil.', ['Posyandu Siaga 24 Jam']],
    [
      'Mereka belajar inovasi "Ayo Sekolah Lagi (ASL)", yaitu pendampingan anak putus sekolah.',
      ['Ayo Sekolah Lagi'],
    ],
    [
      'Badan itu memperkenalkan "e-Retribusi Pasar" dan "Pasar Corner" kepada peserta.',
      ['e-Retribusi Pasar', 'Pasar Corner'],
    ],
    ['RSUD Al-Ihsan\' Baleendah menerapkan inovasi "Bidan Jaga Malam" di IGD.', ['Bidan Jaga Malam']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it('reads a long quoted title the sentence says won, or calls an innovation’s title', () => {
    expect(
      names(
        'Dari 12 inovasi yang diusulkan Pemkab Sleman, “LAYANAN ADMINISTRASI KEPENDUDUKAN DI TINGKAT DUSUN: WARGA TAK PERLU KE KANTOR” berhasil masuk Top 45 KIPP 2022.',
      ),
    ).toEqual(['LAYANAN ADMINISTRASI KEPENDUDUKAN DI TINGKAT DUSUN: WARGA TAK PERLU KE KANTOR']);
    expect(
      names(
        'Puskesmas Kalibawang mengirim inovasi berjudul "Bunda Cerdas Mengasuh, Anak Sehat Terlindungi dari Stunting Sejak Dini" ke tingkat provinsi.',
      ),
    ).toEqual(['Bunda Cerdas Mengasuh, Anak Sehat Terlindungi dari Stunting Sejak Dini']);
    // A quoted saying, however long, is no title.
    expect(
      names('Bupati berpesan, “Pelayanan Harus Cepat, Jangan Sampai Warga Menunggu Terlalu Lama.” Kamis.'),
    ).toEqual([]);
    expect(
      names('“Kami Ingin Semua Warga Terlayani Tanpa Harus Datang ke Kantor Kecamatan” kata Camat.'),
    ).toEqual([]);
  });

  it('never takes the spell-out after a quoted name for a name', () => {
    expect(names('Dinas itu punya inovasi "Si Rapi" (Sistem Rekam Arsip Pintar Ibu).')).toEqual(['Si Rapi']);
  });
});

describe('findInnovations: described names after what the group learns or how a name is given', () => {
  it.each([
    ['Kelompok dua mempelajari pengelolaan Kartu Sehat Nagari (KSN) di sana.', ['Kartu Sehat Nagari']],
    ['Peserta melihat penerapan Taman Lorong Hijau (Tamlohi) di kelurahan.', ['Taman Lorong Hijau']],
    ['Salah satunya Bantuan Sekolah Gratis (Basegra) bagi anak yatim.', ['Bantuan Sekolah Gratis']],
    ['Desa itu dikenal dengan Badan Usaha Milik Desa (BUMDes) Sumber Rejeki.', ['BUMDes Sumber Rejeki']],
    ['Badan itu menerapkan Sistem Informasi Manajemen Arsip Pelayanan Daerah (SIMPADA).', ['SIMPADA']],
    ['Aplikasi antrean yang diberi nama Antre Cepat Warga diluncurkan tahun ini.', ['Antre Cepat Warga']],
    [
      'Peserta berdiskusi tentang Rumah Inovasi Bersama, wadah kolaborasi perangkat daerah.',
      ['Rumah Inovasi Bersama'],
    ],
    ['Dinas itu punya inovasi SIGAP atau Siaga Gawat Darurat Pasien, layanan ambulans gratis.', ['SIGAP']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    'Peserta meninjau pasar di kawasan Pantai Indah, program penataan pedagang kaki lima.',
    'Peserta mempelajari Dinas Kesehatan (Dinkes) Kabupaten Garut.',
    'Dulu daerah ini dikenal dengan Kota Seribu Sungai dan hutan rawa.',
    'Peserta melihat penerapan Peraturan Daerah tentang pajak.',
  ])('no name: %s', (text) => expect(names(text)).toEqual([]));

  it('gives a described name’s acronym as its other name', () => {
    expect(findInnovations('Mereka mendalami Jaminan Sosial Lansia (Jamsosla) di sana.')).toMatchObject([
      { name: 'Jaminan Sosial Lansia', alias: 'Jamsosla' },
    ]);
  });
});

describe('findInnovations: lists, short names in brackets, awards', () => {
  it.each([
    [
      'Beberapa program unggulan Pemkab Sleman yang dikenal luas seperti Sleman Smart (SS), Posyandu Digital, dan Lapor Sleman.',
      ['Sleman Smart', 'Posyandu Digital', 'Lapor Sleman'],
    ],
    [
      'Dua inovasi Pemkab Klaten masuk Top 99, yakni Kampung Tangguh Bencana (Katana) dari Dinas Sosial dan Sambang Warga untuk Klaten dari Kecamatan Wedi.',
      ['Kampung Tangguh Bencana', 'Sambang Warga'],
    ],
    // After a name, "yaitu" spells it out and lists nothing.
    ['Inovasi berupa e-Sapa yaitu Elektronik Sistem Aduan Publik Anda.', ['e-Sapa']],
    // The words of an award or its category are no name.
    ['Kabupaten Pati masuk Top 99 Inovasi Pelayanan Publik 2021 kategori Kelompok Umum.', []],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it('keeps the short name in brackets as the other name, and says when both go together', () => {
    expect(
      findInnovations('Pemkot memamerkan inovasi Rumah Baca Warga (Rubaga) di taman kota.'),
    ).toMatchObject([{ name: 'Rumah Baca Warga', alias: 'Rubaga', both: true }]);
    // A longer bracket spells the name out: it is no name of its own.
    expect(names('Puskesmas itu punya inovasi Sahabat TB (Saling Bantu Pasien Tuberkulosis).')).toEqual([
      'Sahabat TB',
    ]);
    // The acronym of a "Sistem …" is what it goes by.
    expect(
      findInnovations('Dinas itu menerapkan aplikasi Sistem Antrean Terpadu Online (SANTO).'),
    ).toMatchObject([{ name: 'SANTO', alias: 'Sistem Antrean Terpadu Online' }]);
  });

  it('drops the cue written twice, and a unit with its address', () => {
    expect(names('Kota ini juara berkat program Inovasi Lumbung Pangan Kota.')).toEqual([
      'Lumbung Pangan Kota',
    ]);
    expect(names('Inovasi itu usulan inovasi Desa Karangrejo Kecamatan Borobudur.')).toEqual([]);
  });

  it('reads in a headline that capitalises every word only a name that cannot be prose', () => {
    expect(findInnovations('Aplikasi Antrean Puskesmas Kota Kediri Raih Penghargaan', true)).toEqual([]);
    expect(
      findInnovations('Aplikasi SiKesling Kota Kediri Raih Penghargaan', true).map((i) => i.name),
    ).toEqual(['SiKesling']);
  });
});

describe('findInnovations: short names spelt out, headlines', () => {
  it('reads a short name the bracket after it spells out as a movement, system or programme', () => {
    expect(
      names('Dispendukcapil memaparkan GEMAS (Gerakan Masyarakat Sadar Adminduk) kepada peserta.'),
    ).toEqual(['GEMAS']);
    expect(names('Ia memaparkan SiMonik (Sistem Monitoring Kinerja) di hadapan peserta.')).toEqual([
      'SiMonik',
    ]);
    // An office spelt out is no innovation, nor a bracket that does not spell the name.
    expect(names('BPBD (Badan Penanggulangan Bencana Daerah) hadir di lokasi.')).toEqual([]);
    expect(names('Tim MANTAP (Gerakan Bersama Warga Desa) hadir.')).toEqual([]);
  });

  it('reads the innovation a headline names after its verb', () => {
    const headline = (text: string) => findInnovations(text, true).map((i) => i.name);
    expect(headline('Peserta PKA BPSDM Kaltim Belajar Inovasi SiJempol ke Kabupaten Kulon Progo')).toEqual([
      'SiJempol',
    ]);
    expect(headline('Deputi Kajian dan Inovasi Manajemen Terima Peserta PKN')).toEqual([]);
  });
});

describe('findInnovations: systems used, names no prose has', () => {
  it.each([
    ['Warga kini bisa mengurus izin lewat SiCantik Cloud tanpa datang ke kantor.', ['SiCantik Cloud']],
    ['Masyarakat cukup mengakses Lapor Bupati Online untuk menyampaikan aduan.', ['Lapor Bupati Online']],
    ['Peserta melihat langsung penerapan SIPANDU di kantor kecamatan.', ['SIPANDU']],
    ['Pendaftaran dilakukan menggunakan Antrean Mobile dari rumah.', ['Antrean Mobile']],
    // What is used may be an office or a meeting: no name.
    ['Kegiatan ini dikoordinasikan melalui Dinas Kesehatan dan Bappeda.', []],
    ['Hal itu diputuskan melalui Rapat Koordinasi Daerah.', []],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('findInnovations: plain names the group studies', () => {
  it('reads them where the unit they are studied at, or an innovation, follows', () => {
    expect(
      names(
        'Kelompok dua mendalami Lapor Bupati dan Klinik Investasi di Dinas Penanaman Modal Kabupaten Kendal.',
      ),
    ).toEqual(['Lapor Bupati', 'Klinik Investasi']);
    expect(
      names('Peserta mendapat paparan tentang Kendal Smart City dan aplikasi e-Lapak dari Diskominfo.'),
    ).toEqual(['Kendal Smart City', 'e-Lapak']);
  });

  it('leaves capitalised phrases alone where nothing shows they are names', () => {
    expect(names('Peserta mempelajari Tata Kelola Keuangan Daerah dengan seksama.')).toEqual([]);
    expect(names('Peserta mendalami Pelayanan Publik di Dinas Kesehatan.')).toEqual([]);
    expect(names('Peserta mempelajari Sejarah Kota Lama di Museum Bahari.')).toEqual([]);
  });
});

describe('findInnovations: names given in other ways', () => {
  it.each([
    // "X atau <its long form>": the long form spells the name out.
    [
      'Dinas Perikanan mengusulkan inovasi dengan judul Jala Emas atau Jaringan Nelayan Aman dan Sejahtera.',
      ['Jala Emas'],
    ],
    [
      'Sebagai contoh, Perpustakaan Keliling Desa, yang menjangkau dusun terpencil.',
      ['Perpustakaan Keliling Desa'],
    ],
    [
      'Kampung Warna Warni yang merupakan program untuk kelurahan kumuh menarik wisatawan.',
      ['Kampung Warna Warni'],
    ],
    [
      'Batu Shining and Smart City sebagai platform dan induk kota pintar terus dikembangkan.',
      ['Batu Shining and Smart City'],
    ],
    ['Di kota ini ada namanya sapa warga pagi yang dijalankan setiap lurah.', ['sapa warga pagi']],
    // A description before the name, then the unit that runs it.
    ['Ada pula kebijakan perbaikan jalan Jalan Mulus Desa yang diterapkan Dinas PUPR.', ['Jalan Mulus Desa']],
    // A system's long name runs on to its short name in brackets.
    [
      'Gubernur memaparkan Sistem Pelayanan Nikah untuk Warga Pesisir (Sipenikah) di hadapan panelis.',
      ['Sistem Pelayanan Nikah untuk Warga Pesisir'],
    ],
    // A lone word in "-an" is a name where it begins as system names do.
    ['Bupati memaparkan aplikasi Hadirku dan Sidakan dalam tata kelola.', ['Hadirku', 'Sidakan']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});
