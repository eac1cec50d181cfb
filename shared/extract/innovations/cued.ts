/**
 * The innovation passes led by a cue: lists after "inovasi … diantaranya", names after an innovation word
 * ("inovasi Layad Rawat", "aplikasi antrean SiPelita", "Sistem Perizinan Online (SIPO)"), and names that
 * cannot be prose after a verb of making ("mengembangkan SIMANTAP").
 */
import type { Finds } from './found.ts';
import {
  DISTINCTIVE,
  ENDS_LIST,
  NAME_CUE_WORD,
  NOT_DESCRIPTION,
  abbreviates,
  bracketAlias,
  nameAt,
} from './names.ts';
import { anyOf, prefilter, wordsPattern } from '../vocab/compile.ts';
import {
  INNOVATION_NOUNS,
  LIST_NOUNS,
  MAKING_VERBS,
  OWNER_VERBS,
  RUNNING_VERBS,
  SYSTEM_SUFFIXES,
  USING_VERBS,
} from '../vocab/innovations.ts';
import { LIST_INTROS, LOCUS_NOUNS } from '../vocab/lists.ts';
import { HEADLINE_VERBS } from '../vocab/people.ts';

const LIST_INTRO = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${LIST_NOUNS.map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`).join('|')})(?![\p{L}\d])[^.;:]{0,120}?(?<![\p{L}\d])${anyOf(LIST_INTROS)}\s*:?\s*`,
  'gu',
);
// LIST_INTRO's closing words are lowercase there: a sentence without one skips the pass.
const LIST_CLOSE_WORD = prefilter(LIST_INTROS);
// A name that cannot be prose (an e-name, CamelCase, an acronym of three letters or more).
const NAME_IN_GAP = /(?<![\p{L}\d])(?:[eE]\s?[-–—]\s?\p{L}|\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}{3,}(?![\p{L}]))/u;
// What may follow an item's name in a list: the unit it comes from ("… dari Dinas X", "… untuk Y dari …").
const ITEM_OWNER =
  /^\s*(?:\([^()]*\)\s*)?(?:(?:untuk|bagi)\s+\p{L}+\s+)?(?:dari|milik|oleh|yang|karya|besutan)\s/u;
const LOCUS_WORD = wordsPattern(LOCUS_NOUNS, 'i');

const CUE = new RegExp(String.raw`\b${anyOf([...INNOVATION_NOUNS, ...RUNNING_VERBS])}\s+`, 'giu');
const CUE_PLAIN = new RegExp(CUE.source, 'gi');
const CUE_LINK =
  /^(?:(?:unggulan|andalan|baru)\s+)?(?:(?:bernama|berupa|berjudul|yaitu|yakni|yang bernama|dengan nama|seperti|adalah|:)\s+)?/iu;
// A cue may first say what kind of thing it is ("aplikasi antrean terpadu SiPelita", "kanal aduan LaporGub!"),
// but then only a name that cannot be prose follows: CamelCase, a digit, a "!".
const DESCRIPTION = /^(?:(?:[a-z][\p{Ll}-]*|dan)\s+){1,5}(?=\p{Lu})/u;
const HEADLINE_VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])${anyOf(HEADLINE_VERBS)}\s+$`, 'u');
// A small word and more capitalised words, then a short name in brackets: one long name with its short one.
const RUN_ON = /^(\s+(?:untuk|bagi)(?:\s+\p{Lu}[\p{L}\d'’-]*){1,4})(?=\s*\([^()]{2,30}\))/u;
// "… Satu Ruas Tuntas yang diterapkan Dinas PU": a unit that runs it follows the name.
const OWNED_AFTER = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)?(?:yang\s+)?(?:${anyOf(OWNER_VERBS)}|milik|besutan|karya)\s`,
  'iu',
);

// "yang mengembangkan SIMANTAP", "menghadirkan SI-ANTAR": a verb introduces a name only when it cannot be prose.
const VERB_CUE = new RegExp(String.raw`\b${anyOf(MAKING_VERBS)}\s+`, 'giu');
const VERB_CUE_PLAIN = new RegExp(VERB_CUE.source, 'gi');
// Every VERB_CUE verb begins "men"/"mem" (no other letter folds to m, e or n).
const VERB_PREFIX = prefilter(MAKING_VERBS);

/** Whether a name of two words or more starts at `at` and a unit that runs it is named right after. */
function ownedName(text: string, at: number): boolean {
  const named = nameAt(text, at);
  return named !== null && named.name.includes(' ') && OWNED_AFTER.test(text.slice(named.end));
}

/** "inovasi Badan X, di antaranya A, B dan C": each item that is a name through and through. */
export function readLists(finds: Finds): void {
  const { text } = finds;
  if (!LIST_CLOSE_WORD.test(text)) return;
  LIST_INTRO.lastIndex = 0;
  for (let m = LIST_INTRO.exec(text); m; m = LIST_INTRO.exec(text)) {
    // "Inovasi berupa e-Sakip yaitu Elektronik Sistem …": after a name, "yaitu" spells it out, lists nothing.
    if (NAME_IN_GAP.test(m[0])) continue;
    // "inovasi yang dilaksanakan di 3 instansi, yaitu …": a list of loci whose items may be units too.
    const ofInnovations = !LOCUS_WORD.test(m[0]);
    let pos = m.index + m[0].length;
    while (pos < text.length && !ENDS_LIST.test(text.slice(pos))) {
      const item = /^([^,.;]*?)(?=\s*(?:,|\s+dan\s+|[.;]|$))/u.exec(text.slice(pos));
      if (!item) break;
      const raw = item[1]!.replace(/^\s*(?:dan\s+)?(?:inovasi|program|aplikasi|layanan)?\s*/i, '');
      const itemStart = pos + item[1]!.length - raw.length;
      const named = nameAt(text, itemStart);
      const itemEnd = pos + item[1]!.length;
      // Only an item that is a name through and through ("Pelayanan di Rumah sakit" is not), maybe with its
      // short name in brackets and the unit it comes from: "Ojek Online … (Ojol Berlian) dari Dinas …".
      const bracket = named && bracketAlias(text, named.end, named.name.split(' ').length);
      const nameEnd = bracket ? bracket.end : (named?.end ?? 0);
      const rest = named ? text.slice(nameEnd, itemEnd) : '';
      if (named && (rest.trim() === '' || ITEM_OWNER.test(rest)))
        finds.add(named.name, itemStart, nameEnd, bracket?.alias, 'both', ofInnovations);
      pos += item[1]!.length;
      const glue = /^\s*(?:,\s*(?:dan\s+)?|dan\s+)/.exec(text.slice(pos));
      if (!glue) break;
      pos += glue[0].length;
    }
  }
}

/** "inovasi Layad Rawat", "aplikasi antrean SiPelita", "Sistem Perizinan Online (SIPO)", "inovasi A, B dan C". */
export function readCued(finds: Finds): void {
  const { text, titleCase } = finds;
  const cue = finds.asciiFold ? CUE_PLAIN : CUE;
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
      const long = NAME_CUE_WORD.test(words[0]!) ? words : [cueWord, ...words];
      const bracket = bracketAlias(text, named.end, words.length);
      // "Sistem Perizinan Online (SIPO)": the acronym of a "Sistem …" is what the innovation goes by.
      const acronymic = bracket !== null && NAME_CUE_WORD.test(long[0]!) && abbreviates(bracket.alias, long);
      if (bracket) finds.add(named.name, from, bracket.end, bracket.alias, acronymic ? 'alias' : 'both');
      else finds.add(named.name, from, named.end);
      const end = bracket ? bracket.end : named.end;
      const glue = /^\s*(?:,\s*(?:dan\s+)?|dan\s+|serta\s+)/.exec(text.slice(end));
      if (!glue) break;
      from = end + glue[0].length;
    }
  }
}

// "lewat SiCantik Cloud", "melalui Samsat Online Nasional": a system used, named as no prose is.
const USING = new RegExp(String.raw`\b${anyOf(USING_VERBS)}\s+`, 'gi');
const USING_WORD = prefilter(USING_VERBS);
const SYSTEM_SUFFIX = new RegExp(String.raw`\s${anyOf(SYSTEM_SUFFIXES)}(?:\s|$)`);

/** "lewat SiCantik Cloud", "mengakses Lapor Bupati Online": a system's name after a verb of using it. */
export function readUsed(finds: Finds): void {
  const { text } = finds;
  if (!USING_WORD.test(text)) return;
  USING.lastIndex = 0;
  for (let m = USING.exec(text); m; m = USING.exec(text)) {
    const from = m.index + m[0].length;
    const named = nameAt(text, from);
    if (!named) continue;
    if (DISTINCTIVE.test(text.slice(from)) || SYSTEM_SUFFIX.test(` ${named.name} `))
      finds.add(named.name, from, named.end);
  }
}

/** "mengembangkan SIMANTAP", "menghadirkan aplikasi SI-ANTAR": a name that cannot be prose after a verb of making. */
export function readMade(finds: Finds): void {
  const { text } = finds;
  if (!VERB_PREFIX.test(text)) return;
  const verbCue = finds.asciiFold ? VERB_CUE_PLAIN : VERB_CUE;
  verbCue.lastIndex = 0;
  for (let m = verbCue.exec(text); m; m = verbCue.exec(text)) {
    let from = m.index + m[0].length;
    const description = DESCRIPTION.exec(text.slice(from));
    if (description && !NOT_DESCRIPTION.test(description[0])) from += description[0].length;
    if (!DISTINCTIVE.test(text.slice(from))) continue;
    const named = nameAt(text, from);
    if (named) finds.add(named.name, from, named.end);
  }
}
