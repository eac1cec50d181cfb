/**
 * The words that make and end a list: "… lokus, yaitu A, B dan C", "inovasi seperti X, Y serta Z, dll".
 */

/** Words that open a list: "yaitu", "antara lain", "seperti", "meliputi", "termasuk". */
export const LIST_INTROS = [
  'yaitu',
  'yakni',
  'antara lain',
  'diantaranya',
  'di antaranya',
  'meliputi',
  'seperti',
  'adalah',
  'termasuk',
] as const;
/** Words that open a list set out item by item after a colon: "sebagai berikut:". */
export const COLON_LIST_INTROS = [...LIST_INTROS, 'berikut', 'sebagai berikut'] as const;
/** Words joining the items of one list: "A, B dan C", "A serta B", "A & B". */
export const LIST_GLUE_WORDS = ['dan', 'serta', '&'] as const;
/** Words that go on with a list after a clause: "… serta Dinas B", "… lalu ke Kecamatan C". */
export const LIST_CONTINUERS = ['serta', 'dan juga', 'dan', 'juga ke', 'lalu ke', 'kemudian ke'] as const;
/** Words that close a list without naming more: "dan lainnya", "dll". */
export const LIST_ENDS = ['lainnya', 'lain-lain', 'lain lain', 'sebagainya', 'dll', 'dsb'] as const;
/** The nouns a list of loci is introduced by: "ada empat lokus yakni", "tiga OPD yaitu". */
export const LOCUS_NOUNS = [
  'lokus',
  'instansi',
  'OPD',
  'organisasi perangkat daerah',
  'perangkat daerah',
  'lokasi',
  'tempat',
  'unit kerja',
  'SKPD',
] as const;
/** Nouns that introduce a list of regions visited: "empat daerah menjadi tujuan VKN, yaitu A, B dan C". */
export const REGION_LIST_NOUNS = ['daerah', 'tujuan', 'wilayah', 'pemda', 'kabupaten/kota'] as const;
/** The intros of a list of places visited: the narrow ones ("seperti", "termasuk" also give examples). */
export const PLACE_LIST_INTROS = [
  'yaitu',
  'yakni',
  'antara lain',
  'diantaranya',
  'di antaranya',
  'meliputi',
] as const;
/** Visit verbs that may introduce a list of loci: "mengunjungi antara lain …". */
export const LOCUS_LIST_VERBS = [
  'mengunjungi',
  'dikunjungi',
  'menyambangi',
  'mendatangi',
  'mengobservasi',
  'observasi',
] as const;
