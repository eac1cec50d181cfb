/**
 * Innovation names: reads the name that starts at a position — an e-name ("e- RK" → "e-RK"), capitalised
 * words with small joiners between ("Dukcapil Goes to School"), a described name with its bracketed acronym
 * ("Badan Usaha Milik Desa (BUMDes) Maju Jaya") — and says whether an acronym abbreviates some words.
 */
import { WEEKDAYS } from '../vocab/calendar.ts';
import { anyOf } from '../vocab/compile.ts';
import {
  GENERIC_NAMES,
  GENERIC_NAME_WORDS,
  NAME_CUE_WORDS,
  NOT_NAME_STARTS,
  PLATFORMS,
} from '../vocab/innovations.ts';
import { LIST_ENDS } from '../vocab/lists.ts';
import { HEADLINE_VERBS } from '../vocab/people.ts';
import { DISTRICTS } from '../vocab/units.ts';

const DESCRIBED_WORD = /^\s*(\p{Lu}[\p{L}\d'’]*(?:-[\p{L}\d]+)*)/u;
const TAIL_WORD =
  /^\s+(?!(?:Kota|Kabupaten|Kab|Provinsi|Kecamatan|Desa|Kelurahan|Di|Dan|Yang)\b)(\p{Lu}[\p{L}\d'’]*)/u;
// "Sistem Perizinan Online (SIPO)", "Gerakan Bangun Kampung (Gerbangkam)": the acronym is the name.
export const NAME_CUE_WORD = new RegExp(`^${anyOf(NAME_CUE_WORDS)}$`);
const BRACKET_ACRONYM = /^\s*\((\p{Lu}[\p{L}\d-]{1,15})\)/u;
export const NOT_DESCRIPTION = /\b(?:di|ke|dari|pada|oleh|untuk|yang|bagi|dengan|kepada)\b/;
/** A name that cannot be prose: CamelCase, a capital with a digit, a "!", an acronym of four letters or more. */
export const DISTINCTIVE =
  /^(?:\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}[\p{L}]*\d|\p{Lu}[\p{L}\d]*!|\p{Lu}{2,}(?:-?\p{Lu}+)*(?<=[\p{Lu}-]{4,})(?![\p{L}\d]))/u;
const E_NAME = /^[eE]\s?[-–—]\s?[\p{L}\d]+(?:-[\p{L}\d]+)*/u;
// Small words a quoted name may hold between its capitalised ones: "Dukcapil Goes to School".
// Regional languages join with short words too: "Baliak ka Surau", "Basamo nan Rancak".
const NAME_JOINER = /^\s+(?:to|of|the|for|and|on|in|at|dan|di|ke|untuk|&|\p{Ll}{1,3})(?=\s+\p{Lu})/u;
const NAME_WORD = /^\s*(\p{Lu}[\p{L}\d'’]*(?:-[\p{L}\d]+)*!?|\d+(?:\.\d+)?)/u;
/** A capitalised word continuing an e-name: "e-Project Planning". */
const E_TAIL =
  /^\s+(?!(?:Kota|Kabupaten|Kab|Provinsi|Dinas|Badan|Di|Dan|Yang)\b)(\p{Lu}\p{Ll}+)(?![\p{L}\d])/u;

// Capitalised words that begin no innovation's name: places, offices, programs, days, pronouns.
const NOT_A_NAME_START = new RegExp(
  `^(?:${anyOf(NOT_NAME_STARTS)}|${anyOf(Object.keys(WEEKDAYS).map((day) => day[0]!.toUpperCase() + day.slice(1)))})$`,
);
const GENERIC_WORD = new Set<string>(GENERIC_NAME_WORDS);
const NAME_ENDS_BEFORE = new RegExp(
  `^(?:${anyOf([...HEADLINE_VERBS, 'Kota', 'Kabupaten', 'Kab', 'Provinsi'])})$`,
);
const ADDRESS_IN_NAME = new RegExp(
  String.raw`\s(?:${anyOf([...DISTRICTS, 'Kec.', 'Kabupaten', 'Kab.', 'Provinsi'])})\s+\p{Lu}`,
  'u',
);
const GENERIC = new RegExp(`^${anyOf([...GENERIC_NAMES, ...PLATFORMS])}$`, 'i');
export const ENDS_LIST = new RegExp(String.raw`^\s*(?:,\s*)?(?:dan\s+)?${anyOf(LIST_ENDS)}\b`, 'i');

/** "e- RK", "E – RK" → "e-RK"/"E-RK"; collapses spacing elsewhere. */
export function normaliseInnovation(name: string): string {
  return name
    .replace(/^([eE])\s?[-–—]\s?/, '$1-')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:-]+$/, '')
    .trim();
}

/** The key two spellings of one innovation share: "e-RK", "E – RK", "E RK" → "erk". */
export const innovationKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\d]+/gu, '');

/**
 * A proper name starting at `from`: an e-name, or up to six capitalised words (with small joining words
 * between them when `joiners`, as inside quotes). In a `headline` that capitalises every word, a region's
 * kind word and a headline's verb end the name.
 */
export function nameAt(
  text: string,
  from: number,
  joiners = false,
  headline = false,
): { name: string; end: number } | null {
  const rest = text.slice(from);
  const e = E_NAME.exec(rest);
  if (e) {
    let end = from + e[0].length;
    for (
      let tail = E_TAIL.exec(text.slice(end)), n = 0;
      tail && n < 2;
      tail = E_TAIL.exec(text.slice(end)), n++
    )
      end += tail[0].length;
    return { name: normaliseInnovation(text.slice(from, end)), end };
  }
  let pos = from;
  const words: string[] = [];
  while (words.length < 6) {
    const joiner = joiners && words.length ? NAME_JOINER.exec(text.slice(pos)) : null;
    if (joiner) {
      words.push(joiner[0].trim());
      pos += joiner[0].length;
    }
    const w = NAME_WORD.exec(text.slice(pos));
    if (!w) break;
    // "SiKesling Kota Kediri Raih Penghargaan": a headline's region and verb end the name before them.
    if (headline && words.length && NAME_ENDS_BEFORE.test(w[1])) break;
    if (words.length === 0 && /^\d/.test(w[1])) return null;
    words.push(w[1]);
    pos += w[0].length;
  }
  // "Badan Usaha Lorong (BULo)": an enterprise is named like a unit but may be the innovation.
  const enterprise = words[0] === 'Badan' && words[1] === 'Usaha';
  if (!words.length || (NOT_A_NAME_START.test(words[0]) && !enterprise)) return null;
  return { name: words.join(' '), end: pos };
}

/**
 * A short name in brackets right after a name ("Ojek Online Bersama Lindungi Anak (Ojol Berlian)", "Home
 * Care (Dottoro`ta)", "Sistem … (SIPO)"): one to three words, no more than the name has — a longer bracket
 * spells the name out and is no name of its own.
 */
export function bracketAlias(text: string, at: number, words: number): { alias: string; end: number } | null {
  const bracket = /^\s*\(\s*([^()]{2,40}?)\s*\)/u.exec(text.slice(at));
  if (!bracket || !/^[\p{Lu}\d][\p{L}\d'`’-]*(?:\s+[\p{L}\d'`’-]+){0,2}$/u.test(bracket[1]!)) return null;
  if (bracket[1]!.split(/\s+/).length > words) return null;
  return { alias: bracket[1]!, end: at + bracket[0].length };
}

/**
 * Whether `acronym` is made of the words in order, each giving its first letter and maybe more of its
 * letters in order ("SIPO": Sistem Perizinan Online; "Jamkesta": Jaminan Kesehatan Semesta; "Longgar":
 * Lorong Garden); "dan", "di" may give none, and in an acronym of five letters or more one other word may.
 */
export function abbreviates(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  const lower = words.map((w) => w.toLowerCase());
  const memo = new Map<string, boolean>();
  // At letter i, word k, having used word k up to position p (p = 0: the word has not begun).
  const fits = (i: number, k: number, p: number, skips: number): boolean => {
    if (k === lower.length) return i === letters.length;
    const key = `${i},${k},${p},${skips}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok = false;
    if (p === 0) {
      if (/^(?:dan|di|ke|&)$/.test(lower[k]) || (skips > 0 && k > 0))
        ok = fits(i, k + 1, 0, skips - (/^(?:dan|di|ke|&)$/.test(lower[k]) ? 0 : 1));
      if (!ok && i < letters.length && lower[k][0] === letters[i]) ok = fits(i + 1, k, 1, skips);
    } else {
      ok = fits(i, k + 1, 0, skips);
      for (let q = p; !ok && q < lower[k].length && i < letters.length; q++)
        if (lower[k][q] === letters[i]) ok = fits(i + 1, k, q + 1, skips);
    }
    memo.set(key, ok);
    return ok;
  };
  return letters.length >= 2 && fits(0, 0, 0, letters.length >= 5 ? 1 : 0);
}

/**
 * A described name at `from`: capitalised words (small joiners between), maybe its bracketed acronym, and
 * a proper name after that ("Badan Usaha Milik Desa (BUMDes) Maju Jaya" → "BUMDes Maju Jaya").
 */
export function describedAt(
  text: string,
  from: number,
): { name: string; end: number; alias?: string; prefer?: 'alias' | 'name'; spelled: boolean } | null {
  let pos = from;
  const words: string[] = [];
  while (words.length < 8) {
    const joiner = words.length ? /^\s+(?:dan|di|ke|&)(?=\s+\p{Lu})/u.exec(text.slice(pos)) : null;
    if (joiner) {
      words.push(joiner[0].trim());
      pos += joiner[0].length;
    }
    const word = DESCRIBED_WORD.exec(text.slice(pos));
    if (!word) break;
    words.push(word[1]);
    pos += word[0].length;
  }
  if (!words.length) return null;
  const bracket = BRACKET_ACRONYM.exec(text.slice(pos));
  const spelled =
    bracket !== null && bracket[1].length < words.join('').length && abbreviates(bracket[1], words);
  // "Badan Usaha Milik …" is a kind of enterprise; other office words begin no innovation.
  if (NOT_A_NAME_START.test(words[0]) && !(spelled && /^Badan Usaha\b/.test(words.join(' ')))) return null;
  if (!spelled) return { name: words.join(' '), end: pos, spelled: false };
  let end = pos + bracket[0].length;
  const tail: string[] = [];
  for (let t = TAIL_WORD.exec(text.slice(end)); t && tail.length < 4; t = TAIL_WORD.exec(text.slice(end))) {
    tail.push(t[1]);
    end += t[0].length;
  }
  if (tail.length) return { name: `${bracket[1]} ${tail.join(' ')}`, end, spelled: true };
  // "Sistem Perizinan Online (SIPO)": the acronym is the name; "Jaminan Kesehatan Semesta (Jamkesta)": the words.
  const prefer = NAME_CUE_WORD.test(words[0]) ? 'alias' : 'name';
  return { name: words.join(' '), end, alias: bracket[1], prefer, spelled: true };
}

export function acceptable(name: string): boolean {
  if (GENERIC.test(name) || name.length < 3) return false;
  const words = name.split(' ');
  // "Desa Tembok Kecamatan Tejakula": a unit with its address is a place, not an innovation's name.
  if (ADDRESS_IN_NAME.test(name)) return false;
  // "Pelayanan Publik 2020", "Kelompok Umum": the words of an award, not a name.
  if (words.every((word) => GENERIC_WORD.has(word.toLowerCase()) || /^\d+$/.test(word))) return false;
  // A lone capitalised word is a name only if it does not read as ordinary Indonesian ("Pelayanan").
  // ("Sitampan", "Simantap": "Si" before a consonant is how system names begin.)
  if (
    words.length === 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(name) &&
    /(?:an|kan|nya|si)$/.test(name) &&
    !/^Si[^aeiou]/.test(name)
  )
    return false;
  return true;
}
