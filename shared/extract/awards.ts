/**
 * Stage 8, awards: the awards and rankings the page says a region or an innovation won — KIPP's Top 99 /
 * Top 45, the Innovative Government Award, "Kabupaten Terinovatif", a province's own innovation contest,
 * other named innovation awards — each with its kind, year, rank, the innovation it went to where the page
 * says, and the sentence as evidence. Scouting ranks on them.
 *
 * Passes, per sentence: find the award names (vocab/awards.ts) → keep those the sentence says were won (a
 * winning verb or a rank near the name, not a wish: "akan mengikuti KIPP", "berhak mewakili … dalam KIPP")
 * → read kind (a contest a province holds is `provincial`), rank, year and innovation around the name →
 * merge the sentences that tell of one award, and give it the innovation a sentence after it names
 * ("“X” masuk 99 inovasi terbaik").
 */
import type { Award, AwardKind } from '../schema/locus-record.ts';
import type { ArticleContext } from './context.ts';
import { findInnovations, type InnovationMention } from './innovations/index.ts';
import { findRegionMentions } from './regions/index.ts';
import { evidenceOf, type Sentence } from './text.ts';
import { anyOf, lookup, prefilter } from './vocab/compile.ts';
import {
  AWARDED_KINDS,
  AWARD_NAMES,
  CATEGORY_WORDS,
  CONTEST_WORDS,
  CONTEST_HOLDING_VERBS,
  INTENT_WORDS,
  MOST_INNOVATIVE_WORDS,
  ORDINALS,
  OVERALL_WINNER,
  PLACE_WORDS,
  RANK_WORDS,
  WINNING_VERBS,
} from './vocab/awards.ts';

const EDGE_BEFORE = String.raw`(?<![\p{L}\d])`;
const EDGE_AFTER = String.raw`(?![\p{L}\d])`;
const isAcronym = (name: string) => /^[A-Z]{2,6}$/.test(name);

/**
 * A table's names as patterns: acronyms as written ("IGA", never "iga"), other names in any case. (Two
 * patterns, not one with an inline case modifier, which older browsers lack.)
 */
function compile(names: readonly string[]): RegExp[] {
  const acronyms = names.filter(isAcronym);
  const words = names.filter((name) => !isAcronym(name));
  return [
    ...(words.length
      ? [new RegExp(`${EDGE_BEFORE}${anyOf(words, { spaces: 'any' })}${EDGE_AFTER}`, 'giu')]
      : []),
    ...(acronyms.length ? [new RegExp(`${EDGE_BEFORE}${anyOf(acronyms)}${EDGE_AFTER}`, 'gu')] : []),
  ];
}

const MOST_INNOVATIVE = new RegExp(
  String.raw`${EDGE_BEFORE}(?:(${anyOf(AWARDED_KINDS)})\s+)?${anyOf(MOST_INNOVATIVE_WORDS, { spaces: 'any' })}${EDGE_AFTER}`,
  'giu',
);
/** `contest`: a contest's words ("lomba inovasi"), which name an award only when written as a name or ranked. */
const NAMED: readonly { kind: AwardKind; patterns: RegExp[]; contest?: boolean }[] = [
  { kind: 'kipp', patterns: compile(AWARD_NAMES.kipp) },
  { kind: 'iga', patterns: compile(AWARD_NAMES.iga) },
  { kind: 'terinovatif', patterns: [MOST_INNOVATIVE] },
  { kind: 'other', patterns: compile(AWARD_NAMES.other) },
  { kind: 'other', patterns: compile(CONTEST_WORDS), contest: true },
];
// Every award name holds one of these words: a sentence with none is skipped at once.
const ANY_NAME = prefilter(
  AWARD_NAMES.kipp,
  AWARD_NAMES.iga,
  AWARD_NAMES.other,
  CONTEST_WORDS,
  MOST_INNOVATIVE_WORDS,
);

const TOP = /(?<![\p{L}\d])top\s*(\d{1,3})(?!\d)/iu;
// "masuk 99 inovasi terbaik", "45 besar": a Top N in words.
const TOP_IN_WORDS =
  /(?<![\p{L}\d])(\d{1,3})\s+(?:besar|(?:inovasi\s+)?(?:pelayanan\s+publik\s+)?terbaik)\b/iu;
const PLACE = new RegExp(
  String.raw`${EDGE_BEFORE}(${anyOf(PLACE_WORDS, { spaces: 'any' })})\s+(?:ke\s*-?\s*)?(${anyOf(Object.keys(ORDINALS))}|\d)${EDGE_AFTER}`,
  'iu',
);
const OVERALL = new RegExp(
  String.raw`${EDGE_BEFORE}${anyOf(OVERALL_WINNER, { spaces: 'any' })}${EDGE_AFTER}`,
  'iu',
);
const ordinal = lookup(ORDINALS);
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const CATEGORY = new RegExp(
  String.raw`${EDGE_BEFORE}${anyOf(CATEGORY_WORDS)}\s+(\p{L}[\p{L}-]*(?:\s+(?:dan\s+)?\p{Lu}[\p{L}-]*){0,3})`,
  'iu',
);
const FINALIST = /(?<![\p{L}\d])(?:finalis|nominator|nominasi)(?![\p{L}\d])/iu;
const WON = new RegExp(
  String.raw`${EDGE_BEFORE}(?:${anyOf(WINNING_VERBS)}|${anyOf(RANK_WORDS)}|${anyOf(PLACE_WORDS)})${EDGE_AFTER}`,
  'giu',
);
const INTENT = new RegExp(String.raw`${EDGE_BEFORE}${anyOf(INTENT_WORDS)}${EDGE_AFTER}`, 'giu');
const YEAR = /(?<![\p{L}\d/.-])(199\d|20\d\d)(?![\d/-]|[.,]\d)/gu;
// "KIPP Provinsi Jawa Timur", "Lomba Inovasi Daerah tingkat provinsi": the province holds the contest.
const PROVINCE_LEVEL = /^[^.,;]{0,40}?\btingkat\s+provinsi\b/i;
const PROVINCE_HOLDS = new RegExp(
  String.raw`^[^.;]{0,40}?${EDGE_BEFORE}${anyOf(CONTEST_HOLDING_VERBS)}${EDGE_AFTER}[^.;]{0,40}$`,
  'iu',
);

const titleCase = (words: string) =>
  words
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

interface Found {
  kind: AwardKind;
  start: number;
  end: number;
  contest: boolean;
  /** For "Kabupaten Terinovatif": the title as a rank. */
  title?: string;
}

/** The award names of a sentence: the first of each kind, none inside another's name. */
function awardNames(text: string): Found[] {
  const all: Found[] = [];
  for (const { kind, patterns, contest } of NAMED)
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        let end = m.index + m[0].length;
        // "Innovative Government Award (IGA) 2023": the acronym in brackets belongs to the name.
        const bracket = /^\s*\(\s*[A-Z]{2,6}\s*\)/.exec(text.slice(end));
        if (bracket) end += bracket[0].length;
        const title = kind === 'terinovatif' && m[1] ? titleCase(m[0]) : undefined;
        all.push({ kind, start: m.index, end, contest: !!contest, ...(title ? { title } : {}) });
      }
    }
  // Of two names that overlap, the award's own name beats a contest's words ("penghargaan Inovasi Award"),
  // and the longer beats the shorter.
  const beats = (g: Found, f: Found) =>
    f.contest !== g.contest ? !g.contest : g.end - g.start > f.end - f.start;
  const outside = all.filter(
    (f) => !all.some((g) => g !== f && g.start < f.end && g.end > f.start && beats(g, f)),
  );
  const first = new Map<AwardKind, Found>();
  for (const f of outside.sort((a, b) => a.start - b.start)) if (!first.has(f.kind)) first.set(f.kind, f);
  // "kabupaten terinovatif … Innovative Government Award": the title is what the award gave.
  if (first.has('terinovatif')) first.delete('iga');
  return [...first.values()];
}

interface Span {
  text: string;
  start: number;
  end: number;
}

/** The rank read in a window of the sentence: "Top 45", "Juara I", "Kategori Kabupaten", "Finalis". */
function rankIn(text: string, from: number, to: number, found?: Found): Span | null {
  const window = text.slice(from, to);
  const at = (m: RegExpExecArray, rank: string): Span => ({
    text: rank,
    start: from + m.index,
    end: from + m.index + m[0].length,
  });
  const top = TOP.exec(window) ?? TOP_IN_WORDS.exec(window);
  if (top) return at(top, `Top ${Number(top[1])}`);
  const overall = OVERALL.exec(window);
  if (overall) return at(overall, titleCase(overall[0].toLowerCase()));
  const place = PLACE.exec(window);
  const n = place ? (ordinal(place[2]!) ?? Number(place[2])) : 0;
  if (place && n >= 1 && n <= 10) return at(place, `${titleCase(place[1]!.toLowerCase())} ${ROMAN[n - 1]}`);
  const category = CATEGORY.exec(window);
  if (category) return at(category, `Kategori ${titleCase(category[1]!)}`);
  if (found?.title) return { text: found.title, start: found.start, end: found.end };
  const finalist = FINALIST.exec(window);
  return finalist ? at(finalist, 'Finalis') : null;
}

/** The year nearest the award's name in its window, one after the name first ("KIPP 2021", "IGA Tahun 2023"). */
function yearIn(text: string, from: number, to: number, found: Found): Span | null {
  let best: Span | null = null;
  let distance = Infinity;
  const window = text.slice(from, to);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(window); m; m = YEAR.exec(window)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const d = start >= found.end ? start - found.end : (found.start - end) * 2;
    if (d >= 0 && d < distance) {
      distance = d;
      best = { text: m[0], start, end };
    }
  }
  return best;
}

/** Whether the window says the award was won, by a winning verb or rank word no wish word comes before. */
function saysWon(text: string, from: number, found: Found, rank: Span | null): boolean {
  const window = text.slice(from, Math.min(text.length, found.end + 60));
  const wins: number[] = [];
  WON.lastIndex = 0;
  for (let m = WON.exec(window); m; m = WON.exec(window)) {
    // "Innovative Government Award": the name's own words say nothing was won.
    const at = from + m.index;
    if (at < found.start || at >= found.end) wins.push(at);
  }
  // A rank counts, but not the title the name itself gives ("salah satu kabupaten terinovatif").
  if (rank && rank.start !== found.start) wins.push(rank.start);
  const intents: number[] = [];
  INTENT.lastIndex = 0;
  for (let m = INTENT.exec(window); m; m = INTENT.exec(window)) intents.push(from + m.index);
  // "berhak mewakili Kalbar dalam KIPP": a wish right before the name, no win between.
  const lastIntent = Math.max(-1, ...intents.filter((i) => i < found.start && found.start - i <= 50));
  if (lastIntent >= 0 && !wins.some((w) => w > lastIntent && w < found.start)) return false;
  // A win word counts unless a wish stands shortly before it: "menargetkan masuk Top 45".
  return wins.some((w) => !intents.some((i) => i < w && w - i <= 30));
}

/** Whether a province holds the contest: "tingkat provinsi", or a province named with the contest's name. */
function heldByProvince(text: string, found: Found, context?: ArticleContext): boolean {
  if (PROVINCE_LEVEL.test(text.slice(found.end))) return true;
  return findRegionMentions(text, [], context).some(
    (m) =>
      m.region.kind === 'provinsi' &&
      ((m.start >= found.end &&
        /^[\s(]*(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:[Tt]ingkat\s+)?(?:[Pp]rovinsi\s+)?$/u.test(
          text.slice(found.end, m.start),
        )) ||
        (m.end <= found.start &&
          (/^\s*$/.test(text.slice(m.end, found.start)) ||
            (m.form !== 'bare' && PROVINCE_HOLDS.test(text.slice(m.end, found.start)))))),
  );
}

/** The innovation nearest a span of the sentence (within 120 characters). */
function nearestInnovation(
  innovations: readonly InnovationMention[],
  start: number,
  end: number,
): string | null {
  const nearest = innovations
    .map((i) => ({ i, d: i.start >= end ? i.start - end : i.end <= start ? start - i.end : 0 }))
    .filter(({ d }) => d <= 120)
    .sort((a, b) => a.d - b.d)[0]?.i;
  return nearest ? nearest.name.slice(0, 200) : null;
}

/** Whether the words between a name and its rank or year keep them in one phrase: "Top 45 KIPP 2023". */
const onePhrase = (between: string, most: number) => between.length <= most && !/[,.;:()]/.test(between);

function awardsOf(sentence: Sentence, context?: ArticleContext): Award[] {
  const text = sentence.text;
  const awards: Award[] = [];
  let innovations: InnovationMention[] | null = null;
  for (const found of awardNames(text)) {
    const from = Math.max(0, found.start - 80);
    const before = text.slice(from, found.start);
    const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
    const windowStart = stop >= 0 ? from + stop + 2 : from;
    const windowEnd = Math.min(text.length, found.end + 60);
    const rank = rankIn(text, windowStart, windowEnd, found);
    // "lomba inovasi daerah" counts as a named award when written as one or ranked: "Lomba Inovasi Daerah".
    if (found.contest && !/^\p{Lu}/u.test(text.slice(found.start)) && !rank) continue;
    if (!saysWon(text, windowStart, found, rank)) continue;
    const year = yearIn(text, windowStart, windowEnd, found);
    let kind = found.kind;
    if ((kind === 'kipp' || kind === 'other') && heldByProvince(text, found, context)) kind = 'provincial';
    let start = found.start;
    let end = found.end;
    // A rank up to a few words away, a year right beside the name ("KIPP Tahun 2021", "2023 IGA").
    for (const [part, most] of [
      [rank, 30],
      [year, 10],
    ] as const)
      if (part && part.end <= start && onePhrase(text.slice(part.end, start), most)) start = part.start;
      else if (part && part.start >= end && onePhrase(text.slice(end, part.start), most)) end = part.end;
    // "… Pelayanan Publik (Top 99 Inovasi Kelompok Umum)": a bracket opened in the phrase closes in it.
    const close = /^[^()]{0,40}\)/.exec(text.slice(end));
    if (close && text.slice(start, end).split('(').length > text.slice(start, end).split(')').length)
      end += close[0].length;
    innovations ??= findInnovations(text, sentence.source === 'title');
    awards.push({
      kind,
      year: year ? Number(year.text) : null,
      text: text.slice(start, end).replace(/\s+/g, ' ').trim().slice(0, 300),
      rank: rank?.text ?? null,
      innovation: nearestInnovation(innovations, start, end),
      evidence: evidenceOf(sentence),
    });
  }
  return awards;
}

/** Whether two readings tell of one award: same kind, and no year, rank or innovation that differs. */
function sameAward(a: Award, b: Award): boolean {
  const agree = <T>(x: T | null | undefined, y: T | null | undefined) => x == null || y == null || x === y;
  return (
    a.kind === b.kind && agree(a.year, b.year) && agree(a.rank, b.rank) && agree(a.innovation, b.innovation)
  );
}

/**
 * A sentence after an award's that names no award but ranks an innovation ("“X” masuk 99 inovasi
 * terbaik nasional"): the rank and the innovation it went to.
 */
function rankedInnovation(sentence: Sentence): { rank: string; innovation: string } | null {
  const text = sentence.text;
  const rank = rankIn(text, 0, text.length);
  if (
    !rank ||
    rank.text === 'Finalis' ||
    !saysWon(text, 0, { kind: 'other', start: rank.start, end: rank.end, contest: false }, rank)
  )
    return null;
  const innovation = nearestInnovation(findInnovations(text), rank.start, rank.end);
  return innovation ? { rank: rank.text, innovation } : null;
}

/**
 * The awards the article says were won, each once, at most twenty.
 * @example extractAwards(prepareSource('', 'Inovasi Sapa Warga masuk Top 45 KIPP 2023.'))[0]
 * // { kind: 'kipp', year: 2023, text: 'Top 45 KIPP 2023', rank: 'Top 45', innovation: 'Sapa Warga', … }
 */
export function extractAwards(source: ArticleContext): Award[] {
  const merged: Award[] = [];
  let last: { award: Award; at: number } | null = null;
  for (const [k, sentence] of source.sentences.entries()) {
    const found = ANY_NAME.test(sentence.text) ? awardsOf(sentence, source) : [];
    for (const award of found) {
      const same = merged.find((m) => sameAward(m, award));
      if (!same) merged.push(award);
      else {
        same.year ??= award.year;
        same.rank ??= award.rank;
        same.innovation ??= award.innovation;
      }
      last = { award: same ?? award, at: k };
    }
    if (found.length || !last || last.award.innovation || k - last.at > 2) continue;
    const ranked = rankedInnovation(sentence);
    if (ranked && (last.award.rank == null || last.award.rank === ranked.rank)) {
      last.award.rank ??= ranked.rank;
      last.award.innovation = ranked.innovation;
    }
  }
  return merged.slice(0, 20);
}
