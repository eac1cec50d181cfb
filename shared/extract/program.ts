/**
 * Stage 3, the program: sentences → the training program (one of `PROGRAMS`) and the cohort
 * ("Angkatan XXVI"). Reads the ~20 ways articles spell a leadership program, leaving out remarks —
 * someone's past training, what trainees habitually do — that are not the article's program. It does
 * not look at who runs it (organiser.ts) or where the cohort went (loci.ts).
 */
import { PROGRAMS, type Evidence, type Program } from '../schema/locus-record.ts';
import type { ArticleContext } from './context.ts';
import { sentenceWithoutRemarks } from './remarks.ts';
import { anyOf, prefilter } from './vocab/compile.ts';
import { LEVELS, PROGRAM_NAMES, TIER_WORDS } from './vocab/programs.ts';

// PKN has two levels only.
const PKN_LEVELS = Object.keys(LEVELS).filter((word) => LEVELS[word]! <= 2);
import { evidenceOf, type Sentence, type Source } from './text.ts';

export interface ProgramFields {
  program: Program | null;
  cohortLabel: string | null;
  evidence: Record<string, Evidence>;
}

const LEVEL = `(${anyOf(Object.keys(LEVELS))})\\b`;
const TIER = String.raw`(?:\s*[-,]?\s*(?:${anyOf(TIER_WORDS)}\s*(?:ke\s*-?\s*)?)?)`;
const DIKLATPIM_HEAD = String.raw`(?:${anyOf(PROGRAM_NAMES.diklatpim)}|pim(?=\s*(?:tingkat|tk|iv|iii|ii|i)\b)|${anyOf(PROGRAM_NAMES.kepemimpinan, { spaces: 'any' })}(?!\s+(?:nasional|administrator|pengawas)))`;
const ACRONYM_GLOSS = String.raw`(?:\s*\(\s*${anyOf(PROGRAM_NAMES.diklatpim)}(?:\s*\w*)?\s*\))?`;
const ESELON = String.raw`(?:\s*(?:bagi|untuk)?\s*(?:para\s+)?(?:pejabat\s+)?(?:struktural\s+)?eselon\s+)`;

interface ProgramPattern {
  re: RegExp;
  /** Maps the level group (or its absence) to a program; null ignores the mention. */
  label: (level: number | null) => Program | null;
  /** A family mention without a level still says which family the article is about. */
  family: string;
}

function levelOf(word: string | undefined): number | null {
  return word ? (LEVELS[word.toLowerCase()] ?? null) : null;
}

/** A family's spellings as one case-blind pattern with its own word edges. */
const family = (names: readonly string[]) => anyOf(names, { spaces: 'any' });

const diklatpim = (level: number | null): Program | null =>
  level !== null && level >= 1 && level <= 4
    ? (`Diklatpim ${['I', 'II', 'III', 'IV'][level - 1]}` as Program)
    : null;

// Compiled once at module load; each is scanned over every sentence.
const PATTERNS: ProgramPattern[] = [
  {
    re: new RegExp(
      String.raw`\b${family(PROGRAM_NAMES.pkn)}(?:\s*\(\s*pkn\s*\))?${TIER}(?:(${anyOf(PKN_LEVELS)})\b)?`,
      'gi',
    ),
    label: (level) => (level === 1 ? 'PKN I' : 'PKN II'),
    family: 'pkn',
  },
  {
    re: new RegExp(String.raw`\b${family(PROGRAM_NAMES.pka)}\b`, 'gi'),
    label: () => 'PKA',
    family: 'pka',
  },
  {
    re: new RegExp(String.raw`\b${family(PROGRAM_NAMES.pkp)}\b`, 'gi'),
    label: () => 'PKP',
    family: 'pkp',
  },
  {
    re: new RegExp(String.raw`\b${family(PROGRAM_NAMES.latsar)}\b`, 'gi'),
    label: () => 'Latsar CPNS',
    family: 'latsar',
  },
  {
    re: new RegExp(`\\b${DIKLATPIM_HEAD}${ACRONYM_GLOSS}(?:${ESELON}|${TIER})${LEVEL}`, 'gi'),
    label: diklatpim,
    family: 'diklatpim',
  },
  // Only the word Diklatpim itself ("Diklat PIM", "Dikpim") says which family a levelless mention is;
  // a bare "pelatihan kepemimpinan" may be any of them, or none.
  {
    re: new RegExp(String.raw`\b${family(PROGRAM_NAMES.diklatpim)}\b`, 'gi'),
    label: () => null,
    family: 'diklatpim',
  },
  { re: new RegExp(`\\b${DIKLATPIM_HEAD}\\b`, 'gi'), label: () => null, family: 'kepemimpinan' },
];
// Every pattern above holds one of these words (the patterns are ASCII and case-blind, so this one scan,
// case-blind the same way, finds one in any text they match): a sentence with none is not scanned.
const PROGRAM_WORD = prefilter(Object.values(PROGRAM_NAMES).flat(), ['pim']);
// "pejabat eselon IV" names the level only where the sentence is about training.
const ESELON_ALONE = new RegExp(`\\b(?:pejabat\\s+)?(?:struktural\\s+)?eselon\\s+${LEVEL}`, 'gi');
const NOT_PROGRAM = /(?:dinas|bidang|kantor|seksi|permukiman|pertanahan|kawasan)\W*\(?\s*$/i;
const TRAINING = /diklat|pelatihan|peserta|kepemimpinan/i;
const COHORT = /\b(?:angkatan|angk\.)[ \t]*(?:ke[ \t]*-?[ \t]*)?([ivxlc]+|\d{1,3})\b/gi;
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanValue(roman: string): number {
  let n = 0;
  const r = roman.toLowerCase();
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN[r[i]!]!;
    const next = ROMAN[r[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/**
 * The program the article is about, by weighted vote over its mentions (the headline counts thrice).
 * @example extractProgram(prepareSource('Peserta Diklat PIM Tk. IV ke Bandung', '')).program // 'Diklatpim IV'
 */
export function extractProgram(source: ArticleContext): ProgramFields {
  const votes = new Map<Program, { weight: number; sentence: Sentence }>();
  const families = new Map<string, { weight: number; sentence: Sentence }>();
  const vote = <K>(map: Map<K, { weight: number; sentence: Sentence }>, key: K, s: Sentence) => {
    const weight = s.source === 'title' ? 3 : 1;
    const entry = map.get(key);
    if (entry) entry.weight += weight;
    else map.set(key, { weight, sentence: s });
  };
  for (const s of source.sentences) {
    // A headline names its own story; in the body a remark's mentions do not vote.
    const text = s.source === 'title' ? s.text : sentenceWithoutRemarks(s, source);
    const taken: [number, number][] = [];
    // Most sentences name no program: seven scans are spared where none of their words occurs.
    for (const pattern of PROGRAM_WORD.test(text) ? PATTERNS : []) {
      pattern.re.lastIndex = 0;
      for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
        const end = m.index + m[0].length;
        if (taken.some(([a, b]) => m!.index < b && end > a)) continue;
        // "Dinas PKP", "Perumahan dan Kawasan Permukiman (PKP)" name an agency, not a program.
        if (/^p/i.test(m[0]) && NOT_PROGRAM.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        // "guru PKn", "nilai PKn": the school's civics lesson, written with a small n and no level.
        if (/^PKn$/.test(m[0].trim())) continue;
        taken.push([m.index, end]);
        vote(families, pattern.family, s);
        const label = pattern.label(levelOf(m[1]));
        if (label) vote(votes, label, s);
      }
    }
    if (TRAINING.test(text)) {
      ESELON_ALONE.lastIndex = 0;
      for (let m = ESELON_ALONE.exec(text); m; m = ESELON_ALONE.exec(text)) {
        if (taken.some(([a, b]) => m!.index < b && m!.index >= a)) continue;
        const label = diklatpim(levelOf(m[1]));
        if (label) vote(votes, label, s);
      }
    }
  }
  const evidence: Record<string, Evidence> = {};
  let program: Program | null = null;
  let best = 0;
  for (const [label, { weight, sentence }] of votes) {
    if (weight > best) {
      best = weight;
      program = label;
      evidence.program = evidenceOf(sentence);
    }
  }
  if (!program) {
    // A family named without its level: the commonest level is the likeliest reading.
    const fallback: Record<string, Program> = { diklatpim: 'Diklatpim IV', pkn: 'PKN II' };
    for (const [family, { sentence }] of families) {
      if (fallback[family]) {
        program = fallback[family]!;
        evidence.program = evidenceOf(sentence);
        break;
      }
    }
  }
  const cohort = extractCohort(source);
  if (cohort) evidence.cohortLabel = evidenceOf(cohort.sentence);
  return {
    program: PROGRAMS.includes(program as Program) ? program : null,
    cohortLabel: cohort?.label ?? null,
    evidence,
  };
}

/**
 * The first cohort named ("Angkatan XXVI", "angkatan 51", "Angkatan ke-3", "Angk. 12"), headline first.
 * Read over the whole headline and body rather than sentence by sentence, so that a dot the sentence
 * splitter took for a full stop ("Angk. 12") cannot cut the cohort off its number.
 * @example extractCohort(prepareSource('', 'Diklatpim III angkatan xxvi tiba.'))?.label // 'Angkatan XXVI'
 */
export function extractCohort(source: Source): { label: string; sentence: Sentence } | null {
  for (const [kind, text] of [
    ['title', source.title],
    ['text', source.text],
  ] as const) {
    COHORT.lastIndex = 0;
    for (let m = COHORT.exec(text); m; m = COHORT.exec(text)) {
      const written = m[1]!;
      const numeric = /^\d+$/.test(written);
      const value = numeric ? Number(written) : romanValue(written);
      // "angkatan 2019" is a year, "angkatan di" is not a numeral.
      if (value < 1 || value > 300) continue;
      if (!numeric && romanValue(written.toUpperCase()) !== value) continue;
      const at = m.index;
      const sentence = source.sentences.find((s) => s.source === kind && s.start <= at && at < s.end);
      if (!sentence) continue;
      return { label: `Angkatan ${numeric ? String(value) : written.toUpperCase()}`, sentence };
    }
  }
  return null;
}
