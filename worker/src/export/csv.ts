/**
 * A cohort's clips as CSV for spreadsheets: RFC 4180 quoting, CRLF, a UTF-8 BOM so Excel reads Indonesian
 * text right, one row per locus. Cells that a spreadsheet would run as a formula get a leading apostrophe.
 */
import { storedRecord, type ClipExportRow } from '../db/clips.ts';
import type { Lang } from '../i18n.ts';

/** The columns, headed in the reader's language (a spreadsheet is read by people, not parsers). */
const HEADERS: Record<Lang, readonly string[]> = {
  id: [
    'ID kliping',
    'Dikliping pada',
    'Dikliping oleh',
    'Judul',
    'URL',
    'URL kanonik',
    'Sumber',
    'Tanggal terbit',
    'Program',
    'Angkatan',
    'Penyelenggara',
    'Jumlah peserta',
    'Tanggal mulai',
    'Tanggal selesai',
    'Lokus ke',
    'Kode wilayah',
    'Wilayah',
    'Provinsi',
    'Instansi',
    'Inovasi',
    'Catatan',
    'Kutipan',
  ],
  en: [
    'Clip ID',
    'Clipped at',
    'Clipped by',
    'Title',
    'URL',
    'Canonical URL',
    'Source',
    'Published',
    'Program',
    'Cohort',
    'Organiser',
    'Participants',
    'Start date',
    'End date',
    'Locus no.',
    'Region code',
    'Region',
    'Province',
    'Agency',
    'Innovations',
    'Note',
    'Quotes',
  ],
};

type CsvValue = string | number | null | undefined;

/** One CSV field, quoted when it must be. */
function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: the BOM, a header row and CRLF-terminated rows. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header.map(csvField).join(','), ...rows.map((row) => row.map(csvField).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function clipsCsv(rows: readonly ClipExportRow[], lang: Lang): string {
  const lines: CsvValue[][] = [];
  for (const row of rows) {
    const record = storedRecord(row.record);
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
    lines.push(fields);
  }
  return csvDocument(HEADERS[lang], lines);
}
