/**
 * The words written before a region's name, with the kind of region they say and how they name it: its
 * kind ("Kabupaten X"), its government ("Pemkot X"), or its head ("Bupati X"). The region names
 * themselves are the gazetteer's (shared/regions).
 */

/** How a word before a region names it; decides the mention's weight as host evidence. */
export type RegionWordForm = 'kind' | 'government' | 'head';

/** Word(s) → the kind of region they say (null: any kind) and how they name it. */
export const REGION_WORDS: readonly (readonly [
  string,
  'kabupaten' | 'kota' | 'provinsi' | null,
  RegionWordForm,
])[] = [
  ['kabupaten administrasi', 'kabupaten', 'kind'],
  ['kabupaten', 'kabupaten', 'kind'],
  ['kab', 'kabupaten', 'kind'],
  ['pemkab', 'kabupaten', 'government'],
  ['pemerintah kabupaten', 'kabupaten', 'government'],
  ['pemerintah kab', 'kabupaten', 'government'],
  ['bupati', 'kabupaten', 'head'],
  ['wakil bupati', 'kabupaten', 'head'],
  ['wabup', 'kabupaten', 'head'],
  ['kota administrasi', 'kota', 'kind'],
  ['kota', 'kota', 'kind'],
  ['kotamadya', 'kota', 'kind'],
  ['kodya', 'kota', 'kind'],
  ['pemkot', 'kota', 'government'],
  ['pemko', 'kota', 'government'],
  ['pemerintah kota', 'kota', 'government'],
  ['pemerintah kotamadya', 'kota', 'government'],
  ['walikota', 'kota', 'head'],
  ['wali kota', 'kota', 'head'],
  ['wakil walikota', 'kota', 'head'],
  ['wakil wali kota', 'kota', 'head'],
  ['wawali', 'kota', 'head'],
  ['walkot', 'kota', 'head'],
  ['provinsi', 'provinsi', 'kind'],
  ['propinsi', 'provinsi', 'kind'],
  ['prov', 'provinsi', 'kind'],
  ['pemprov', 'provinsi', 'government'],
  ['pemprop', 'provinsi', 'government'],
  ['pemerintah provinsi', 'provinsi', 'government'],
  ['pemerintah propinsi', 'provinsi', 'government'],
  ['gubernur', 'provinsi', 'head'],
  ['wakil gubernur', 'provinsi', 'head'],
  ['wagub', 'provinsi', 'head'],
  ['pemda', null, 'government'],
  ['pemerintah daerah', null, 'government'],
  ['pemerintah', null, 'government'],
];

/** Streets, whose names are often a region's: "Jl. Bandung", "Gang Solo". */
export const STREET_WORDS = ['jalan', 'jl', 'gang', 'gg'] as const;
/** Places that carry a region's name without being it: "Universitas Jember", "Bandara Kualanamu", "Polres X". */
export const NAMESAKE_PLACES = [
  'universitas',
  'univ',
  'institut',
  'politeknik',
  'poltekkes',
  'stikes',
  'bandara',
  'stasiun',
  'terminal',
  'pelabuhan',
  'hotel',
  'danau',
  'gunung',
  'pantai',
  'sungai',
  'selat',
  'pulau',
  'polres',
  'polda',
  'kodim',
  'bank',
  'smp',
  'sma',
  'smk',
  'sd',
] as const;
