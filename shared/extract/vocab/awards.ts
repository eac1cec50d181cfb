/**
 * The words of an award story: how a region or an innovation wins ("meraih", "masuk Top 99", "juara"),
 * and the awards scouting ranks on, by kind (the kinds of `AWARD_KINDS` in the schema).
 */

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
  'terinovatif',
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
  other: [
    'Public Service of The Year',
    'Penghargaan Pelayanan Prima',
    'Anugerah Inovasi',
    'Inovasi Award',
    'Innovation Award',
    'Penghargaan Inovasi',
  ],
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
