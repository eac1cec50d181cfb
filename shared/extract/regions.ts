/**
 * Region stage: finds every way a sentence names a province or kabupaten/kota ("Kabupaten X", "Kab. X",
 * "Pemkot X", "Bupati X", "Jatim", "Kota Kembang", a bare "Banyuwangi", a one-letter typo of a name the
 * article already uses) and ranks the article's regions as hosts of the visit. It reads no agencies:
 * loci.ts adds their weight through `rankHostRegions`' boosts.
 */
import { memo, recall, type ArticleContext } from './context.ts';
import type { Sentence } from './text.ts';
import { REGIONS, foldRegionName, bareRegionName, regionByCode, type RegionEntry } from '../regions/index.ts';
import { AMBIGUOUS_ALIASES, BARE_NAMES_NEEDING_KIND, REGION_ALIASES } from '../regions/aliases.ts';

/** How a mention names its region; decides its base weight as host evidence. */
export type MentionForm = 'kind' | 'government' | 'head' | 'alias' | 'bare';

export interface RegionMention {
  /** The reading chosen for now; `resolveAmbiguousMentions` may change it. */
  region: RegionEntry;
  /** Every region the words can name ("Bandung": Kota and Kabupaten); one entry when unambiguous. */
  candidates: RegionEntry[];
  form: MentionForm;
  /** Span in the sentence text: `start` includes the kind word ("Pemkot "), `nameStart` does not. */
  start: number;
  nameStart: number;
  end: number;
}

interface Token {
  lower: string;
  /** Folded for look-up: lowercase ASCII letters and digits only. */
  key: string;
  start: number;
  end: number;
  cap: boolean;
  upper: boolean;
  /** Whether only a space, hyphen, dot or apostrophe separates it from the token before. */
  joined: boolean;
}

type Kind = RegionEntry['kind'] | null;
interface Prefix {
  words: string[];
  kind: Kind;
  form: MentionForm;
}

const compact = (s: string) => foldRegionName(s).replace(/ /g, '');

const PREFIXES: Prefix[] = (
  [
    ['kabupaten administrasi', 'kabupaten', 'kind'],
    ['kabupaten', 'kabupaten', 'kind'],
    ['kab', 'kabupaten', 'kind'],
    ['pemkab', 'kabupaten', 'government'],
    ['pemerintah kabupaten', 'kabupaten', 'government'],
    ['pemerintah kab', 'kabupaten', 'government'],
    ['bupati', 'kabupaten', 'head'],
    ['wakil bupati', 'kabupaten', 'head'],
    ['wabup', 'kabupaten', 'head'],
    ['kota administrasi', 'kota', 'kind'],
    ['kota', 'kota', 'kind'],
    ['kotamadya', 'kota', 'kind'],
    ['kodya', 'kota', 'kind'],
    ['pemkot', 'kota', 'government'],
    ['pemko', 'kota', 'government'],
    ['pemerintah kota', 'kota', 'government'],
    ['pemerintah kotamadya', 'kota', 'government'],
    ['walikota', 'kota', 'head'],
    ['wali kota', 'kota', 'head'],
    ['wakil walikota', 'kota', 'head'],
    ['wakil wali kota', 'kota', 'head'],
    ['wawali', 'kota', 'head'],
    ['walkot', 'kota', 'head'],
    ['provinsi', 'provinsi', 'kind'],
    ['propinsi', 'provinsi', 'kind'],
    ['prov', 'provinsi', 'kind'],
    ['pemprov', 'provinsi', 'government'],
    ['pemprop', 'provinsi', 'government'],
    ['pemerintah provinsi', 'provinsi', 'government'],
    ['pemerintah propinsi', 'provinsi', 'government'],
    ['gubernur', 'provinsi', 'head'],
    ['wakil gubernur', 'provinsi', 'head'],
    ['wagub', 'provinsi', 'head'],
    ['pemda', null, 'government'],
    ['pemerintah daerah', null, 'government'],
    ['pemerintah', null, 'government'],
  ] as const
)
  .map(([words, kind, form]) => ({ words: words.split(' '), kind, form }))
  .sort((a, b) => b.words.length - a.words.length);
const PREFIX_FIRST = new Set(PREFIXES.map((p) => p.words[0]));
// The letters those words begin with: most tokens are turned away by their first char code alone.
const PREFIX_INITIALS = new Set([...PREFIX_FIRST].map((w) => w.charCodeAt(0)));

/** compact name → regions it names officially (bare name, or full official name). */
const NAMES = new Map<string, RegionEntry[]>();
function index(key: string, region: RegionEntry) {
  const list = NAMES.get(key) ?? [];
  if (!list.includes(region)) list.push(region);
  NAMES.set(key, list);
}
for (const region of REGIONS) index(compact(bareRegionName(region.name)), region);

/** compact alias → region; acronym aliases ("NTB", "OKI") must be written in capitals. */
const ALIASES = new Map<string, { region: RegionEntry; capitals: boolean }>();
for (const [alias, code] of Object.entries(REGION_ALIASES)) {
  const region = regionByCode(code);
  if (region) ALIASES.set(compact(alias), { region, capitals: alias === alias.toUpperCase() });
}
/** compact nickname → the regions that bear it ("Kota Tahu": Sumedang, Kediri). */
const SHARED_ALIASES = new Map<string, RegionEntry[]>();
for (const [alias, codes] of Object.entries(AMBIGUOUS_ALIASES))
  SHARED_ALIASES.set(
    compact(alias),
    codes.map((code) => regionByCode(code)).filter((r): r is RegionEntry => r !== undefined),
  );
// Cheap test before tokenising: the first words those nicknames start with ("Kota", "Negeri").
const SHARED_FIRST_WORD = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set(Object.keys(AMBIGUOUS_ALIASES).map((a) => a.split(' ')[0]))].join('|')})(?![\\p{L}])`,
  'iu',
);
const MAX_NAME_TOKENS = 5;
const COMPACT_NAME = new Map(REGIONS.map((r) => [r.code, compact(bareRegionName(r.name))]));
/** Every prefix of every compact name and alias: a run of tokens stops growing once it leaves this set. */
const KEY_PREFIXES = new Set<string>();
for (const key of [...NAMES.keys(), ...ALIASES.keys(), ...SHARED_ALIASES.keys()])
  for (let n = 1; n <= key.length; n++) KEY_PREFIXES.add(key.slice(0, n));

const ASCII_WORD = /^[a-z0-9]+$/;
// One letter or digit (a whole code point) at `lastIndex`: what `[\p{L}\p{N}]+` is made of, asked only
// of non-ASCII characters, since the tokeniser reads ASCII by its char codes.
const WORD_CHAR = /[\p{L}\p{N}]/uy;
// Characters that may join two tokens of one name: space, hyphens, dot, apostrophes, no-break space.
const JOINERS = " -–.'’\u00a0";
// Their char codes, tested per token gap without building one-character strings.
const JOINER_CODES = new Set([...JOINERS].map((c) => c.charCodeAt(0)));

/** Whether only up to three spaces, hyphens, dots or apostrophes lie between `from` and `to`. */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!JOINER_CODES.has(text.charCodeAt(k))) return false;
  return true;
}

/** How many UTF-16 units the letter or digit at `at` spans (1 or 2), or 0 when none starts there. */
function wordCharWidth(text: string, at: number, code: number): number {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  WORD_CHAR.lastIndex = at;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - at : 0;
}

// A sentence is tokenised for its plain mentions, its nicknames and its typos: once per article.
const TOKENS = memo('region tokens', (text: string) => tokenizeAnew(text));

function tokenize(text: string, context?: ArticleContext): Token[] {
  return recall(context, TOKENS, text);
}

/**
 * The runs of letters and digits (`/[\p{L}\p{N}]+/u`), read by char code: this runs over every sentence
 * and a regex match per word cost more than the look-ups after it. Non-ASCII characters go through
 * WORD_CHAR, code point by code point, so the tokens are those of the regex.
 */
function tokenizeAnew(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    let code = text.charCodeAt(at);
    let width = wordCharWidth(text, at, code);
    if (!width) {
      // Step over a whole surrogate pair, as the regex's unicode mode does.
      const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
      at += pair ? 2 : 1;
      continue;
    }
    const start = at;
    let ascii = true;
    let anyLowerAscii = false;
    let anyUpperAscii = false;
    do {
      if (code >= 128) ascii = false;
      else if (code >= 97) anyLowerAscii = true;
      else if (code >= 65) anyUpperAscii = true;
      at += width;
      if (at >= length) break;
      code = text.charCodeAt(at);
      width = wordCharWidth(text, at, code);
    } while (width);
    const word = text.slice(start, at);
    const previous = tokens[tokens.length - 1];
    const joined = previous !== undefined && joinable(text, previous.end, start);
    if (ascii) {
      const first = word.charCodeAt(0);
      const cap = first >= 65 && first <= 90;
      const lower = anyUpperAscii ? word.toLowerCase() : word;
      tokens.push({
        lower,
        key: lower,
        start,
        end: at,
        cap,
        upper: cap && at - start > 1 && !anyLowerAscii,
        joined,
      });
      continue;
    }
    const lower = word.toLowerCase();
    const cap = word[0] !== lower[0];
    tokens.push({
      lower,
      key: ASCII_WORD.test(lower) ? lower : compact(lower),
      start,
      end: at,
      cap,
      upper: cap && word.length > 1 && word === word.toUpperCase(),
      joined,
    });
  }
  return tokens;
}

type Run = { key: string; length: number };
const NO_RUNS: readonly Run[] = Object.freeze([]);
/** Runs already read, by token index, for one pass over a sentence (an array: cheaper than a Map). */
type RunCache = (readonly Run[] | undefined)[];

/** Compact keys of the token runs starting at `from` that can still be names, longest first. */
function runsAt(tokens: Token[], from: number, cache: RunCache): readonly Run[] {
  const cached = cache[from];
  if (cached) return cached;
  // Most words begin no name: they share one empty list instead of building their own.
  if (!KEY_PREFIXES.has(tokens[from].key)) {
    cache[from] = NO_RUNS;
    return NO_RUNS;
  }
  const runs: Run[] = [];
  let key = '';
  for (let k = from; k < tokens.length && k - from < MAX_NAME_TOKENS; k++) {
    if (k > from && !tokens[k].joined) break;
    key += tokens[k].key;
    if (!KEY_PREFIXES.has(key)) break;
    runs.push({ key, length: k - from + 1 });
  }
  runs.reverse();
  cache[from] = runs;
  return runs;
}

function prefixAt(tokens: Token[], i: number): Prefix | undefined {
  const lower = tokens[i].lower;
  if (!PREFIX_INITIALS.has(lower.charCodeAt(0)) || !PREFIX_FIRST.has(lower)) return undefined;
  return PREFIXES.find((p) =>
    p.words.every((w, k) => tokens[i + k]?.lower === w && (k === 0 || tokens[i + k].joined)),
  );
}

const KIND_ORDER: Record<RegionEntry['kind'], number> = { kota: 0, provinsi: 1, kabupaten: 2 };
const byPreference = (a: RegionEntry, b: RegionEntry) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind];

function aliasAt(tokens: Token[], i: number, cache: RunCache) {
  if (!tokens[i].cap) return undefined;
  for (const run of runsAt(tokens, i, cache)) {
    const alias = ALIASES.get(run.key);
    if (!alias) continue;
    const last = tokens[i + run.length - 1];
    if (alias.capitals && !tokens.slice(i, i + run.length).every((t) => t.upper || t.lower.length === 1))
      continue;
    return { region: alias.region, length: run.length, end: last.end };
  }
  return undefined;
}

function nameAt(tokens: Token[], i: number, kind: Kind, needCap: boolean, cache: RunCache) {
  if (needCap && !tokens[i].cap) return undefined;
  for (const run of runsAt(tokens, i, cache)) {
    const found = NAMES.get(run.key);
    if (!found) continue;
    if (kind === null && run.length === 1 && BARE_NAMES_NEEDING_KIND.has(run.key)) return undefined;
    let candidates = kind ? found.filter((r) => r.kind === kind) : found;
    // "Kota Banyuwangi" means the town of a kabupaten; keep the region the words do name.
    if (!candidates.length) candidates = found;
    return { candidates: [...candidates].sort(byPreference), length: run.length };
  }
  return undefined;
}

/** Edit distance ≤ 1 (one substitution, insertion, deletion or swap), for typos such as "Banyueangi". */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Every region named in a sentence, left to right, longest name first.
 * `known` lets a capitalised word of 7+ letters one edit away from a known single-word name count as it.
 * @example findRegionMentions('Rombongan diterima Bupati Banyuwangi')[0].region.name // 'Kabupaten Banyuwangi'
 */
export function findRegionMentions(
  text: string,
  known: readonly RegionEntry[] = [],
  context?: ArticleContext,
): RegionMention[] {
  const tokens = tokenize(text, context);
  const cache: RunCache = new Array(tokens.length);
  const mentions: RegionMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const alias = aliasAt(tokens, i, cache);
    const bareName = nameAt(tokens, i, null, true, cache);
    // The longest reading wins: "Jakarta Selatan" over the alias "Jakarta", "Kota Kembang" over "Kota".
    if (alias && (!bareName || alias.length >= bareName.length)) {
      mentions.push({
        region: alias.region,
        candidates: [alias.region],
        form: 'alias',
        start: tokens[i].start,
        nameStart: tokens[i].start,
        end: alias.end,
      });
      i += alias.length - 1;
      continue;
    }
    const prefix = prefixAt(tokens, i);
    if (prefix) {
      const at = i + prefix.words.length;
      if (at < tokens.length) {
        const needCap = !tokens[i].cap;
        const aliasNamed = aliasAt(tokens, at, cache);
        const officialNamed = nameAt(tokens, at, prefix.kind, needCap, cache);
        const named =
          aliasNamed && (!officialNamed || aliasNamed.length > officialNamed.length) ? aliasNamed : null;
        const found = named ? { candidates: [named.region], length: named.length } : officialNamed;
        if (found) {
          const last = tokens[at + found.length - 1];
          mentions.push({
            region: found.candidates[0],
            candidates: found.candidates,
            form: named && prefix.form === 'kind' ? 'alias' : prefix.form,
            start: tokens[i].start,
            nameStart: tokens[at].start,
            end: last.end,
          });
          i = at + found.length - 1;
          continue;
        }
      }
    }
    if (bareName) {
      mentions.push({
        region: bareName.candidates[0],
        candidates: bareName.candidates,
        form: 'bare',
        start: tokens[i].start,
        nameStart: tokens[i].start,
        end: tokens[i + bareName.length - 1].end,
      });
      i += bareName.length - 1;
      continue;
    }
  }
  return known.length ? addTypoMentions(text, mentions, known, context) : mentions;
}

/**
 * Adds to a sentence's mentions the nicknames several regions bear ("Kota Serambi Mekkah") where exactly
 * one of those regions is among `known`, the regions the article names otherwise. Returns the merged list.
 */
export function addNicknameMentions(
  text: string,
  mentions: RegionMention[],
  known: readonly RegionEntry[],
  context?: ArticleContext,
): RegionMention[] {
  if (!known.length || !SHARED_FIRST_WORD.test(text)) return mentions;
  const tokens = tokenize(text, context);
  const cache: RunCache = new Array(tokens.length);
  const found: RegionMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap) continue;
    const start = tokens[i].start;
    if (mentions.some((m) => m.start <= start && m.end > start)) continue;
    for (const run of runsAt(tokens, i, cache)) {
      const regions = SHARED_ALIASES.get(run.key)?.filter((r) => known.includes(r));
      if (regions?.length !== 1) continue;
      const end = tokens[i + run.length - 1].end;
      found.push({ region: regions[0], candidates: regions, form: 'alias', start, nameStart: start, end });
      i += run.length - 1;
      break;
    }
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start) : mentions;
}

const LONG_WORD = /\p{Lu}\p{L}{6,}/gu;

/** Whether `text` has, in [from, to), an ASCII capital or a non-ASCII character (maybe a capital). */
function mayStartLongWord(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 65 && code <= 90) || code >= 128) return true;
  }
  return false;
}
// The loci stage asks once per sentence with the article's one `known` list: built once for it.
const TYPO_TARGETS = memo('typo targets', (known: readonly RegionEntry[]) =>
  known
    .map((region) => ({ region, name: COMPACT_NAME.get(region.code) ?? '' }))
    .filter((k) => k.name.length >= 7),
);

/**
 * Adds to a sentence's mentions the capitalised words of 7+ letters one edit away from a known
 * single-word name ("Banyueangi" once the article has named Banyuwangi). Returns the merged list.
 */
export function addTypoMentions(
  text: string,
  mentions: RegionMention[],
  known: readonly RegionEntry[],
  context?: ArticleContext,
): RegionMention[] {
  const names = recall(context, TYPO_TARGETS, known);
  if (!names.length) return mentions;
  const typos: RegionMention[] = [];
  // A LONG_WORD match is all letters, so it lies inside one (cached) token: only a token of 7+ units
  // with a capital (or a non-ASCII letter, which may be one) early enough to start a match is scanned,
  // on its own slice, instead of the whole sentence. A match may still start mid-token ("eBudgeting").
  for (const token of tokenize(text, context)) {
    if (token.end - token.start < 7 || !mayStartLongWord(text, token.start, token.end - 6)) continue;
    const slice = text.slice(token.start, token.end);
    LONG_WORD.lastIndex = 0;
    for (let m = LONG_WORD.exec(slice); m; m = LONG_WORD.exec(slice)) {
      const start = token.start + m.index;
      const end = start + m[0].length;
      if (mentions.some((x) => x.start < end && x.end > start)) continue;
      const word = m[0].toLowerCase();
      const region = names.find((k) => k.name !== word && withinOneEdit(word, k.name))?.region;
      if (region) typos.push({ region, candidates: [region], form: 'bare', start, nameStart: start, end });
    }
  }
  return typos.length ? [...mentions, ...typos].sort((a, b) => a.start - b.start) : mentions;
}

/**
 * Gives each ambiguous mention ("Bandung") the reading the article names explicitly elsewhere
 * ("Kota Bandung"); without such a hint the city is kept, then the province, then the kabupaten.
 */
export function resolveAmbiguousMentions(mentions: readonly RegionMention[]): void {
  const explicit = new Map<string, number>();
  for (const m of mentions)
    if (m.candidates.length === 1) explicit.set(m.region.code, (explicit.get(m.region.code) ?? 0) + 1);
  for (const m of mentions) {
    if (m.candidates.length < 2) continue;
    const named = m.candidates
      .filter((r) => explicit.has(r.code))
      .sort((a, b) => explicit.get(b.code)! - explicit.get(a.code)!);
    if (named.length) m.region = named[0];
  }
}

// Where a region names the organiser's home or the trainees' origin, not the place visited.
const ORGANISER_BEFORE =
  /(?:(?:\b|\()(?:bapelkes|bbpk|bpsdm\w*|bppsdm\w*|badiklat\w*|badan diklat|badan pendidikan dan pelatihan|badan pengembangan sumber daya manusia|pusdiklat\w*|puslatbang\w*|pkp2a|bkpsdm\w*|bkd|lan|balai (?:besar )?(?:diklat|pendidikan dan pelatihan|pelatihan)(?: [a-z]+){0,3}|diklat ?pim|dikpim|pkn|pka|pkp|latsar|diklat kepemimpinan|pelatihan kepemimpinan(?: [a-z]+)?)(?: (?:tingkat|tk\.?))?(?: (?:i{1,3}|iv|[1-4]))?(?: angkatan [a-z0-9]+)?(?: ?\([^)]{1,40}\))?\)?|(?:peserta|rombongan|kunjungan|tamu)[^.]{0,60}\b(?:dari|asal)|\basal)\s*$/i;
const SPEAKER_BEFORE =
  /(?:\b(?:kata|ujar|ucap|tutur|jelas|imbuh|tandas|pungkas|ungkap|terang|sebut|tambah|kepada|oleh)(?:nya)?|\b(?:bapak|pak|bu|ibu|sdr|saudara|mas|bang|h|hj|dr|drs|ir)\.?)\s*$/i;
const SPEAKER_AFTER = /^\s*(?:menambahkan|mengatakan|menjelaskan|menuturkan|mengungkapkan|menyampaikan)\b/i;
// "Kecamatan Depok", "Jl. Bandung": a sub-district or street that shares a region's name is not the region.
const SUBDISTRICT_BEFORE = /\b(?:kecamatan|kec|kelurahan|kel|desa|kampung|dusun|jalan|jl|gang|gg)\.?\s*$/i;
// "seminar … di Sangatta", "sebelum kembali ke Mataram": where the trainees report back or go home;
// "transit di …", "via …": where they pass through; "dari aula … di …": where they join a virtual visit.
const HOMEWARD_BEFORE =
  /(?:\bdari (?:aula|ruang|ruangan|gedung|kampus|studio)\b[^.]{0,40}?(?:,|\bdi)|\b(?:transit|sempat singgah|singgah sejenak|via|melalui jalur \w+ via)(?: (?:di|ke))?(?: \p{L}+){0,3}?,?|\bseminar\b[^.]{0,60}\bdi(?:\s+[\p{L}]+){0,4}?,?|\b(?:kembali|pulang|balik) ke(?: daerah(?: asal)?)?)\s+$/iu;
const SKIP_BEFORE =
  /\b(?:kecamatan|kelurahan|desa|kampung|dusun|jalan|jl|gang|universitas|univ|institut|politeknik|poltekkes|stikes|bandara|stasiun|terminal|pelabuhan|hotel|danau|gunung|pantai|sungai|selat|pulau|polres|polda|kodim|bank|smp|sma|smk|sd)\.?\s*$/i;
const VISIT_WORD =
  /kunjung|kunker|visitasi|benchmark|studi (?:lapangan|banding|tiru|komparatif)|observasi|lokus|belajar|menimba|best practice|percontohan|rujukan|berangkat|rombongan|bertandang|menyambangi|mendatangi|meninjau|bertolak|menuju/i;
// "belajar inovasi dari X", "benchmarking secara virtual dengan Pemerintah X": learning from a host.
const VISIT_BEFORE =
  /(?:\bbelajar(?: [a-z]+){0,2} dari|\b(?:benchmarking|studi (?:lapangan|tiru|banding|komparatif)|kunjungan)(?: [a-z]+){0,3} dengan|\b(?:mengunjungi|dikunjungi|kunjungi|mendatangi|menyambangi|sambangi|bertandang ke|berkunjung ke|bertolak ke|meninjau|menuju|tiba di|lokus(?: [a-z]+)?|ke)|\bdi(?: lingkungan| wilayah)?)\s+$/i;
// "Studi Lapangan di X", "benchmarking di X": the visit's own place, even where X's units also train.
const VISIT_NOUN_AT =
  /\b(?:studi (?:lapangan|tiru|banding|komparatif)|benchmarking|kunjungan(?: kerja| belajar)?|observasi lapangan|visitasi)\s+di\s+$/i;
const CHOSEN_BEFORE = /\b(?:menjadikan|memilih|dipilihnya|pilihkan|memilih|dipilih|jujugan)\s+$/i;
const CHOSEN_AFTER =
  /^(?:,[^,.]{1,30},|,(?=\s*yang\b))?\s*(?:yang (?:berkenan |bersedia )?)?(?:sebagai|menjadi|terpilih|dipilih)\b/i;
const RECEPTION = /\b(?:diterima|disambut|menyambut|menerima|sambutan)\b/i;
const PAST = /\b(?:sudah ada|pernah|sebelumnya|tahun lalu|sebelum ini|terdahulu)\b/i;
// "rujukan daerah lain yang datang belajar ke X": other visitors' trips, not this cohort's.
const OTHERS_BEFORE =
  /\b(?:daerah|pemda|pemerintah daerah|instansi|kabupaten|kota|tamu)(?:\/\w+)? lain(?:nya)?\b[^.]{0,50}$/i;
const DATELINE_AFTER = /^\s*(?:\(|,|[-–—])/;
// A dateline later in the page (after a date line or a byline): "Makassar – …", "BANTAENG, Sulsel (ANTARA) -".
const LATE_DATELINE_AFTER = /^\s*(?:\(\d|[-–—]|,[^.]{0,40}?(?:[-–—]|\(\d))/;

const BASE: Record<MentionForm, number> = { kind: 2, government: 2.5, head: 1.5, alias: 2, bare: 1 };

/** A region's weight as host of the visit, and the mention that argues for it best. */
export interface HostCandidate {
  region: RegionEntry;
  score: number;
  best: { sentence: Sentence; mention: RegionMention; weight: number } | null;
}

// What mentionWeight reads from the whole sentence, read once for all its mentions.
const SENTENCE_WORDS = memo('region sentence words', (sentence: Sentence) => ({
  visit: VISIT_WORD.test(sentence.text),
  past: PAST.test(sentence.text),
  reception: RECEPTION.test(sentence.text),
}));
function sentenceWords(sentence: Sentence, context?: ArticleContext) {
  return recall(context, SENTENCE_WORDS, sentence);
}

/** Weight of one mention as evidence that its region was visited; 0 for organiser homes and datelines. */
export function mentionWeight(
  sentence: Sentence,
  mention: RegionMention,
  firstBody: boolean,
  opensParagraph = false,
  /** Whether ORGANISER_BEFORE holds, when the caller has tested it already. */
  organiserHome?: boolean,
  /** Whether VISIT_BEFORE holds, when the caller has tested it already. */
  visitBefore?: boolean,
  context?: ArticleContext,
): number {
  const text = sentence.text;
  const before = text.slice(Math.max(0, mention.start - 120), mention.start);
  const after = text.slice(mention.end, mention.end + 60);
  if (organiserHome ?? ORGANISER_BEFORE.test(before)) return 0;
  if (firstBody && mention.start < 3 && DATELINE_AFTER.test(after)) return 0;
  if (opensParagraph && mention.start < 3 && LATE_DATELINE_AFTER.test(after)) return 0;
  if (HOMEWARD_BEFORE.test(before)) return 0;
  if (mention.form === 'bare' && SUBDISTRICT_BEFORE.test(before)) return 0;
  if (mention.form === 'bare' && (SPEAKER_BEFORE.test(before) || SPEAKER_AFTER.test(after))) return 0;
  if (mention.form === 'bare' && SKIP_BEFORE.test(before)) return 0.5;
  // "Wali Kota Bima Arya": a head of region followed by a name may be a person, not the region.
  if (mention.form === 'head' && /^\s+[A-Z]/.test(after) && !/^\s+H\.?\s/.test(after)) return 0.75;
  let weight = BASE[mention.form];
  const isTitle = sentence.source === 'title';
  if (isTitle) weight += 3;
  const words = sentenceWords(sentence, context);
  const visiting = isTitle || words.visit;
  if (visiting && !words.past && (visitBefore ?? VISIT_BEFORE.test(before)) && !OTHERS_BEFORE.test(before))
    weight += /\bdi(?: \w+)?\s+$/i.test(before) ? 2 : 3;
  if (CHOSEN_BEFORE.test(before) || CHOSEN_AFTER.test(after)) weight += 3;
  if (mention.form === 'head' && words.reception) weight += 3;
  return weight;
}

/**
 * Ranks the regions of an article as hosts and keeps those that stand out: a score of at least 3 and a
 * third of the best, or at least 5 where a visit verb names them; a province only when none of its
 * kabupaten/kota is kept or agencies name it.
 * `boosts` adds weight from outside (agencies that name their region).
 */
export function rankHostRegions(
  sentences: readonly Sentence[],
  mentions: readonly RegionMention[][],
  boosts: ReadonlyMap<string, number> = new Map(),
  context?: ArticleContext,
): HostCandidate[] {
  const byCode = new Map<string, HostCandidate>();
  const firstBody = sentences.findIndex((s) => s.source === 'text');
  // The organiser's home and the trainees' origin ("BKPSDM Kutim", "peserta dari …") are hosts only
  // where a visit verb names them ("studi lapangan ke …"), however often they recur.
  const home = new Set<string>();
  const visited = new Set<string>();
  sentences.forEach((sentence, k) => {
    const opensParagraph =
      sentence.source === 'text' && (k === 0 || sentences[k - 1].paragraph !== sentence.paragraph);
    (mentions[k] ?? []).forEach((mention, i) => {
      const before = sentence.text.slice(Math.max(0, mention.start - 120), mention.start);
      // "Kabupaten X, Provinsi Y": the province after one of its own regions is that region's address.
      const previous = (mentions[k] ?? [])[i - 1];
      const address =
        mention.region.kind === 'provinsi' &&
        previous !== undefined &&
        previous.region.code.startsWith(`${mention.region.code}.`) &&
        /^\s*,?\s*$/.test(sentence.text.slice(previous.end, mention.start));
      const organiserHome = ORGANISER_BEFORE.test(before);
      // Read once here for mentionWeight too (which never gets that far for an organiser's home).
      const visitBefore = !organiserHome && VISIT_BEFORE.test(before);
      if (organiserHome) home.add(mention.region.code);
      else if (
        visitBefore &&
        (!/\bdi\s+$/i.test(before) || VISIT_NOUN_AT.test(before)) &&
        sentenceWords(sentence, context).visit &&
        !sentenceWords(sentence, context).past
      )
        visited.add(mention.region.code);
      const weight = address
        ? 0
        : mentionWeight(
            sentence,
            mention,
            k === firstBody || k === 0,
            opensParagraph,
            organiserHome,
            visitBefore,
            context,
          );
      const entry = byCode.get(mention.region.code) ?? { region: mention.region, score: 0, best: null };
      entry.score += weight;
      if (weight > 0 && (!entry.best || weight > entry.best.weight))
        entry.best = { sentence, mention, weight };
      byCode.set(mention.region.code, entry);
    });
  });
  for (const [code, boost] of boosts) {
    const region = regionByCode(code);
    if (!region) continue;
    const entry = byCode.get(code) ?? { region, score: 0, best: null };
    entry.score += boost;
    byCode.set(code, entry);
  }
  const ranked = [...byCode.values()]
    .filter(
      (c) =>
        c.best &&
        (!home.has(c.region.code) || visited.has(c.region.code) || (boosts.get(c.region.code) ?? 0) >= 6),
    )
    .sort((a, b) => b.score - a.score);
  if (!ranked.length) return [];
  const top = ranked[0].score;
  // "melanjutkan kunjungan ke Pemerintah Kota X": a region the visit goes to stands, however much the
  // article says of another.
  const kept = ranked.filter(
    (c) => c.score >= Math.max(3, top / 3) || (visited.has(c.region.code) && c.score >= 5),
  );
  const hosts = kept.filter(
    (c) =>
      c.region.kind !== 'provinsi' ||
      (boosts.get(c.region.code) ?? 0) > 0 ||
      !kept.some((k) => k.region.kind !== 'provinsi' && k.region.code.startsWith(`${c.region.code}.`)),
  );
  return hosts.length ? hosts : [ranked[0]];
}
