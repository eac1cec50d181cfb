/**
 * Stage 2, the dates: sentences (+ URL and raw text) → the article's publication date and the visit's
 * start and end. Passes, in order: forms.ts (every written date) → years.ts (the article's year) →
 * publication.ts (a date line, a dateline; else the URL, the page's metadata, a statement's day) →
 * visit.ts (the visit's dates). It does not guess: a date whose year cannot be inferred is dropped.
 */
import type { Evidence } from '../../schema/locus-record.ts';
import type { ArticleContext } from '../context.ts';
import { evidenceOf } from '../text.ts';
import { resolveMention, urlDate, urlInText } from './calendar.ts';
import { findDateMentions, type DateMention } from './forms.ts';
import { isDateline, isDateLine, isStatementDate } from './publication.ts';
import { visitDates } from './visit.ts';
import { COPYRIGHT, tahunYear, yearCounts } from './years.ts';

export { findDateMentions, type DateMention } from './forms.ts';
export { urlDate, urlInText } from './calendar.ts';

export interface DateFields {
  publishedAt: string | null;
  startDate: string | null;
  endDate: string | null;
  evidence: Record<string, Evidence>;
}

/**
 * Publication date, visit start and visit end, each with the sentence it was read in. `pageDate` is the
 * page's own date from its metadata, trusted after the text's date line and dateline and the URL.
 * @example extractDates(prepareSource('…', 'Senin, 1 April 2019\nPeserta diterima Bupati, Senin (1/4).'))
 */
export function extractDates(
  source: ArticleContext,
  rawText: string = source.text,
  pageDate: string | null = null,
): DateFields {
  const evidence: Record<string, Evidence> = {};
  const mentions = source.sentences.flatMap(findDateMentions);
  const url = source.url ?? urlInText(source.text);
  const fromUrl = urlDate(url);
  const page = pageDate && /^\d{4}-\d{2}-\d{2}$/.test(pageDate) ? pageDate : null;
  const copyright = COPYRIGHT.exec(rawText);
  const refYear =
    fromUrl?.year ??
    yearCounts(mentions, source) ??
    (page ? Number(page.slice(0, 4)) : null) ??
    tahunYear(source.sentences, source) ??
    (copyright ? Number(copyright[1]) : null);
  const refDate = fromUrl?.date ?? page;

  // Publication: a date line, then a dateline, then the URL path, the page's metadata, a statement's day.
  let publishedAt: string | null = null;
  let published: DateMention | null = null;
  for (const test of [isDateLine, isDateline]) {
    for (const m of mentions) {
      if (!test(m, source.text)) continue;
      const resolved = resolveMention(m, refYear, refDate);
      if (resolved) {
        publishedAt = resolved.start;
        published = m;
        evidence.publishedAt = evidenceOf(m.sentence);
        break;
      }
    }
    if (publishedAt) break;
  }
  if (!publishedAt && fromUrl?.date && url) {
    publishedAt = fromUrl.date;
    // A URL pasted into the body is cited where it stands.
    const line = source.url
      ? null
      : source.sentences.find((s) => s.source === 'text' && s.text.includes(url));
    evidence.publishedAt = line
      ? evidenceOf(line)
      : { source: 'url', start: 0, end: url.length, sentence: url };
  }
  if (!publishedAt && page) publishedAt = page;
  if (!publishedAt) {
    for (const m of mentions) {
      const resolved = isStatementDate(m, source) ? resolveMention(m, refYear, null) : null;
      if (resolved) {
        // The statement is news of the day: it may well date the visit too, so it stays a candidate.
        publishedAt = resolved.start;
        evidence.publishedAt = evidenceOf(m.sentence);
        break;
      }
    }
  }

  // The visit: dates in sentences that speak of the visit, ranges first, the earliest such sentence first.
  const visitYear = publishedAt ? Number(publishedAt.slice(0, 4)) : refYear;
  const visit = visitDates(mentions, published, visitYear, publishedAt, source);
  Object.assign(evidence, visit.evidence);
  return { publishedAt, startDate: visit.startDate, endDate: visit.endDate, evidence };
}
