/**
 * Innovation stage: finds named innovations in a sentence and leaves generic phrases ("inovasi pelayanan
 * publik", "proyek perubahan") alone. Which locus owns one is loci/'s call. Passes, in order, each adding
 * through one gate (found.ts):
 * 1 cued.ts: lists after "inovasi … diantaranya", names after an innovation word ("inovasi Layad Rawat"),
 *   names that cannot be prose after a verb of making ("mengembangkan SIMANTAP") or of using a system
 *   ("lewat SiCantik Cloud", "mengakses Lapor Bupati Online") →
 * 2 learned.ts: described names after what the group learns or how a name is given ("mempelajari …
 *   Jaminan Kesehatan X (JKX)", "diberi nama …"), plain names studied at a unit →
 * 3 written.ts: names an appositive explains ("X, wadah …"), names said plainly ("namanya …"), short names
 *   a bracket spells out, long quoted titles that won, e-names and quoted names (“Smart Kampung”).
 */
import { readCued, readLists, readMade, readUsed } from './cued.ts';
import { Finds, type InnovationMention } from './found.ts';
import { readLearned } from './learned.ts';
import { readExplained, readMarked, readQuotedTitles, readSpelledOut, readSpoken } from './written.ts';
import { prefilter } from '../vocab/compile.ts';
import {
  APPOSITIVE_NOUNS,
  INNOVATION_NOUNS,
  LEARNING_CUES,
  MAKING_VERBS,
  NAMING_CUES,
  RUNNING_VERBS,
  SPOKEN_NAME_CUES,
  USING_VERBS,
} from '../vocab/innovations.ts';

export { innovationKey, normaliseInnovation } from './names.ts';
export type { InnovationMention } from './found.ts';

// What every pass needs, in two scans: the cue words (4+ letters each, so the regex engine can skip
// ahead through a sentence) and the one-character cues, quotes and "e-" names, which would stop it
// skipping if they shared one alternation (that single scan cost nearly twice as much).
const ANY_CUE_WORD = prefilter(
  INNOVATION_NOUNS,
  RUNNING_VERBS,
  MAKING_VERBS,
  LEARNING_CUES,
  NAMING_CUES,
  APPOSITIVE_NOUNS,
  SPOKEN_NAME_CUES,
  USING_VERBS,
);
const ANY_CUE_MARK = /[“"‘'`]|[eE]\s?[-–—]/;

/**
 * The innovations a sentence names, left to right, each once. `cutOff`: the sentence is where a page scraped
 * short stops, without its ending.
 * @example findInnovations('Dinas ini memiliki inovasi Layad Rawat dan e- RK.').map((i) => i.name) // ['Layad Rawat', 'e-RK']
 */
export function findInnovations(text: string, headline = false, cutOff = false): InnovationMention[] {
  if (!ANY_CUE_MARK.test(text) && !ANY_CUE_WORD.test(text)) return [];
  const finds = new Finds(text, headline);
  for (const pass of [
    readLists,
    readCued,
    readMade,
    readUsed,
    readLearned,
    readExplained,
    readSpoken,
    readSpelledOut,
    readQuotedTitles,
    readMarked,
  ])
    pass(finds);
  const found = finds.list.sort((a, b) => a.start - b.start);
  // A page scraped short stops mid-name ("… terekam dalam Sistem Inovasi Pelayanan Publi"): a name that
  // runs to where the text stops may be cut, and is no name.
  return cutOff ? found.filter((f) => f.end < text.trimEnd().length) : found;
}
