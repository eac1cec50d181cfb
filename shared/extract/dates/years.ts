/**
 * The article's own year, for dates written without one: the years its dates name (history left out), a
 * training's "Tahun 2024", a copyright line. Also says which dates tell of something past.
 */
import { memo, recall, type ArticleContext } from '../context.ts';
import type { Sentence } from '../text.ts';
import type { DateMention } from './forms.ts';

export const COPYRIGHT = /(?:copyright|©|\(c\))[^\n]{0,80}?\b((?:19|20)\d{2})\b/i;
const PAST_EVENT =
  /penghargaan|dianugerahi|dinobatkan|diresmikan|meresmikan|diluncurkan|meluncurkan|didirikan|berdiri\s+sejak|sejak\s+tahun|dibentuk|ditetapkan|diundangkan|launching/i;
const AFTER_PAST = /^\s*(?:yang\s+)?(?:lalu|silam)\b/i;

/** A date in a sentence about something that happened before ("diresmikan … 2017 lalu"). */
export function isPastEvent(m: DateMention, context?: ArticleContext): boolean {
  return holds(m.sentence, PAST_EVENT, context) || AFTER_PAST.test(m.sentence.text.slice(m.end, m.end + 20));
}

const PATTERNS_HELD = memo('date context patterns', (_: Sentence) => new Map<RegExp, boolean>());
/** Whether a sentence matches a context pattern, tested once per sentence however many dates it holds. */
export function holds(sentence: Sentence, pattern: RegExp, context?: ArticleContext): boolean {
  const known = recall(context, PATTERNS_HELD, sentence);
  let hit = known.get(pattern);
  if (hit === undefined) known.set(pattern, (hit = pattern.test(sentence.text)));
  return hit;
}

export function yearCounts(mentions: DateMention[], context?: ArticleContext): number | null {
  const counts = new Map<number, number>();
  for (const m of mentions) {
    if (isPastEvent(m, context)) continue;
    for (const p of [m.from, m.to]) if (p?.year) counts.set(p.year, (counts.get(p.year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, n] of counts)
    if (best === null || n > counts.get(best)! || (n === counts.get(best) && year > best)) best = year;
  return best;
}

// "PKP Angkatan II Tahun 2024", "TA 2023": the year a training runs, when no written date gives one.
const TAHUN = /\b(?:tahun|th\.?|t\.?a\.?)\s*((?:19|20)\d{2})\b/gi;
// "Perka LAN Nomor 20 Tahun 2015" dates a regulation, not the article.
const REGULATION_NUMBER = /\b(?:nomor|no\.?)\s*\d+[a-z]?\s*$/i;

export function tahunYear(sentences: Sentence[], context?: ArticleContext): number | null {
  const counts = new Map<number, number>();
  for (const s of sentences) {
    if (!/\d{4}/.test(s.text) || holds(s, PAST_EVENT, context)) continue;
    TAHUN.lastIndex = 0;
    for (let m = TAHUN.exec(s.text); m; m = TAHUN.exec(s.text)) {
      if (REGULATION_NUMBER.test(s.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (AFTER_PAST.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      const year = Number(m[1]);
      counts.set(year, (counts.get(year) ?? 0) + (s.source === 'title' ? 2 : 1));
    }
  }
  let best: number | null = null;
  for (const [year, n] of counts)
    if (best === null || n > counts.get(best)! || (n === counts.get(best) && year > best)) best = year;
  return best;
}

/** A year the headline names ("… Program Prioritas Nasional 2021"), for dates the body writes without one. */
export function headlineYear(title: string): number | null {
  const years = title.match(/(?<![\d/.-])(?:19|20)\d{2}(?![\d/.-])/g);
  return years?.length === 1 ? Number(years[0]) : null;
}
