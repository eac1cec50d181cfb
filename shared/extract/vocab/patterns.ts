/**
 * Patterns more than one stage reads, compiled once from the word tables.
 */
import { anyOf } from './compile.ts';
import { INNOVATION_NOUNS, PRESENTING_VERBS } from './innovations.ts';
import { LIST_GLUE_WORDS } from './lists.ts';

/** What may stand between two items of one list: ", ", " dan ", ", serta ", " & ". */
export const LIST_GLUE = new RegExp(
  String.raw`^\s*(?:,\s*${anyOf(LIST_GLUE_WORDS)}?|${anyOf(LIST_GLUE_WORDS)})\s*$`,
);

/**
 * What follows a unit whose head presents its innovation: "(DPMPTSP) Kota X, I Made Y, memaparkan inovasi"
 * (a bracket, the head's name between commas, the verb and an innovation word). Unanchored at its end.
 */
export const PRESENTS_INNOVATION = String.raw`^(?:\s*\([^()]*\))?(?:\s*,[^,.;]{1,60},)?\s+(?:juga\s+|turut\s+)?${anyOf(PRESENTING_VERBS)}\s+(?:(?:sejumlah|beberapa|berbagai|tentang|mengenai)\s+)?${anyOf(INNOVATION_NOUNS)}\b`;
