/**
 * The innovation passes led by how a name is written rather than by a cue: a name an appositive explains
 * ("Jatim Innovation Hub, wadah …"), a name said in plain words ("ada namanya protokol sentuh hati"), a short
 * name its bracket spells out ("GEMAS (Gerakan …)"), a long quoted title that won, and e-names and quoted
 * names in a sentence about innovations.
 */
import type { Finds } from './found.ts';
import { abbreviates, nameAt } from './names.ts';
import { anyOf, prefilter } from '../vocab/compile.ts';
import { RANK_WORDS, WINNING_VERBS } from '../vocab/awards.ts';
import {
  APPOSITIVE_NOUNS,
  DIGITAL_WORDS,
  INNOVATION_NOUNS,
  MAKING_VERBS,
  NAME_CUE_WORDS,
  RUNNING_VERBS,
  SPOKEN_NAME_CUES,
} from '../vocab/innovations.ts';

// "Jatim Innovation Hub, wadah pembinaan inovasi": an appositive says what the name before it is.
const APPOSITIVE = new RegExp(
  String.raw`(?:,\s+(?:yaitu\s+|yakni\s+)?|\s+(?:yang\s+)?(?:merupakan|adalah|ialah|sebagai)\s+(?:salah\s+satu\s+)?)(?:sebuah\s+|suatu\s+)?${anyOf(APPOSITIVE_NOUNS)}\s+(?!(?:ini|itu|tersebut)\b)\p{Ll}`,
  'gu',
);
// "di kawasan Tambak Wedi, program …": a place before the appositive is no name of an innovation.
const PLACE_BEFORE =
  /\b(?:di|ke|dari|kawasan|daerah|wilayah|lokasi|jalan|jl|desa|kampung|kelurahan|kecamatan|dusun|pulau)\.?\s+$/i;
// "ada namanya protokol sentuh hati": a name given in plain words, as the speaker says it.
const SPOKEN_NAME = new RegExp(
  String.raw`\b(?:ada\s+)?${anyOf(SPOKEN_NAME_CUES)}\s+((?:(?!yang\b|di\b|dan\b)[\p{L}'’-]+\s*){1,4}?)(?=[.,;]|\s+(?:yang|di|dan)\b|$)`,
  'giu',
);
const SHORT_THEN_SPELLED = new RegExp(
  String.raw`(?<![\p{L}\d-])(\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*|\p{Lu}{3,})\s*\(\s*(${anyOf(NAME_CUE_WORDS)}(?:\s+(?:dan\s+|di\s+|ke\s+)?\p{Lu}[\p{L}\d'’-]*){1,7})\s*\)`,
  'gu',
);
// “POSKESDES DAN JAMINAN KESEHATAN DESA: WUJUD …” masuk 99 inovasi terbaik: a quoted title, however long,
// that the sentence says won or was selected, or that the page calls an innovation's title.
const QUOTED_TITLE = /[“"]\s*(\p{Lu}[^“”"]{10,200}?)\s*[”"]/gu;
const TITLE_WON_AFTER = new RegExp(
  String.raw`^\s*(?:(?:berhasil|telah|sukses|juga)\s+)*${anyOf(WINNING_VERBS)}\b[^.;]{0,40}?\b${anyOf(RANK_WORDS)}\b`,
  'iu',
);
const TITLE_CUE_BEFORE =
  /\b(?:inovasi|aplikasi|program|gerakan)(?:\s+(?:yang\s+)?(?:berjudul|bertajuk|dengan\s+judul))?\s*$/iu;
const CUE_SENTENCE = prefilter(INNOVATION_NOUNS, DIGITAL_WORDS, RUNNING_VERBS, MAKING_VERBS);
const E_ANYWHERE = /(?<![\p{L}\d])[eE]\s?[-–—]\s?\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*/gu;
// A straight single quote after a letter is an apostrophe ("Asy-Syifa'"), not an opening quote.
const QUOTED = /(?:[“"]|(?<![\p{L}\d])[‘'`])\s*([^“”"‘’'`]{2,60}?)\s*[”"’'`]/gu;

/** "Jatim Innovation Hub, wadah pembinaan inovasi": the capitalised name an appositive explains. */
export function readExplained(finds: Finds): void {
  const { text } = finds;
  APPOSITIVE.lastIndex = 0;
  for (let m = APPOSITIVE.exec(text); m; m = APPOSITIVE.exec(text)) {
    const before =
      /(?:(?<![\p{L}\d])\p{Lu}[\p{L}\d'’-]*\s+(?:(?:and|of|dan|&)\s+)?){1,5}\p{Lu}[\p{L}\d'’-]*!?$/u.exec(
        text.slice(Math.max(0, m.index - 80), m.index),
      );
    if (!before) continue;
    const at = m.index - before[0].length;
    // "BAREMA atau Bareng Warga Mandiri, layanan …": the words after "atau" spell out a name already read.
    if (PLACE_BEFORE.test(text.slice(Math.max(0, at - 20), at)) || /\batau\s+$/.test(text.slice(0, at)))
      continue;
    // Skip a sentence's opening word ("Selain …") and office words until a name reaches the comma.
    for (let from = at; from < m.index; from = text.indexOf(' ', from) + 1 || m.index) {
      const named = nameAt(text, from, true);
      if (named && named.end === m.index && named.name.includes(' ')) {
        finds.add(named.name, from, named.end);
        break;
      }
    }
  }
}

/** "ada namanya protokol sentuh hati": a name of two words or more given in plain words. */
export function readSpoken(finds: Finds): void {
  const { text } = finds;
  SPOKEN_NAME.lastIndex = 0;
  for (let m = SPOKEN_NAME.exec(text); m; m = SPOKEN_NAME.exec(text)) {
    const name = m[1]!.trim();
    if (name.includes(' ')) finds.add(name, m.index + m[0].indexOf(name), m.index + m[0].length);
  }
}

/**
 * "Dispendukcapil memaparkan GEMAS (Gerakan Masyarakat Sadar Adminduk)": a short name the bracket after it
 * spells out as a movement, system, programme …, with no cue before it.
 */
export function readSpelledOut(finds: Finds): void {
  const { text } = finds;
  if (!text.includes('(')) return;
  SHORT_THEN_SPELLED.lastIndex = 0;
  for (let m = SHORT_THEN_SPELLED.exec(text); m; m = SHORT_THEN_SPELLED.exec(text)) {
    const words = m[2]!.trim().split(/\s+/);
    if (words.length >= 2 && abbreviates(m[1]!, words)) finds.add(m[1]!, m.index, m.index + m[0].length);
  }
}

/** A quoted title the sentence says won ("… masuk 99 inovasi terbaik"), or a long one an innovation word gives. */
export function readQuotedTitles(finds: Finds): void {
  const { text } = finds;
  if (!text.includes('“') && !text.includes('"')) return;
  QUOTED_TITLE.lastIndex = 0;
  for (let m = QUOTED_TITLE.exec(text); m; m = QUOTED_TITLE.exec(text)) {
    const inner = m[1]!;
    if (!inner.includes(' ') || /[.!?]$/.test(inner)) continue;
    const won = TITLE_WON_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    const cued = TITLE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (won || (cued && inner.length > 60)) finds.add(inner, m.index, m.index + m[0].length);
  }
}

/** In a sentence about innovations, every e-name ("e-Samsat") and every quoted name (“Smart Kampung”). */
export function readMarked(finds: Finds): void {
  const { text } = finds;
  if (!CUE_SENTENCE.test(text)) return;
  E_ANYWHERE.lastIndex = 0;
  for (let m = E_ANYWHERE.exec(text); m; m = E_ANYWHERE.exec(text))
    finds.add(m[0], m.index, m.index + m[0].length);
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    // "“Mama Sehat Bayi Sehat (MSBS)”": the acronym in the quotes is no part of the name.
    const inner = m[1]!.replace(/\s*\([^()]*\)\s*$/, '');
    const named = nameAt(inner, 0, true);
    if (named && named.end >= inner.trimEnd().length) finds.add(named.name, m.index, m.index + m[0].length);
  }
}
