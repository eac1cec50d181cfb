/** Property: whatever the page, the extractor returns a schema-valid record and never throws. */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { extractLocusRecord } from '../../shared/extract/index.ts';
import { LocusRecordSchema } from '../../shared/schema/locus-record.ts';

// Words the stages react to, so random texts reach the date, program and locus code paths.
const WORDS = [
  'Diklatpim',
  'Tk.',
  'IV',
  'PKN',
  'Tingkat',
  'II',
  'Angkatan',
  'XXVI',
  'ke-3',
  'peserta',
  'orang',
  '28',
  'sebanyak',
  'didampingi',
  'Tim',
  'Bapelkes',
  'BPSDM',
  'Provinsi',
  'Kabupaten',
  'Kota',
  'Banyuwangi',
  'Bandung',
  'Dinas',
  'Kesehatan',
  'RSUD',
  'Mal',
  'Pelayanan',
  'Publik',
  'inovasi',
  '"Smart',
  'Kampung"',
  'benchmarking',
  'kunjungan',
  'Senin',
  '(9/4)',
  '(29/02/19)',
  '31',
  'Maret',
  '-',
  '4',
  'April',
  '2019',
  's.d.',
  'hingga',
  '2/13/2020',
  'SEMARANG',
  '–',
  ',',
  '.',
  '\n',
  '(',
  ')',
  'yakni',
  'dan',
  'Desember',
  '0',
];
const texty = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((words) => words.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), texty);
const url = fc.option(fc.oneof(fc.webUrl(), fc.string(), fc.constant('https://x.id/2019/02/30/a')), {
  nil: null,
});

describe('extractLocusRecord on arbitrary input', () => {
  it('never throws and always returns a schema-valid record', () => {
    fc.assert(
      fc.property(anyText, anyText, url, (title, text, pageUrl) => {
        const record = extractLocusRecord({ title, text, url: pageUrl });
        expect(v.safeParse(LocusRecordSchema, record).issues).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('survives inputs that are not strings at all', () => {
    const odd = [undefined, null, 42, {}, [], { title: 1, text: ['a'] }];
    for (const input of odd) {
      expect(() => extractLocusRecord(input as never)).not.toThrow();
    }
  });
});
