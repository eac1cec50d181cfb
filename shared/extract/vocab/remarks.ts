/**
 * The words of remarks that are not the article's training or visit: a person's past training ("alumni
 * PKN II", "yang tahun lalu menyelesaikan Diklatpim III") and what trainees habitually do ("kerap
 * dijadikan lokus benchmarking").
 */

/** Someone who finished a training: "alumni PKA", "lulusan Diklatpim III". */
export const ALUMNI_WORDS = ['alumni', 'alumnus', 'lulusan', 'jebolan', 'tamatan'] as const;
/** Words of "once": "pernah mengikuti", "dulu menempuh". */
export const ONCE_WORDS = ['pernah', 'dulu', 'dahulu', 'sempat'] as const;
/** Taking part in a training. */
export const TOOK_PART_VERBS = [
  'mengikuti',
  'menjadi peserta',
  'menempuh',
  'menyelesaikan',
  'lulus',
] as const;
/** Finishing one. */
export const COMPLETED_VERBS = ['menyelesaikan', 'lulus', 'merampungkan', 'menamatkan'] as const;
/** What a trainee group habitually does: "kerap dijadikan lokus", "tidak jarang dikunjungi". */
export const HABIT_WORDS = [
  'kerap',
  'sering',
  'acap',
  'seringkali',
  'kerapkali',
  'acapkali',
  'biasanya',
  'biasa dijadikan',
  'biasa dikunjungi',
  'biasa menjadi',
  'lazimnya',
  'menjadi langganan',
  'tak jarang',
  'tidak jarang',
] as const;
