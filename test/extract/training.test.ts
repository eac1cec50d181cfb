import { describe, expect, it } from 'vitest';
import { inCivilTraining, linkSentences, tellsOfVisit } from '../../shared/extract/gate.ts';
import { extractOrganiser } from '../../shared/extract/organiser.ts';
import { extractParticipants, parseCount } from '../../shared/extract/participants.ts';
import { extractCohort, extractProgram } from '../../shared/extract/program.ts';
import { prepareSource } from '../../shared/extract/text.ts';

const source = (text: string, title = '') => prepareSource(title, text, null);
const program = (text: string, title = '') => extractProgram(source(text, title)).program;

describe('program', () => {
  it.each([
    ['Peserta Diklatpim Tk. IV berkunjung ke Kota Batu.', 'Diklatpim IV'],
    ['Peserta Diklat PIM IV melakukan benchmarking.', 'Diklatpim IV'],
    ['Peserta Diklatpim Tingkat 4 tiba di Bandung.', 'Diklatpim IV'],
    ['Diklat Kepemimpinan Tingkat IV dilaksanakan di Bapelkes.', 'Diklatpim IV'],
    ['Peserta Dikpim Tk.III tiba.', 'Diklatpim III'],
    ['Pendidikan dan Pelatihan Kepemimpinan (Diklatpim) Tingkat II digelar.', 'Diklatpim II'],
    ['Diklat Kepemimpinan Tingkat Empat tahun ini diikuti pejabat.', 'Diklatpim IV'],
    ['Peserta diklat kepemimpinan pejabat eselon III berkunjung.', 'Diklatpim III'],
    ['Kegiatan diklat ini diikuti pejabat eselon IV dari berbagai dinas.', 'Diklatpim IV'],
    ['Diklatpim I angkatan XL berkunjung ke Korea.', 'Diklatpim I'],
    ['Peserta Pelatihan Kepemimpinan Administrator melakukan studi lapangan.', 'PKA'],
    ['Peserta PKA Angkatan IV tiba di Gowa.', 'PKA'],
    ['Peserta Pelatihan Kepemimpinan Pengawas (PKP) angkatan 12 hadir.', 'PKP'],
    ['Peserta PKN Tingkat II melakukan visitasi.', 'PKN II'],
    ['Pelatihan Kepemimpinan Nasional Tingkat I dibuka Kepala LAN.', 'PKN I'],
    ['Peserta PKN Tk. II LAN RI studi lapangan.', 'PKN II'],
    ['Peserta Latsar CPNS Golongan III berkunjung.', 'Latsar CPNS'],
    ['Pelatihan Dasar CPNS Angkatan 7 melaksanakan aktualisasi.', 'Latsar CPNS'],
    ['Peserta Diklat Prajabatan Golongan II tiba.', 'Latsar CPNS'],
    ['Peserta PIM III tiba di Kota Malang.', 'Diklatpim III'],
    ['Kepala Dinas Perumahan dan Kawasan Permukiman (PKP) menerima peserta PKA.', 'PKA'],
    ['Harga cabai di pasar naik pekan ini.', null],
    ['Nilai ujian PKn siswa kelas IX naik tahun ini.', null],
    ['Aplikasi ini sering dipelajari peserta pelatihan kepemimpinan dari daerah lain.', null],
    ['Pendidikan dan pelatihan kepemimpinan menjadi syarat jabatan struktural.', null],
    ['Diklat kepemimpinan bagi aparatur digelar tiap tahun.', null],
    ['Peserta Diklat PIM angkatan 3 tiba di Kota Batu.', 'Diklatpim IV'],
    ['Peserta pelatihan kepemimpinan tingkat III tiba di Kota Batu.', 'Diklatpim III'],
  ])('%s', (text, expected) => {
    expect(program(text)).toBe(expected);
  });

  it.each([
    // Someone's past training, told about them.
    [
      'Kepala Dinas, yang tahun lalu menyelesaikan Diklatpim Tingkat II di BPSDM Jateng, menerima tamu dari Kabupaten Pati.',
    ],
    ['Sekretaris Daerah, alumni PKN Tingkat II angkatan XV, menyambut rombongan pelajar.'],
    ['Direktur RSUD itu pernah mengikuti Pelatihan Kepemimpinan Administrator pada 2019.'],
    ['Camat Sukajadi, yang baru saja lulus PKP, memimpin rapat koordinasi.'],
    ['Pada 2018 ia mengikuti Diklatpim III, dan kini menjabat kepala bidang.'],
    // What trainees habitually do, not a visit of the article's.
    ['Pasar rakyat ini kerap dikunjungi peserta Latsar CPNS dari kabupaten tetangga.'],
    ['Inovasi tersebut sering dijadikan bahan studi tiru peserta PKN Tingkat II dan PKA.'],
    ['Biasanya peserta Diklatpim IV dari luar daerah datang setiap semester.'],
  ])('reads no program from a remark: %s', (text) => {
    expect(program(text)).toBeNull();
  });

  it('still reads the program beside a remark, and the trainees finishing their own training', () => {
    expect(
      program(
        'Rombongan peserta PKA Angkatan III tiba di Kota Batu. Wali Kota, alumni Diklatpim II, menyambut mereka.',
      ),
    ).toBe('PKA');
    expect(program('Sebanyak 40 peserta yang telah menyelesaikan PKP Angkatan II menerima sertifikat.')).toBe(
      'PKP',
    );
    expect(
      program('Peserta PKP melakukan studi tiru.', 'Kerap Dikunjungi, Kota Batu Terima Peserta PKP'),
    ).toBe('PKP');
  });

  it('lets the headline outvote passing mentions', () => {
    expect(
      program(
        'Pada tahun lalu Diklatpim III juga datang. PKP itu membawa 30 peserta.',
        'Peserta PKP ke Batu',
      ),
    ).toBe('PKP');
  });

  it('reads a levelless Diklatpim as the commonest level, and cites a sentence', () => {
    const fields = extractProgram(source('Rombongan Diklatpim Kemenkes tiba di Kota Bogor.'));
    expect(fields.program).toBe('Diklatpim IV');
    expect(fields.evidence.program?.sentence).toContain('Diklatpim Kemenkes');
  });
});

describe('cohort', () => {
  it.each([
    ['Diklatpim III angkatan XXVI tiba.', 'Angkatan XXVI'],
    ['Peserta PKA Angkatan 51 Tahun 2019 tiba.', 'Angkatan 51'],
    ['Peserta PKP Angkatan ke-3 tiba.', 'Angkatan 3'],
    ['Peserta PKP angkatan xii tiba.', 'Angkatan XII'],
    ['Sudah ada dua angkatan yang datang.', null],
    ['Alumni angkatan 2019 hadir.', null],
    ['Anggota Angkatan Darat hadir.', null],
    ['Peserta PKP Angk. 12 tiba di Kota Batu.', 'Angkatan 12'],
    ['Peserta Diklatpim IV angk. XIV berkunjung.', 'Angkatan XIV'],
  ])('%s', (text, expected) => {
    expect(extractCohort(source(text))?.label ?? null).toBe(expected);
  });

  it('cites the sentence the cohort is named in', () => {
    const cohort = extractCohort(source('Rombongan tiba pagi. Peserta PKP Angk. 7 disambut Bupati.'));
    expect(cohort?.label).toBe('Angkatan 7');
    expect(cohort?.sentence.text).toContain('Peserta PKP');
  });
});

describe('organiser', () => {
  const organiser = (text: string, title = '') => extractOrganiser(source(text, title)).organiser;
  it.each([
    ['Peserta PKA BPSDM Provinsi Lampung studi lapangan ke Kabupaten Gowa.', 'BPSDM Provinsi Lampung'],
    ['PKP yang diselenggarakan BKPSDM Kabupaten Gowa diikuti 30 peserta.', 'BKPSDM Kabupaten Gowa'],
    ['Kepala Badan Pendidikan dan Pelatihan (Badiklat) Jatim membuka kegiatan.', 'Badiklat Jatim'],
    [
      'Diklatpim IV yang diselenggarakan di Balai Besar Pelatihan Kesehatan Makassar, berangkat.',
      'Balai Besar Pelatihan Kesehatan Makassar',
    ],
    ['Peserta Diklat Prajabatan dari Pusdiklat Kementerian Agama tiba.', 'Pusdiklat Kementerian Agama'],
    [
      'Pelatihan ini diselenggarakan oleh PPSDM Kemendagri Regional Bukittinggi, kata dia.',
      'PPSDM Kemendagri Regional Bukittinggi',
    ],
    [
      'Latsar yang diselenggarakan BPSDMD Provinsi Jawa Tengah diikuti 40 CPNS.',
      'BPSDMD Provinsi Jawa Tengah',
    ],
    [
      'Pelatihan ini diselenggarakan oleh Lembaga Administrasi Negara bersama mitra.',
      'Lembaga Administrasi Negara',
    ],
    // A ministry's affairs joined by "dan" belong to its name; elsewhere "dan" ends it.
    [
      'Peserta PKP dari Pusdiklat Pegawai Kementerian Pendidikan dan Kebudayaan melaksanakan studi lapangan.',
      'Pusdiklat Pegawai Kementerian Pendidikan dan Kebudayaan',
    ],
    [
      'Peserta PKA BPSDM Provinsi Jambi dan Dinas Kesehatan tiba di Kota Sungai Penuh.',
      'BPSDM Provinsi Jambi',
    ],
    // A government that runs the training itself.
    [
      'Diklatpim IV yang diselenggarakan Pemerintah Kabupaten Buru melakukan studi lapangan ke Kota Ambon.',
      'Pemerintah Kabupaten Buru',
    ],
    [
      'Peserta Latsar dari Balai Pengembangan Kompetensi PUPR Wilayah V tiba.',
      'Balai Pengembangan Kompetensi PUPR Wilayah V',
    ],
  ])('%s', (text, expected) => {
    expect(organiser(text)).toBe(expected);
  });

  it('reads LAN after the program it runs, and any organiser named with "diselenggarakan oleh"', () => {
    expect(organiser('Peserta PKN Tingkat II Angkatan XX LAN RI melakukan visitasi ke Kabupaten Siak.')).toBe(
      'LAN RI',
    );
    expect(
      organiser('Diklatpim IV yang diselenggarakan oleh Pemerintah Provinsi Riau bekerja sama dengan mitra.'),
    ).toBe('Pemerintah Provinsi Riau');
  });

  it("does not take the institution of someone's past training", () => {
    expect(
      organiser(
        'Kepala Puskesmas, yang tahun lalu menyelesaikan PKP di Bapelkes Cikarang, memimpin studi banding ke Kota Bogor.',
      ),
    ).toBeNull();
    expect(
      organiser(
        'Peserta PKA BPSDM Provinsi Banten tiba di Kota Bogor. Sekda, lulusan Diklatpim II di Badiklat Jabar, menyambut.',
      ),
    ).toBe('BPSDM Provinsi Banten');
  });

  it('reads a LAN training centre with its parent', () => {
    expect(
      organiser(
        'Peserta PKN Tingkat II yang diselenggarakan Puslatbang KMP LAN melaksanakan studi lapangan ke Kabupaten Belitung.',
      ),
    ).toBe('Puslatbang KMP LAN');
    expect(
      organiser(
        'Peserta PKA yang diselenggarakan Pusat Pelatihan dan Pengembangan dan Kajian Desentralisasi dan Otonomi Daerah (Puslatbang KDOD) Lembaga Administrasi Negara tiba di Kota Batu. Kepala Puslatbang KDOD LAN berterima kasih.',
      ),
    ).toBe('Puslatbang KDOD LAN');
    expect(
      organiser('Peserta PKA yang diselenggarakan Pusdiklat Kementerian Agama RI tiba di Kota Bogor.'),
    ).toBe('Pusdiklat Kementerian Agama RI');
    expect(
      organiser(
        'Peserta PKA yang diselenggarakan Pusat Pendidikan dan Pelatihan (Pusdiklat) Kementerian Dalam Negeri tiba.',
      ),
    ).toBe('Pusdiklat Kementerian Dalam Negeri');
    expect(
      organiser('Sebanyak 35 peserta PKP BPSDM Provinsi Sulawesi Tengah melaksanakan studi lapangan.'),
    ).toBe('BPSDM Provinsi Sulawesi Tengah');
  });

  it('tells the organiser from a visited host', () => {
    const text =
      'Peserta Diklatpim II berkunjung ke BPSDM Jawa Barat. Kepala BPSDM Jawa Barat menerima rombongan dari Badan Diklat Provinsi Kalimantan Timur.';
    expect(organiser(text)).toBe('Badan Diklat Provinsi Kalimantan Timur');
  });

  it('does not take an institution in the list of places visited', () => {
    expect(
      organiser(
        'Peserta PKP mengunjungi Dinas Kesehatan, BKPSDM Kota Bandung dan Bappeda. Peserta berasal dari Bapelkes Batam.',
      ),
    ).toBe('Bapelkes Batam');
  });

  it('ignores a regulation of LAN and the news office', () => {
    expect(
      organiser(
        'Sesuai Perka LAN Nomor 20 Tahun 2015, peserta berkunjung. Berita ini disiarkan oleh Bagian Hukormas.',
      ),
    ).toBeNull();
  });

  it('takes a personnel agency (BKD, BKPP) only when it runs the training', () => {
    expect(
      organiser(
        'Pelatihan Kepemimpinan Pengawas ini diselenggarakan oleh BKPP Kabupaten Sleman bagi 30 pejabat.',
      ),
    ).toBe('BKPP Kabupaten Sleman');
    expect(organiser('BKD Provinsi Jawa Timur menggelar PKP Angkatan V di Surabaya.')).toBe(
      'BKD Provinsi Jawa Timur',
    );
    expect(
      organiser('Badan Kepegawaian Daerah Kabupaten Banyumas kembali menyelenggarakan Latsar CPNS.'),
    ).toBe('Badan Kepegawaian Daerah Kabupaten Banyumas');
    expect(organiser('Peserta PKA BPSDM Jabar mengunjungi BKD Kabupaten Garut.')).toBe('BPSDM Jabar');
    expect(organiser('Rombongan peserta PKP diterima Kepala BKPP Kota Bogor di ruang rapat.')).toBeNull();
  });

  it('takes a personnel agency that acts through its training unit', () => {
    expect(
      organiser(
        'Badan Kepegawaian Daerah (BKD) Kabupaten Pati melalui Bidang Diklat mengajak peserta PKP ke Kota Kudus.',
      ),
    ).toBe('BKD Kabupaten Pati');
    expect(
      organiser(
        'BKPP Kota Tegal melalui Sub Bidang Pengembangan Kompetensi telah memberangkatkan peserta Latsar CPNS.',
      ),
    ).toBe('BKPP Kota Tegal');
    // Another unit of it (the records office) does not run a training.
    expect(organiser('BKD Kabupaten Pati melalui Bidang Mutasi menyerahkan SK kepada pegawai.')).toBeNull();
  });

  it('gives the institution with its region spelled out, however the headline shortens it', () => {
    expect(
      organiser(
        'Peserta PKA Angkatan III melakukan studi lapangan. Kegiatan ini diselenggarakan BPSDM Provinsi Jawa Barat.',
        'BPSDM Jabar Kirim Peserta PKA ke Kota Cimahi',
      ),
    ).toBe('BPSDM Provinsi Jawa Barat');
    // A headline's run-on stops where the body's name does.
    expect(
      organiser(
        'Peserta PKP dari BPSDM Kalteng tiba di Kota Banjarmasin.',
        'BPSDM Kalteng Terkesan Layanan Kota Banjarmasin',
      ),
    ).toBe('BPSDM Kalteng');
  });

  it('ends a headline’s institution at the headline’s verb', () => {
    expect(
      organiser(
        'KENDARI - Kepala BPSDM Provinsi Sulawesi Tenggara membuka PKA Angkatan II di aula kampus.',
        'Kepala BPSDM Buka PKA Angkatan II',
      ),
    ).toBe('BPSDM Provinsi Sulawesi Tenggara');
  });

  it('ends the institution with its region, before the person named after it', () => {
    expect(
      organiser('Peserta PKA disambut Kepala BPSDM Provinsi Kalimantan Barat Yuliana Hasibuan di aula.'),
    ).toBe('BPSDM Provinsi Kalimantan Barat');
    expect(organiser('Pelatihan dibuka oleh Kepala BKPSDM Kabupaten Sleman Rahmat Widodo, Senin.')).toBe(
      'BKPSDM Kabupaten Sleman',
    );
  });

  it('keeps the distinguishing part of a long institution name, acronym glosses included', () => {
    expect(
      organiser(
        'Peserta PKA dari Pusat Pembelajaran dan Strategi Kebijakan Manajemen Pemerintahan (Pusjar SKMP) LAN tiba.',
      ),
    ).toBe('Pusat Pembelajaran dan Strategi Kebijakan Manajemen Pemerintahan (Pusjar SKMP) LAN');
  });

  it('takes the government that sends the cohort when no training institution is named', () => {
    expect(
      organiser(
        'Peserta Diklatpim Tingkat IV Angkatan ke-9 Pemerintah Kabupaten Kepulauan Sangihe berkunjung ke Kota Bitung.',
      ),
    ).toBe('Pemerintah Kabupaten Kepulauan Sangihe');
    expect(
      organiser(
        'Sebanyak 36 pejabat pengawas peserta PKP dari lingkup Pemerintah Provinsi Bengkulu mengunjungi Kota Padang.',
      ),
    ).toBe('Pemerintah Provinsi Bengkulu');
    // A region named in passing, or without its kind, sends nobody.
    expect(organiser('Peserta PKP berkunjung ke Kabupaten Kulon Progo, Senin.')).toBeNull();
    expect(organiser('Peserta PKP dari Sangihe berkunjung ke Kota Bitung.')).toBeNull();
    // A named institution beats the sending government.
    expect(
      organiser(
        'Peserta PKP Angkatan II Pemerintah Kota Ternate yang diselenggarakan BPSDM Provinsi Maluku Utara tiba.',
      ),
    ).toBe('BPSDM Provinsi Maluku Utara');
  });

  it('groups the acronym with its long form', () => {
    expect(
      organiser(
        'Kepala Balai Pelatihan Kesehatan Makassar membuka kegiatan. Bapelkes Makassar membawa peserta. Kepala Bapelkes memimpin.',
      ),
    ).toMatch(/^(Bapelkes|Balai Pelatihan Kesehatan) Makassar$/);
  });
});

describe('participants', () => {
  const participants = (text: string) => extractParticipants(source(text))?.count ?? null;
  it.each([
    ['Kegiatan ini diikuti oleh 32 peserta dari berbagai instansi.', 32],
    ['Sebanyak 40 peserta menjadikan Banyuwangi sebagai lokus.', 40],
    ['Peserta pelatihan yang berjumlah 30 orang didampingi panitia.', 30],
    ['Sejumlah 25 orang peserta dari Kementerian Kesehatan berangkat.', 25],
    ['Diklatpim diikuti sebanyak 24 peserta.', 24],
    ['Pelatihan diikuti oleh dua puluh delapan peserta.', 28],
    ['Latsar CPNS ini diikuti 120 CPNS Golongan III.', 120],
    ['Rombongan berjumlah 35 orang, terdiri atas 30 peserta dan 5 orang panitia.', 30],
    ['Peserta berjumlah 28 orang dan didampingi oleh Tim dari Balai sejumlah 12 orang.', 28],
    ['Rombongan didampingi 6 orang widyaiswara.', null],
    ['Tim pendamping sejumlah 12 orang ikut.', null],
    ['Kota ini memiliki 3 instansi dan 12 kecamatan.', null],
    ['Angkatan kedua peserta berjumlah 40 orang.', 40],
    ['Peserta yang berangkat ke Kota Bogor berjumlah 36 (tiga puluh enam) orang.', 36],
    ['Pelatihan ini diikuti tiga puluh dua (32) peserta dari lima kabupaten.', 32],
    ['Sebanyak tiga puluh peserta PKP tiba di Kabupaten Klaten.', 30],
    ['Sejumlah 27 pejabat eselon III peserta Diklatpim III berkunjung ke Kota Solo.', 27],
    ['Sebanyak 45 pejabat pengawas yang menjadi peserta PKP mengunjungi Kota Madiun.', 45],
    // The count opens the clause that tells what the group does, or the sentence it is the subject of.
    ['Sedikitnya 38 pejabat eselon IV tengah mengikuti studi lapangan di Kota Salatiga.', 38],
    [
      'Kendari (Antara) - Sebanyak 26 orang pejabat asal Kabupaten Buton, Sulawesi Tenggara, melakukan studi tiru ke Kota Kendari.',
      26,
    ],
    ['Peserta Diklatpim IV Kabupaten Sumba Timur, berjumlah 32 orang, tiba di Kupang.', 32],
    ['Rombongan PKP Angkatan III tiba di Kota Jambi. Setidaknya ada sebanyak 41 orang dalam rombongan.', 41],
  ])('%s', (text, expected) => {
    expect(participants(text)).toBe(expected);
  });

  it.each([
    ['Salah seorang peserta dari Kabupaten Lamongan mengaku terkesan.'],
    ['Menurut salah satu peserta, layanan itu patut ditiru.'],
    ['Seorang peserta bertanya tentang anggaran aplikasi tersebut.'],
    ['Sebanyak 12 pejabat yang menyambut peserta hadir di pendopo.'],
    ['Pasar ini ramai. Sebanyak 300 orang pedagang berjualan setiap hari.'],
    ['Sebanyak 20 orang warga Kabupaten Bantul, DIY, menonton pameran.'],
  ])('never takes one person singled out, or the hosts, for the cohort: %s', (text) => {
    expect(participants(text)).toBeNull();
  });

  it('adds up two cohorts counted side by side on one trip, and nothing else', () => {
    const count = (text: string) => extractParticipants(source(text))?.count ?? null;
    expect(
      count('Sebanyak 35 peserta PKA Angkatan V dan 28 peserta PKP Angkatan IX tiba di Kota Batu.'),
    ).toBe(63);
    expect(count('Rombongan 40 peserta, serta 18 peserta dari angkatan berikutnya, tiba.')).toBe(58);
    expect(count('Kegiatan diikuti 40 peserta dan 12 peserta di antaranya perempuan.')).toBe(40);
    expect(count('Sebanyak 40 peserta didampingi widyaiswara dan 6 peserta magang tiba.')).toBe(40);
  });

  it('takes the cohort counted early over one trainee quoted later', () => {
    expect(
      participants(
        'Sebanyak 33 pejabat eselon IV peserta Diklatpim IV tiba di Kota Pekalongan. Salah seorang peserta menyampaikan kesannya.',
      ),
    ).toBe(33);
  });

  it('reads Indonesian number words', () => {
    expect(parseCount('sebelas')).toBe(11);
    expect(parseCount('dua puluh delapan')).toBe(28);
    expect(parseCount('empat puluh')).toBe(40);
    expect(parseCount('seratus dua puluh')).toBe(120);
    expect(parseCount('tujuh belas')).toBe(17);
    expect(parseCount('42')).toBe(42);
  });
});

describe('the civil-service training gate', () => {
  const civil = (text: string, title = '') => inCivilTraining(source(text, title));

  it.each([
    ['Peserta Diklatpim Tingkat IV Angkatan 5 tiba di Kota Kupang.'],
    ['Sebanyak 36 peserta PKA dari BPSDM Provinsi Riau diterima Sekda.'],
    ['Peserta Latsar CPNS Golongan III berkunjung ke Dinas Kesehatan.'],
    ['Peserta Pelatihan Kepemimpinan Pengawas belajar di Kabupaten Sleman.'],
    ['Pelatihan kepemimpinan bagi pejabat struktural itu menghadirkan widyaiswara dari LAN.'],
    ['Diklat kepemimpinan angkatan XII yang diikuti ASN Pemkab Jepara berkunjung ke Kudus.'],
    ['Peserta pelatihan kepemimpinan dari Bapelkes Batam menyusun proyek perubahan.'],
    ['Para pejabat eselon III mengikuti studi lapangan dalam rangka diklat.'],
    // Others present at the visit do not make the training theirs.
    ['Peserta Pelatihan Kepemimpinan Administrator disambut para anggota DPRD Kota Batu.'],
    ['Peserta Diklat Kepemimpinan Tingkat III berdialog dengan pelajar dan pengurus karang taruna.'],
  ])('recognises a civil-service leadership training: %s', (text) => {
    expect(civil(text)).toBe(true);
  });

  it.each([
    // Pupils and students.
    ['Sebanyak 40 pengurus OSIS SMP Negeri 3 mengikuti Latihan Dasar Kepemimpinan Siswa.'],
    ['Peserta LDK mahasiswa baru berkunjung ke kantor bupati untuk belajar kepemimpinan.'],
    ['Pelatihan kepemimpinan bagi anggota Pramuka Penegak digelar di bumi perkemahan.'],
    ['Guru PKn mendampingi siswa kelas XI dalam studi lapangan ke gedung DPRD.'],
    // Councils.
    ['Komisi I DPRD Kota Tegal melakukan kunjungan kerja dan studi banding tentang pelayanan publik.'],
    ['Bimtek kepemimpinan bagi anggota DPRD digelar di sebuah hotel di Yogyakarta.'],
    // Companies, hospitals, youth and party cadres, villages.
    ['Pelatihan kepemimpinan karyawan perusahaan daerah air minum ditutup dengan kunjungan pabrik.'],
    ['Manajemen rumah sakit swasta itu studi banding ke RSUD tetangga untuk persiapan akreditasi.'],
    ['Kader partai mengikuti pelatihan kepemimpinan tingkat madya di Kota Bogor.'],
    ['Karang taruna kecamatan menggelar pelatihan kepemimpinan pemuda selama dua hari.'],
    ['Perangkat desa belajar tata kelola dana desa pada pelatihan kepemimpinan aparatur desa.'],
    ['Diklat kepemimpinan tingkat II bagi pengurus OSIS ditutup dengan kunjungan ke markas TNI.'],
    // A training of another kind.
    ['Pelatihan pembuatan kue bagi ibu rumah tangga berlangsung meriah.'],
  ])('does not take it for one: %s', (text) => {
    expect(civil(text)).toBe(false);
  });

  it('reads no training from a link to another article, with or without its heading', () => {
    expect(
      civil('Anggota dewan meninjau pasar.\nLihat juga: Peserta PKA Angkatan II Datangi Kota Batu'),
    ).toBe(false);
    expect(
      civil('Anggota dewan meninjau pasar.\nBerita Terkait: Diklatpim IV Kunjungi Kabupaten Badung'),
    ).toBe(false);
    expect(civil('Anggota dewan meninjau pasar. Simak juga Pelatihan Kepemimpinan Pengawas di Batu.')).toBe(
      false,
    );
    // Headlines listed after the story's last sentence, their heading lost by the scraper.
    expect(
      civil(
        'Anggota dewan meninjau pasar.\nRombongan kembali ke daerahnya.\nBupati Resmikan Jembatan Gantung\nBKPSDM Gelar Diklat Kepemimpinan Pejabat Eselon IV',
      ),
    ).toBe(false);
    // Words of the story itself still count.
    expect(civil('Peserta PKA Angkatan II tiba di Kota Batu.\nBaca juga: Bupati Resmikan Jembatan')).toBe(
      true,
    );
  });

  it('finds links as sentences that open on a link lead and headline lines after the last prose', () => {
    const links = linkSentences(
      source(
        'Rabu, 3 Mei 2023\nPeserta tiba di Kota Batu. Baca juga: Pasar Rakyat Diresmikan\nPeserta pulang.\nPasar Rakyat Diresmikan Bupati\nJalan Tol Dibuka',
      ),
    );
    expect([...links].map((s) => s.text)).toEqual([
      'Baca juga: Pasar Rakyat Diresmikan',
      'Pasar Rakyat Diresmikan Bupati',
      'Jalan Tol Dibuka',
    ]);
    // A body without any full stop has no tail to cut.
    expect(
      linkSentences(source('Peserta PKA tiba di Kota Batu\nRombongan diterima Wali Kota')),
    ).toHaveProperty('size', 0);
  });

  it('tells of a visit only outside links, plans and habits', () => {
    expect(tellsOfVisit(source('Peserta PKP melakukan studi lapangan ke Kota Batu.'))).toBe(true);
    expect(
      tellsOfVisit(source('Peserta PKP mengikuti kelas.\nBaca juga: Peserta PKP Studi Lapangan ke Batu')),
    ).toBe(false);
    expect(tellsOfVisit(source('Pekan depan peserta akan melakukan studi lapangan.'))).toBe(false);
  });
});
