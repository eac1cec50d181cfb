/**
 * Innovation stage: finds named innovations in a sentence — "inovasi Layad Rawat", lists after
 * "inovasi … diantaranya", quoted names (“Smart Kampung”), e-names ("e- RK" → "e-RK"), described names with
 * their acronym after what the group learns ("mempelajari … Jaminan Kesehatan X (JKX)"), names given
 * ("diberi nama …") and names an appositive explains ("X, wadah …") — and leaves generic phrases
 * ("inovasi pelayanan publik", "proyek perubahan") alone. Which locus owns one is loci.ts' call.
 */

export interface InnovationMention {
  name: string;
  start: number;
  end: number;
  /** The other name the sentence gives it: the bracketed acronym of a described name ("Jamkesta"). */
  alias?: string;
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
// What the group learns about, what a unit is known for, how a name is given: a described name follows
// ("mempelajari pengelolaan Jaminan Kesehatan Daerah (JKD)", "dikenal dengan Badan Usaha … (BUMDes) X").
const LEARN_CUE =
  /\b(?:mempelajari|mendalami|melihat(?: langsung)?|mengenal|tentang|mengenai|penerapan|implementasi|pengelolaan|pemanfaatan|(?:di|ter)kenal (?:dengan|lewat|melalui)|salah satu(?:nya)?(?: adalah| yaitu| yakni)?|(?:yang )?(?:diberi nama|dinamakan|dinamai|disebut|bernama))\s+(?:(?:penerapan|pengelolaan|pelaksanaan|implementasi|pemanfaatan|inovasi|aplikasi|layanan|program)\s+)?/giu;
// Cues that name what follows, so a name needs no acronym or odd spelling to count.
const NAMING_CUE = /(?:nama|namai|disebut)/i;
// "di kawasan Tambak Wedi, program …": a place before the appositive is no name of an innovation.
const PLACE_BEFORE =
  /\b(?:di|ke|dari|kawasan|daerah|wilayah|lokasi|jalan|jl|desa|kampung|kelurahan|kecamatan|dusun|pulau)\.?\s+$/i;
const DESCRIBED_WORD = /^\s*(\p{Lu}[\p{L}\d'’]*(?:-[\p{L}\d]+)*)/u;
const TAIL_WORD =
  /^\s+(?!(?:Kota|Kabupaten|Kab|Provinsi|Kecamatan|Desa|Kelurahan|Di|Dan|Yang)\b)(\p{Lu}[\p{L}\d'’]*)/u;
// "Jatim Innovation Hub, wadah pembinaan inovasi": an appositive says what the name before it is.
const APPOSITIVE =
  /,\s+(?:yaitu\s+|yakni\s+)?(?:sebuah\s+|suatu\s+)?(?:wadah|aplikasi|platform|sistem|layanan|program|gerakan|inovasi|sarana|forum)\s+\p{Ll}/gu;
// "Sistem Perizinan Online (SIPO)", "Gerakan Bangun Kampung (Gerbangkam)": the acronym is the name.
const NAME_CUE_WORD = /^(?:Sistem|Gerakan|Program|Aplikasi|Layanan|Inovasi)$/;
const BRACKET_ACRONYM = /^\s*\((\p{Lu}[\p{L}\d-]{1,15})\)/u;
const NOT_DESCRIPTION = /\b(?:di|ke|dari|pada|oleh|untuk|yang|bagi|dengan|kepada)\b/;
const CUE_LINK =
  /^(?:(?:unggulan|andalan|baru)\s+)?(?:(?:bernama|berupa|berjudul|yaitu|yakni|yang bernama|dengan nama|seperti|adalah|:)\s+)?/iu;
const LIST_INTRO =
  /(?<![\p{L}\d])(?:[Ii]novasi(?:nya)?|[Pp]rogram|[Aa]plikasi|[Ll]ayanan)(?![\p{L}\d])[^.;:\p{Lu}]{0,60}?(?<![\p{L}\d])(?:diantaranya|di antaranya|antara lain|yaitu|yakni|seperti|meliputi)\s*:?\s*/gu;
// Under the u flag a case-blind "s" or "k" also matches "ſ" or the Kelvin sign "K", and the flag makes the
// cue scans two to three times slower. A sentence holding neither reads the same cues without it (the
// flag changes nothing else they match).
const ODD_FOLD = /[\u017f\u212a]/;
const CUE_PLAIN = new RegExp(CUE.source, 'gi');
const VERB_CUE_PLAIN = new RegExp(VERB_CUE.source, 'gi');
const LEARN_CUE_PLAIN = new RegExp(LEARN_CUE.source, 'gi');
// Words a pass cannot match without: a sentence lacking them skips that pass. LIST_INTRO's closing words
// are lowercase there; every VERB_CUE verb begins "men"/"mem" (no other letter folds to m, e or n).
const LIST_CLOSE_WORD = /antara|yaitu|yakni|seperti|meliputi/;
const VERB_PREFIX = /me[mn]/i;
const E_NAME = /^[eE]\s?[-–—]\s?[\p{L}\d]+(?:-[\p{L}\d]+)*/u;
const E_ANYWHERE = /(?<![\p{L}\d])[eE]\s?[-–—]\s?\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*/gu;
// What every pass needs, in two scans: the cue words (4+ letters each, so the regex engine can skip
// ahead through a sentence) and the one-character cues, quotes and "e-" names, which would stop it
// skipping if they shared one alternation (that single scan cost nearly twice as much).
const ANY_CUE_WORD =
  /inovasi|program|aplikasi|layanan|gerakan|sistem|platform|website|situs|gerai|kanal|mengelola|mengembangkan|menerapkan|meluncurkan|menghadirkan|menjalankan|memperkenalkan|menciptakan|membangun|mempelajari|mendalami|melihat|mengenal|tentang|mengenai|penerapan|implementasi|pengelolaan|pemanfaatan|kenal|salah satu|nama|disebut|wadah|sarana|forum/i;
const ANY_CUE_MARK = /[“"‘'`]|[eE]\s?[-–—]/;
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
  if (!text.includes('(')) return spans;
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
 * Whether `acronym` is made of the words in order, each giving its first letter and maybe more of its
 * letters in order ("SIPO": Sistem Perizinan Online; "Jamkesta": Jaminan Kesehatan Semesta; "Longgar":
 * Lorong Garden); "dan", "di" may give none, and in an acronym of five letters or more one other word may.
 */
function abbreviates(acronym: string, words: readonly string[]): boolean {
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
function describedAt(
  text: string,
  from: number,
): { name: string; end: number; alias?: string; spelled: boolean } | null {
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
  if (NAME_CUE_WORD.test(words[0])) return { name: bracket[1], end, alias: words.join(' '), spelled: true };
  return { name: words.join(' '), end, alias: bracket[1], spelled: true };
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
  if (!ANY_CUE_MARK.test(text) && !ANY_CUE_WORD.test(text)) return found;
  const spelledOut = expansions(text);
  const add = (name: string, start: number, end: number, alias?: string) => {
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
    found.push(alias ? { name: clean, start, end, alias } : { name: clean, start, end });
  };

  LIST_INTRO.lastIndex = 0;
  const listed = LIST_CLOSE_WORD.test(text);
  for (let m = listed ? LIST_INTRO.exec(text) : null; m; m = LIST_INTRO.exec(text)) {
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

  const asciiFold = !ODD_FOLD.test(text);
  const cue = asciiFold ? CUE_PLAIN : CUE;
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    // "Elektronik Sistem Akuntabilitas": a capitalised cue inside a longer name is no cue.
    if (/\p{Lu}[\p{L}\d]*\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    let from = m.index + m[0].length;
    from += CUE_LINK.exec(text.slice(from))?.[0].length ?? 0;
    // "memperkenalkan Gerakan Sedekah Sampah": a capitalised "Gerakan" inside a sentence is the name's first word.
    if (/^(?:Gerakan|Sistem)\s/.test(m[0]) && m.index > 0) from = m.index;
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

  const verbCue = asciiFold ? VERB_CUE_PLAIN : VERB_CUE;
  verbCue.lastIndex = 0;
  const verbal = VERB_PREFIX.test(text);
  for (let m = verbal ? verbCue.exec(text) : null; m; m = verbCue.exec(text)) {
    let from = m.index + m[0].length;
    const description = DESCRIPTION.exec(text.slice(from));
    if (description && !NOT_DESCRIPTION.test(description[0])) from += description[0].length;
    if (!DISTINCTIVE.test(text.slice(from))) continue;
    const named = nameAt(text, from);
    if (named) add(named.name, from, named.end);
  }

  const learnCue = asciiFold ? LEARN_CUE_PLAIN : LEARN_CUE;
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
    if (named.spelled || plain) add(named.name, from, named.end, named.alias);
  }

  APPOSITIVE.lastIndex = 0;
  for (let m = APPOSITIVE.exec(text); m; m = APPOSITIVE.exec(text)) {
    const before = /(?:(?<![\p{L}\d])\p{Lu}[\p{L}\d'’-]*\s+){1,5}\p{Lu}[\p{L}\d'’-]*!?$/u.exec(
      text.slice(Math.max(0, m.index - 80), m.index),
    );
    if (!before) continue;
    const at = m.index - before[0].length;
    // "BAREMA atau Bareng Warga Mandiri, layanan …": the words after "atau" spell out a name already read.
    if (PLACE_BEFORE.test(text.slice(Math.max(0, at - 20), at)) || /\batau\s+$/.test(text.slice(0, at)))
      continue;
    // Skip a sentence's opening word ("Selain …") and office words until a name reaches the comma.
    for (let from = at; from < m.index; from = text.indexOf(' ', from) + 1 || m.index) {
      const named = nameAt(text, from);
      if (named && named.end === m.index && named.name.includes(' ')) {
        add(named.name, from, named.end);
        break;
      }
    }
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
