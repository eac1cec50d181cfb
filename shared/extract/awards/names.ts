/**
 * Award names by kind, as vocab/awards.ts lists them: KIPP and its Top lists, the Innovative Government
 * Award, "Kabupaten Terinovatif", named awards and contests. Finds them in a sentence, one per kind.
 */
import type { AwardKind } from '../../schema/locus-record.ts';
import { anyOf, prefilter } from '../vocab/compile.ts';
import { AWARDED_KINDS, AWARD_NAMES, CONTEST_WORDS, MOST_INNOVATIVE_WORDS } from '../vocab/awards.ts';

export const EDGE_BEFORE = String.raw`(?<![\p{L}\d])`;
export const EDGE_AFTER = String.raw`(?![\p{L}\d])`;
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
export const ANY_NAME = prefilter(
  AWARD_NAMES.kipp,
  AWARD_NAMES.iga,
  AWARD_NAMES.other,
  CONTEST_WORDS,
  MOST_INNOVATIVE_WORDS,
);

export const titleCase = (words: string) =>
  words
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

export interface Found {
  kind: AwardKind;
  start: number;
  end: number;
  contest: boolean;
  /** For "Kabupaten Terinovatif": the title as a rank. */
  title?: string;
}

/** The award names of a sentence: the first of each kind, none inside another's name. */
export function awardNames(text: string): Found[] {
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
