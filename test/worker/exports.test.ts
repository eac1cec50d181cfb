/** CSV (RFC 4180, BOM, one row per locus) and RIS exports. */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, clipInput, createCohort, postClip, record } from './helpers.ts';

let cohort: { id: number; slug: string };
let clipId: number;

beforeAll(async () => {
  cohort = await createCohort();
  const rec = record({
    loci: [
      {
        region: 'Kabupaten Banyuwangi',
        regionCode: '35.10',
        province: 'Jawa Timur',
        agency: 'Dinas "Kependudukan", Banyuwangi',
        innovations: ['Lahir Procot', 'Smart Kampung'],
      },
      { region: null, regionCode: '35.78', province: null, agency: null, innovations: [] },
    ],
  });
  clipId = (
    await postClip(
      cohort.id,
      'test-admin-token',
      clipInput({
        title: 'Kunjungan\nke Banyuwangi',
        record: rec,
        note: '=HYPERLINK("x")',
        quotes: ['satu', 'dua'],
      }),
    )
  ).id;
  await postClip(
    cohort.id,
    'test-admin-token',
    clipInput({ title: 'Tanpa lokus', record: record({ loci: [] }) }),
  );
});

/** A small RFC 4180 reader, to check the writer by reading it back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('export.csv', () => {
  it('is UTF-8 with a BOM, quoted per RFC 4180, one row per locus', async () => {
    const res = await call('GET', `/api/cohorts/${cohort.id}/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="lokus-${cohort.slug}.csv"`);
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text);
    const col = (name: string) => header!.indexOf(name);
    expect(header).toContain('Judul');
    expect(rows).toHaveLength(3);
    const mine = rows.filter((r) => r[col('ID kliping')] === String(clipId));
    expect(
      mine.map((r) => [r[col('Lokus ke')], r[col('Kode wilayah')], r[col('Wilayah')], r[col('Provinsi')]]),
    ).toEqual([
      ['1', '35.10', 'Kabupaten Banyuwangi', 'Jawa Timur'],
      ['2', '35.78', 'Kota Surabaya', 'Jawa Timur'],
    ]);
    expect(mine[0]![col('Instansi')]).toBe('Dinas "Kependudukan", Banyuwangi');
    expect(mine[0]![col('Inovasi')]).toBe('Lahir Procot; Smart Kampung');
    expect(mine[0]![col('Judul')]).toBe('Kunjungan\nke Banyuwangi');
    expect(mine[0]![col('Catatan')]).toBe(`'=HYPERLINK("x")`);
    expect(mine[0]![col('Program')]).toBe('PKA');
    const bare = rows.find((r) => r[col('Judul')] === 'Tanpa lokus')!;
    expect(bare[col('Kode wilayah')]).toBe('');
  });

  it("heads its columns in the reader's language", async () => {
    const res = await call('GET', `/api/cohorts/${cohort.id}/export.csv`, {
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    const [header] = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(header!.slice(0, 4)).toEqual(['Clip ID', 'Clipped at', 'Clipped by', 'Title']);
  });
});

describe('export.ris', () => {
  it('writes one TY - NEWS entry per clip with the loci as keywords', async () => {
    const res = await call('GET', `/api/cohorts/${cohort.id}/export.ris`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="lokus-${cohort.slug}.ris"`);
    const text = await res.text();
    const entries = text.split(/\r\n\r\n/).filter((e) => e.trim());
    expect(entries).toHaveLength(2);
    const entry = entries.find((e) => e.includes(`ID  - lokus-${clipId}`))!;
    const lines = entry.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines).toContain('TI  - Kunjungan ke Banyuwangi');
    expect(lines).toContain('DA  - 2023/06/22');
    expect(lines).toContain('PY  - 2023');
    expect(lines).toEqual(
      expect.arrayContaining([
        'KW  - Kabupaten Banyuwangi',
        'KW  - Kota Surabaya',
        'KW  - Jawa Timur',
        'KW  - Smart Kampung',
        'KW  - Lahir Procot',
      ]),
    );
    expect(lines.filter((l) => l.startsWith('UR  - '))).toHaveLength(1);
    expect(lines.at(-1)).toBe('ER  - ');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });
});
