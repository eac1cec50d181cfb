/**
 * The words of an award story: how a region or an innovation wins ("meraih", "masuk Top 99", "juara").
 */

/** Words of winning, which make a headline an award's rather than a visit's. */
export const AWARD_WORDS = ['raih', 'meraih', 'masuk top', 'juara', 'penghargaan'] as const;
