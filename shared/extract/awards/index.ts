/**
 * Stage 8, awards: the awards and rankings the page says a region or an innovation won — KIPP's Top 99 /
 * Top 45, the Innovative Government Award, "Kabupaten Terinovatif", a province's own innovation contest,
 * other named innovation awards — each with its kind, year, rank, the innovation it went to where the page
 * says, and the sentence as evidence. Scouting ranks on them.
 *
 * Passes, per sentence: find the award names (names.ts, from vocab/awards.ts) → keep those the sentence
 * says were won (ranks.ts: a winning verb or a rank near the name, not a wish: "akan mengikuti KIPP",
 * "berhak mewakili … dalam KIPP") → read kind (a contest a province holds is `provincial`), rank, year and
 * innovation around the name → merge the sentences that tell of one award, and give it the innovation a
 * sentence after it names ("“X” masuk 99 inovasi terbaik").
 */
import type { Award } from '../../schema/locus-record.ts';
import type { ArticleContext } from '../context.ts';
import { findInnovations, type InnovationMention } from '../innovations/index.ts';
import { findRegionMentions } from '../regions/index.ts';
import { evidenceOf, type Sentence } from '../text.ts';
import { anyOf } from '../vocab/compile.ts';
import { CONTEST_HOLDING_VERBS } from '../vocab/awards.ts';
import { ANY_NAME, EDGE_BEFORE, EDGE_AFTER, awardNames, type Found } from './names.ts';
import { rankIn, saysWon, yearIn } from './ranks.ts';

// "KIPP Provinsi Jawa Timur", "Lomba Inovasi Daerah tingkat provinsi": the province holds the contest.
const PROVINCE_LEVEL = /^[^.,;]{0,40}?\btingkat\s+provinsi\b/i;
const PROVINCE_HOLDS = new RegExp(
  String.raw`^[^.;]{0,40}?${EDGE_BEFORE}${anyOf(CONTEST_HOLDING_VERBS)}${EDGE_AFTER}[^.;]{0,40}$`,
  'iu',
);

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
