/** The article context: what one run caches, and the debug log a stage that throws is written into. */
import { describe, expect, it } from 'vitest';
import { ArticleContext, memo, recall } from '../../shared/extract/context.ts';
import { readArticle } from '../../shared/extract/index.ts';
import { prepareSource } from '../../shared/extract/text.ts';

describe('ArticleContext', () => {
  it('computes a cached value once per article and afresh for another article or without one', () => {
    let computed = 0;
    const LENGTH = memo('length', (text: string) => (computed++, text.length));
    const first = prepareSource('Peserta PKP ke Kota Batu', 'Rombongan tiba di Balai Kota.');
    expect(first.recall(LENGTH, 'Balai Kota')).toBe(10);
    expect(first.recall(LENGTH, 'Balai Kota')).toBe(10);
    expect(computed).toBe(1);
    const second = prepareSource('Peserta PKA ke Kabupaten Sleman', 'Rombongan tiba.');
    second.recall(LENGTH, 'Balai Kota');
    expect(computed).toBe(2);
    expect(recall(undefined, LENGTH, 'Balai Kota')).toBe(10);
    expect(computed).toBe(3);
  });

  it('writes a stage that throws into its debug log and returns the fallback', () => {
    const context = new ArticleContext({ title: 'Judul', text: '', url: null, sentences: [] });
    const value = context.attempt(
      'loci',
      (): number => {
        throw new Error('daftar lokus rusak');
      },
      -1,
    );
    expect(value).toBe(-1);
    expect(context.failures).toHaveLength(1);
    expect(context.failures[0]).toMatchObject({ stage: 'loci', message: 'threw: Error: daftar lokus rusak' });
    context.note('dates', 'tanggal dari URL');
    expect(context.debug).toHaveLength(2);
    expect(context.failures).toHaveLength(1);
  });

  it('reads an ordinary article with no stage failing', () => {
    const { record, context } = readArticle({
      title: 'Peserta PKA BPSDM Provinsi Bali Studi Lapangan ke Kabupaten Jembrana',
      text: 'Rabu, 3 Juli 2024\nSebanyak 30 peserta PKA mengunjungi RSUD Negara dan Dinas Kesehatan Kabupaten Jembrana.',
    });
    expect(context.failures).toEqual([]);
    expect(record.program).toBe('PKA');
  });
});
