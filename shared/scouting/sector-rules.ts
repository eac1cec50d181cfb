/**
 * Which sector an agency or an innovation belongs to, as word tables a domain person extends: add "Labkesda"
 * to health's agency words and every "UPT Labkesda …" is health. Words are matched whole and case-blind
 * after agency acronyms are spelled out (units.ts: "Dinkes" reads as "Dinas Kesehatan"); a phrase matches
 * as consecutive words. No pattern is edited here; classify.ts compiles these tables once.
 */
import type { SectorId } from './sectors.ts';

/** Words in an agency's name that place it in a sector. */
export const AGENCY_WORDS: Readonly<Partial<Record<SectorId, readonly string[]>>> = {
  health: ['kesehatan', 'rsud', 'rsu', 'rsia', 'rumah sakit', 'puskesmas', 'labkesda', 'posyandu', 'farmasi'],
  licensing: [
    'penanaman modal',
    'pelayanan terpadu satu pintu',
    'ptsp',
    'perizinan',
    'mall pelayanan publik',
    'investasi',
  ],
  population: ['kependudukan', 'pencatatan sipil', 'capil'],
  digital: [
    'komunikasi dan informatika',
    'kominfo',
    'informatika',
    'persandian',
    'statistik',
    'command center',
  ],
  planning: [
    'perencanaan',
    'penelitian',
    'pengembangan',
    'litbang',
    'bappelitbangda',
    'bappelitbang',
    'balitbang',
    'balitbangda',
    'brida',
    'riset',
  ],
  staff: ['kepegawaian', 'sumber daya manusia', 'bkpsdm', 'bkpsdmd', 'bkpp', 'bkd', 'bkppd', 'diklat'],
  finance: ['keuangan', 'pendapatan', 'aset', 'pajak', 'retribusi', 'samsat', 'perbendaharaan'],
  village: [
    'kecamatan',
    'kelurahan',
    'desa',
    'kampung',
    'nagari',
    'gampong',
    'pekon',
    'distrik',
    'kalurahan',
    'kapanewon',
    'kemantren',
    'pemberdayaan masyarakat',
  ],
  education: ['pendidikan', 'sekolah', 'madrasah', 'perpustakaan', 'kearsipan'],
  social: [
    'sosial',
    'perlindungan anak',
    'pemberdayaan perempuan',
    'keluarga berencana',
    'pengendalian penduduk',
  ],
  environment: [
    'lingkungan hidup',
    'kebersihan',
    'persampahan',
    'sanitasi',
    'pekerjaan umum',
    'perumahan',
    'permukiman',
    'air minum',
    'pdam',
  ],
  tourism: ['pariwisata', 'kebudayaan', 'museum', 'cagar budaya'],
  economy: [
    'perdagangan',
    'perindustrian',
    'koperasi',
    'usaha kecil',
    'umkm',
    'pertanian',
    'perikanan',
    'peternakan',
    'ketahanan pangan',
    'pangan',
    'pasar',
    'tenaga kerja',
    'perkebunan',
  ],
};

/**
 * Words in an innovation's name that place it in a sector, strongest first: an innovation named for its
 * subject ("Posyandu Keliling", "Akta Kilat", "Bank Sampah") goes there; one named only as a system
 * ("e-…", "…Online") is digital; one named neither way takes its agency's sector.
 */
export const INNOVATION_WORDS: Readonly<Partial<Record<SectorId, readonly string[]>>> = {
  health: [
    'kesehatan',
    'stunting',
    'gizi',
    'posyandu',
    'ibu hamil',
    'bumil',
    'bidan',
    'ambulans',
    'ambulan',
    'pasien',
    'rawat',
    'medis',
    'obat',
    'imunisasi',
    'malaria',
    'tbc',
    'dokter',
    'puskesmas',
    'rsud',
  ],
  licensing: ['izin', 'perizinan', 'investasi', 'investor', 'oss', 'ptsp', 'nib', 'sicantik'],
  population: ['akta', 'ktp', 'kk', 'kartu keluarga', 'kependudukan', 'adminduk', 'dukcapil', 'capil', 'kia'],
  planning: ['musrenbang', 'perencanaan', 'riset', 'penelitian'],
  staff: ['asn', 'pegawai', 'kepegawaian', 'kinerja', 'presensi', 'absensi', 'kenaikan pangkat'],
  finance: ['pajak', 'retribusi', 'pbb', 'bphtb', 'pendapatan', 'anggaran', 'keuangan', 'samsat', 'aset'],
  education: ['sekolah', 'siswa', 'guru', 'pendidikan', 'literasi', 'perpustakaan', 'beasiswa', 'paud'],
  social: [
    'miskin',
    'kemiskinan',
    'bansos',
    'disabilitas',
    'difabel',
    'anak',
    'perempuan',
    'lansia',
    'yatim',
  ],
  environment: ['sampah', 'lingkungan', 'sanitasi', 'limbah', 'banjir', 'hijau', 'air bersih', 'jamban'],
  tourism: ['wisata', 'pariwisata', 'budaya', 'festival', 'museum', 'seni'],
  economy: [
    'umkm',
    'ukm',
    'pasar',
    'dagang',
    'koperasi',
    'tani',
    'petani',
    'nelayan',
    'pangan',
    'ekonomi',
    'usaha',
  ],
};

/**
 * Words that say where or how rather than what ("Literasi Desa", "Jamban Sehat"): they count half, so an
 * innovation's subject wins over its setting, and alone they still decide ("Smart Kampung" is village).
 */
export const INNOVATION_SETTING_WORDS: Readonly<Partial<Record<SectorId, readonly string[]>>> = {
  village: ['desa', 'kampung', 'kelurahan', 'nagari', 'gampong', 'rt', 'rw'],
  health: ['sehat'],
};

/** Marks of a system rather than a subject: they make an innovation digital when nothing stronger does. */
export const DIGITAL_MARKS = {
  prefixes: ['e-', 'e '],
  words: [
    'online',
    'daring',
    'digital',
    'aplikasi',
    'smart',
    'command center',
    'website',
    'portal',
    'sistem informasi',
  ],
} as const;
