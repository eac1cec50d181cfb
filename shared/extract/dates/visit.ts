/**
 * Which written dates are the visit's: dates in sentences that speak of the visit (or of the trainees at
 * work), not of the training's ceremonies or of history; ranges first, with a stated length filling a
 * missing end.
 */
import type { Evidence } from '../../schema/locus-record.ts';
import type { ArticleContext } from '../context.ts';
import { evidenceOf, type Sentence } from '../text.ts';
import { dayNumber, fromDayNumber, resolveMention, weekdayMatches } from './calendar.ts';
import type { DateMention } from './forms.ts';
import { holds, isPastEvent } from './years.ts';
import { anyOf } from '../vocab/compile.ts';
import { DIGIT_WORDS } from '../vocab/numbers.ts';
import { PROGRAM_SHORT_NAMES, TRAINING_NOUNS } from '../vocab/programs.ts';
import {
  ARRIVAL_WORDS,
  CEREMONY_WORDS,
  GROUP_WORDS,
  HELD_VERBS,
  HOLDING_VERBS,
  LEARNING_WORDS,
  MOVE_VERBS,
  RECEIVED_WORDS,
  RECEIVING_WORDS,
  VISIT_STEMS,
  VISIT_VERBS,
} from '../vocab/visits.ts';

// Words that put a date on the visit itself.
const VISIT = new RegExp(
  anyOf(
    [
      ...VISIT_STEMS,
      ...VISIT_VERBS,
      ...MOVE_VERBS,
      ...ARRIVAL_WORDS,
      ...RECEIVED_WORDS,
      ...RECEIVING_WORDS,
      ...LEARNING_WORDS,
    ],
    { spaces: 'any' },
  ),
  'i',
);
// Verbs that date any event: the visit's only when the sentence is not about the training or its ceremonies.
const HAPPENED = new RegExp(anyOf([...HELD_VERBS, ...HOLDING_VERBS]), 'i');
const NOT_THE_VISIT = new RegExp(
  String.raw`\b${anyOf(CEREMONY_WORDS)}\b|\b${anyOf([...TRAINING_NOUNS, ...PROGRAM_SHORT_NAMES])}\b(?:\s+[\w.-]+){0,6}?\s+(?:ini\s+|itu\s+)?${anyOf(HELD_VERBS)}\b`,
  'i',
);
// "mulai 12 Juni 2023 selama tiga hari": the end is implied by the length.
const COUNT = `(\\d{1,2}|${anyOf(Object.keys(DIGIT_WORDS))})`;
const DURATION = new RegExp(String.raw`^[^.]{0,60}?\bselama\s+${COUNT}\s+hari\b`, 'i');
// "selama 4 hari mulai 11 September 2018": the length told before the first day.
const DURATION_BEFORE = new RegExp(
  String.raw`\bselama\s+${COUNT}\s+hari\s+(?:(?:yang\s+)?(?:dimulai|mulai|sejak|terhitung)\s+)?(?:(?:hari|tanggal|tgl\.?)\s+)?$`,
  'i',
);

// "Di Puskesmas Sobo peserta mempelajari …, Selasa (10/4)": the trainees at work, likely on the visit.
const TRAINEES = new RegExp(String.raw`\b${anyOf(GROUP_WORDS)}\b`, 'i');

/**
 * How surely a sentence dates the visit rather than the training or something else: 0 it names the
 * visit, 1 it tells of the trainees doing something, null it does not date the visit.
 */
function visitContext(sentence: Sentence, context?: ArticleContext): 0 | 1 | null {
  if (holds(sentence, VISIT, context)) return 0;
  if (holds(sentence, NOT_THE_VISIT, context)) return null;
  if (holds(sentence, HAPPENED, context)) return 0;
  return holds(sentence, TRAINEES, context) ? 1 : null;
}

/**
 * The visit's start and end among the article's date mentions, with the sentences they were read in.
 * `published` is the mention that gave the publication date; `year` and `publishedAt` resolve the rest.
 */
export function visitDates(
  mentions: readonly DateMention[],
  published: DateMention | null,
  year: number | null,
  publishedAt: string | null,
  context?: ArticleContext,
): { startDate: string | null; endDate: string | null; evidence: Record<string, Evidence> } {
  const evidence: Record<string, Evidence> = {};
  type Candidate = { mention: DateMention; start: string; end: string | null; rank: number };
  const candidates: Candidate[] = [];
  for (const m of mentions) {
    if (m === published || (m.sentence.source === 'title' && !m.from)) continue;
    const visit = isPastEvent(m, context) ? null : visitContext(m.sentence, context);
    if (visit === null) continue;
    const resolved = resolveMention(m, year, publishedAt);
    if (!resolved) continue;
    // A visit lasts days; "5 Mei hingga 20 Juli" is the whole training.
    if (resolved.end && dayNumber(resolved.end) - dayNumber(resolved.start) > 14) continue;
    const days =
      DURATION.exec(m.sentence.text.slice(m.end, m.end + 80)) ??
      DURATION_BEFORE.exec(m.sentence.text.slice(Math.max(0, m.index - 60), m.index));
    if (days && !resolved.end && m.from) {
      const n = DIGIT_WORDS[days[1]!.toLowerCase()] ?? Number(days[1]);
      if (n >= 2 && n <= 10) resolved.end = fromDayNumber(dayNumber(resolved.start) + n - 1);
    }
    // An article reports a recent visit: a date years away from publication is history, not the visit.
    if (publishedAt && Math.abs(dayNumber(resolved.start) - dayNumber(publishedAt)) > 200) continue;
    let rank = visit * 4 + (resolved.end ? 0 : 1) + (m.from ? 0 : 2);
    if (!weekdayMatches(m, resolved.start)) rank += 3;
    candidates.push({ mention: m, ...resolved, rank });
  }
  // "CIBINONG (4/6) – Peserta PKA melaksanakan studi lapangan di Kabupaten Bogor.": where no other date
  // tells of the visit, the day the story opens on, in the very sentence that tells of it, dates a one-day
  // visit.
  if (!candidates.length && published?.from && published.sentence.source === 'text') {
    const opening =
      published.index < 3 ||
      /^\s*[A-Z][A-Za-z .'’]*,?\s*$/.test(published.sentence.text.slice(0, published.index));
    const resolved =
      opening && visitContext(published.sentence, context) === 0
        ? resolveMention(published, year, publishedAt)
        : null;
    if (resolved && !isPastEvent(published, context))
      candidates.push({ mention: published, ...resolved, rank: 0 });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  let best = candidates[0];
  // "Rombongan diterima Senin (12/6)" and, less surely, "berada di Jatim selama tiga hari, 12-14 Juni":
  // a range beginning on the visit's own first day tells how long the visit lasted.
  const span = best && !best.end ? candidates.find((c) => c.end && c.start === best!.start) : undefined;
  // "diterima … Senin (22/4/2019)" in a visit "dimulai … 21 April hingga 23 April 2019": the day of the
  // welcome falls within the visit, which the range dates.
  const around =
    best && !best.end && !span
      ? candidates.find(
          (c) =>
            c.end &&
            c.start < best!.start &&
            best!.start <= c.end &&
            dayNumber(c.end) - dayNumber(c.start) <= 7,
        )
      : undefined;
  if (around) best = around;
  if (best) {
    evidence.startDate = evidenceOf(best.mention.sentence);
    if (best.end) evidence.endDate = evidenceOf(best.mention.sentence);
    else if (span) evidence.endDate = evidenceOf(span.mention.sentence);
  }
  return { startDate: best?.start ?? null, endDate: best?.end ?? span?.end ?? null, evidence };
}
