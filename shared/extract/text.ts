/**
 * Stage 1, the text: headline + body → one cleaned source with its sentences and their character spans.
 * Removes scraping debris (share buttons, "Berita Terkait", repeated paragraphs); interprets nothing.
 * Every later stage reads `Source.sentences` and cites a sentence's span as evidence.
 */
import type { Evidence } from '../schema/locus-record.ts';
import { ArticleContext } from './context.ts';
import { anyOf } from './vocab/compile.ts';
import { ABBREVIATIONS } from './vocab/people.ts';
import {
  CHROME_LINE_LEADS,
  LINK_ADVERBS,
  LINK_VERBS,
  RELATED_NOUNS,
  RELATED_QUALIFIERS,
  SHARE_BUTTONS,
} from './vocab/site.ts';

export interface Sentence {
  /** Where the sentence came from: the headline, or the body. */
  source: 'title' | 'text';
  /** Character span in `title` or in the cleaned `text`, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Index of the body paragraph (−1 for the headline), so stages can read a sentence's neighbours. */
  paragraph: number;
}

export interface Source {
  title: string;
  /** The cleaned body: debris dropped, repeated paragraphs kept once, one paragraph a line. */
  text: string;
  url: string | null;
  sentences: Sentence[];
}

const DEBRIS = new RegExp(
  `^(?:${anyOf(SHARE_BUTTONS)}\\s*:?|${anyOf(RELATED_NOUNS)} terkait|${anyOf(CHROME_LINE_LEADS)}.*|tags?)$`,
  'i',
);
// "Berita Lainnya:", "Baca Juga:", "Berita Terkait": the headlines listed under it are other articles.
const RELATED = new RegExp(
  `^(?:${anyOf([...RELATED_NOUNS, ...LINK_VERBS])})\\s+(?:${anyOf([...RELATED_QUALIFIERS, ...LINK_ADVERBS])})\\s*:?$`,
  'i',
);
/** A listed headline: short, no sentence end; "- " or "• " bullets allowed. */
const HEADLINE_LINE = /^(?:[-–•*]\s*)?[^.!?]{3,160}$/;

// An abbreviation or an initial before a dot: "Kab.", "Tk.", "Drs.", "H.", "a.n.", "s.d.".
const ABBREVIATION = new RegExp(String.raw`(?:^|[\s(.])(?:[A-Z]|${anyOf(ABBREVIATIONS)}|s\.\s?d)\.$`, 'i');

/** Splits a paragraph into sentences, keeping abbreviations ("Kab.", "Tk.", "Drs.", "H.", "No.") whole. */
function splitSentences(paragraph: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const boundary = /[.!?]+["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const before = paragraph.slice(Math.max(0, m.index - 12), m.index + 1);
    // "1. Dinas …", "a. RSUD …": the number of a list item, not a sentence.
    if (/^\s*(?:\d{1,2}|[a-z])\.$/.test(paragraph.slice(0, m.index + 1))) continue;
    // An abbreviation or an initial ends in a dot but does not end the sentence.
    if (ABBREVIATION.test(before)) continue;
    const end = m.index + m[0].trimEnd().length;
    spans.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < paragraph.length) spans.push({ start, end: paragraph.length });
  return spans.filter((s) => paragraph.slice(s.start, s.end).trim().length > 0);
}

/**
 * Cleans the body and cuts headline and body into sentences with their spans: the article's context,
 * which every later stage reads and caches into.
 * @example prepareSource('Judul', 'Kalimat satu. Kalimat dua.').sentences.length // 3
 */
export function prepareSource(title: string, text: string, url: string | null = null): ArticleContext {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  const cleanTitle = (title ?? '').replace(/\s+/g, ' ').trim();
  const titleKey = cleanTitle.toLowerCase();
  let related = false;
  for (const raw of (text ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    // Only runs of two and odd spaces are rewritten: a replace that also matched every single space would
    // build a new line for nothing (the result is the same as collapsing every run to one space).
    const line = raw.replace(/[ \t\u00a0\u200b]{2,}|[\t\u00a0\u200b]/g, ' ').trim();
    if (!line) continue;
    const heading = RELATED.test(line);
    if (heading) related = true;
    else if (related && HEADLINE_LINE.test(line)) continue;
    else related = false;
    if (heading || DEBRIS.test(line)) continue;
    const key = line.toLowerCase();
    // Scrapers repeat paragraphs (and the headline) verbatim; a repeat adds nothing but noise.
    if (seen.has(key) || key === titleKey) continue;
    seen.add(key);
    paragraphs.push(line);
  }
  const sentences: Sentence[] = splitSentences(cleanTitle).map((s) => ({
    source: 'title' as const,
    ...s,
    text: cleanTitle.slice(s.start, s.end),
    paragraph: -1,
  }));
  let offset = 0;
  paragraphs.forEach((paragraph, index) => {
    for (const s of splitSentences(paragraph)) {
      sentences.push({
        source: 'text',
        start: offset + s.start,
        end: offset + s.end,
        text: paragraph.slice(s.start, s.end),
        paragraph: index,
      });
    }
    offset += paragraph.length + 1;
  });
  return new ArticleContext({ title: cleanTitle, text: paragraphs.join('\n'), url, sentences });
}

/** The evidence a field cites: the sentence it was read in. */
export function evidenceOf(sentence: Sentence): Evidence {
  return { source: sentence.source, start: sentence.start, end: sentence.end, sentence: sentence.text };
}
