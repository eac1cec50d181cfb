/**
 * Region headings of the side panel's reading list count the whole cohort (the server's per-region
 * counts), not just the clips loaded so far.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegionCounts } from '../../extension/utils/api.ts';
import { regionCounter } from '../../shared/ui/region-counts.ts';
import { groupClipsByRegion, ReadingList, type ReadingClip } from '../../shared/ui/index.ts';
import { emptyLocusRecord, type Locus } from '../../shared/schema/index.ts';

const locus = (region: string | null, regionCode: string | null): Locus => ({
  region,
  regionCode,
  province: null,
  agency: null,
  innovations: [],
});
const clip = (id: number, loci: Locus[]): ReadingClip => ({
  id,
  title: `Kliping ${id}`,
  url: `https://news.example.id/${id}`,
  createdAt: '2024-01-01T00:00:00Z',
  record: { ...emptyLocusRecord(`Kliping ${id}`), loci },
});

// The first page of a cohort of 40 clips.
const loaded = [
  clip(1, [locus('Kabupaten Banyuwangi', '35.10')]),
  clip(2, [locus('Kabupaten Banyuwangi', '35.10'), locus('Kota Bandung', '32.73')]),
  clip(3, [locus('Desa Wisata Ngadas', null)]),
  clip(4, [locus(null, null)]),
  clip(5, []),
];
const counts: RegionCounts = {
  total: 40,
  noLoci: 6,
  items: [
    { regionCode: '35.10', region: 'Kabupaten Banyuwangi', province: 'Jawa Timur', clips: 21 },
    { regionCode: '32.73', region: 'Kota Bandung', province: 'Jawa Barat', clips: 9 },
    { regionCode: null, region: 'Desa Wisata Ngadas', province: null, clips: 2 },
    { regionCode: null, region: null, province: null, clips: 3 },
  ],
};

describe('regionCounter', () => {
  it('matches each region group of the list to the whole cohort’s count', () => {
    const countOf = regionCounter(counts);
    const byTitle = Object.fromEntries(
      groupClipsByRegion(loaded).map((group) => [group.name ?? group.kind, countOf(group)]),
    );
    expect(byTitle).toEqual({
      'Kabupaten Banyuwangi': 21,
      'Kota Bandung': 9,
      'Desa Wisata Ngadas': 2,
      'unknown-region': 3,
      'no-loci': 6,
    });
  });
});

describe('ReadingList with whole-cohort counts', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.appendChild(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const headings = () =>
    Object.fromEntries(
      [...root.querySelectorAll('section.region')].map((section) => [
        section.querySelector('h2')!.firstChild!.textContent,
        section.querySelector('.count')!.textContent,
      ]),
    );

  it('shows the cohort’s count per region, and never fewer than the clips listed', () => {
    act(() =>
      render(
        <ReadingList clips={loaded} lang="id" countOf={regionCounter({ ...counts, noLoci: 0, items: [] })} />,
        root,
      ),
    );
    expect(headings()['Kabupaten Banyuwangi']).toBe('2 kliping');
    act(() => render(<ReadingList clips={loaded} lang="id" countOf={regionCounter(counts)} />, root));
    expect(headings()).toMatchObject({
      'Kabupaten Banyuwangi': '21 kliping',
      'Kota Bandung': '9 kliping',
      'Desa Wisata Ngadas': '2 kliping',
    });
  });

  it('counts the clips listed when no counts are given (the server page, a search)', () => {
    act(() => render(<ReadingList clips={loaded} lang="en" />, root));
    expect(headings()).toMatchObject({ 'Kabupaten Banyuwangi': '2 clips', 'Kota Bandung': '1 clip' });
  });
});
