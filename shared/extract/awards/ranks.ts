/**
 * What an award's sentence says around its name: the rank ("Top 45", "99 inovasi terbaik", "Juara I",
 * "Kategori Kabupaten", the "Terinovatif" title, "Finalis"), the year, and whether it was won or only wished for.
 */
import { anyOf, lookup } from '../vocab/compile.ts';
import {
  CATEGORY_WORDS,
  INTENT_WORDS,
  ORDINALS,
  OVERALL_WINNER,
  PLACE_WORDS,
  RANK_WORDS,
  WINNING_VERBS,
} from '../vocab/awards.ts';
import { EDGE_AFTER, EDGE_BEFORE, titleCase, type Found } from './names.ts';

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

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** The rank read in a window of the sentence: "Top 45", "Juara I", "Kategori Kabupaten", "Finalis". */
export function rankIn(text: string, from: number, to: number, found?: Found): Span | null {
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
export function yearIn(text: string, from: number, to: number, found: Found): Span | null {
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
export function saysWon(text: string, from: number, found: Found, rank: Span | null): boolean {
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
