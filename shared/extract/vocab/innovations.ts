/**
 * The words around a named innovation: the nouns that introduce one ("inovasi Layad Rawat", "aplikasi
 * SiPelita"), the verbs of making and of learning, the cues that give a name, and the phrases that are
 * no innovation's name however they are written (platforms, generic services).
 */

/** Nouns a name follows: "inovasi X", "program X", "aplikasi X", "gerakan X". */
export const INNOVATION_NOUNS = [
  'inovasi',
  'kebijakan',
  'inovasinya',
  'program',
  'aplikasi',
  'layanan',
  'gerakan',
  'sistem',
  'platform',
  'website',
  'situs',
  'gerai',
  'kanal',
] as const;
/** The nouns that open a list of innovations: "inovasi … antara lain A, B dan C". */
export const LIST_NOUNS = ['inovasi', 'inovasinya', 'program', 'aplikasi', 'layanan'] as const;
/** Words that say a unit runs what it names: "BPBD mengelola X". */
export const RUNNING_VERBS = ['mengelola'] as const;
/** Verbs of making a thing, which introduce a name that cannot be prose: "mengembangkan SIMANTAP". */
export const MAKING_VERBS = [
  'mengembangkan',
  'menerapkan',
  'meluncurkan',
  'menghadirkan',
  'menjalankan',
  'memperkenalkan',
  'menciptakan',
  'membangun',
] as const;
/** Verbs of a unit's head presenting its work to the group: "Kepala Dinas X memaparkan inovasi …". */
export const PRESENTING_VERBS = [
  'memaparkan',
  'menjelaskan',
  'mempresentasikan',
  'memperkenalkan',
  'mengenalkan',
  'menyampaikan paparan',
  'memberikan paparan',
] as const;
/** Verbs of using a system, which introduce its name where it cannot be prose: "lewat SiCantik Cloud". */
export const USING_VERBS = [
  'lewat',
  'melalui',
  'mengakses',
  'menggunakan',
  'memanfaatkan',
  'memakai',
] as const;
/** Last words of a system's name: "Samsat Online", "Lapor Bupati Mobile", "SiCantik Cloud". */
export const SYSTEM_SUFFIXES = ['Online', 'Mobile', 'Digital', 'Cloud', 'App', 'Apps'] as const;
/** What the group learns about and what a unit is known for: a described name follows. */
export const LEARNING_CUES = [
  'mempelajari',
  'mendalami',
  'melihat',
  'melihat langsung',
  'mengenal',
  'tentang',
  'mengenai',
  'penerapan',
  'implementasi',
  'pengelolaan',
  'pemanfaatan',
  'dikenal dengan',
  'dikenal lewat',
  'dikenal melalui',
  'terkenal dengan',
  'terkenal lewat',
  'terkenal melalui',
  'salah satu',
  'salah satunya',
  'salah satu adalah',
  'salah satu yaitu',
  'salah satu yakni',
  'salah satunya adalah',
  'salah satunya yaitu',
  'salah satunya yakni',
] as const;
/** Cues that give a name, so that what follows needs no odd spelling to count: "diberi nama X". */
export const NAMING_CUES = [
  'diberi nama',
  'dinamakan',
  'dinamai',
  'disebut',
  'bernama',
  'berjudul',
  'dengan judul',
  'sebagai contoh',
  'contohnya',
  'misalnya',
] as const;
/** How a speaker gives a name in plain words: "ada namanya protokol sentuh hati". */
export const SPOKEN_NAME_CUES = ['namanya'] as const;
/** What an appositive says a name is: "X, wadah pembinaan inovasi", "X, aplikasi antrean …". */
export const APPOSITIVE_NOUNS = [
  'wadah',
  'aplikasi',
  'platform',
  'sistem',
  'layanan',
  'program',
  'gerakan',
  'inovasi',
  'sarana',
  'forum',
] as const;
/** Capitalised first words of a described name whose bracketed acronym is the name: "Sistem … (SIPO)". */
export const NAME_CUE_WORDS = ['Sistem', 'Gerakan', 'Program', 'Aplikasi', 'Layanan', 'Inovasi'] as const;
/** Words of a sentence about something digital or new, where quoted and e- names are innovations. */
export const DIGITAL_WORDS = ['berbasis', 'elektronik', 'online', 'daring', 'digital', 'dikenal'] as const;
/** Phrases that are no innovation's name, however they are quoted or capitalised. */
export const GENERIC_NAMES = [
  'inovasi',
  'inovasi daerah',
  'pelayanan',
  'pelayanan publik',
  'layanan',
  'kesehatan',
  'pendidikan',
  'program',
  'aplikasi',
  'publik',
  'desa',
  'kampung',
  'proyek perubahan',
  'best practice',
  'pemerintah daerah',
  'good governance',
  'ktp',
  'e-ktp',
  'e-mail',
  'email',
  'e-ktp elektronik',
] as const;
/**
 * Words of the awards and their categories, which make no name on their own: "Top 99 Inovasi Pelayanan
 * Publik 2020", "Kelompok Umum", "Sistem Inovasi Pelayanan Publik". A name of these words (and numbers) only
 * is no innovation's name.
 */
export const GENERIC_NAME_WORDS = [
  'inovasi',
  'pelayanan',
  'publik',
  'layanan',
  'sistem',
  'daerah',
  'kompetisi',
  'top',
  'kelompok',
  'umum',
  'khusus',
  'kategori',
  'nasional',
  'provinsi',
  'kabupaten',
  'kota',
  'pemerintah',
  'tahun',
  'terbaik',
  'finalis',
  'penghargaan',
  'award',
  'awards',
  'government',
  'innovative',
  'anugerah',
  'lomba',
  'informasi',
  'administrasi',
  'negara',
  'lembaga',
  'dan',
] as const;
/** Words that give an innovation's owner after it: "aplikasi X milik Dinas Y", "X besutan Bappeda". */
export const OWNER_WORDS = [
  'di',
  'pada',
  'milik',
  'dari',
  'oleh',
  'besutan',
  'karya',
  'garapan',
  'kepunyaan',
] as const;
/** Nouns that give an innovation's owner after it: "Inovasi ini merupakan usulan Desa X", "karya Puskesmas Y". */
export const OWNER_NOUNS = [
  'usulan',
  'karya',
  'hasil karya',
  'milik',
  'gagasan',
  'besutan',
  'buatan',
  'garapan',
  'kreasi',
  'inisiatif',
] as const;
/** Passive verbs that give an innovation's owner after it: "X yang digagas Dinas Y", "X diterapkan oleh …". */
export const OWNER_VERBS = [
  'digagas',
  'diinisiasi',
  'dikembangkan',
  'diterapkan',
  'dikelola',
  'diluncurkan',
  'dibuat',
  'diciptakan',
  'dijalankan',
  'diusulkan',
  'dilaksanakan',
] as const;
/** Everyone's tools, never a region's innovation: "Zoom", "Google Meet", "WhatsApp". */
export const PLATFORMS = [
  'zoom',
  'zoom meeting',
  'zoom cloud meeting',
  'google meet',
  'google form',
  'google drive',
  'google classroom',
  'microsoft teams',
  'whatsapp',
  'whatsapp group',
  'youtube',
  'instagram',
  'facebook',
  'tiktok',
  'twitter',
  'webex',
] as const;
/** Capitalised words that begin no innovation's name: places, offices, programs, days, pronouns. */
export const NOT_NAME_STARTS = [
  'Kota',
  'Kabupaten',
  'Kab',
  'Provinsi',
  'Pemkab',
  'Pemkot',
  'Pemko',
  'Pemprov',
  'Pemerintah',
  'Dinas',
  'Badan',
  'Kantor',
  'Bupati',
  'Wali',
  'Walikota',
  'Gubernur',
  'Diklat*',
  'Dikpim',
  'PKA',
  'PKP',
  'PKN',
  'Latsar',
  'Pelatihan',
  'Pendidikan',
  'Ini',
  'Itu',
  'Tersebut',
  'Kami',
  'Kita',
  'Saya',
  'Dan',
  'Yang',
  'Di',
  'Ke',
  'Dalam',
  'Para',
  'Peserta',
  'Proyek',
  'Best',
  'Benchmark*',
  'Studi',
  'Tim',
  'Ia',
  'Beliau',
  'Bapak',
  'Ibu',
  'Menurut',
  'Kata',
  'Selain',
  'Sementara',
  'Namun',
  'Bahkan',
  'Sebagai',
  'Adapun',
  'Kemudian',
  'Sedangkan',
  'Karena',
  'Saat',
  'Ketika',
  'Usai',
  'Setelah',
  'Sebelum',
  'Lembaga',
  'Kementerian',
  'Deputi',
  'Menteri',
] as const;
