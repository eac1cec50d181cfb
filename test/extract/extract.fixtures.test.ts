/**
 * The gate: every public fixture article through `extractLocusRecord`, scored by the shared
 * evaluation script exactly as the hidden set is scored. Micro-F1 must stay at or above 0.95.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { extractLocusRecord } from '../../shared/extract/index.ts';
import { LocusRecordSchema } from '../../shared/schema/locus-record.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const articles = path.resolve(repoRoot, '../shared/fixtures/articles');
const scorer = path.resolve(repoRoot, '../shared/eval/score.mjs');
const names = readdirSync(articles)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();
const predictions = mkdtempSync(path.join(tmpdir(), 'lokus-pred-'));

describe('fixture articles', () => {
  it.each(names)('%s yields a valid record with evidence for what it found', (name) => {
    const [title = '', ...body] = readFileSync(path.join(articles, `${name}.txt`), 'utf8').split('\n');
    const record = extractLocusRecord({ title, text: body.join('\n') });
    v.parse(LocusRecordSchema, record);
    for (const field of ['program', 'organiser', 'participants', 'startDate'] as const) {
      if (record[field] !== null) expect(record.evidence, field).toHaveProperty(field);
    }
    const gold = JSON.parse(readFileSync(path.join(articles, `${name}.json`), 'utf8'));
    expect(Object.keys(record).sort()).toEqual([...Object.keys(gold), 'evidence'].sort());
    writeFileSync(path.join(predictions, `${name}.json`), JSON.stringify(record));
  });

  it('scores micro-F1 ≥ 0.95 with ../shared/eval/score.mjs', () => {
    const report = execFileSync(process.execPath, [scorer, articles, predictions], { encoding: 'utf8' });
    const micro = /micro-F1 over (\d+) articles: ([\d.]+)/.exec(report);
    expect(micro, report).not.toBeNull();
    expect(Number(micro![1])).toBe(names.length);
    expect(report).not.toMatch(/no readable prediction/);
    expect(Number(micro![2]), report).toBeGreaterThanOrEqual(0.95);
  });
});

describe('composition', () => {
  it('keeps the organiser and its home region out of the loci', () => {
    const record = extractLocusRecord({
      title: 'Studi Tiru Latsar CPNS Kota Madiun ke Kabupaten Banyuwangi',
      text:
        'Peserta Pelatihan Dasar CPNS yang diselenggarakan BKPSDM Kota Madiun melakukan studi tiru ke Kabupaten Banyuwangi pada 21-23 Agustus 2022.\n' +
        'Peserta mengunjungi Dinas Kependudukan dan Pencatatan Sipil Banyuwangi serta Puskesmas Sobo.\n' +
        'Kepala BKPSDM Kota Madiun mengatakan inovasi Kota Madiun juga banyak.',
    });
    expect(record.organiser).toBe('BKPSDM Kota Madiun');
    expect(record.loci.map((l) => l.region)).not.toContain('Kota Madiun');
    expect(record.loci.map((l) => l.agency)).not.toContain('BKPSDM Kota Madiun');
  });

  it('gives a page about no visit no loci, and keeps the headline', () => {
    const record = extractLocusRecord({
      title: 'Cuaca cerah di Jakarta',
      text: 'Hujan ringan diperkirakan turun di Jakarta dan Bogor pada sore hari.',
    });
    expect(record).toMatchObject({ title: 'Cuaca cerah di Jakarta', program: null, loci: [] });
  });

  it('uses the page date only when the text gives none', () => {
    const page = {
      title: 'Peserta PKA tiba',
      text: 'Peserta PKA tiba di Kota Batu.',
      publishedAt: '2023-06-22',
    };
    expect(extractLocusRecord(page).publishedAt).toBe('2023-06-22');
    expect(extractLocusRecord({ ...page, text: `Senin, 19 Juni 2023\n${page.text}` }).publishedAt).toBe(
      '2023-06-19',
    );
  });
});
