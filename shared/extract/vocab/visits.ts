/**
 * The words of a study visit: what the visit is called, how a group goes and is received, what it comes to
 * learn, and the phrases that put the visited place right after them. Stems are matched inside longer
 * words ("kunjung" in "kunjungan", "dikunjungi"); phrases as written.
 */

/**
 * What the visit itself is called, as stems: "benchmarking", "kunjungan kerja", "studi lapangan". The
 * prefix men- drops a k ("kunjungi" → "mengunjungi"), so that form has its own stem.
 */
export const VISIT_STEMS = [
  'benchmark',
  'kunjung',
  'mengunjung',
  'kunker',
  'studi lapang',
  'studi banding',
  'studi tiru',
  'studi kompara',
  'study tour',
  'study visit',
  'field trip',
  'field visit',
  'observasi',
  'orientasi lapang',
  'visitasi',
  'vkn',
  'best practice',
  'lawatan',
  'lokus',
] as const;
/**
 * Verbs of going to see a place that say "visit" wherever they stand, as stems: "sambang" for "sambangi",
 * "disambangi", and "menyambang" for "menyambangi" (men- turns the s into ny).
 */
export const VISIT_VERBS = ['bertandang', 'sambang', 'menyambang'] as const;
/** Verbs of moving towards a place: a visit only near the place they name. */
export const MOVE_VERBS = ['mendatangi', 'meninjau', 'berangkat', 'bertolak', 'menuju'] as const;
/** A group arriving: "rombongan tiba", "kedatangan peserta". */
export const ARRIVAL_WORDS = ['tiba', 'kedatangan', 'rombongan'] as const;
/** The group being received: "diterima Bupati", "disambut Sekda". */
export const RECEIVED_WORDS = ['diterima', 'disambut'] as const;
/** The host receiving and welcoming: "Bupati menerima rombongan", "dalam sambutannya". */
export const RECEIVING_WORDS = ['menerima', 'menyambut', 'sambutan'] as const;
/** What the group comes for: "belajar", "menimba ilmu", a "percontohan" or "rujukan" to learn from. */
export const LEARNING_WORDS = ['belajar', 'menimba', 'percontohan', 'rujukan'] as const;
/** A headline's short ways of saying it: "Sambangi", "Timba Ilmu ke", "Belajar dari", "Intip". */
export const HEADLINE_VISIT_WORDS = [
  'sambangi',
  'timba ilmu',
  'menimba',
  'belajar ke',
  'belajar dari',
  'belajar di',
  'intip',
  'lirik',
  'tiru',
] as const;
/**
 * Phrases the visited place follows: "mengunjungi Dinas X", "berkunjung ke Kota Y", "studi banding di Z",
 * "berdiskusi dengan Bappeda".
 */
export const PLACE_LEADS = [
  'mengunjungi',
  'dikunjungi',
  'kunjungi',
  'mendatangi',
  'menyambangi',
  'sambangi',
  'meninjau',
  'menuju',
  'mengobservasi',
  'bertandang ke',
  'berkunjung ke',
  'bertolak ke',
  'tiba di',
  'kunjungan ke',
  'kunjungan di',
  'kunjungan kerja ke',
  'kunjungan kerja di',
  'visitasi ke',
  'observasi ke',
  'observasi di',
  'benchmarking ke',
  'benchmarking di',
  'studi lapangan ke',
  'studi lapangan di',
  'studi tiru ke',
  'studi tiru di',
  'studi banding ke',
  'studi banding di',
  'berdiskusi dengan',
  'berdialog dengan',
  'bertukar pikiran dengan',
] as const;
/** Being chosen as the place to visit: "memilih Kota X", "Kota X dipilih sebagai lokus". */
export const CHOICE_WORDS = [
  'menjadikan',
  'memilih',
  'dipilihnya',
  'pilihkan',
  'dipilih',
  'jujugan',
] as const;
/** Ceremonies of the training itself, not of the visit: "pembukaan", "ditutup", "pelantikan", "wisuda". */
export const CEREMONY_WORDS = [
  'dibuka',
  'membuka',
  'pembukaan',
  'ditutup',
  'menutup',
  'penutupan',
  'dilantik',
  'pelantikan',
  'wisuda',
] as const;
/** The bare roots a headline writes them in: "Bupati Buka PKA", "Gubernur Lantik …". */
export const HEADLINE_CEREMONY_WORDS = ['buka', 'tutup', 'lantik'] as const;
/** Passive verbs that date any event, the visit's among others: "dilaksanakan", "berlangsung". */
export const HELD_VERBS = ['dilaksanakan', 'dilakukan', 'berlangsung', 'digelar'] as const;
/** Their active forms: "melaksanakan", "menggelar". */
export const HOLDING_VERBS = ['melaksanakan', 'menggelar'] as const;
/** A plan rather than a visit made: "akan", "rencananya", "nantinya". */
export const FUTURE_WORDS = ['akan', 'rencananya', 'direncanakan', 'nantinya', 'kelak'] as const;
/** A visit made before, not this one: "pernah", "sebelumnya", "tahun lalu". */
export const PAST_WORDS = [
  'sudah ada',
  'pernah',
  'sebelumnya',
  'tahun lalu',
  'sebelum ini',
  'terdahulu',
] as const;
/** The visiting group: "peserta", "rombongan". */
export const GROUP_WORDS = ['peserta', 'rombongan'] as const;
