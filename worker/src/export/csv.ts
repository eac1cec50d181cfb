/**
 * A cohort's clips as CSV for spreadsheets: RFC 4180 quoting, CRLF, a UTF-8 BOM so Excel reads Indonesian
 * text right, one row per locus. Cells that a spreadsheet would run as a formula get a leading apostrophe.
 */
import type { ClipExportRow } from '../db/clips.ts';
import type { LocusRecord } from '../../../shared/schema/locus-record.ts';

const HEADER = [
  'clip_id',
  'created_at',
  'created_by',
  'title',
  'url',
  'canonical_url',
  'site_name',
  'published_at',
  'program',
  'cohort_label',
  'organiser',
  'participants',
  'start_date',
  'end_date',
  'locus_no',
  'region_code',
  'region',
  'province',
  'agency',
  'innovations',
  'note',
  'quotes',
];

/** One CSV field, quoted when it must be. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function clipsCsv(rows: readonly ClipExportRow[]): string {
  const lines = [HEADER.join(',')];
  for (const row of rows) {
    const record = JSON.parse(row.record) as LocusRecord;
    const innovations = row.innovations ? (JSON.parse(row.innovations) as string[]) : [];
    const quotes = JSON.parse(row.quotes) as string[];
    const fields = [
      row.id,
      row.created_at,
      row.created_by_name,
      row.title,
      row.url,
      row.canonical_url,
      row.site_name,
      record.publishedAt,
      record.program,
      record.cohortLabel,
      record.organiser,
      record.participants,
      record.startDate,
      record.endDate,
      row.position === null ? null : row.position + 1,
      row.region_code,
      row.region_name,
      row.province,
      row.agency,
      innovations.join('; '),
      row.note,
      quotes.join('\n\n'),
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
