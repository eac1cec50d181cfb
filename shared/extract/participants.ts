/**
 * Stage 4b, the trainees: sentences → the number of trainees ("diikuti oleh 28 peserta", "Sebanyak 40
 * peserta", "berjumlah 28 orang", "empat puluh (40) peserta"), adding up cohorts counted side by side and
 * never counting accompanying staff, hosts or a part of the count.
 */
import type { Source, Sentence } from './text.ts';
import { ACCOMPANYING_VERBS, STAFF_ROLES } from './vocab/people.ts';
import { VISIT_STEMS } from './vocab/visits.ts';
import { anyOf } from './vocab/compile.ts';
import { DIGIT_WORDS, ROUND_WORDS, SCALE_WORDS } from './vocab/numbers.ts';

const NUMBER_WORD = anyOf(Object.keys(DIGIT_WORDS));
const ROUND = anyOf(Object.keys(ROUND_WORDS));
const WORDS = String.raw`(?:${ROUND}|${NUMBER_WORD}\s*${anyOf(SCALE_WORDS)})(?:\s+(?:${NUMBER_WORD}\s*(?:puluh|belas)?|sepuluh|sebelas))*`;
const NUMBER_TOKEN = new RegExp(
  anyOf([...Object.keys(ROUND_WORDS), ...Object.keys(DIGIT_WORDS), ...SCALE_WORDS]),
  'g',
);
// The number, its spelling in brackets either way ("40 (empat puluh)", "empat puluh (40)"), the noun.
const COUNT = new RegExp(
  String.raw`(?<![\d.,/-])\b(\d{1,4}|${WORDS}|${NUMBER_WORD})\s*(?:\(\s*(?:\d+|[a-z][a-z ]{1,40}?)\s*\)\s*)?(orang\s+peserta|peserta|orang|pejabat|cpns|asn|pns|siswa|widyaiswara|pendamping|panitia|personel|staf)\b`,
  'gi',
);
// "Sebanyak 30 pejabat eselon II peserta Diklatpim …": the people counted are named as trainees just after.
// Only rank and role words may stand between: "30 pejabat yang menyambut peserta" are the hosts.
const HOSTING = /^\s*(?:yang\s+)?(?:menyambut|menerima|mendampingi|melayani|memandu|menjamu)\b/i;
const NAMED_TRAINEES_AFTER =
  /^(?:\s+(?:eselon|struktural|pengawas|administrator|fungsional|tingkat|[ivx]{1,4}|\d|a|b|yang|menjadi|sebagai|selaku|para)\b\.?){0,4}\s+peserta\b/i;
const STAFF = new RegExp(
  String.raw`\b${anyOf([...STAFF_ROLES, ...ACCOMPANYING_VERBS], { spaces: 'any' })}\b`,
  'i',
);
const TRAINEE_CONTEXT = new RegExp(
  anyOf(['peserta', 'diklat', 'pelatihan', 'latsar', 'cpns', 'diikuti', 'ikuti', ...VISIT_STEMS], {
    spaces: 'any',
  }),
  'i',
);
// "Peserta Diklatpim …, berjumlah 40 orang": the trainees the sentence opens on, counted at its end.
const TRAINEES_OPEN = new RegExp(String.raw`^\s*(?:para\s+|rombongan\s+)?peserta\b`, 'i');
const COUNTED = /\b(?:berjumlah|sebanyak|sejumlah|total)\s+$/i;
// "Rombongan Angkatan II … berkunjung. Setidaknya ada sebanyak 50 orang …": the group of the sentence before.
const GROUP_BEFORE = /\b(?:rombongan|peserta|angkatan)\b/i;
// "Makassar (Antara) - Sebanyak 30 orang pejabat asal …, melakukan studi banding": the count the
// sentence opens with (after a dateline) is its subject, so the whole sentence tells what they do.
const OPENS_SENTENCE = /^(?:[^–—-]{0,80}\s[–—-]\s*)?(?:sebanyak|sejumlah|tercatat|ada)?\s*$/i;
const STAFF_AFTER = new RegExp(String.raw`^\s*(?:orang\s+)?${anyOf(STAFF_ROLES, { spaces: 'any' })}\b`, 'i');

/** Reads "28", "dua puluh delapan", "sebelas". */
export function parseCount(written: string): number | null {
  if (/^\d+$/.test(written)) return Number(written);
  let total = 0;
  let current = 0;
  for (const token of written.toLowerCase().match(NUMBER_TOKEN) ?? []) {
    if (token === 'sepuluh') current += 10;
    else if (token === 'sebelas') current += 11;
    else if (token === 'seratus') current += 100;
    else if (token === 'puluh') current = (current || 1) * 10;
    else if (token === 'belas') current = (current || 1) + 10;
    else if (token === 'ratus') {
      total += (current || 1) * 100;
      current = 0;
    } else {
      total += current >= 10 && current % 10 === 0 ? current : 0;
      current = current >= 10 && current % 10 === 0 ? DIGIT_WORDS[token]! : current + DIGIT_WORDS[token]!;
    }
  }
  const n = total + current;
  return n > 0 ? n : null;
}

// "30 peserta PKP Angkatan I dan 25 peserta PKA Angkatan II": two cohorts on one trip, counted one after the other.
const JOINT_COUNT =
  /^([^.;]{0,60}?)(?:,\s*|\s+)(?:dan|serta|ditambah|juga)\s+(\d{1,4})\s*(?:orang\s+)?peserta\b/i;

const PART_OF = /^\s*(?:di\s*antaranya|perempuan|wanita|laki|pria|lainnya|sisanya|tersebut)\b/i;

/** The trainees of further cohorts counted right after the first count in the same sentence. */
function jointCohorts(text: string, first: RegExpExecArray): number {
  let extra = 0;
  let at = first.index + first[0].length;
  for (let m = JOINT_COUNT.exec(text.slice(at)); m && extra < 5000; m = JOINT_COUNT.exec(text.slice(at))) {
    // Staff counted between ("dan 5 orang panitia") or a count of hosts are no further cohort.
    // Staff counted between ("dan 5 orang panitia"), hosts, or a part of the first count ("dan 12 peserta
    // di antaranya perempuan") are no further cohort.
    const next = text.slice(at + m[0].length, at + m[0].length + 30);
    if (STAFF.test(m[1]!) || HOSTING.test(next) || PART_OF.test(next)) break;
    extra += Number(m[2]);
    at += m[0].length;
  }
  return extra;
}

/**
 * The number of trainees: "diikuti oleh 28 peserta", "Sebanyak 40 peserta", "berjumlah 28 orang" —
 * never "didampingi oleh Tim … sejumlah 12 orang". The first such count wins.
 */
export function extractParticipants(source: Source): { count: number; sentence: Sentence } | null {
  // A count of "peserta" beats one of "orang" (a "rombongan berjumlah 35 orang" includes the staff).
  let implicit: { count: number; sentence: Sentence } | null = null;
  for (const [k, s] of source.sentences.entries()) {
    COUNT.lastIndex = 0;
    for (let m = COUNT.exec(s.text); m; m = COUNT.exec(s.text)) {
      const noun = m[2]!.toLowerCase();
      const count = parseCount(m[1]!);
      // "seorang peserta", "salah satu peserta": one person singled out, never the size of a cohort.
      if (!count || count < 2 || count > 5000) continue;
      if (/widyaiswara|pendamping|panitia|personel|staf/.test(noun)) continue;
      const next = s.text.slice(m.index + m[0].length, m.index + m[0].length + 50);
      if (STAFF_AFTER.test(next) || HOSTING.test(next)) continue;
      // The clause the count sits in: from the last comma, "dan" or "serta" up to the number.
      const lead = s.text.slice(Math.max(0, m.index - 90), m.index);
      const clause = lead.split(/[,;]|\s(?:dan|serta|sedangkan)\s/).pop() ?? '';
      if (STAFF.test(clause) || /angkatan\s*$/i.test(lead)) continue;
      if (/peserta|cpns|siswa/.test(noun)) return { count: count + jointCohorts(s.text, m), sentence: s };
      if (
        noun !== 'orang' &&
        NAMED_TRAINEES_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 50))
      )
        return { count, sentence: s };
      // The rest of the clause the count opens: "40 pejabat … tengah mengikuti Study Lapangan".
      const rest = /^[^,;.]{0,120}/.exec(s.text.slice(m.index))![0];
      const previous = source.sentences[k - 1];
      if (
        !implicit &&
        (TRAINEE_CONTEXT.test(clause) ||
          TRAINEE_CONTEXT.test(rest) ||
          (OPENS_SENTENCE.test(s.text.slice(0, m.index)) && TRAINEE_CONTEXT.test(s.text)) ||
          (TRAINEES_OPEN.test(s.text) && COUNTED.test(lead)) ||
          (COUNTED.test(lead) &&
            previous?.paragraph === s.paragraph &&
            previous.source === s.source &&
            GROUP_BEFORE.test(previous.text)))
      )
        implicit = { count, sentence: s };
    }
  }
  return implicit;
}
