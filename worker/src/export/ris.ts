/**
 * A cohort's clips as RIS for reference managers (Zotero, Mendeley, EndNote): one TY - NEWS entry per clip,
 * regions, provinces, agencies and innovations as keywords. Values are flattened to one line each.
 */
import { storedRecord, type ClipExportRow } from '../db/clips.ts';

function tag(name: string, value: string | number | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text ? [`${name}  - ${text}`] : [];
}

/** Groups export rows (one per locus) back into clips and writes one entry each. */
export function clipsRis(rows: readonly ClipExportRow[]): string {
  const byClip = new Map<number, ClipExportRow[]>();
  for (const row of rows) byClip.set(row.id, [...(byClip.get(row.id) ?? []), row]);
  const entries: string[] = [];
  for (const loci of byClip.values()) {
    const clip = loci[0]!;
    const record = storedRecord(clip.record);
    const keywords = new Set<string>();
    for (const locus of loci) {
      for (const word of [locus.region_name, locus.province, locus.agency]) if (word) keywords.add(word);
      for (const innovation of locus.innovations ? (JSON.parse(locus.innovations) as string[]) : [])
        keywords.add(innovation);
    }
    if (record.program) keywords.add(record.program);
    const published = record.publishedAt;
    const quotes = JSON.parse(clip.quotes) as string[];
    entries.push(
      [
        'TY  - NEWS',
        ...tag('TI', clip.title),
        ...tag('T2', clip.site_name),
        ...tag('UR', clip.url),
        ...tag('DA', published?.replace(/-/g, '/')),
        ...tag('PY', published?.slice(0, 4)),
        ...tag('Y2', clip.created_at.slice(0, 10).replace(/-/g, '/')),
        ...tag('AU', record.organiser),
        ...[...keywords].flatMap((k) => tag('KW', k)),
        ...tag('N1', clip.note),
        ...quotes.flatMap((q) => tag('N1', `“${q}”`)),
        ...tag('ID', `lokus-${clip.id}`),
        'ER  - ',
      ].join('\r\n'),
    );
  }
  return entries.length ? `${entries.join('\r\n\r\n')}\r\n` : '';
}
