import { describe, expect, it } from 'vitest';
import { prepareSource } from '../../shared/extract/text.ts';
import {
  addNicknameMentions,
  findRegionMentions,
  rankHostRegions,
  resolveAmbiguousMentions,
} from '../../shared/extract/regions/index.ts';
import { regionByName } from '../../shared/regions/index.ts';

const names = (text: string) => findRegionMentions(text).map((m) => m.region.name);

function hosts(title: string, body: string): string[] {
  const source = prepareSource(title, body);
  const mentions = source.sentences.map((s) => findRegionMentions(s.text));
  resolveAmbiguousMentions(mentions.flat());
  return rankHostRegions(source.sentences, mentions)
    .map((h) => h.region.name)
    .sort();
}

describe('findRegionMentions: the forms articles use', () => {
  it.each([
    ['Peserta tiba di Kabupaten Sumedang pagi tadi.', 'Kabupaten Sumedang'],
    ['Rombongan menuju Kab. Sleman setelah makan siang.', 'Kabupaten Sleman'],
    ['Kunjungan ke Kab Kulon Progo berlangsung dua hari.', 'Kabupaten Kulon Progo'],
    ['Pemkab Lamongan menyiapkan paparan.', 'Kabupaten Lamongan'],
    ['Pemerintah Kabupaten Trenggalek menyambut peserta.', 'Kabupaten Trenggalek'],
    ['Sambutan disampaikan Bupati Sumenep.', 'Kabupaten Sumenep'],
    ['Wakil Bupati Magetan hadir dalam paparan.', 'Kabupaten Magetan'],
    ['Pemkot Madiun berbagi pengalaman.', 'Kota Madiun'],
    ['Pemko Medan menerima rombongan.', 'Kota Medan'],
    ['Pemerintah Kota Cimahi menjadi tuan rumah.', 'Kota Cimahi'],
    ['Walikota Probolinggo membuka acara.', 'Kota Probolinggo'],
    ['Wali Kota Pasuruan membuka acara.', 'Kota Pasuruan'],
    ['Gubernur Sulawesi Selatan memberi arahan.', 'Provinsi Sulawesi Selatan'],
    ['Pemprov Kalimantan Timur berbagi praktik baik.', 'Provinsi Kalimantan Timur'],
    ['Mereka belajar di Prov. Kepulauan Riau.', 'Provinsi Kepulauan Riau'],
    ['Pemerintah Provinsi Gorontalo menyiapkan lokasi.', 'Provinsi Gorontalo'],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each([
    ['Peserta ke Jatim untuk belajar.', 'Provinsi Jawa Timur'],
    ['Pemprov Jabar menerima tamu.', 'Provinsi Jawa Barat'],
    ['Studi lapangan di Jateng.', 'Provinsi Jawa Tengah'],
    ['Sulsel dikenal dengan inovasinya.', 'Provinsi Sulawesi Selatan'],
    ['Pemprov Sumut menggelar paparan.', 'Provinsi Sumatera Utara'],
    ['Kaltim menjadi tujuan.', 'Provinsi Kalimantan Timur'],
    ['Lokus di Kalsel dipilih.', 'Provinsi Kalimantan Selatan'],
    ['Peserta berangkat ke NTB.', 'Provinsi Nusa Tenggara Barat'],
    ['Peserta berangkat ke NTT.', 'Provinsi Nusa Tenggara Timur'],
    ['Kunjungan ke DIY berjalan lancar.', 'Provinsi Daerah Istimewa Yogyakarta'],
    ['Pemprov DKI Jakarta menyiapkan paparan.', 'Provinsi Daerah Khusus Ibukota Jakarta'],
    ['Rombongan tiba di Sumbar.', 'Provinsi Sumatera Barat'],
    ['Sulut, Kalbar dan Kalteng', 'Provinsi Sulawesi Utara'],
    ['Peserta dari Babel dan Kepri.', 'Provinsi Kepulauan Bangka Belitung'],
    ['Malut menjadi lokus.', 'Provinsi Maluku Utara'],
  ])('abbreviation: %s', (text, expected) => {
    expect(names(text)[0]).toBe(expected);
  });

  it('reads the rest of a list of abbreviations', () => {
    expect(names('Sulut, Kalbar dan Kalteng')).toEqual([
      'Provinsi Sulawesi Utara',
      'Provinsi Kalimantan Barat',
      'Provinsi Kalimantan Tengah',
    ]);
    expect(names('Sultra, Sulteng, Sulbar')).toEqual([
      'Provinsi Sulawesi Tenggara',
      'Provinsi Sulawesi Tengah',
      'Provinsi Sulawesi Barat',
    ]);
  });

  it.each([
    ['Belajar inovasi di Kota Kembang.', 'Kota Bandung'],
    ['Paris van Java kembali dikunjungi.', 'Kota Bandung'],
    ['Rombongan tiba di Kota Pahlawan.', 'Kota Surabaya'],
    ['Peserta menimba ilmu di Bumi Blambangan.', 'Kabupaten Banyuwangi'],
    ['The Sunrise of Java menyambut peserta.', 'Kabupaten Banyuwangi'],
    ['Kota Hujan menjadi lokus.', 'Kota Bogor'],
    ['Peserta berangkat ke Kota Gudeg.', 'Kota Yogyakarta'],
    ['Kota Pelajar punya banyak inovasi.', 'Kota Yogyakarta'],
    ['Studi lapangan di Kota Daeng.', 'Kota Makassar'],
    ['Kota Lumpia berbenah.', 'Kota Semarang'],
    ['Kota Atlas berbenah.', 'Kota Semarang'],
    ['Di Kota Batik peserta belajar.', 'Kota Pekalongan'],
    ['Tim berangkat ke Bumi Cenderawasih.', 'Provinsi Papua'],
    ['Peserta ke Jogja pekan depan.', 'Kota Yogyakarta'],
    ['Kunjungan ke Solo.', 'Kota Surakarta'],
    ['Rombongan bertolak ke Bumi Sembada.', 'Kabupaten Sleman'],
    ['Di Bumi Handayani peserta melihat embung.', 'Kabupaten Gunungkidul'],
    ['Kota Tinutuan menyambut tamu dari Kalimantan.', 'Kota Manado'],
    ['Tim tiba di Port Numbay sore hari.', 'Kota Jayapura'],
    ['Butta Panrita Lopi jadi tujuan berikutnya.', 'Kabupaten Bulukumba'],
    ['Kelompok dua belajar di Kota Jam Gadang.', 'Kota Bukittinggi'],
    ['Benchmarking ke Negeri Serumpun Sebalai.', 'Provinsi Kepulauan Bangka Belitung'],
    ['Peserta melawat ke Bumi Nyiur Melambai.', 'Provinsi Sulawesi Utara'],
    ['Inovasi desa di Belitong.', 'Kabupaten Belitung'],
    ['Bertolak ke Purwokerto.', 'Kabupaten Banyumas'],
    ['Rombongan singgah di Tanjungpandan.', 'Kabupaten Belitung'],
    ['Pemda Lotim memaparkan program.', 'Kabupaten Lombok Timur'],
    ['Peserta ke Kota Khatulistiwa.', 'Kota Pontianak'],
  ])('nickname: %s', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it('leaves ambiguous nicknames alone', () => {
    expect(names('Peserta ke Kota Apel dan Kota Santri.')).toEqual([]);
    expect(names('Studi tiru di Kota Tahu.')).toEqual([]);
  });

  it('reads a nickname two regions bear as the one the article names otherwise', () => {
    const kediri = regionByName('Kota Kediri')!;
    const sumedang = regionByName('Kabupaten Sumedang')!;
    const text = 'Peserta belajar di Kota Tahu itu.';
    expect(addNicknameMentions(text, [], [kediri]).map((m) => m.region.name)).toEqual(['Kota Kediri']);
    expect(addNicknameMentions(text, [], [sumedang]).map((m) => m.region.name)).toEqual([
      'Kabupaten Sumedang',
    ]);
    // Both named, or neither: the nickname says nothing.
    expect(addNicknameMentions(text, [], [kediri, sumedang])).toEqual([]);
    expect(addNicknameMentions(text, [], [regionByName('Kota Bandung')!])).toEqual([]);
  });

  it.each([
    ['Peserta tiba di Tanjung Balai.', 'Kota Tanjungbalai'],
    ['Pemkot Tanjungbalai menyambut.', 'Kota Tanjungbalai'],
    ['Kunjungan ke Pangkalpinang.', 'Kota Pangkal Pinang'],
    ['Kota Pangkal Pinang', 'Kota Pangkal Pinang'],
    ['Pemkot Bau-Bau berbagi.', 'Kota Bau Bau'],
    ['Rombongan ke Baubau.', 'Kota Bau Bau'],
    ['Studi lapangan ke Palangka Raya.', 'Kota Palangkaraya'],
    ['Kabupaten Toli-Toli', 'Kabupaten Toli-Toli'],
    ['Kabupaten Tolitoli', 'Kabupaten Toli-Toli'],
    ['Pemkab Gunung Kidul', 'Kabupaten Gunungkidul'],
    ['Pemkot Bukit Tinggi', 'Kota Bukittinggi'],
    ['Kabupaten Fakfak', 'Kabupaten Fak Fak'],
  ])('spelling without or with a space: %s', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it('prefers the longest name: "Bandung Barat", "Jakarta Selatan", "Aceh Besar"', () => {
    expect(names('Pemkab Bandung Barat')).toEqual(['Kabupaten Bandung Barat']);
    expect(names('Kantor Wali Kota Jakarta Selatan')).toEqual(['Kota Administrasi Jakarta Selatan']);
    expect(names('Peserta ke Aceh Besar.')).toEqual(['Kabupaten Aceh Besar']);
    expect(names('Peserta ke Aceh.')).toEqual(['Provinsi Aceh']);
  });

  it('keeps both readings of a bare ambiguous name, the city first', () => {
    const [bandung] = findRegionMentions('Peserta berangkat ke Bandung.');
    expect(bandung.candidates.map((r) => r.name)).toEqual(['Kota Bandung', 'Kabupaten Bandung']);
    expect(findRegionMentions('Pemkab Bandung')[0].candidates.map((r) => r.name)).toEqual([
      'Kabupaten Bandung',
    ]);
  });

  it('resolves a bare ambiguous name by what the article names explicitly', () => {
    const mentions = [
      ...findRegionMentions('Peserta ke Bogor.'),
      ...findRegionMentions('Mereka diterima Pemkab Bogor.'),
    ];
    resolveAmbiguousMentions(mentions);
    expect(mentions.map((m) => m.region.name)).toEqual(['Kabupaten Bogor', 'Kabupaten Bogor']);
  });

  it('needs a kind word for names that are everyday words or given names', () => {
    expect(names('Batu itu besar. Pati singkong. Kata Bima, inovasi itu penting.')).toEqual([]);
    expect(names('Pemkot Batu dan Bupati Pati')).toEqual(['Kota Batu', 'Kabupaten Pati']);
  });

  it('reads lowercase prose as prose', () => {
    expect(names('pusat kota yang ramai dan kabupaten ini luas')).toEqual([]);
    expect(names('malang nian nasibnya')).toEqual([]);
  });

  it('accepts a one-letter typo of a long name the article already uses', () => {
    const banyuwangi = regionByName('Kabupaten Banyuwangi')!;
    expect(findRegionMentions('datang ke Banyueangi', [banyuwangi]).map((m) => m.region.name)).toEqual([
      'Kabupaten Banyuwangi',
    ]);
    expect(findRegionMentions('datang ke Banyueangi')).toEqual([]);
    expect(findRegionMentions('datang ke Banyuxxngi', [banyuwangi])).toEqual([]);
  });

  it('marks where the kind word starts and the name ends', () => {
    const [m] = findRegionMentions('diterima Wali Kota Malang kemarin');
    expect(m.form).toBe('head');
    expect('diterima Wali Kota Malang kemarin'.slice(m.start, m.end)).toBe('Wali Kota Malang');
  });
});

describe('rankHostRegions: host versus organiser home, dateline and passing mentions', () => {
  it('drops the organiser home and the dateline', () => {
    expect(
      hosts(
        'Peserta PKP BPSDM Provinsi Lampung Studi Lapangan ke Kabupaten Gowa',
        'BANDAR LAMPUNG (5/6) – BPSDM Provinsi Lampung memberangkatkan peserta. Rombongan diterima Bupati Gowa di rumah jabatan. Peserta mengunjungi Dinas Kesehatan Kabupaten Gowa.',
      ),
    ).toEqual(['Kabupaten Gowa']);
  });

  it('keeps every region of a list of destinations, not only the first', () => {
    expect(
      hosts(
        'Peserta PKN Tingkat II Gelar Visitasi ke Tiga Daerah',
        'Peserta PKN Tingkat II melaksanakan visitasi pekan ini. Tiga daerah menjadi tujuan visitasi, yakni Kabupaten Lombok Timur, Kota Pariaman dan Kabupaten Sumedang. Di Kabupaten Lombok Timur, peserta disambut Bupati.',
      ),
    ).toEqual(['Kabupaten Lombok Timur', 'Kabupaten Sumedang', 'Kota Pariaman']);
    expect(
      hosts(
        'Studi Lapangan Peserta PKA',
        'Peserta PKA melakukan studi lapangan. Lokus studi lapangan meliputi Kota Madiun, Jawa Timur, Kabupaten Bantaeng serta Kota Tegal. Di Kota Madiun peserta disambut Wali Kota.',
      ),
    ).toEqual(['Kabupaten Bantaeng', 'Kota Madiun', 'Kota Tegal']);
  });

  it('never takes regions given as examples or as the trainees’ homes for a list of destinations', () => {
    expect(
      hosts(
        'Peserta PKA Studi Lapangan ke Kota Pekalongan',
        'Peserta PKA studi lapangan ke Kota Pekalongan. Inovasi kota itu juga ditiru daerah lain, yaitu Kabupaten Kendal dan Kabupaten Batang. Wali Kota Pekalongan menerima peserta.',
      ),
    ).toEqual(['Kota Pekalongan']);
    expect(
      hosts(
        'Peserta PKP Belajar ke Kota Cimahi',
        'Peserta PKP yang berasal dari tiga daerah, yaitu Kabupaten Garut, Kabupaten Ciamis dan Kota Banjar, berkunjung ke Kota Cimahi. Mereka diterima Wali Kota Cimahi.',
      ),
    ).toEqual(['Kota Cimahi']);
  });

  it('drops the trainees’ origin attached to the program name', () => {
    expect(
      hosts(
        'Peserta Diklatpim IV Sulteng Belajar ke Kota Surabaya',
        'Peserta Diklatpim IV Sulteng berkunjung ke Kota Surabaya. Mereka diterima Wali Kota Surabaya.',
      ),
    ).toEqual(['Kota Surabaya']);
  });

  it('drops earlier visits and provinces named as qualifiers', () => {
    expect(
      hosts(
        'Belajar Inovasi ke Kabupaten Sumedang',
        'Pelatihan Kepemimpinan Administrator angkatan 12 menjadikan Kabupaten Sumedang, Jawa Barat sebagai lokus. Tahun lalu peserta pernah ke Kabupaten Purworejo. Kabupaten Sumedang dikenal dengan inovasi digital. Peserta diterima Bupati Sumedang.',
      ),
    ).toEqual(['Kabupaten Sumedang']);
  });

  it('keeps several hosts when each has its own visit', () => {
    expect(
      hosts(
        'PKA ke Kota Malang dan Kota Batu',
        'Kelompok satu berkunjung ke Pemkot Malang. Kelompok dua berkunjung ke Pemkot Batu. Wali Kota Malang dan Wali Kota Batu menerima peserta.',
      ),
    ).toEqual(['Kota Batu', 'Kota Malang']);
  });

  it('keeps a province host when no kabupaten/kota of it is visited', () => {
    expect(
      hosts(
        'PKN II Belajar ke Pemprov Jawa Tengah',
        'Peserta PKN II melakukan studi lapangan ke Pemerintah Provinsi Jawa Tengah. Mereka diterima Gubernur Jawa Tengah di Semarang.',
      ),
    ).toEqual(['Provinsi Jawa Tengah']);
  });

  it('does not take a mayor’s given name for a region', () => {
    expect(
      hosts(
        'Benchmarking ke Kota Tangerang',
        'Peserta berkunjung ke Kota Tangerang. Mereka diterima Wali Kota Bima Arya di aula. Kota Tangerang punya banyak inovasi.',
      ),
    ).toEqual(['Kota Tangerang']);
  });

  it('drops the visitors’ home in a report written by the host', () => {
    expect(
      hosts(
        'Pemkab Sumedang Terima Kunjungan Peserta PKN II dari Pemprov Riau',
        'Pemerintah Kabupaten Sumedang menerima kunjungan peserta PKN II dari Pemerintah Provinsi Riau. Rombongan disambut Bupati Sumedang di Gedung Negara.',
      ),
    ).toEqual(['Kabupaten Sumedang']);
  });

  it('drops the organiser home named by its short form, however often it recurs', () => {
    expect(
      hosts(
        'Kukar Timba Ilmu Pelayanan dari Kota Madiun',
        'Peserta PKP BKPSDM Kabupaten Kutai Kartanegara berkunjung ke Pemkot Madiun. Rombongan BKPSDM Kukar diterima Wali Kota Madiun. "Madiun mirip Kukar," kata ketua rombongan.',
      ),
    ).toEqual(['Kota Madiun']);
  });

  it('drops a dateline that opens a later paragraph, after a date line', () => {
    expect(
      hosts(
        'Peserta PKA Studi Lapangan ke Kabupaten Kendal',
        'Rabu, 3 Juli 2024 | Penulis: Humas\nSEMARANG, Jateng (ANTARA) – Peserta PKA melakukan studi lapangan ke Kabupaten Kendal.\nKendari – Rombongan diterima Bupati Kendal.',
      ),
    ).toEqual(['Kabupaten Kendal']);
  });

  it('does not take a town the group only passes through for a host', () => {
    expect(
      hosts(
        'Observasi Lapangan Diklatpim III ke Kabupaten Wonosobo',
        'Peserta diklat melakukan observasi lapangan ke Kabupaten Wonosobo. Dalam perjalanan rombongan transit di Kota Magelang dan Kota Salatiga. Rombongan berangkat via Kabupaten Temanggung dan sempat singgah di Kabupaten Kendal.',
      ),
    ).toEqual(['Kabupaten Wonosobo']);
  });

  it('takes the region a cohort learns from, also in a virtual visit', () => {
    expect(
      hosts(
        'Peserta PKP Belajar Inovasi dari Kulon Progo',
        'KENDARI – Peserta pelatihan mengikuti benchmarking daring dengan Pemerintah Kabupaten Kulon Progo dari aula kampus di Kendari.',
      ),
    ).toEqual(['Kabupaten Kulon Progo']);
  });

  it('does not take where the trainees report back or go home for a host', () => {
    expect(
      hosts(
        'Benchmarking ke Kabupaten Sragen',
        'Peserta benchmarking ke Kabupaten Sragen. Hasilnya akan diseminarkan dalam seminar kelompok di Kota Pontianak. Peserta lalu kembali ke Kota Pontianak.',
      ),
    ).toEqual(['Kabupaten Sragen']);
  });

  it('does not take a sub-district or street sharing a region’s name for the region', () => {
    expect(
      hosts(
        'Studi Lapangan ke Kabupaten Bandung',
        'Peserta studi lapangan ke Kabupaten Bandung. Mereka ke Desa Garut di Kecamatan Cianjur dan kantor di Jalan Sumedang.',
      ),
    ).toEqual(['Kabupaten Bandung']);
  });

  it('does not count other governments’ trips as this cohort’s visit', () => {
    expect(
      hosts(
        'Inovasi Dinas Sosial Kota Blitar Diganjar Penghargaan',
        'Inovasi itu milik Dinas Sosial Kota Blitar. Inovasi ini menjadi rujukan daerah lain yang datang belajar ke Kota Kediri.',
      ),
    ).not.toContain('Kota Kediri');
  });

  it('returns nothing for an article without regions', () => {
    expect(hosts('Judul', 'Tidak ada wilayah di sini.')).toEqual([]);
  });
});

describe('rankHostRegions: addresses and the organiser’s campus', () => {
  it('takes no province that only gives a kabupaten’s address', () => {
    expect(
      hosts(
        'Peserta PKP Studi Lapangan ke Kabupaten Purwakarta',
        'Peserta melaksanakan studi lapangan di Kabupaten Purwakarta, Provinsi Jawa Barat, selama tiga hari.',
      ),
    ).toEqual(['Kabupaten Purwakarta']);
  });

  it('takes no town where the seminar is held at the organiser’s campus', () => {
    expect(
      hosts(
        'Peserta PKA Belajar ke Kota Madiun',
        'Peserta melakukan studi lapangan ke Kota Madiun. Hasilnya dipaparkan dalam seminar di Kampus BPSDM Kaltara, Tarakan, sebagai bahan aksi perubahan.',
      ),
    ).toEqual(['Kota Madiun']);
  });

  it('keeps a visited kabupaten whose own BKPSDM is among the loci', () => {
    expect(
      hosts(
        'Studi Lapangan di Kabupaten Ciamis',
        'Peserta studi lapangan di Kabupaten Ciamis. Lokus yang dikunjungi yaitu BKPSDM Kabupaten Ciamis.',
      ),
    ).toEqual(['Kabupaten Ciamis']);
  });
});
