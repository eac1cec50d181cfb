/**
 * The Indonesian region gazetteer (provinces and kabupaten/kota, from idn-area-data) and its look-ups:
 * by code, by official name, and a ranked prefix search for autocomplete and `GET /api/regions`.
 * It knows official names only; nicknames live in aliases.ts, and finding names in text is the extractor's job.
 */
import gazetteer from './gazetteer.json' with { type: 'json' };

type RegionKind = 'provinsi' | 'kabupaten' | 'kota';
export interface RegionEntry {
  /** Kemendagri code: `35` for a province, `35.10` for a kabupaten/kota. */
  code: string;
  /** Official name: `Provinsi Jawa Timur`, `Kabupaten Banyuwangi`, `Kota Administrasi Jakarta Pusat`. */
  name: string;
  kind: RegionKind;
  /** The province's own name, without "Provinsi": `Jawa Timur`. */
  province: string;
}

/**
 * The entries from the file's `[code, name]` pairs, provinces first: a name starting "Kota" is a kota, and
 * a kabupaten/kota's province is the one its code begins with (the file stays a third of the full form).
 */
function expand(pairs: readonly (readonly [string, string])[]): RegionEntry[] {
  const provinces = new Map<string, string>();
  return pairs.map(([code, name]): RegionEntry => {
    if (code.length === 2) {
      const province = name.replace(/^Provinsi /, '');
      provinces.set(code, province);
      return { code, name, kind: 'provinsi', province };
    }
    const kind = /^kota\b/i.test(name) ? 'kota' : 'kabupaten';
    return { code, name, kind, province: provinces.get(code.slice(0, 2)) ?? '' };
  });
}

export const REGIONS: readonly RegionEntry[] = expand(gazetteer as [string, string][]);
const byCode = new Map(REGIONS.map((r) => [r.code, r]));

/** Folds case, accents, punctuation and the usual prefixes so that spellings compare equal. */
export function foldRegionName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// The extractor asks for the same few regions' bare names for every agency it compares: folded once.
const bareNames = new Map<string, string>();

/** The bare name without kind words: "Kabupaten Banyuwangi" → "banyuwangi". */
export function bareRegionName(name: string): string {
  let bare = bareNames.get(name);
  if (bare === undefined) {
    bare = foldRegionName(name)
      .replace(/^(provinsi|kabupaten|kab|kota|kota administrasi|kabupaten administrasi)\s+/, '')
      .replace(/^administrasi\s+/, '');
    if (bareNames.size >= 1024) bareNames.clear();
    bareNames.set(name, bare);
  }
  return bare;
}

const byFoldedName = new Map(REGIONS.map((r) => [foldRegionName(r.name), r]));

export function regionByCode(code: string): RegionEntry | undefined {
  return byCode.get(code);
}

/** The entry whose official name this is, e.g. "kabupaten banyuwangi" or "Kota Bandung". */
export function regionByName(name: string): RegionEntry | undefined {
  return byFoldedName.get(foldRegionName(name));
}

/** The province entry a kabupaten/kota belongs to (or the province itself). */
export function provinceOf(region: RegionEntry): RegionEntry | undefined {
  return byCode.get(region.code.slice(0, 2));
}

/**
 * Ranked search over official names: exact bare name, then prefix, then word prefix, then substring.
 * @example searchRegions('bandung') // Kota Bandung, Kabupaten Bandung, Kabupaten Bandung Barat
 */
export function searchRegions(query: string, limit = 10): RegionEntry[] {
  const q = foldRegionName(query);
  if (!q) return [];
  const scored: { region: RegionEntry; score: number }[] = [];
  for (const region of REGIONS) {
    const full = foldRegionName(region.name);
    const bare = bareRegionName(region.name);
    let score = 0;
    if (bare === q || full === q) score = 100;
    else if (bare.startsWith(q) || full.startsWith(q)) score = 80;
    else if (` ${full}`.includes(` ${q}`)) score = 60;
    else if (full.includes(q) || region.code.startsWith(query.trim())) score = 40;
    if (!score) continue;
    // Among equals, a city before a regency of the same name, and shorter names first.
    score -= bare.length / 100;
    if (region.kind === 'kota') score += 0.5;
    scored.push({ region, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.region.code.localeCompare(b.region.code))
    .slice(0, limit)
    .map((s) => s.region);
}
