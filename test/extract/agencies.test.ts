import { describe, expect, it } from 'vitest';
import { findAgencies, findNamedLoci, type AgencyMention } from '../../shared/extract/agencies/index.ts';
import { findRegionMentions } from '../../shared/extract/regions/index.ts';

const agencies = (text: string): AgencyMention[] => findAgencies(text, findRegionMentions(text));
const names = (text: string) => agencies(text).map((a) => a.name);
const listed = (text: string) =>
  agencies(text)
    .filter((a) => a.role === 'listed')
    .map((a) => a.name);

describe('findAgencies: names', () => {
  it.each([
    [
      'Peserta mengunjungi Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sragen.',
      ['Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sragen'],
    ],
    ['Kelompok dua ke RSUD dr. Soetomo.', ['RSUD dr. Soetomo']],
    ['Kelompok tiga ke Rumah Sakit Umum Daerah (RSUD) dr Iskak Tulungagung.', ['RSUD dr Iskak Tulungagung']],
    ['Rombongan ke RSUD drg Suherman.', ['RSUD drg Suherman']],
    ['Kelompok satu bertolak ke RSUD Prof. Dr. H. Boloni Saleh.', ['RSUD Prof. Dr. H. Boloni Saleh']],
    ['Lokus ketiga yakni Desa Wisata Sukamaju di Kecamatan Cibeureum.', ['Desa Wisata Sukamaju']],
    ['Kunjungan ke Kelurahan Kebonjati yang berada di Kecamatan Sumur Bandung.', ['Kelurahan Kebonjati']],
    [
      'Lokus kedua Badan Penanggulangan Bencana Daerah (BPBD) Sinjai.',
      ['Badan Penanggulangan Bencana Daerah (BPBD) Sinjai'],
    ],
    ['Di sana peserta melihat layanan “Dukcapil Mantap” untuk warga.', []],
    ['Peserta melihat inovasi Sahabat Disdukcapil yang melayani warga.', []],
    ['Kelompok tiga ke RSUD Sidoarjo dan Puskesmas Candi.', ['RSUD Sidoarjo', 'Puskesmas Candi']],
    [
      'Rombongan meninjau Mal Pelayanan Publik Kabupaten Sumedang.',
      ['Mal Pelayanan Publik Kabupaten Sumedang'],
    ],
    ['Mereka ke DPMPTSP, Disdukcapil dan Diskominfo.', ['DPMPTSP', 'Disdukcapil', 'Diskominfo']],
    ['Lokasi kedua adalah Bappeda Kota Probolinggo.', ['Bappeda Kota Probolinggo']],
    [
      'Peserta belajar di Kecamatan Sukajadi dan Kelurahan Cipedes.',
      ['Kecamatan Sukajadi', 'Kelurahan Cipedes'],
    ],
    [
      'Kunjungan ke Inspektorat dan Sekretariat Daerah Kabupaten Klaten.',
      ['Inspektorat', 'Sekretariat Daerah Kabupaten Klaten'],
    ],
    ['Peserta melihat langsung layanan Samsat Keliling dan BPBD.', ['Samsat Keliling', 'BPBD']],
    ['Lokus lain yakni PDAM Tirta Moedal.', ['PDAM Tirta Moedal']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps the commas of a multi-affair office and splits the list around it', () => {
    expect(
      names(
        'Kelompok B di Dinas Perhubungan, Dinas Pemuda, Olahraga dan Pariwisata serta Dinas Perumahan dan Kawasan Permukiman.',
      ),
    ).toEqual([
      'Dinas Perhubungan',
      'Dinas Pemuda, Olahraga dan Pariwisata',
      'Dinas Perumahan dan Kawasan Permukiman',
    ]);
  });

  it('keeps a long form as written, with its bracketed acronym and the region after it', () => {
    expect(
      names('Lokus ketiga yaitu Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Kabupaten Kudus.'),
    ).toEqual(['Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Kabupaten Kudus']);
    expect(
      names('Peserta mengunjungi Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPM-PTSP).'),
    ).toEqual(['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPM-PTSP)']);
  });

  it('keeps a short long form and remembers the acronym', () => {
    const [mall] = agencies('Peserta ke Mall Pelayanan Publik (MPP) milik pemerintah daerah.');
    expect(mall.name).toBe('Mall Pelayanan Publik');
    expect(mall.alias).toBe('MPP');
  });

  it('writes a regional hospital as RSUD', () => {
    expect(names('Peserta juga belajar di Rumah Sakit Umum Daerah Kota Cilegon.')).toEqual([
      'RSUD Kota Cilegon',
    ]);
    expect(names('pelayanan di Rumah sakit umum daerah setempat')).toEqual(['RSUD']);
  });

  it('finds the region inside the name', () => {
    const [dinas] = agencies('Lokus Dinas Sosial Kota Pekalongan memiliki inovasi.');
    expect(dinas.region?.region.name).toBe('Kota Pekalongan');
  });

  it('drops organisers, ministries and reception venues', () => {
    expect(
      names(
        'Bapelkes Cikarang dan BPSDM Provinsi Jawa Timur bersama Kementerian Dalam Negeri diterima di Kantor Bupati Jombang.',
      ),
    ).toEqual([]);
    expect(names('Badan Pendidikan dan Pelatihan Provinsi Bali menyelenggarakan PKA.')).toEqual([]);
    expect(
      names('Rombongan dijamu Bupati di Rumah Jabatan lalu makan siang di Rumah Makan Sederhana.'),
    ).toEqual([]);
  });

  it('does not read lowercase prose or heads without a name', () => {
    expect(names('dinas terkait dan badan usaha milik desa membantu, Dinas pun ikut.')).toEqual([]);
  });
});

describe('findAgencies: roles', () => {
  it('a list of loci makes every item listed', () => {
    expect(
      listed(
        'Ada empat lokus yakni Dinas Kesehatan, Puskesmas Tanjung, DPMPTSP dan Dinas Arsip dan Perpustakaan.',
      ),
    ).toEqual(['Dinas Kesehatan', 'Puskesmas Tanjung', 'DPMPTSP', 'Dinas Arsip dan Perpustakaan']);
    expect(listed('Mereka mengunjungi tiga OPD yakni Bapenda, BPKAD dan Inspektorat.')).toEqual([
      'Bapenda',
      'BPKAD',
      'Inspektorat',
    ]);
  });

  it('a visit verb lists the first item and its siblings', () => {
    expect(listed('Peserta berkunjung ke Dinas Perdagangan dan Dinas Koperasi Kabupaten Pati.')).toEqual([
      'Dinas Perdagangan',
      'Dinas Koperasi Kabupaten Pati',
    ]);
  });

  it('a visit to a government “yakni …” lists the units that follow', () => {
    expect(
      listed(
        'Kelompok lain mendatangi Pemerintah Kabupaten Badung, yakni Dinas Perizinan Kabupaten Badung dan Badan Pendapatan Daerah.',
      ),
    ).toEqual(['Dinas Perizinan Kabupaten Badung', 'Badan Pendapatan Daerah']);
    expect(
      listed('Peserta melakukan observasi di lingkungan Pemkot, yaitu Dinas Perdagangan dan Dinas Koperasi.'),
    ).toEqual(['Dinas Perdagangan', 'Dinas Koperasi']);
    expect(listed('Tim lalu mengobservasi Puskesmas Kaliwates yang melayani 24 jam.')).toEqual([
      'Puskesmas Kaliwates',
    ]);
  });

  it('more visit verbs: menuju, bertolak ke, tiba di', () => {
    expect(listed('Kelompok kedua menuju Dinas Perhubungan Kota Tegal untuk melihat terminal.')).toEqual([
      'Dinas Perhubungan Kota Tegal',
    ]);
    expect(listed('Rombongan lalu bertolak ke Puskesmas Tegalrejo.')).toEqual(['Puskesmas Tegalrejo']);
    expect(listed('Siang harinya peserta tiba di Kantor Pertanahan Kota Batu.')).toEqual([
      'Kantor Pertanahan Kota Batu',
    ]);
  });

  it('a sub-district named like a region does not carry that region', () => {
    const found = agencies('Peserta ke Kecamatan Ciamis dan Kecamatan Pangandaran.');
    expect(found.map((a) => [a.name, a.region])).toEqual([
      ['Kecamatan Ciamis', null],
      ['Kecamatan Pangandaran', null],
    ]);
    expect(agencies('Peserta ke Dinas Sosial Kabupaten Ciamis.')[0].region?.region.name).toBe(
      'Kabupaten Ciamis',
    );
  });

  it('an office held by a person is an affiliation', () => {
    const [a] = agencies('Paparan disampaikan Kepala Dinas Kesehatan Kabupaten Bantul, dr. Agus.');
    expect(a.role).toBe('affiliation');
  });

  it('a passing mention is only mentioned', () => {
    const [a] = agencies('Menurut data Dinas Pendidikan, angka partisipasi naik.');
    expect(a.role).toBe('mentioned');
  });
});

describe('findNamedLoci', () => {
  it('takes the list items that are no agency', () => {
    const text =
      'Peserta dibagi ke 3 lokasi, yaitu Lapak Ganteng, Command Center, Kampung KB Sejahtera dan RSUD Lawang.';
    expect(findNamedLoci(text, agencies(text)).map((a) => a.name)).toEqual([
      'Lapak Ganteng',
      'Command Center',
    ]);
    expect(listed(text)).toEqual(['Kampung KB Sejahtera', 'RSUD Lawang']);
  });

  it('reads no list where none is introduced', () => {
    const text = 'Smart City Kota Bandung dan Command Center dikunjungi.';
    expect(findNamedLoci(text, agencies(text))).toEqual([]);
  });
});

describe('findAgencies: names as the article writes them, and more heads', () => {
  it.each([
    // "Long Name (ACR) Region": as written, the acronym in its brackets.
    [
      'Peserta meninjau Badan Perizinan Terpadu (BPT) Kota Tegal.',
      ['Badan Perizinan Terpadu (BPT) Kota Tegal'],
    ],
    [
      'Kelompok dua ke Kantor Arsip Daerah (Kantor Arsip) Kabupaten Klaten.',
      ['Kantor Arsip Daerah (Kantor Arsip) Kabupaten Klaten'],
    ],
    ['Mereka ke Dinas Sosial (Dinsos) Kota Blitar.', ['Dinas Sosial (Dinsos) Kota Blitar']],
    ['Lokus kedua Badan Keuangan Daerah (BKD) Jateng.', ['Badan Keuangan Daerah (BKD) Jateng']],
    // A Mal Pelayanan Publik keeps its words; a hospital keeps its proper name after its own acronym.
    ['Peserta ke Mal Pelayanan Publik (MPP) Kota Kendari.', ['Mal Pelayanan Publik Kota Kendari']],
    ['Kelompok tiga ke Rumah Sakit Umum Daerah (RSUD) dr. Moewardi.', ['RSUD dr. Moewardi']],
    // Other heads.
    [
      'Kelompok empat ke Biro Hukum Sekretariat Daerah Provinsi Bali.',
      ['Biro Hukum Sekretariat Daerah Provinsi Bali'],
    ],
    ['Peserta mengunjungi Brigade Pemadam Kebakaran Kota Cimahi.', ['Brigade Pemadam Kebakaran Kota Cimahi']],
    ['Rombongan meninjau Rumah Kreatif Bersama di pinggir kota.', ['Rumah Kreatif Bersama']],
    ['Kelompok lima ke Diskominfostandi Kota Bekasi.', ['Diskominfostandi Kota Bekasi']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it('keeps a programme a unit manages inside that unit, not as a second unit', () => {
    expect(names('Lokus ketiga BPBD Sinjai yang mengelola Brigade Tanggap Darurat.')).toEqual([
      'BPBD Sinjai',
    ]);
  });

  it('reads a national agency as a locus only after a visit phrase', () => {
    const visited = agencies('Kelompok dua melakukan visitasi ke Badan Kepegawaian Negara (BKN) di Jakarta.');
    expect(visited.map((a) => [a.name, a.national, a.role])).toEqual([
      ['Badan Kepegawaian Negara (BKN)', true, 'listed'],
    ]);
    expect(names('Pelatihan ini diselenggarakan Badan Kepegawaian Negara (BKN) di Jakarta.')).toEqual([]);
  });

  it('drops "Kecamatan Y" after "Desa X," as the address of the village', () => {
    expect(
      names('Peserta mengunjungi Desa Sukamulya, Kecamatan Cikalong yang punya inovasi Lumbung Desa.'),
    ).toEqual(['Desa Sukamulya']);
  });
});

describe('findAgencies: roles from the sentence', () => {
  it.each([
    [
      'Peserta meninjau Dinas Perikanan yang memiliki "Tambak Pintar" serta Dinas Koperasi yang membina UMKM.',
      ['Dinas Perikanan', 'Dinas Koperasi'],
    ],
    [
      'Kelompok satu ke RSUD Cilacap dengan layanan "Dokter Keliling" dan juga Puskesmas Kroya.',
      ['RSUD Cilacap', 'Puskesmas Kroya'],
    ],
    [
      'Peserta mendalami tata kelola pajak pada Badan Pendapatan Daerah (Bapenda) Provinsi Riau.',
      ['Badan Pendapatan Daerah (Bapenda) Provinsi Riau'],
    ],
  ])('lists %s', (text, expected) => expect(listed(text)).toEqual(expected));

  it.each([
    'Salah satu peserta, seorang CPNS formasi bidan di RSUD Kolaka, ikut bertanya.',
    'Peserta asal Dinas Pendidikan Kabupaten Muna itu terkesan.',
    'Ia sehari-hari bertugas di Puskesmas Lasusua.',
  ])('never lists a trainee’s workplace: %s', (text) => expect(listed(text)).toEqual([]));
});

describe('findAgencies: village and district words, owners, e-names and innovation names', () => {
  it.each([
    ['Peserta mengunjungi Kalurahan Margomulyo, Kapanewon Seyegan.', ['Kalurahan Margomulyo']],
    ['Kelompok tiga ke Puskesmas Waena, Distrik Heram.', ['Puskesmas Waena']],
    ['Lokus kedua adalah Nagari Pariangan di Tanah Datar.', ['Nagari Pariangan']],
    ['Peserta ke Dinas Kesehatan untuk mempelajari Brigade Siaga Malam (BSM).', ['Dinas Kesehatan']],
    [
      'Kelompok satu ke Kantor Pengolahan Data Elektronik (PDE).',
      ['Kantor Pengolahan Data Elektronik (PDE)'],
    ],
    [
      'Kelompok dua ke Kantor Pelayanan Perizinan Terpadu (KPPT) Kota Surakarta.',
      ['Kantor Pelayanan Perizinan Terpadu (KPPT) Kota Surakarta'],
    ],
  ])('%s', (text, expected) => expect(listed(text)).toEqual(expected));

  it.each([
    ['Dinas itu menerapkan inovasi Dukcapil Sahabat Warga sejak 2020.', []],
    ['Mereka melihat inovasi Dukcapil Kota Ambon.', ['Dukcapil Kota Ambon']],
    ['Peserta mempelajari layanan e-Samsat di kantor itu.', []],
  ])('an innovation’s word is no unit: %s', (text, expected) => expect(names(text)).toEqual(expected));

  it('takes the owner’s region for a unit “milik Pemerintah Kota …”', () => {
    const [hospital] = agencies('Kelompok dua ke RSUD Anutapura milik Pemerintah Kota Palu.');
    expect(hospital.name).toBe('RSUD Anutapura');
    expect(hospital.region?.region.name).toBe('Kota Palu');
  });

  it('lists a unit the group holds a discussion with', () => {
    expect(listed('Peserta berdiskusi dengan Bagian Organisasi Setda tentang reformasi birokrasi.')).toEqual([
      'Bagian Organisasi Setda',
    ]);
  });
});
