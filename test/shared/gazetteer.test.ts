import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../shared/regions/build-gazetteer.ts';
import {
  REGIONS,
  provinceOf,
  regionByCode,
  regionByName,
  searchRegions,
} from '../../shared/regions/index.ts';

describe('gazetteer', () => {
  it('equals what idn-area-data yields (run `npm run gazetteer` after upgrading it)', async () => {
    expect(REGIONS).toEqual(await buildGazetteer());
  });

  it('holds the 38 provinces and 514 kabupaten/kota', () => {
    expect(REGIONS.filter((r) => r.kind === 'provinsi')).toHaveLength(38);
    expect(REGIONS.filter((r) => r.kind !== 'provinsi')).toHaveLength(514);
  });

  it('finds a region by code and by name, and its province', () => {
    const banyuwangi = regionByCode('35.10');
    expect(banyuwangi?.name).toBe('Kabupaten Banyuwangi');
    expect(regionByName('kabupaten  BANYUWANGI')).toBe(banyuwangi);
    expect(banyuwangi?.province).toBe('Jawa Timur');
    expect(provinceOf(banyuwangi!)?.name).toBe('Provinsi Jawa Timur');
    expect(REGIONS.every((r) => r.province && provinceOf(r)?.province === r.province)).toBe(true);
  });

  it('ranks an exact city before the regency and the longer names', () => {
    expect(searchRegions('bandung').map((r) => r.name)).toEqual([
      'Kota Bandung',
      'Kabupaten Bandung',
      'Kabupaten Bandung Barat',
    ]);
    expect(searchRegions('')).toEqual([]);
    expect(
      searchRegions('jawa t', 2)
        .map((r) => r.name)
        .sort(),
    ).toEqual(['Provinsi Jawa Tengah', 'Provinsi Jawa Timur']);
  });
});
