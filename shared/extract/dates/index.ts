/**
 * Stage 2, the dates: sentences (+ URL and raw text) → the article's publication date and the visit's
 * start and end. Passes, in order: forms.ts (every written date) → years.ts (the article's year) →
 * publication.ts (a date line, a dateline; else the URL, the page's metadata, a statement's day) →
 * visit.ts (the visit's dates). It does not guess: a date whose year cannot be inferred is dropped.
 */
import type { Evidence } from '../../schema/locus-record.ts';
import type { ArticleContext } from '../context.ts';
import { evidenceOf } from '../text.ts';
import { dayNumber, resolveMention, urlDate, urlInText } from './calendar.ts';
import { findDateMentions, type DateMention } from './forms.ts';
import { isDateline, isDateLine, isOpeningDate, isStatementDate } from './publication.ts';
import { visitDates } from './visit.ts';
import { COPYRIGHT, headlineYear, tahunYear, yearCounts } from './years.ts';

export { findDateMentions } from './forms.ts';
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
    headlineYear(source.title) ??
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
  // A date line far from the date in the page's own address is the site's clock ("Sunday, May 5, 2024"
  // above an article of 2019) or an update stamp: the address dates the article.
  if (publishedAt && fromUrl?.date && Math.abs(dayNumber(publishedAt) - dayNumber(fromUrl.date)) > 2) {
    publishedAt = null;
    published = null;
    delete evidence.publishedAt;
  }
  // "Senin, 20 Mei 2024" over a story that opens "…, Kamis (16/5/2024)" a week or more before: the site's
  // clock on the day the page was read, not the article's date; the story's own day dates it.
  if (publishedAt && published && !fromUrl?.date) {
    const opening = mentions.find(
      (m) => m !== published && isOpeningDate(m) && m.sentence.paragraph <= published!.sentence.paragraph + 2,
    );
    const day = opening ? resolveMention(opening, refYear, null)?.start : undefined;
    if (day && dayNumber(publishedAt) - dayNumber(day) > 7) {
      publishedAt = null;
      published = null;
      delete evidence.publishedAt;
    }
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
  // "Cibinong – … pada Senin (30/6/25).": the weekday and date a story opens with is the day of its news, and
  // a statement's day ("kata dia, Minggu (20/12/2020)") too; a story is published on the latest of them
  // (within a week: an older date is history the story recalls).
  if (!publishedAt) {
    const days = mentions
      .filter((m) => isOpeningDate(m) || isStatementDate(m, source))
      .map((m) => ({ m, day: resolveMention(m, refYear, null)?.start }))
      .filter((c): c is { m: DateMention; day: string } => c.day !== undefined);
    const first = days[0];
    const latest = days
      .filter((c) => first && dayNumber(c.day) - dayNumber(first.day) <= 7)
      .reduce<(typeof days)[number] | undefined>((best, c) => (!best || c.day > best.day ? c : best), first);
    if (latest) {
      // The story is news of the day: it may well date the visit too, so it stays a candidate.
      publishedAt = latest.day;
      evidence.publishedAt = evidenceOf(latest.m.sentence);
    }
  }

  // The visit: dates in sentences that speak of the visit, ranges first, the earliest such sentence first.
  const visitYear = publishedAt ? Number(publishedAt.slice(0, 4)) : refYear;
  const visit = visitDates(mentions, published, visitYear, publishedAt, source);
  Object.assign(evidence, visit.evidence);
  return { publishedAt, startDate: visit.startDate, endDate: visit.endDate, evidence };
}
