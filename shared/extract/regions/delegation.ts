/**
 * The visiting delegation's home: a region named in the group that makes the visit ("Tim Dinas Perpustakaan
 * Kabupaten Sikka melakukan studi banding ke …", "Pemkab Siak mengunjungi …") or that a host receives
 * ("menerima kunjungan kerja Komisi B DPRD Kabupaten Lumajang"). Like a training's organiser, it is no locus.
 */
import { anyOf } from '../vocab/compile.ts';
import { PLACE_LEADS, VISIT_STEMS } from '../vocab/visits.ts';

// What a group names itself with between its region and its verb: capitalised words, "(Lotim)", "dan".
const NAME_WORD = /^(?:\s*\([^()]{1,40}\)|\s*,?\s+(?:[\p{Lu}\d][\p{L}\d'’.-]*|dan|&))/u;
// The group then goes: "melakukan studi banding ke", "mengunjungi", "Belajar … di" (a headline's verb).
const GOES = new RegExp(
  String.raw`^\s*,?\s+(?:(?:tengah\s+|sedang\s+)?(?:melakukan|melaksanakan|mengadakan|menggelar|mengikuti)\s+)?(?:(?:${anyOf(VISIT_STEMS, { spaces: 'any' })})\w*(?:\s+kerja)?(?:\s+(?:dan|sekaligus|serta)\s+\w+(?:\s+\w+)?)?\s+(?:ke|di|dengan)\b|${anyOf(
    PLACE_LEADS.filter((lead) => !/ (?:di|dengan)$/.test(lead)),
    { spaces: 'any' },
  )}\b|belajar(?:\s+[\p{L}-]+){0,4}?\s+(?:ke|di|dari)\b)`,
  'iu',
);
// A host receives a group: "menerima kunjungan kerja", "Terima Studi Banding", "kedatangan rombongan".
const RECEIVES = new RegExp(
  String.raw`\b(?:menerima|menyambut|terima|sambut|kedatangan)\s+(?:kunjungan(?:\s+kerja)?|rombongan|tamu|studi\s+(?:banding|tiru|lapangan)|benchmarking)(?:\s+(?:dari|para))?$`,
  'iu',
);
// One capitalised word of the group's name before its region: "DPRD ", "Komisi ", "(Lotim) ".
const NAME_WORD_BEFORE = /\s+(?:[\p{Lu}\d][\p{L}\d'’.-]*|\([^()]{1,40}\))\s*$/u;

/** Whether the words after a region mention make it the visiting group's home: its verb of visiting follows. */
export function visitorsAfter(after: string): boolean {
  let rest = after;
  for (let words = 0; words <= 6; words++) {
    if (GOES.test(rest)) return true;
    const word = NAME_WORD.exec(rest);
    if (!word) return false;
    rest = rest.slice(word[0].length);
  }
  return false;
}

/** Whether the words before a region mention make it the home of a group received: "menerima kunjungan DPRD …". */
export function receivedBefore(before: string): boolean {
  // A headline capitalises its verbs too: try each cut between the verb and the group's name.
  let rest = before.trimEnd();
  for (let words = 0; words <= 6; words++) {
    if (RECEIVES.test(rest)) return true;
    const word = NAME_WORD_BEFORE.exec(` ${rest}`);
    if (!word) return false;
    rest = rest.slice(0, Math.max(0, rest.length - word[0].length + 1)).trimEnd();
  }
  return false;
}
