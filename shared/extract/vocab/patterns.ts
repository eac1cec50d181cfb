/**
 * Patterns more than one stage reads, compiled once from the word tables.
 */
import { anyOf } from './compile.ts';
import { LIST_GLUE_WORDS } from './lists.ts';

/** What may stand between two items of one list: ", ", " dan ", ", serta ", " & ". */
export const LIST_GLUE = new RegExp(
  String.raw`^\s*(?:,\s*${anyOf(LIST_GLUE_WORDS)}?|${anyOf(LIST_GLUE_WORDS)})\s*$`,
);
