/**
 * Remarks a sentence makes that are not the article's program or visit: someone's past training ("alumni
 * PKN II", "yang tahun lalu menyelesaikan Diklatpim III di …") and what trainees habitually do ("kerap
 * dijadikan lokus benchmarking oleh peserta PKA"). The program, the gate and the organiser read around them.
 */
import { memo, recall, type ArticleContext } from './context.ts';
import type { Sentence } from './text.ts';
import { anyOf, prefilter } from './vocab/compile.ts';
import { ALUMNI_WORDS, COMPLETED_VERBS, HABIT_WORDS, ONCE_WORDS, TOOK_PART_VERBS } from './vocab/remarks.ts';

// "yang tahun lalu baru menyelesaikan Diklatpim III di …", "alumni PKN II", "pernah mengikuti PKA":
// a person's past training, told about them, not the training the article follows.
const PAST_TRAINING = new RegExp(
  [
    String.raw`\b${anyOf(ALUMNI_WORDS)}\b`,
    String.raw`\b${anyOf(ONCE_WORDS)}\s+(?:\w+\s+){0,2}?${anyOf(TOOK_PART_VERBS, { spaces: 'any' })}\b`,
    String.raw`\b(?:tahun\s+lalu|tahun\s+(?:19|20)\d{2}|pada\s+(?:19|20)\d{2}|sebelumnya|silam|beberapa\s+(?:waktu|tahun|bulan)\s+(?:lalu|silam))\s*,?\s+(?:\w+\s+){0,2}?${anyOf([...TOOK_PART_VERBS, ...COMPLETED_VERBS], { spaces: 'any' })}\b`,
    String.raw`\byang\s+(?:baru\s+(?:saja\s+)?|telah\s+|sudah\s+)${anyOf(COMPLETED_VERBS)}\b`,
  ].join('|'),
  'gi',
);
// "kerap dijadikan lokus benchmarking oleh peserta PKA": what trainees habitually do, no visit of the article's.
const HABITUAL = new RegExp(String.raw`\b${anyOf(HABIT_WORDS, { spaces: 'any' })}\b`, 'i');
// A word every HABITUAL reading holds: a plain scan for them (no word edges) skips ahead and turns
// away nearly every sentence before the full pattern is tried.
const HABITUAL_STEM = prefilter(HABIT_WORDS);
// Every PAST_TRAINING reading needs one of these words: most sentences have none.
const PAST_TRAINING_WORD = prefilter(ALUMNI_WORDS, TOOK_PART_VERBS, COMPLETED_VERBS);
// The clause a past training is told in ends at a comma, a semicolon or the sentence's end.
const CLAUSE_END = /[,;]|\s(?:sedangkan|sementara|namun|tetapi)\s/;

/**
 * The clauses of a sentence that tell of someone's past training ("…, yang pernah mengikuti Diklatpim
 * III di Badan Diklat X, …"): program mentions and institutions inside them are not the article's.
 * @example pastTrainingSpans('Direktur RS, yang pernah mengikuti Diklatpim III, menerima rombongan.') // [[18, 48]]
 */
function pastTrainingSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!PAST_TRAINING_WORD.test(text)) return spans;
  PAST_TRAINING.lastIndex = 0;
  for (let m = PAST_TRAINING.exec(text); m; m = PAST_TRAINING.exec(text)) {
    // "peserta yang telah menyelesaikan PKA …" are the article's own trainees finishing.
    if (/^yang/i.test(m[0]) && /\bpeserta\b[^,.]{0,40}$/i.test(text.slice(0, m.index))) continue;
    const rest = text.slice(m.index + m[0].length);
    const stop = CLAUSE_END.exec(rest);
    const end = m.index + m[0].length + (stop ? stop.index : rest.length);
    spans.push([m.index, end]);
    PAST_TRAINING.lastIndex = end;
  }
  return spans;
}

/** Whether a sentence tells what trainees habitually do ("kerap dikunjungi peserta PKA") rather than a visit. */
export function isHabitual(text: string): boolean {
  return HABITUAL_STEM.test(text) && HABITUAL.test(text);
}

// The program, the gate and the organiser each read a body sentence without its remarks: the remarks
// are found once per sentence of the article.
const PAST_SPANS = memo('past-training spans', (sentence: Sentence) => pastTrainingSpans(sentence.text));
const REMARKLESS = memo('remarkless sentence', (sentence: Sentence, context) =>
  // Most body sentences hold neither a habit's nor a past training's stem: one scan for both spares two.
  !REMARK_STEM.test(sentence.text)
    ? sentence.text
    : isHabitual(sentence.text)
      ? ' '.repeat(sentence.text.length)
      : blank(sentence.text, pastTrainingSpansOf(sentence, context)),
);
const REMARK_STEM = new RegExp(`${HABITUAL_STEM.source}|${PAST_TRAINING_WORD.source}`, 'i');

/** `pastTrainingSpans` of a sentence, read once per article however many stages ask. */
export function pastTrainingSpansOf(sentence: Sentence, context?: ArticleContext): [number, number][] {
  return recall(context, PAST_SPANS, sentence);
}

/** `withoutRemarks` of a sentence, read once per article however many stages ask. */
export function sentenceWithoutRemarks(sentence: Sentence, context?: ArticleContext): string {
  return recall(context, REMARKLESS, sentence);
}

/** Blanks the spans of a text, keeping its length. */
export function blank(text: string, spans: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of spans) {
    out += text.slice(at, a) + ' '.repeat(b - a);
    at = b;
  }
  return out + text.slice(at);
}
