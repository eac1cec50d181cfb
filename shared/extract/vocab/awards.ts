/**
 * The words of an award story: how a region or an innovation wins ("meraih", "masuk Top 99", "juara"),
 * and the awards scouting ranks on, by kind (the kinds of `AWARD_KINDS` in the schema).
 */
import { FUTURE_WORDS, HOLDING_VERBS } from './visits.ts';

/** Words of winning, which make a headline an award's rather than a visit's. */
export const AWARD_WORDS = ['raih', 'meraih', 'masuk top', 'juara', 'penghargaan'] as const;

/** Verbs that say a region or an innovation won or was selected: "meraih", "masuk", "dinobatkan sebagai". */
export const WINNING_VERBS = [
  'raih',
  'meraih',
  'diraih',
  'masuk',
  'lolos',
  'menyabet',
  'memboyong',
  'menggondol',
  'menerima',
  'dianugerahi',
  'terpilih',
  'dinobatkan',
  'ditetapkan',
  'mendapat',
  'mendapatkan',
  'memperoleh',
  'menyandang',
  'menjadi',
  'menjuarai',
] as const;

/** What a winner is ranked as: "Top 99", "99 inovasi terbaik", "finalis", "juara", "peringkat". */
export const RANK_WORDS = [
  'top',
  'terbaik',
  'finalis',
  'nominasi',
  'nominator',
  'juara',
  'pemenang',
  'penghargaan',
  'peringkat',
  'peraih',
  'predikat',
  'award',
] as const;

/**
 * The awards by kind, as articles name them. `kipp`: KemenPAN-RB's Kompetisi Inovasi Pelayanan Publik
 * (its Top 99 / Top 45 and the older Sinovik); `iga`: Kemendagri's Innovative Government Award;
 * `terinovatif`: a region named the most innovative; `provincial`: a province's own contest, told by the
 * province's name with a contest word (read by the award stage, not listed here); `other`: other named
 * public-service innovation awards.
 */
export const AWARD_NAMES = {
  kipp: [
    'Kompetisi Inovasi Pelayanan Publik',
    'KIPP',
    'Top Inovasi Pelayanan Publik',
    'Top Inovasi',
    'Sinovik',
  ],
  iga: ['Innovative Government Award', 'IGA'],
  terinovatif: ['Terinovatif'],
  other: ['Public Service of The Year', 'Penghargaan Pelayanan Prima', 'Inovasi Award', 'Innovation Award'],
} as const;

/** Words of a contest or award a province holds for its own regions: "Lomba Inovasi Daerah Provinsi X". */
export const CONTEST_WORDS = [
  'kompetisi inovasi',
  'lomba inovasi',
  'penghargaan inovasi',
  'anugerah inovasi',
  'innovation award',
  'inovasi award',
] as const;

/** Words that name a region as the most innovative, after its kind: "Kabupaten Terinovatif". */
export const MOST_INNOVATIVE_WORDS = ['terinovatif', 'ter-inovatif', 'paling inovatif'] as const;
/** The kinds of government an award names: "Kabupaten Terinovatif", "kategori Kota". */
export const AWARDED_KINDS = [
  'Provinsi',
  'Kabupaten',
  'Kota',
  'Daerah',
  'Pemda',
  'Desa',
  'Kecamatan',
] as const;
/** Words of a place in a ranking: "Juara I", "Terbaik II", "Peringkat 3", "Juara Harapan I". */
export const PLACE_WORDS = ['juara harapan', 'juara', 'terbaik', 'peringkat', 'ranking', 'pemenang'] as const;
/** The overall winner of a contest, a rank of its own: "Juara Umum". */
export const OVERALL_WINNER = ['juara umum'] as const;
/** Ordinals as articles write them, to their number. */
export const ORDINALS: Readonly<Record<string, number>> = {
  pertama: 1,
  kesatu: 1,
  satu: 1,
  kedua: 2,
  dua: 2,
  ketiga: 3,
  tiga: 3,
  keempat: 4,
  empat: 4,
  kelima: 5,
  lima: 5,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
};
/** Words that open an award's category: "kategori Kabupaten", "klaster Kota". */
export const CATEGORY_WORDS = ['kategori', 'klaster', 'kluster', 'cluster'] as const;
/** Words that make a contest a wish or an entry, not a win: "akan mengikuti KIPP", "menargetkan Top 45". */
export const INTENT_WORDS = [
  ...FUTURE_WORDS,
  'bakal',
  'menargetkan',
  'target',
  'berharap',
  'diharapkan',
  'semoga',
  'mendaftarkan',
  'didaftarkan',
  'mendaftar',
  'mengikuti',
  'persiapan',
  'menuju',
  'sosialisasi',
  'bimtek',
  'mewakili',
  'berhak',
  'calon',
] as const;
/** Verbs of a government holding a contest: "Pemprov Sulsel menggelar Lomba Inovasi Daerah". */
export const CONTEST_HOLDING_VERBS = [
  ...HOLDING_VERBS,
  'mengadakan',
  'menyelenggarakan',
  'mengumumkan',
  'umumkan',
  'gelar',
  'gelaran',
] as const;
