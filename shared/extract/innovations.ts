/**
 * Innovation stage: finds named innovations in a sentence — "inovasi Layad Rawat", lists after
 * "inovasi … diantaranya", quoted names (“Smart Kampung”), e-names ("e- RK" → "e-RK") — and leaves
 * generic phrases ("inovasi pelayanan publik", "proyek perubahan") alone. Which locus owns one is loci.ts' call.
 */

export interface InnovationMention {
  name: string;
  start: number;
  end: number;
}

const CUE =
  /\b(?:inovasi(?:nya)?|program|aplikasi|layanan|gerakan|sistem|platform|website|situs|gerai|kanal|mengelola)\s+/giu;
// A cue may first say what kind of thing it is ("aplikasi antrean terpadu SiPelita", "kanal aduan LaporGub!"),
// but then only a name that cannot be prose follows: CamelCase, a digit, a "!".
const DESCRIPTION = /^(?:(?:[a-z][\p{Ll}-]*|dan)\s+){1,5}(?=\p{Lu})/u;
const DISTINCTIVE =
  /^(?:\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}[\p{L}]*\d|\p{Lu}[\p{L}\d]*!|\p{Lu}{2,}(?:-?\p{Lu}+)*(?<=[\p{Lu}-]{4,})(?![\p{L}\d]))/u;
// "yang mengembangkan SIMANTAP", "menghadirkan SI-ANTAR": a verb introduces a name only when it cannot be prose.
const VERB_CUE =
  /\b(?:mengembangkan|menerapkan|meluncurkan|menghadirkan|menjalankan|memperkenalkan|menciptakan|membangun)\s+/giu;
// "Sistem Perizinan Online (SIPO)", "Gerakan Bangun Kampung (Gerbangkam)": the acronym is the name.
const NAME_CUE_WORD = /^(?:Sistem|Gerakan|Program|Aplikasi|Layanan|Inovasi)$/;
const BRACKET_ACRONYM = /^\s*\((\p{Lu}[\p{L}\d-]{1,15})\)/u;
const NOT_DESCRIPTION = /\b(?:di|ke|dari|pada|oleh|untuk|yang|bagi|dengan|kepada)\b/;
const CUE_LINK =
  /^(?:(?:unggulan|andalan|baru)\s+)?(?:(?:bernama|berupa|berjudul|yaitu|yakni|yang bernama|dengan nama|seperti|adalah|:)\s+)?/iu;
const LIST_INTRO =
  /(?<![\p{L}\d])(?:[Ii]novasi(?:nya)?|[Pp]rogram|[Aa]plikasi|[Ll]ayanan)(?![\p{L}\d])[^.;:\p{Lu}]{0,60}?(?<![\p{L}\d])(?:diantaranya|di antaranya|antara lain|yaitu|yakni|seperti|meliputi)\s*:?\s*/gu;
const E_NAME = /^[eE]\s?[-–—]\s?[\p{L}\d]+(?:-[\p{L}\d]+)*/u;
const E_ANYWHERE = /(?<![\p{L}\d])[eE]\s?[-–—]\s?\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*/gu;
const ANY_CUE =
  /inovasi|program|aplikasi|layanan|gerakan|sistem|platform|website|situs|gerai|kanal|mengelola|mengembangkan|menerapkan|meluncurkan|menghadirkan|menjalankan|memperkenalkan|menciptakan|membangun|[“"‘'`]|[eE]\s?[-–—]/i;
const CUE_SENTENCE =
  /inovasi|aplikasi|program|layanan|sistem|gerakan|berbasis|elektronik|online|daring|digital|memperkenalkan|dikenal|mengelola|menerapkan|mengembangkan|meluncurkan|menjalankan|menghadirkan/i;
// A straight single quote after a letter is an apostrophe ("Asy-Syifa'"), not an opening quote.
const QUOTED = /(?:[“"]|(?<![\p{L}\d])[‘'`])\s*([^“”"‘’'`]{2,60}?)\s*[”"’'`]/gu;
// Small words a quoted name may hold between its capitalised ones: "Dukcapil Goes to School".
// Regional languages join with short words too: "Baliak ka Surau", "Basamo nan Rancak".
const NAME_JOINER = /^\s+(?:to|of|the|for|and|on|in|at|dan|di|ke|untuk|&|\p{Ll}{1,3})(?=\s+\p{Lu})/u;
const NAME_WORD = /^\s*(\p{Lu}[\p{L}\d'’]*(?:-[\p{L}\d]+)*!?|\d+(?:\.\d+)?)/u;
/** A capitalised word continuing an e-name: "e-Project Planning". */
const E_TAIL =
  /^\s+(?!(?:Kota|Kabupaten|Kab|Provinsi|Dinas|Badan|Di|Dan|Yang)\b)(\p{Lu}\p{Ll}+)(?![\p{L}\d])/u;

// Capitalised words that begin no innovation's name: places, offices, programs, days, pronouns.
const NOT_A_NAME_START =
  /^(?:Kota|Kabupaten|Kab|Provinsi|Pemkab|Pemkot|Pemko|Pemprov|Pemerintah|Dinas|Badan|Kantor|Bupati|Wali|Walikota|Gubernur|Diklat\w*|Dikpim|PKA|PKP|PKN|Latsar|Pelatihan|Pendidikan|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Ini|Itu|Tersebut|Kami|Kita|Saya|Dan|Yang|Di|Ke|Dalam|Para|Peserta|Proyek|Best|Benchmark\w*|Studi|Tim|Ia|Beliau|Bapak|Ibu)$/;
const GENERIC =
  /^(?:inovasi|inovasi daerah|pelayanan|pelayanan publik|layanan|kesehatan|pendidikan|program|aplikasi|publik|desa|kampung|proyek perubahan|best practice|pemerintah daerah|good governance|ktp|e-ktp|e-mail|email|e-ktp elektronik|zoom(?: meeting| cloud meeting)?|google (?:meet|form|drive|classroom)|microsoft teams|whatsapp(?: group)?|youtube|instagram|facebook|tiktok|twitter|webex)$/i;
const ENDS_LIST = /^\s*(?:,\s*)?(?:dan\s+)?(?:lainnya|lain-lain|lain lain|sebagainya|dll|dsb)\b/i;

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

/** Spans of brackets that spell out the name right before them: "Simantap (Sistem Informasi …)". */
function expansions(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const bracket = /(?<=[\p{L}\d!”"’']\s?)\(([^()]{2,120})\)/gu;
  for (let m = bracket.exec(text); m; m = bracket.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * A proper name starting at `from`: an e-name, or up to six capitalised words (with small joining words
 * between them when `joiners`, as inside quotes).
 */
function nameAt(text: string, from: number, joiners = false): { name: string; end: number } | null {
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
    if (words.length === 0 && /^\d/.test(w[1])) return null;
    words.push(w[1]);
    pos += w[0].length;
  }
  if (!words.length || NOT_A_NAME_START.test(words[0])) return null;
  return { name: words.join(' '), end: pos };
}

/**
 * Whether `acronym` is made of the starts of `words` in order, each word giving at least its first letter
 * ("SIPO": Sistem Perizinan Online; "Gerbangkam": Gerakan Bangun Kampung); "dan", "di" may give none.
 */
function abbreviates(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  const lower = words.map((w) => w.toLowerCase());
  const fits = (i: number, k: number): boolean => {
    if (k === lower.length) return i === letters.length;
    if (/^(?:dan|di|ke|&)$/.test(lower[k]) && fits(i, k + 1)) return true;
    for (let n = 1; n <= lower[k].length && i + n <= letters.length; n++) {
      if (lower[k][n - 1] !== letters[i + n - 1]) break;
      if (fits(i + n, k + 1)) return true;
    }
    return false;
  };
  return letters.length >= 2 && fits(0, 0);
}

function acceptable(name: string): boolean {
  if (GENERIC.test(name) || name.length < 3) return false;
  const words = name.split(' ');
  // A lone capitalised word is a name only if it does not read as ordinary Indonesian ("Pelayanan").
  if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name) && /(?:an|kan|nya|si)$/.test(name)) return false;
  return true;
}

/**
 * The innovations a sentence names, left to right, each once.
 * @example findInnovations('Dinas ini memiliki inovasi Layad Rawat dan e- RK.').map((i) => i.name) // ['Layad Rawat', 'e-RK']
 */
export function findInnovations(text: string): InnovationMention[] {
  const found: InnovationMention[] = [];
  if (!ANY_CUE.test(text)) return found;
  const spelledOut = expansions(text);
  const add = (name: string, start: number, end: number) => {
    const clean = normaliseInnovation(name);
    if (!acceptable(clean) || found.some((f) => innovationKey(f.name) === innovationKey(clean))) return;
    // "SiPelita (Sistem Pelayanan …)": the bracket spells out the name before it; it is no name itself.
    if (spelledOut.some((b) => start >= b.start && start < b.end)) return;
    // "Gerakan Bumil Sehat" read whole from its quotes and again after the cue "Gerakan": keep the longer.
    const overlapping = found.findIndex((f) => f.start < end && f.end > start);
    if (overlapping >= 0) {
      if (found[overlapping].name.length >= clean.length) return;
      found.splice(overlapping, 1);
    }
    found.push({ name: clean, start, end });
  };

  LIST_INTRO.lastIndex = 0;
  for (let m = LIST_INTRO.exec(text); m; m = LIST_INTRO.exec(text)) {
    let pos = m.index + m[0].length;
    while (pos < text.length && !ENDS_LIST.test(text.slice(pos))) {
      const item = /^([^,.;]*?)(?=\s*(?:,|\s+dan\s+|[.;]|$))/u.exec(text.slice(pos));
      if (!item) break;
      const raw = item[1].replace(/^\s*(?:dan\s+)?(?:inovasi|program|aplikasi|layanan)?\s*/i, '');
      const itemStart = pos + item[1].length - raw.length;
      const named = nameAt(text, itemStart);
      // Only an item that is a name through and through ("Pelayanan di Rumah sakit" is not).
      if (named && text.slice(named.end, pos + item[1].length).trim() === '')
        add(named.name, itemStart, named.end);
      pos += item[1].length;
      const glue = /^\s*(?:,\s*(?:dan\s+)?|dan\s+)/.exec(text.slice(pos));
      if (!glue) break;
      pos += glue[0].length;
    }
  }

  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    // "Elektronik Sistem Akuntabilitas": a capitalised cue inside a longer name is no cue.
    if (/\p{Lu}[\p{L}\d]*\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    let from = m.index + m[0].length;
    from += CUE_LINK.exec(text.slice(from))?.[0].length ?? 0;
    // "memperkenalkan Gerakan Sedekah Sampah": a capitalised "Gerakan" inside a sentence is the name's first word.
    if (/^Gerakan\s/.test(m[0]) && m.index > 0) from = m.index;
    const description = DESCRIPTION.exec(text.slice(from));
    if (
      description &&
      !NOT_DESCRIPTION.test(description[0]) &&
      DISTINCTIVE.test(text.slice(from + description[0].length))
    )
      from += description[0].length;
    const cueWord = m[0].trim();
    // "inovasi A, B dan C": the names that follow the first one in a short list.
    for (let named = nameAt(text, from); named; named = nameAt(text, from)) {
      const acronym = BRACKET_ACRONYM.exec(text.slice(named.end));
      const words = named.name.split(' ');
      const long = NAME_CUE_WORD.test(words[0]) ? words : [cueWord, ...words];
      if (acronym && NAME_CUE_WORD.test(long[0]) && abbreviates(acronym[1], long))
        add(acronym[1], from, named.end + acronym[0].length);
      else add(named.name, from, named.end);
      const glue = /^\s*(?:,\s*(?:dan\s+)?|dan\s+|serta\s+)/.exec(text.slice(named.end));
      if (!glue) break;
      from = named.end + glue[0].length;
    }
  }

  VERB_CUE.lastIndex = 0;
  for (let m = VERB_CUE.exec(text); m; m = VERB_CUE.exec(text)) {
    let from = m.index + m[0].length;
    const description = DESCRIPTION.exec(text.slice(from));
    if (description && !NOT_DESCRIPTION.test(description[0])) from += description[0].length;
    if (!DISTINCTIVE.test(text.slice(from))) continue;
    const named = nameAt(text, from);
    if (named) add(named.name, from, named.end);
  }

  if (CUE_SENTENCE.test(text)) {
    E_ANYWHERE.lastIndex = 0;
    for (let m = E_ANYWHERE.exec(text); m; m = E_ANYWHERE.exec(text))
      add(m[0], m.index, m.index + m[0].length);
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
      // "“Mama Sehat Bayi Sehat (MSBS)”": the acronym in the quotes is no part of the name.
      const inner = m[1].replace(/\s*\([^()]*\)\s*$/, '');
      const named = nameAt(inner, 0, true);
      if (named && named.end >= inner.trimEnd().length) add(named.name, m.index, m.index + m[0].length);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
