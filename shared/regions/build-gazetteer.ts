/**
 * Writes gazetteer.json from idn-area-data: the 38 provinces and 514 kabupaten/kota with their
 * Kemendagri codes, as `[code, name]` pairs (kind and province follow from them: index.ts). Run
 * `npm run gazetteer` after upgrading idn-area-data; the test suite checks that the committed file still
 * equals what the library yields.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getProvinces, getRegencies } from 'idn-area-data';
import type { RegionEntry } from './index.ts';

/** Builds the gazetteer entries, provinces first, each list in code order. */
export async function buildGazetteer(): Promise<RegionEntry[]> {
  const provinces = await getProvinces();
  const regencies = await getRegencies();
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const entries: RegionEntry[] = provinces.map((p) => ({
    code: p.code,
    name: `Provinsi ${p.name}`,
    kind: 'provinsi',
    province: p.name,
  }));
  for (const r of regencies) {
    entries.push({
      code: r.code,
      name: r.name,
      kind: /^kota\b/i.test(r.name) ? 'kota' : 'kabupaten',
      province: provinceName.get(r.province_code) ?? '',
    });
  }
  return entries.sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entries = await buildGazetteer();
  const out = fileURLToPath(new URL('./gazetteer.json', import.meta.url));
  writeFileSync(out, JSON.stringify(entries.map((entry) => [entry.code, entry.name])) + '\n');
  console.log(`gazetteer.json: ${entries.length} regions`);
}
