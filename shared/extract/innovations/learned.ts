/**
 * The innovation pass led by what the group learns, what a unit is known for and how a name is given: a
 * described name with its acronym ("mempelajari pengelolaan Jaminan Kesehatan Daerah (JKD)"), a plain name
 * a naming cue gives ("diberi nama Kampung Tangguh"), and plain names studied at a unit or beside an
 * innovation ("mendalami A dan B di Dinas …").
 */
import type { Finds } from './found.ts';
import { DISTINCTIVE, describedAt, nameAt } from './names.ts';
import { anyOf } from '../vocab/compile.ts';
import { LEARNING_CUES, LIST_NOUNS, NAMING_CUES } from '../vocab/innovations.ts';
import {
  DISTRICTS,
  FACILITIES,
  HOSPITALS,
  OFFICE_HEADS,
  SERVICE_MALLS,
  UNIT_ACRONYMS,
  VILLAGES,
} from '../vocab/units.ts';

// What the group learns about, what a unit is known for, how a name is given: a described name follows
// ("mempelajari pengelolaan Jaminan Kesehatan Daerah (JKD)", "dikenal dengan Badan Usaha … (BUMDes) X").
const LEARN_CUE = new RegExp(
  String.raw`\b(?:${anyOf(LEARNING_CUES)}|(?:yang )?${anyOf(NAMING_CUES)},?)\s+(?:(?:penerapan|pengelolaan|pelaksanaan|implementasi|pemanfaatan|inovasi|aplikasi|layanan|program)\s+)?`,
  'giu',
);
const LEARN_CUE_PLAIN = new RegExp(LEARN_CUE.source, 'gi');
// Cues that name what follows, so a name needs no acronym or odd spelling to count.
const NAMING_CUE = new RegExp(anyOf(NAMING_CUES), 'i');
const LIST_NOUN_LEAD = new RegExp(String.raw`^${anyOf(LIST_NOUNS)}\s+`, 'i');
const LIST_GLUE_AHEAD = /^\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)/;
// "… di Dinas Komunikasi …", "… pada Puskesmas X": the unit a name is studied at follows it.
const STUDIED_AT_AHEAD = new RegExp(
  String.raw`^\s+(?:di|pada)\s+(?:${anyOf([...OFFICE_HEADS, ...FACILITIES, ...HOSPITALS, ...DISTRICTS, ...VILLAGES, ...SERVICE_MALLS, ...Object.keys(UNIT_ACRONYMS)])})(?![\p{L}])`,
  'u',
);

/** Plain names after a learning cue, each of two words or more, joined by list glue. */
function plainChain(text: string, from: number): { name: string; start: number; end: number }[] {
  const chain: { name: string; start: number; end: number }[] = [];
  let at = from;
  for (let item = nameAt(text, at); item; item = nameAt(text, at)) {
    if (!item.name.includes(' ')) break;
    chain.push({ name: item.name, start: at, end: item.end });
    const glue = LIST_GLUE_AHEAD.exec(text.slice(item.end));
    if (!glue) break;
    at = item.end + glue[0].length;
  }
  return chain;
}

export function readLearned(finds: Finds): void {
  const { text } = finds;
  const learnCue = finds.asciiFold ? LEARN_CUE_PLAIN : LEARN_CUE;
  learnCue.lastIndex = 0;
  for (let m = learnCue.exec(text); m; m = learnCue.exec(text)) {
    const from = m.index + m[0].length;
    const named = describedAt(text, from);
    if (!named) continue;
    // A plain name counts only after a cue that names it ("diberi nama", "dikenal dengan"), not in the past.
    const plain =
      !named.spelled &&
      NAMING_CUE.test(m[0]) &&
      named.name.includes(' ') &&
      !/\b(?:dulu|dahulu|pernah)\b/i.test(text);
    // "penerapan SIPANDU": a name that cannot be prose needs no naming cue.
    if (named.spelled || plain || (!named.name.includes(' ') && DISTINCTIVE.test(named.name))) {
      finds.add(named.name, from, named.end, named.alias, named.prefer);
      continue;
    }
    // "mendalami Dialog Publik dan Bojonegoro Open Data di Dinas …", "paparan tentang Surabaya Single Window
    // dan aplikasi E-Peken": plain names the group studies, known as names by the unit they are studied at
    // or by the innovation they are listed with.
    const chain = plainChain(text, from);
    const last = chain[chain.length - 1];
    if (!last) continue;
    const next = LIST_GLUE_AHEAD.exec(text.slice(last.end));
    const nextAt = next ? last.end + next[0].length : -1;
    // The next item: an innovation read already, or a name that cannot be prose (an e-name, CamelCase …).
    const nextItem = next ? text.slice(nextAt).replace(LIST_NOUN_LEAD, '') : '';
    const listedWith =
      next !== null &&
      (finds.list.some(
        (f) => f.start >= nextAt && f.start <= nextAt + 12 && !/[,.;]/.test(text.slice(nextAt, f.start)),
      ) ||
        /^[eE]\s?[-–—]\s?\p{L}/u.test(nextItem) ||
        DISTINCTIVE.test(nextItem));
    if (listedWith || STUDIED_AT_AHEAD.test(text.slice(last.end)))
      for (const item of chain) finds.add(item.name, item.start, item.end);
  }
}
