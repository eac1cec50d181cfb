/**
 * Article text → locus record through the shared extractor, kept apart from page capture so the
 * background (no DOM) can use it without bundling the capture library.
 */
import { extractLocusRecord } from '../../shared/extract/index.ts';
import type { LocusRecord } from '../../shared/schema/index.ts';

/** The locus record for an article; never throws (a page without a study visit yields an empty record). */
export function extractRecord(input: {
  title: string;
  text: string;
  url: string;
  publishedAt?: string | null;
}): LocusRecord {
  return extractLocusRecord(input);
}
