/**
 * The civil service's leadership trainings as articles spell them, their levels, and the trainees who
 * make a training someone else's (pupils, councils, cadres, staff of a firm).
 */

/** Program families and their spellings; `~` marks parts written together, apart or hyphenated. */
export const PROGRAM_NAMES = {
  pkn: ['PKN', 'Pelatihan Kepemimpinan Nasional', 'Diklat~Pim Nasional'],
  pka: [
    'PKA',
    'Pelatihan Kepemimpinan Administrator',
    'Diklat Kepemimpinan Administrator',
    'Pelatihan Kepemimpinan Administrasi',
  ],
  pkp: ['PKP', 'Pelatihan Kepemimpinan Pengawas', 'Diklat Kepemimpinan Pengawas'],
  latsar: [
    'Latsar',
    'Pelatihan Dasar CPNS',
    'Pelatihan Dasar Calon Pegawai',
    'Pra~jabatan',
    'Diklat Pra~jabatan',
    'Orientasi CPNS',
  ],
  /** The Diklatpim acronym itself, which names the family without a level. */
  diklatpim: ['Diklat~Pim', 'Dik~Pim'],
  /** A leadership training in general words: any family's, or none. */
  kepemimpinan: [
    'Diklat Kepemimpinan',
    'Pendidikan dan Pelatihan Kepemimpinan',
    'Pendidikan dan Latihan Kepemimpinan',
    'Pelatihan Kepemimpinan',
  ],
} as const;

/** The short names programs go by: "PKA Angkatan II", "Diklatpim Tk. IV", "Latsar". */
export const PROGRAM_SHORT_NAMES = ['PKN', 'PKA', 'PKP', 'Latsar', ...PROGRAM_NAMES.diklatpim] as const;

/** What follows "Pelatihan Kepemimpinan" to make it PKN, PKA or PKP rather than a Diklatpim. */
export const PROGRAM_QUALIFIERS = ['nasional', 'administrator', 'administrasi', 'pengawas'] as const;

/** Level words → level: "Tingkat IV", "tk. 4", "tingkat empat". */
export const LEVELS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
};
/** Words before a level: "Tingkat", "Tk.", "Level". */
export const TIER_WORDS = ['tingkat', 'tingkatan', 'tk', 'tk.', 'tkt', 'tkt.', 'level'] as const;

/** Other schools of leadership in the state's service, which make a training the civil service's. */
export const LEADERSHIP_SCHOOLS = ['sespim*', 'lemhannas'] as const;

/** The program acronyms, which name a program only in capitals ("PKn" is the school's civics lesson). */
export const PROGRAM_ACRONYMS = ['PKN', 'PKA', 'PKP', 'CPNS'] as const;
/** The nouns of a training: "diklat", "pelatihan". */
export const TRAINING_NOUNS = ['diklat*', 'pelatihan'] as const;
/** Training in general words: "diklat", "pelatihan", "bimtek", "kursus". */
export const TRAINING_WORDS = [
  ...TRAINING_NOUNS,
  'latihan',
  'bimtek',
  'bimbingan teknis',
  'pendidikan',
  'kursus',
] as const;

/** Marks of the civil service around a training: its trainees, ranks, staff and change projects. */
export const CIVIL_SERVICE_WORDS = [
  'asn',
  'pns',
  'aparatur sipil',
  'aparatur negara',
  'aparatur pemerintah',
  'pegawai negeri',
  'pejabat',
  'eselon',
  'administrator',
  'jabatan struktural',
  'jabatan pengawas',
  'jabatan administrator',
  'widyaiswara',
  'proyek perubahan',
  'aksi perubahan',
  'pemerintah provinsi',
  'pemerintah kabupaten',
  'pemerintah kota',
] as const;

/** People outside government: pupils and students, scouts, youth and party cadres, companies and their staff. */
export const NON_GOVERNMENT_PEOPLE = [
  'ldk',
  'ldks',
  'ldkm',
  'osis',
  'mpk',
  'siswa',
  'siswi',
  'pelajar',
  'murid',
  'mahasiswa',
  'santri',
  'pramuka',
  'bem',
  'himpunan',
  'kader',
  'partai',
  'ormas',
  'pemuda',
  'kepemudaan',
  'karang taruna',
  'knpi',
  'hmi',
  'pmii',
  'gmni',
  'imm',
  'karyawan',
  'perusahaan',
  'korporasi',
  'bumn',
  'bumd',
  'manajemen trainee',
] as const;
/** Councils and their members: they make study trips of their own, on public service but not as trainees. */
export const COUNCILS = ['dprd', 'dewan', 'legislatif', 'legislator', 'fraksi', 'pansus'] as const;
/**
 * Leadership courses and trips of others: pupils and students, scouts, youth and party cadres, councils,
 * companies and their staff. Where they are the ones trained, the training is none of Lokus's.
 */
export const OTHER_TRAINEES = [...NON_GOVERNMENT_PEOPLE, ...COUNCILS] as const;
