/**
 * The units of regional government a cohort visits, by kind: offices whose head word needs a name after
 * it ("Dinas …"), sub-districts and villages in their regional names, facilities ("Puskesmas", "RSUD",
 * "Mal Pelayanan Publik"), and the units known by their acronyms, with the long form each stands for.
 * A domain person adds "Dispendukcapil" to UNIT_ACRONYMS; no pattern is edited.
 */

/** Head words that name nothing alone: "Dinas" must be followed by what it is in charge of. */
export const OFFICE_HEADS = [
  'Dinas',
  'Badan',
  'Kantor',
  'Biro',
  'Brigade',
  'Sekretariat',
  'Satuan',
  'Bagian',
  'Unit',
  'UPT',
  'UPTD',
  'Perumda',
  'Perusahaan Daerah',
  'BUMD',
] as const;
/**
 * Enterprises a government sets up, named like units ("Badan Usaha Lorong", "BUMDes Maju Jaya"): where the
 * page reads one as an innovation's name, it is the innovation, not a unit visited.
 */
export const ENTERPRISE_HEADS = [
  'Badan Usaha',
  'BUMDes',
  'BUMDesa',
  'BUMD',
  'Perumda',
  'Perusahaan Daerah',
] as const;
/** The larger sub-district, in its regional names: Kapanewon/Kemantren in Yogyakarta, Distrik in Papua. */
export const DISTRICTS = ['Kecamatan', 'Kec', 'Kapanewon', 'Kemantren', 'Distrik'] as const;
/** Villages and urban wards: Kalurahan in Yogyakarta, Nagari in West Sumatra, Gampong in Aceh, Pekon in Lampung. */
export const VILLAGES = ['Kelurahan', 'Kalurahan', 'Desa', 'Kampung', 'Nagari', 'Gampong', 'Pekon'] as const;
/** Hospitals' heads; a hospital's proper name may carry its namesake's titles ("RSUD dr. Iskak"). */
export const HOSPITALS = [
  'RSUD',
  'RSU',
  'RSIA',
  'RS',
  'Rumah Sakit',
  'Rumah Sakit Umum',
  'Rumah Sakit Umum Daerah',
] as const;
/** The public-service mall, which may be named alone. */
export const SERVICE_MALLS = ['Mal Pelayanan Publik', 'Mall Pelayanan Publik', 'MPP'] as const;
/** Facilities and offices that may be named by their head alone or with a name after it. */
export const FACILITIES = [
  'Puskesmas',
  'Inspektorat',
  'Samsat',
  'PDAM',
  'Perpustakaan',
  'Satpol PP',
  'Setda',
  'Setwan',
  'Lapas',
  'Lembaga Pemasyarakatan',
  'Rutan',
  'Rumah Tahanan Negara',
] as const;
/** Facilities a place has one of: named bare ("di RSUD", "di MPP") they mean the one already met. */
export const ONE_PER_PLACE = ['RSUD', 'RSU', 'Puskesmas', ...SERVICE_MALLS] as const;
/** Units below a district, whose address a district named right after them gives: "Desa X, Kecamatan Y". */
export const LOCAL_UNITS = [...VILLAGES, 'Puskesmas'] as const;
/** Facilities known by their own name after this head: "Rumah Kreatif", "Rumah Padat Karya". */
export const OWN_NAME_HEADS = ['Rumah'] as const;
/** Heads that may stand inside an office's name as one of its affairs: "Dinas … Masyarakat dan Desa". */
export const AFFAIR_WORDS = ['Desa', 'Perpustakaan', 'Kampung'] as const;
/** Heads that a unit's own programme may be named with: "BPBD yang mengelola Brigade Siaga Bencana". */
export const PROGRAMME_HEADS = ['Brigade', 'Rumah', 'Unit', 'UPT', 'UPTD', 'Kampung', 'Desa'] as const;

/**
 * Units known by their acronym, with the long form it stands for ('' where the acronym is the name), so that
 * "Dinkes" and "Dinas Kesehatan" are one locus. An entry ending in `*` also reads longer forms of it.
 */
export const UNIT_ACRONYMS: Readonly<Record<string, string>> = {
  Dinkes: 'Dinas Kesehatan',
  Disdukcapil: 'Dinas Kependudukan dan Pencatatan Sipil',
  Dispendukcapil: 'Dinas Kependudukan dan Pencatatan Sipil',
  Dukcapil: 'Dinas Kependudukan dan Pencatatan Sipil',
  'Diskominfo*': 'Dinas Komunikasi dan Informatika',
  Disdik: 'Dinas Pendidikan',
  Disdikbud: 'Dinas Pendidikan dan Kebudayaan',
  Dishub: 'Dinas Perhubungan',
  Disnaker: 'Dinas Tenaga Kerja',
  Disnakertrans: 'Dinas Tenaga Kerja dan Transmigrasi',
  Dispar: 'Dinas Pariwisata',
  Disparbud: 'Dinas Pariwisata dan Kebudayaan',
  Disbudpar: 'Dinas Kebudayaan dan Pariwisata',
  Disperindag: 'Dinas Perindustrian dan Perdagangan',
  Diskop: 'Dinas Koperasi',
  Diskopukm: 'Dinas Koperasi dan Usaha Kecil Menengah',
  Dinsos: 'Dinas Sosial',
  Dispora: 'Dinas Pemuda dan Olahraga',
  Distan: 'Dinas Pertanian',
  Disperkim: 'Dinas Perumahan dan Kawasan Permukiman',
  Dispusip: 'Dinas Perpustakaan dan Kearsipan',
  DLH: 'Dinas Lingkungan Hidup',
  DPUPR: 'Dinas Pekerjaan Umum dan Penataan Ruang',
  Bappeda: 'Badan Perencanaan Pembangunan Daerah',
  Bappelitbangda: '',
  Bappelitbang: '',
  Balitbangda: '',
  Balitbang: '',
  Bapenda: 'Badan Pendapatan Daerah',
  Bappenda: 'Badan Pendapatan Daerah',
  BPKAD: 'Badan Pengelolaan Keuangan dan Aset Daerah',
  BPKD: 'Badan Pengelolaan Keuangan Daerah',
  BPBD: 'Badan Penanggulangan Bencana Daerah',
  DPMPTSP: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
  'DPM-PTSP': 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
  BPPT: '',
  'BPPT-PM': '',
  MPP: 'Mall Pelayanan Publik',
  Setda: 'Sekretariat Daerah',
  Setwan: 'Sekretariat DPRD',
};

/** Places that only host a welcome or a meal, never a locus: "Kantor Bupati", "Rumah Jabatan", "Rujab". */
export const VENUES = [
  'Kantor Bupati',
  'Kantor Walikota',
  'Kantor Wali Kota',
  'Kantor Wali kota',
  'Kantor Gubernur',
  'Kantor Pemkab',
  'Kantor Pemkot',
  'Kantor Pemerintah',
  'Sekretariat Badan',
  'Rumah Jabatan',
  'Rumah Dinas',
  'Rumah Makan',
  'Rumah Adat',
  'Rumah Ibadah',
  'Rumah Singgah',
  'Rumah Negara',
  'Rumah Rakyat',
  'Rujab',
] as const;
