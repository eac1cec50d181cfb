/**
 * The cohort's Atom feed read back by real parsers: strict XML well-formedness (fast-xml-parser's validator)
 * and a feed reader's parser (@rowanmanning/feed-parser), hostile text included.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ClipSummary } from '../../worker/src/db/clips.ts';
import { cohortAtom } from '../../worker/src/export/atom.ts';

const clip = (id: number, title: string, note = ''): ClipSummary => ({
  id,
  cohortId: 1,
  clientId: `client-${id}`,
  url: `https://example.co.id/berita/${id}?a=1&b=2`,
  canonicalUrl: `https://example.co.id/berita/${id}`,
  title,
  siteName: 'Contoh',
  record: {
    title,
    publishedAt: '2026-11-02',
    program: 'PKA',
    cohortLabel: 'Angkatan IX',
    organiser: null,
    participants: null,
    startDate: null,
    endDate: null,
    loci: [
      {
        region: null,
        regionCode: '32.73',
        province: null,
        agency: 'Dinas Kesehatan',
        innovations: ['Layad Rawat'],
      },
    ],
  },
  note,
  quotes: [],
  createdAt: `2026-11-0${id}T08:00:00.000Z`,
  updatedAt: `2026-11-0${id}T09:00:00.000Z`,
  createdBy: { id: 7, name: 'Widya <Sari> & Co' },
  read: false,
});

const feed = cohortAtom({
  title: 'PKA "IX" & <kawan> · Lokus',
  selfUrl: 'https://lokus.example/umpan/abc',
  listUrl: 'https://lokus.example/c/pka-ix',
  clipUrl: (id) => `https://lokus.example/c/pka-ix/k/${id}`,
  clips: [
    clip(2, '<script>alert(1)</script> & "kutip"', 'Catatan\u0001 dengan kontrol'),
    clip(1, 'Belajar Layad Rawat'),
  ],
});

describe('the Atom feed', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(feed)).toBe(true);
  });

  it('reads back in a feed parser with every entry, link and date', () => {
    const parsed = parseFeed(feed);
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.title).toBe('PKA "IX" & <kawan> · Lokus');
    expect(parsed.url).toBe('https://lokus.example/c/pka-ix');
    expect(parsed.items).toHaveLength(2);
    const [newest, older] = parsed.items;
    expect(newest!.title).toBe('<script>alert(1)</script> & "kutip"');
    expect(newest!.url).toBe('https://lokus.example/c/pka-ix/k/2');
    expect(newest!.id).toBe('https://lokus.example/c/pka-ix/k/2');
    expect(newest!.authors[0]!.name).toBe('Widya <Sari> & Co');
    expect(newest!.description).toContain('Kota Bandung — Dinas Kesehatan (Layad Rawat)');
    expect(newest!.description).toContain('Catatan dengan kontrol');
    expect(newest!.updated?.toISOString()).toBe('2026-11-02T09:00:00.000Z');
    expect(older!.title).toBe('Belajar Layad Rawat');
    expect(parsed.updated?.toISOString()).toBe('2026-11-02T09:00:00.000Z');
  });
});
