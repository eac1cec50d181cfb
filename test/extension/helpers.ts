/** Builders shared by the extension tests: a valid clip and a locus record, nothing browser-specific. */
import { emptyLocusRecord, type ClipInput } from '../../shared/schema/index.ts';
import type { NewOutboxClip } from '../../extension/utils/outbox.ts';

let n = 0;

export function clipInput(overrides: Partial<ClipInput> = {}): ClipInput {
  n += 1;
  return {
    clientId: `client-${String(n).padStart(4, '0')}`,
    url: `https://news.example.id/2023/06/22/kunjungan-${n}`,
    title: `Peserta PKA belajar inovasi ${n}`,
    text: 'Peserta Pelatihan Kepemimpinan Administrator mengunjungi Kabupaten Banyuwangi.',
    record: {
      ...emptyLocusRecord(`Peserta PKA belajar inovasi ${n}`),
      loci: [
        {
          region: 'Kabupaten Banyuwangi',
          regionCode: '35.10',
          province: 'Jawa Timur',
          agency: 'Mall Pelayanan Publik',
          innovations: ['Smart Kampung'],
        },
      ],
    },
    ...overrides,
  };
}

export function newClip(overrides: Partial<ClipInput> = {}, cohortId: number | null = 7): NewOutboxClip {
  return { target: { kind: 'create', cohortId, cohortName: 'PKA Angkatan II' }, clip: clipInput(overrides) };
}
