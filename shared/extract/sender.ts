/**
 * Stage 4c, the sending government: where an article names no training institution, the government whose
 * officials the cohort is ("peserta Diklatpim Tingkat IV Angkatan ke-16 Pemerintah Kabupaten Kepulauan
 * Selayar", "40 pejabat administrator dari lingkup Pemerintah Provinsi Maluku") is the organiser. It reads
 * regions as written (a kind or government word before the name), never a bare name.
 */
import type { Sentence, Source } from './text.ts';
import type { ArticleContext } from './context.ts';
import { findRegionMentions } from './regions/index.ts';
import { anyOf } from './vocab/compile.ts';
import { LEVELS, PROGRAM_NAMES, TIER_WORDS } from './vocab/programs.ts';
import { STAFF_PEOPLE } from './vocab/people.ts';

// A program named, then its level, cohort and year: "Diklatpim Tingkat IV Angkatan XVIII Tahun 2018".
const PROGRAM = new RegExp(
  String.raw`\b${anyOf(Object.values(PROGRAM_NAMES).flat(), { spaces: 'any' })}\b`,
  'gi',
);
const PROGRAM_TAIL = new RegExp(
  String.raw`^(?:\s*\([^()]{1,30}\))?(?:\s*,?\s*(?:${anyOf(TIER_WORDS)}|angkatan|tahun|ke\s*-?|pola\s+baru|${anyOf(Object.keys(LEVELS))}|[ivxlc]+|\d{1,4})\b\.?)*(?:\s*,)?\s*(?:(?:dari|asal)\s+)?(?:lingkup\s+)?$`,
  'i',
);
// Trainees "dari lingkup Pemerintah Provinsi X", "asal Kabupaten Y".
const TRAINEES_FROM = new RegExp(
  String.raw`\b${anyOf(STAFF_PEOPLE)}\b[^.;]{0,50}?\b(?:dari|asal)\s+(?:lingkup\s+)?$`,
  'i',
);

// "Diklatpim IV yang diselenggarakan Pemerintah Kabupaten Buru": the government runs it itself.
const RUN_BY = /\b(?:diselenggarakan|dilaksanakan|digelar|diadakan)\s+(?:oleh\s+)?$/i;

/**
 * The government that sends the cohort, written as "Pemerintah Kabupaten X", with the sentence it is read in;
 * null where the article names none.
 * @example sendingGovernment(prepareSource('', 'Peserta PKP Angkatan I dari Kabupaten Berau tiba.'))?.name
 * // 'Pemerintah Kabupaten Berau'
 */
export function sendingGovernment(
  source: Source,
  context?: ArticleContext,
): { name: string; sentence: Sentence } | null {
  for (const sentence of source.sentences) {
    const text = sentence.text;
    const regions = findRegionMentions(text, [], context).filter(
      (m) => m.form === 'kind' || m.form === 'government',
    );
    if (!regions.length) continue;
    const programEnds: number[] = [];
    PROGRAM.lastIndex = 0;
    for (let m = PROGRAM.exec(text); m; m = PROGRAM.exec(text)) programEnds.push(m.index + m[0].length);
    for (const region of regions) {
      const before = text.slice(Math.max(0, region.start - 90), region.start);
      const afterProgram = programEnds.some(
        (end) => end <= region.start && PROGRAM_TAIL.test(text.slice(end, region.start)),
      );
      if (afterProgram || TRAINEES_FROM.test(before) || RUN_BY.test(before))
        return { name: `Pemerintah ${region.region.name}`, sentence };
    }
  }
  return null;
}
