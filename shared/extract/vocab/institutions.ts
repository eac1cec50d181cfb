/**
 * Who runs trainings and who oversees them: training institutions by family (acronyms and long names),
 * ministries, and the national agencies that may also be visited. A domain person adds a new centre's
 * name to its family here.
 */

/** One family of training institution: its names, and how it behaves beside a visit. */
export interface InstitutionFamily {
  /** Acronyms and long names as articles write them (spaces match any run of spaces). */
  names: readonly string[];
  /**
   * A personnel agency (BKD, BKPP): as often a host or the sender of trainees as the trainer, so it
   * organises only where the article shows it running the training.
   */
  personnel?: boolean;
  /** A unit a cohort may also visit as a locus (a regency's BKPSDM, BKPP, BKD). */
  visited?: boolean;
}

/** Training institutions by family; the order decides between overlapping names (the longest family first). */
export const TRAINING_INSTITUTIONS: Readonly<Record<string, InstitutionFamily>> = {
  bbpk: { names: ['BBPK', 'Balai Besar Pelatihan Kesehatan'] },
  bapelkes: { names: ['Bapelkes', 'Balai Pelatihan Kesehatan'] },
  bkpsdm: {
    names: [
      'BKPSDM',
      'BKPSDMD',
      'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah',
    ],
    visited: true,
  },
  bpsdm: {
    names: [
      'BPSDM',
      'BPSDMD',
      'Badan Pengembangan Sumber Daya Manusia',
      'Badan Pengembangan Sumber Daya Manusia Daerah',
    ],
  },
  bkpp: {
    names: [
      'BKPP',
      'BKPPD',
      'Badan Kepegawaian Pendidikan dan Pelatihan',
      'Badan Kepegawaian, Pendidikan dan Pelatihan',
      'Badan Kepegawaian Pendidikan dan Pelatihan Daerah',
      'Badan Kepegawaian, Pendidikan dan Pelatihan Daerah',
    ],
    personnel: true,
    visited: true,
  },
  bkd: { names: ['BKD', 'BKDD', 'Badan Kepegawaian Daerah'], personnel: true, visited: true },
  badiklat: {
    names: [
      'Badiklat',
      'Bandiklat',
      'Badan Diklat',
      'Badan Pendidikan dan Pelatihan',
      'Bada Pendidikan dan Pelatihan',
      'Badang Pendidikan dan Pelatihan',
      'Bad Pendidikan dan Pelatihan',
    ],
  },
  pusdiklat: { names: ['Pusdiklat', 'Pusat Pendidikan dan Pelatihan'] },
  ppsdm: { names: ['PPSDM', 'Pusat Pengembangan Sumber Daya Manusia'] },
  puslat: {
    names: [
      'Pusbangkom',
      'Puslatbang',
      'PKP2A',
      'Pusjar',
      'PUSJAR',
      'Pusat Pelatihan',
      'Pusat Pengembangan Kompetensi',
      'Pusat Pembelajaran dan Strategi Kebijakan',
    ],
  },
  balai: {
    names: [
      'Balai Diklat',
      'Balai Pelatihan',
      'Balai Pendidikan dan Pelatihan',
      'Balai Besar Diklat',
      'Balai Besar Pelatihan',
      'Balai Besar Pendidikan dan Pelatihan',
      'Balai Besar Pengembangan SDM',
      'Balai Besar Pengembangan Sumber Daya Manusia',
      'Balai Pengembangan SDM',
      'Balai Pengembangan Sumber Daya Manusia',
      'Balai Pengembangan Kompetensi',
      'BBPSDMP',
      'BPSDMP',
    ],
  },
  lan: { names: ['LAN', 'Lembaga Administrasi Negara'] },
};

/** Every name of every training institution. */
export const INSTITUTION_NAMES: readonly string[] = Object.values(TRAINING_INSTITUTIONS).flatMap(
  (f) => f.names,
);

/** Heads of names that are never a visited locus, whatever follows: the training side of government. */
export const NEVER_LOCI_HEADS = [
  'Bapelkes',
  'BBPK',
  'BPSDM',
  'BPPSDM',
  'Badiklat',
  'Badan Diklat',
  'Badan Pendidikan dan Pelatihan',
  'Badan Pengembangan Sumber',
  'Badan Pengembangan Sumber Daya Manusia',
  'Badan PPSDM',
  'Badan Kepegawaian Negara',
  'Pusdiklat',
  'Puslatbang',
  'Balai',
  'Lembaga Administrasi Negara',
  'LAN',
] as const;

/** Ministries, by name and by the short names pages use; they organise, they are not loci. */
export const MINISTRIES = [
  'Kementerian',
  'Kementrian',
  'Kemen*',
  'Kesehatan RI',
  'Pusat Pendidikan',
] as const;

/** National agencies a cohort may visit (as often the trainer): a locus without region when visited. */
export const NATIONAL_AGENCIES = [
  'Badan Kepegawaian Negara',
  'BKN',
  'Lembaga Administrasi Negara',
  'LAN',
  'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
  'KemenPAN-RB',
  'KemenPANRB',
  'Kemen PAN-RB',
  'Kemen PANRB',
] as const;

/** What a training centre's parent body is written as after its name: "Puslatbang KMP LAN". */
export const PARENT_BODIES = [
  'lan',
  'lan ri',
  'ri',
  'lembaga administrasi negara',
  'kemenkes',
  'kemendagri',
  'kemenag',
] as const;

/**
 * Words that end an institution's name where a headline runs on after it ("BPSDM Sulsel Studi Lapangan
 * ke …", "Bapelkes Semarang Kunjungi …"): visit and learning words, programs, offices, weekdays, small words.
 * Written as they stand capitalised in a headline; a trailing * takes further letters.
 */
export const NAME_ENDS = [
  'Studi',
  'Study',
  'Lapangan',
  'Tiru',
  'Banding',
  'Observasi',
  'Visitasi',
  'Kunker',
  'Kunjungi',
  'Kunjungan',
  'Berkunjung',
  'Mengunjungi',
  'Sambangi',
  'Lakukan',
  'Melakukan',
  'Gelar',
  'Timba',
  'Belajar',
  'Pelajari',
  'Lirik',
  'Adopsi',
  'Serap',
  'Intip',
  'Jajaki',
  'Ilmu',
  'Tour',
  'PKA',
  'PKP',
  'PKN',
  'Latsar',
  'CPNS',
  'Diklatpim',
  'Dari',
  'Dan',
  'Angkatan',
  'Tahun',
  'Tingkat',
  'Tk',
  'Diklat*',
  'Pelatihan',
  'Kepala',
  'Bupati',
  'Wali',
  'Walikota',
  'Gubernur',
  'Sekretaris',
  'Bapak',
  'Ibu',
  'Bagian',
  'Dalam',
  'Di',
  'Ke',
  'Pada',
  'Saat',
  'Sebanyak',
  'Sejumlah',
  'Peserta',
  'Rombongan',
  'Senin',
  'Selasa',
  'Rabu',
  'Kamis',
  'Jumat',
  'Sabtu',
  'Minggu',
  'Benchmark*',
] as const;
