import { describe, expect, it } from 'vitest';
import { prepareSource } from '../../shared/extract/text.ts';

const body = (text: string) => prepareSource('Judul', text).text.split('\n');
const sentences = (text: string) => prepareSource('', text).sentences.map((s) => s.text);

describe('prepareSource: related-news debris', () => {
  it('drops the headlines listed under "Berita Lainnya:", "BACA JUGA:", "Berita Terkait"', () => {
    expect(
      body(
        [
          'Peserta berkunjung ke Kota Blitar.',
          'Berita Lainnya:',
          '- Studi Tiru PKP Angkatan V ke Kabupaten Lumajang',
          '- Wisuda Latsar CPNS Kota Kediri',
          'BACA JUGA:',
          'Bupati Tulungagung Resmikan Pasar Baru',
          'Berita Terkait',
          'Kunjungan Kerja DPRD ke Kota Malang',
        ].join('\n'),
      ),
    ).toEqual(['Peserta berkunjung ke Kota Blitar.']);
  });

  it('keeps the body that follows such a block', () => {
    expect(
      body(
        'Baca Juga:\nPemkab Jombang Raih WTP\nRombongan lalu menuju Dinas Sosial. Mereka disambut kepala dinas.',
      ),
    ).toEqual(['Rombongan lalu menuju Dinas Sosial. Mereka disambut kepala dinas.']);
  });

  it('drops "»" headline links and "Tags:" lines', () => {
    expect(body('Isi berita.\n» Kunjungan ke Kabupaten Pati\nTags: Pati PKA studi lapangan')).toEqual([
      'Isi berita.',
    ]);
  });
});

describe('prepareSource: sentences', () => {
  it('keeps the number of a list item with its item', () => {
    expect(
      sentences('Lokusnya yaitu:\n1. Dinas Sosial;\n2. RSUD Kota Batu.\na. Puskesmas Oro-oro Dowo'),
    ).toEqual(['Lokusnya yaitu:', '1. Dinas Sosial;', '2. RSUD Kota Batu.', 'a. Puskesmas Oro-oro Dowo']);
  });

  it('does not end a sentence at titles and initials', () => {
    expect(sentences('Peserta ke RSUD Prof. Dr. H. M. Ali Hasan. Lalu ke Dinas Sosial.')).toEqual([
      'Peserta ke RSUD Prof. Dr. H. M. Ali Hasan.',
      'Lalu ke Dinas Sosial.',
    ]);
  });

  it('keeps run-together initials with the name they begin', () => {
    expect(sentences('Rombongan ke RSUD Dr. H.A. Rotinsulu. Peserta lalu ke Bappeda.')).toEqual([
      'Rombongan ke RSUD Dr. H.A. Rotinsulu.',
      'Peserta lalu ke Bappeda.',
    ]);
  });
});
