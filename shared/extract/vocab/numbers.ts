/**
 * Numbers written in words: "dua puluh delapan", "sebelas", "seratus", "empat puluh (40)".
 */

/** The digits as words; "se-" is one ("sebelas", "seratus"). */
export const DIGIT_WORDS: Readonly<Record<string, number>> = {
  se: 1,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};
/** Whole words for ten, eleven and a hundred. */
export const ROUND_WORDS: Readonly<Record<string, number>> = { sepuluh: 10, sebelas: 11, seratus: 100 };
/** The multipliers after a digit word: "dua puluh", "tiga belas", "dua ratus". */
export const SCALE_WORDS = ['puluh', 'belas', 'ratus'] as const;
