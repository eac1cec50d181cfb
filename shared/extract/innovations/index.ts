/**
 * Innovation stage: finds named innovations in a sentence — "inovasi Layad Rawat", lists after
 * "inovasi … diantaranya", quoted names (“Smart Kampung”), e-names ("e- RK" → "e-RK"), described names with
 * their acronym after what the group learns ("mempelajari … Jaminan Kesehatan X (JKX)"), names given
 * ("diberi nama …") and names an appositive explains ("X, wadah …") — and leaves generic phrases
 * ("inovasi pelayanan publik", "proyek perubahan") alone. Which locus owns one is loci.ts' call.
 */
import {
  ENDS_LIST,
  NAME_CUE_WORD,
  NOT_DESCRIPTION,
  abbreviates,
  acceptable,
  bracketAlias,
  describedAt,
  innovationKey,
  nameAt,
  normaliseInnovation,
} from './names.ts';

import { anyOf, prefilter, wordsPattern } from '../vocab/compile.ts';
import {
  APPOSITIVE_NOUNS,
  DIGITAL_WORDS,
  INNOVATION_NOUNS,
  LEARNING_CUES,
  LIST_NOUNS,
  MAKING_VERBS,
  NAME_CUE_WORDS,
  NAMING_CUES,
  OWNER_VERBS,
  RUNNING_VERBS,
  SPOKEN_NAME_CUES,
} from '../vocab/innovations.ts';
import { LIST_INTROS, LOCUS_NOUNS } from '../vocab/lists.ts';
import {
  DISTRICTS,
  FACILITIES,
  HOSPITALS,
  OFFICE_HEADS,
  SERVICE_MALLS,
  UNIT_ACRONYMS,
  VILLAGES,
} from '../vocab/units.ts';
import { RANK_WORDS, WINNING_VERBS } from '../vocab/awards.ts';
import { HEADLINE_VERBS } from '../vocab/people.ts';

export { innovationKey, normaliseInnovation } from './names.ts';

export interface InnovationMention {
  name: string;
  start: number;
  end: number;
  /** The other name the sentence gives it: "Jaminan Kesehatan Semesta" beside "Jamkesta", "Ojol Berlian". */
  alias?: string;
  /** Whether, where the article uses neither name again, it goes by both as written: "Home Care (Dottoro`ta)". */
  both?: boolean;
  /** Read as an item of a list of innovations ("inovasi …, di antaranya A dan B"): an innovation, whatever else it names. */
  listed?: boolean;
}

const CUE = new RegExp(String.raw`\b${anyOf([...INNOVATION_NOUNS, ...RUNNING_VERBS])}\s+`, 'giu');
// A cue may first say what kind of thing it is ("aplikasi antrean terpadu SiPelita", "kanal aduan LaporGub!"),
// but then only a name that cannot be prose follows: CamelCase, a digit, a "!".
const DESCRIPTION = /^(?:(?:[a-z][\p{Ll}-]*|dan)\s+){1,5}(?=\p{Lu})/u;
const DISTINCTIVE =
  /^(?:\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}[\p{L}]*\d|\p{Lu}[\p{L}\d]*!|\p{Lu}{2,}(?:-?\p{Lu}+)*(?<=[\p{Lu}-]{4,})(?![\p{L}\d]))/u;
// "yang mengembangkan SIMANTAP", "menghadirkan SI-ANTAR": a verb introduces a name only when it cannot be prose.
const VERB_CUE = new RegExp(String.raw`\b${anyOf(MAKING_VERBS)}\s+`, 'giu');
// What the group learns about, what a unit is known for, how a name is given: a described name follows
// ("mempelajari pengelolaan Jaminan Kesehatan Daerah (JKD)", "dikenal dengan Badan Usaha … (BUMDes) X").
const LEARN_CUE = new RegExp(
  String.raw`\b(?:${anyOf(LEARNING_CUES)}|(?:yang )?${anyOf(NAMING_CUES)},?)\s+(?:(?:penerapan|pengelolaan|pelaksanaan|implementasi|pemanfaatan|inovasi|aplikasi|layanan|program)\s+)?`,
  'giu',
);
// Cues that name what follows, so a name needs no acronym or odd spelling to count.
const NAMING_CUE = new RegExp(anyOf(NAMING_CUES), 'i');
// "di kawasan Tambak Wedi, program …": a place before the appositive is no name of an innovation.
const PLACE_BEFORE =
  /\b(?:di|ke|dari|kawasan|daerah|wilayah|lokasi|jalan|jl|desa|kampung|kelurahan|kecamatan|dusun|pulau)\.?\s+$/i;
// "Jatim Innovation Hub, wadah pembinaan inovasi": an appositive says what the name before it is.
const APPOSITIVE = new RegExp(
  String.raw`(?:,\s+(?:yaitu\s+|yakni\s+)?|\s+(?:yang\s+)?(?:merupakan|adalah|ialah|sebagai)\s+(?:salah\s+satu\s+)?)(?:sebuah\s+|suatu\s+)?${anyOf(APPOSITIVE_NOUNS)}\s+(?!(?:ini|itu|tersebut)\b)\p{Ll}`,
  'gu',
);
// "ada namanya protokol sentuh hati": a name given in plain words, as the speaker says it.
const SPOKEN_NAME = new RegExp(
  String.raw`\b(?:ada\s+)?${anyOf(SPOKEN_NAME_CUES)}\s+((?:(?!yang\b|di\b|dan\b)[\p{L}'’-]+\s*){1,4}?)(?=[.,;]|\s+(?:yang|di|dan)\b|$)`,
  'giu',
);
const CUE_LINK =
  /^(?:(?:unggulan|andalan|baru)\s+)?(?:(?:bernama|berupa|berjudul|yaitu|yakni|yang bernama|dengan nama|seperti|adalah|:)\s+)?/iu;
// A name that cannot be prose (an e-name, CamelCase, an acronym of three letters or more).
const NAME_IN_GAP = /(?<![\p{L}\d])(?:[eE]\s?[-–—]\s?\p{L}|\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}{3,}(?![\p{L}]))/u;
// What may follow an item's name in a list: the unit it comes from ("… dari Dinas X", "… untuk Y dari …").
const ITEM_OWNER =
  /^\s*(?:\([^()]*\)\s*)?(?:(?:untuk|bagi)\s+\p{L}+\s+)?(?:dari|milik|oleh|yang|karya|besutan)\s/u;
const LOCUS_WORD = wordsPattern(LOCUS_NOUNS, 'i');
const SHORT_THEN_SPELLED = new RegExp(
  String.raw`(?<![\p{L}\d-])(\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*|\p{Lu}{3,})\s*\(\s*(${anyOf(NAME_CUE_WORDS)}(?:\s+(?:dan\s+|di\s+|ke\s+)?\p{Lu}[\p{L}\d'’-]*){1,7})\s*\)`,
  'gu',
);
const HEADLINE_VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])${anyOf(HEADLINE_VERBS)}\s+$`, 'u');
const LIST_NOUN_LEAD = new RegExp(String.raw`^${anyOf(LIST_NOUNS)}\s+`, 'i');
const LIST_GLUE_AHEAD = /^\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)/;
// "… di Dinas Komunikasi …", "… pada Puskesmas X": the unit a name is studied at follows it.
const STUDIED_AT_AHEAD = new RegExp(
  String.raw`^\s+(?:di|pada)\s+(?:${anyOf([...OFFICE_HEADS, ...FACILITIES, ...HOSPITALS, ...DISTRICTS, ...VILLAGES, ...SERVICE_MALLS, ...Object.keys(UNIT_ACRONYMS)])})(?![\p{L}])`,
  'u',
);
const LIST_INTRO = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${LIST_NOUNS.map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`).join('|')})(?![\p{L}\d])[^.;:]{0,120}?(?<![\p{L}\d])${anyOf(LIST_INTROS)}\s*:?\s*`,
  'gu',
);
// Under the u flag a case-blind "s" or "k" also matches "ſ" or the Kelvin sign "K", and the flag makes the
// cue scans two to three times slower. A sentence holding neither reads the same cues without it (the
// flag changes nothing else they match).
const ODD_FOLD = /[\u017f\u212a]/;
const CUE_PLAIN = new RegExp(CUE.source, 'gi');
const VERB_CUE_PLAIN = new RegExp(VERB_CUE.source, 'gi');
const LEARN_CUE_PLAIN = new RegExp(LEARN_CUE.source, 'gi');
// Words a pass cannot match without: a sentence lacking them skips that pass. LIST_INTRO's closing words
// are lowercase there; every VERB_CUE verb begins "men"/"mem" (no other letter folds to m, e or n).
const LIST_CLOSE_WORD = prefilter(LIST_INTROS);
const VERB_PREFIX = prefilter(MAKING_VERBS);
const E_ANYWHERE = /(?<![\p{L}\d])[eE]\s?[-–—]\s?\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*/gu;
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
);
const ANY_CUE_MARK = /[“"‘'`]|[eE]\s?[-–—]/;
const CUE_SENTENCE = prefilter(INNOVATION_NOUNS, DIGITAL_WORDS, RUNNING_VERBS, MAKING_VERBS);
// A straight single quote after a letter is an apostrophe ("Asy-Syifa'"), not an opening quote.
const QUOTED = /(?:[“"]|(?<![\p{L}\d])[‘'`])\s*([^“”"‘’'`]{2,60}?)\s*[”"’'`]/gu;
// “POSKESDES DAN JAMINAN KESEHATAN DESA: WUJUD …” masuk 99 inovasi terbaik: a quoted title, however long,
// that the sentence says won or was selected, or that the page calls an innovation's title.
const QUOTED_TITLE = /[“"]\s*(\p{Lu}[^“”"]{10,200}?)\s*[”"]/gu;
const TITLE_WON_AFTER = new RegExp(
  String.raw`^\s*(?:(?:berhasil|telah|sukses|juga)\s+)*${anyOf(WINNING_VERBS)}\b[^.;]{0,40}?\b${anyOf(RANK_WORDS)}\b`,
  'iu',
);
const TITLE_CUE_BEFORE =
  /\b(?:inovasi|aplikasi|program|gerakan)(?:\s+(?:yang\s+)?(?:berjudul|bertajuk|dengan\s+judul))?\s*$/iu;
// A small word and more capitalised words, then a short name in brackets: one long name with its short one.
const RUN_ON = /^(\s+(?:untuk|bagi)(?:\s+\p{Lu}[\p{L}\d'’-]*){1,4})(?=\s*\([^()]{2,30}\))/u;
// "… Satu Ruas Tuntas yang diterapkan Dinas PU": a unit that runs it follows the name.
const OWNED_AFTER = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)?(?:yang\s+)?(?:${anyOf(OWNER_VERBS)}|milik|besutan|karya)\s`,
  'iu',
);

/** Whether a name of two words or more starts at `at` and a unit that runs it is named right after. */
function ownedName(text: string, at: number): boolean {
  const named = nameAt(text, at);
  return named !== null && named.name.includes(' ') && OWNED_AFTER.test(text.slice(named.end));
}

/** Whether a headline capitalises (nearly) every word, as many do: "Pemkot Ambon Raih Penghargaan Inovasi". */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}\d'’-]*/gu) ?? [];
  if (words.length < 4) return false;
  const small = words.filter(
    (w) => /^\p{Ll}/u.test(w) && !/^(?:dan|di|ke|dari|yang|untuk|dengan|atau|e)$/.test(w),
  );
  return small.length <= words.length * 0.15;
}

/** Spans of brackets that spell out the name right before them: "Simantap (Sistem Informasi …)". */
function expansions(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (text.includes('(')) {
    const bracket = /(?<=[\p{L}\d!”"’']\s?)\(([^()]{2,120})\)/gu;
    for (let m = bracket.exec(text); m; m = bracket.exec(text))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // "Gema Bersinar Malaria atau Gerakan Masuk Hutan …": after a name, "atau" spells it out to the clause's end.
  if (text.includes(' atau ')) {
    const spelled =
      /(?<=\p{Lu}[\p{L}\d'’-]*\s+)atau\s+\p{Lu}[^,.;]*?(?=\s+(?:dari|milik|oleh|yang|di|pada|untuk)\s|[,.;]|$)/gu;
    for (let m = spelled.exec(text); m; m = spelled.exec(text))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * The innovations a sentence names, left to right, each once. `cutOff`: the sentence is where a page scraped
 * short stops, without its ending.
 * @example findInnovations('Dinas ini memiliki inovasi Layad Rawat dan e- RK.').map((i) => i.name) // ['Layad Rawat', 'e-RK']
 */
export function findInnovations(text: string, headline = false, cutOff = false): InnovationMention[] {
  const found = readInnovations(text, headline);
  // A page scraped short stops mid-name ("… terekam dalam Sistem Inovasi Pelayanan Publi"): a name that
  // runs to where the text stops may be cut, and is no name.
  return cutOff ? found.filter((f) => f.end < text.trimEnd().length) : found;
}

function readInnovations(text: string, headline: boolean): InnovationMention[] {
  const found: InnovationMention[] = [];
  if (!ANY_CUE_MARK.test(text) && !ANY_CUE_WORD.test(text)) return found;
  const spelledOut = expansions(text);
  const add = (
    name: string,
    start: number,
    end: number,
    alias?: string,
    prefer?: 'alias' | 'name' | 'both',
    listed = false,
  ) => {
    // "program Inovasi Kalesang Kintal Kosong": the cue written again before the name is no part of it.
    const clean = normaliseInnovation(name).replace(/^(?:Inovasi|Aplikasi)\s+(?=\S+\s)/, '');
    if (!acceptable(clean) || found.some((f) => innovationKey(f.name) === innovationKey(clean))) return;
    // "SiPelita (Sistem Pelayanan …)": the bracket spells out the name before it; it is no name itself.
    if (spelledOut.some((b) => start >= b.start && start < b.end)) return;
    // "Gerakan Bumil Sehat" read whole from its quotes and again after the cue "Gerakan": keep the longer.
    const overlapping = found.findIndex((f) => f.start < end && f.end > start);
    if (overlapping >= 0) {
      if (found[overlapping].name.length >= clean.length) return;
      found.splice(overlapping, 1);
    }
    const list = listed ? { listed: true } : {};
    if (!alias) found.push({ name: clean, start, end, ...list });
    // "Sistem Perizinan Online (SIPO)" goes by its acronym; the other form is kept as its alias.
    else if (prefer === 'alias') found.push({ name: alias, start, end, alias: clean, ...list });
    else
      found.push({ name: clean, start, end, alias, ...(prefer === 'both' ? { both: true } : {}), ...list });
  };

  LIST_INTRO.lastIndex = 0;
  const listed = LIST_CLOSE_WORD.test(text);
  for (let m = listed ? LIST_INTRO.exec(text) : null; m; m = LIST_INTRO.exec(text)) {
    // "Inovasi berupa e-Sakip yaitu Elektronik Sistem …": after a name, "yaitu" spells it out, lists nothing.
    if (NAME_IN_GAP.test(m[0])) continue;
    // "inovasi yang dilaksanakan di 3 instansi, yaitu …": a list of loci whose items may be units too.
    const ofInnovations = !LOCUS_WORD.test(m[0]);
    let pos = m.index + m[0].length;
    while (pos < text.length && !ENDS_LIST.test(text.slice(pos))) {
      const item = /^([^,.;]*?)(?=\s*(?:,|\s+dan\s+|[.;]|$))/u.exec(text.slice(pos));
      if (!item) break;
      const raw = item[1].replace(/^\s*(?:dan\s+)?(?:inovasi|program|aplikasi|layanan)?\s*/i, '');
      const itemStart = pos + item[1].length - raw.length;
      const named = nameAt(text, itemStart);
      const itemEnd = pos + item[1].length;
      // Only an item that is a name through and through ("Pelayanan di Rumah sakit" is not), maybe with its
      // short name in brackets and the unit it comes from: "Ojek Online … (Ojol Berlian) dari Dinas …".
      const bracket = named && bracketAlias(text, named.end, named.name.split(' ').length);
      const nameEnd = bracket ? bracket.end : (named?.end ?? 0);
      const rest = named ? text.slice(nameEnd, itemEnd) : '';
      if (named && (rest.trim() === '' || ITEM_OWNER.test(rest)))
        add(named.name, itemStart, nameEnd, bracket?.alias, 'both', ofInnovations);
      pos += item[1].length;
      const glue = /^\s*(?:,\s*(?:dan\s+)?|dan\s+)/.exec(text.slice(pos));
      if (!glue) break;
      pos += glue[0].length;
    }
  }

  const asciiFold = !ODD_FOLD.test(text);
  const titleCase = headline && isTitleCase(text);
  const cue = asciiFold ? CUE_PLAIN : CUE;
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    // "Elektronik Sistem Akuntabilitas", "Deputi Kajian dan Inovasi …": a capitalised cue inside a longer
    // name is no cue.
    // (In a headline every word is capitalised: there a verb before the cue ends any name: "Belajar Inovasi X".)
    const lead = text.slice(Math.max(0, m.index - 30), m.index);
    if (/\p{Lu}[\p{L}\d]*\s+(?:dan\s+|&\s+)?$/u.test(lead) && !(titleCase && HEADLINE_VERB_BEFORE.test(lead)))
      continue;
    let from = m.index + m[0].length;
    from += CUE_LINK.exec(text.slice(from))?.[0].length ?? 0;
    // "memperkenalkan Gerakan Sedekah Sampah": a capitalised "Gerakan" inside a sentence is the name's first word.
    if (/^(?:Gerakan|Sistem)\s/.test(m[0]) && m.index > 0) from = m.index;
    const description = DESCRIPTION.exec(text.slice(from));
    if (
      description &&
      !NOT_DESCRIPTION.test(description[0]) &&
      (DISTINCTIVE.test(text.slice(from + description[0].length)) ||
        ownedName(text, from + description[0].length))
    )
      from += description[0].length;
    // A headline capitalises every word, its cue too: there only a name that cannot be prose follows the
    // cue ("Aplikasi Antrean Puskesmas Raih …" is a description; "Aplikasi SiPelita Raih …" a name).
    if (titleCase && /^\p{Lu}/u.test(m[0]) && !DISTINCTIVE.test(text.slice(from))) continue;
    const cueWord = m[0].trim();
    // "inovasi A, B dan C": the names that follow the first one in a short list.
    for (
      let named = nameAt(text, from, false, titleCase);
      named;
      named = nameAt(text, from, false, titleCase)
    ) {
      // "Sistem Pelayanan … untuk Wilayah Perbatasan (Sipelandukilat)": the name runs on to its short name.
      const runOn = RUN_ON.exec(text.slice(named.end));
      if (runOn)
        named = {
          name: `${named.name}${runOn[1]!.replace(/\s+/g, ' ')}`.trimEnd(),
          end: named.end + runOn[1]!.length,
        };
      const words = named.name.split(' ');
      const long = NAME_CUE_WORD.test(words[0]) ? words : [cueWord, ...words];
      const bracket = bracketAlias(text, named.end, words.length);
      // "Sistem Perizinan Online (SIPO)": the acronym of a "Sistem …" is what the innovation goes by.
      const acronymic = bracket !== null && NAME_CUE_WORD.test(long[0]) && abbreviates(bracket.alias, long);
      if (bracket) add(named.name, from, bracket.end, bracket.alias, acronymic ? 'alias' : 'both');
      else add(named.name, from, named.end);
      const end = bracket ? bracket.end : named.end;
      const glue = /^\s*(?:,\s*(?:dan\s+)?|dan\s+|serta\s+)/.exec(text.slice(end));
      if (!glue) break;
      from = end + glue[0].length;
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
    if (named.spelled || plain) {
      add(named.name, from, named.end, named.alias, named.prefer);
      continue;
    }
    // "mendalami Dialog Publik dan Bojonegoro Open Data di Dinas …", "paparan tentang Surabaya Single Window
    // dan aplikasi E-Peken": plain names the group studies, known as names by the unit they are studied at
    // or by the innovation they are listed with.
    const chain: { name: string; start: number; end: number }[] = [];
    let at = from;
    for (let item = nameAt(text, at); item; item = nameAt(text, at)) {
      if (!item.name.includes(' ')) break;
      chain.push({ name: item.name, start: at, end: item.end });
      const glue = LIST_GLUE_AHEAD.exec(text.slice(item.end));
      if (!glue) break;
      at = item.end + glue[0].length;
    }
    const last = chain[chain.length - 1];
    if (!last) continue;
    const next = LIST_GLUE_AHEAD.exec(text.slice(last.end));
    const nextAt = next ? last.end + next[0].length : -1;
    // The next item: an innovation read already, or a name that cannot be prose (an e-name, CamelCase …).
    const nextItem = next ? text.slice(nextAt).replace(LIST_NOUN_LEAD, '') : '';
    const listedWith =
      next !== null &&
      (found.some(
        (f) => f.start >= nextAt && f.start <= nextAt + 12 && !/[,.;]/.test(text.slice(nextAt, f.start)),
      ) ||
        /^[eE]\s?[-–—]\s?\p{L}/u.test(nextItem) ||
        DISTINCTIVE.test(nextItem));
    if (listedWith || STUDIED_AT_AHEAD.test(text.slice(last.end)))
      for (const item of chain) add(item.name, item.start, item.end);
  }

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
        add(named.name, from, named.end);
        break;
      }
    }
  }

  SPOKEN_NAME.lastIndex = 0;
  for (let m = SPOKEN_NAME.exec(text); m; m = SPOKEN_NAME.exec(text)) {
    const name = m[1]!.trim();
    if (name.includes(' ')) add(name, m.index + m[0].indexOf(name), m.index + m[0].length);
  }

  // "Dispendukcapil memaparkan GEMAS (Gerakan Masyarakat Sadar Adminduk)": a short name the bracket after it
  // spells out as a movement, system, programme …, with no cue before it.
  if (text.includes('(')) {
    SHORT_THEN_SPELLED.lastIndex = 0;
    for (let m = SHORT_THEN_SPELLED.exec(text); m; m = SHORT_THEN_SPELLED.exec(text)) {
      const words = m[2]!.trim().split(/\s+/);
      if (words.length >= 2 && abbreviates(m[1]!, words)) add(m[1]!, m.index, m.index + m[0].length);
    }
  }

  if (text.includes('“') || text.includes('"')) {
    QUOTED_TITLE.lastIndex = 0;
    for (let m = QUOTED_TITLE.exec(text); m; m = QUOTED_TITLE.exec(text)) {
      const inner = m[1]!;
      if (!inner.includes(' ') || /[.!?]$/.test(inner)) continue;
      const won = TITLE_WON_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
      const cued = TITLE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
      if (won || (cued && inner.length > 60)) add(inner, m.index, m.index + m[0].length);
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
