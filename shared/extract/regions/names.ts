/**
 * What names a region: the gazetteer's names and aliases compiled into look-up tables of compact keys, the
 * words that may stand before a name ("Kabupaten", "Pemkot", "Bupati"), and the look-ups that read a run of
 * tokens as a name, an alias or a kind word.
 */
import { REGIONS, bareRegionName, regionByCode, type RegionEntry } from '../../regions/index.ts';
import { AMBIGUOUS_ALIASES, BARE_NAMES_NEEDING_KIND, REGION_ALIASES } from '../../regions/aliases.ts';
import { compact, type Token } from './tokens.ts';
import { REGION_WORDS } from '../vocab/regions.ts';

/** How a mention names its region; decides its base weight as host evidence. */
export type MentionForm = 'kind' | 'government' | 'head' | 'alias' | 'bare';

type Kind = RegionEntry['kind'] | null;
interface Prefix {
  words: string[];
  kind: Kind;
  form: MentionForm;
}

const PREFIXES: Prefix[] = REGION_WORDS.map(([words, kind, form]) => ({
  words: words.split(' '),
  kind,
  form,
})).sort((a, b) => b.words.length - a.words.length);
const PREFIX_FIRST = new Set(PREFIXES.map((p) => p.words[0]));
// The letters those words begin with: most tokens are turned away by their first char code alone.
const PREFIX_INITIALS = new Set([...PREFIX_FIRST].map((w) => w.charCodeAt(0)));

/** compact name → regions it names officially (bare name, or full official name). */
const NAMES = new Map<string, RegionEntry[]>();
function index(key: string, region: RegionEntry) {
  const list = NAMES.get(key) ?? [];
  if (!list.includes(region)) list.push(region);
  NAMES.set(key, list);
}
for (const region of REGIONS) index(compact(bareRegionName(region.name)), region);

/** compact alias → region; acronym aliases ("NTB", "OKI") must be written in capitals. */
const ALIASES = new Map<string, { region: RegionEntry; capitals: boolean }>();
for (const [alias, code] of Object.entries(REGION_ALIASES)) {
  const region = regionByCode(code);
  if (region) ALIASES.set(compact(alias), { region, capitals: alias === alias.toUpperCase() });
}
/** compact nickname → the regions that bear it ("Kota Tahu": Sumedang, Kediri). */
export const SHARED_ALIASES = new Map<string, RegionEntry[]>();
for (const [alias, codes] of Object.entries(AMBIGUOUS_ALIASES))
  SHARED_ALIASES.set(
    compact(alias),
    codes.map((code) => regionByCode(code)).filter((r): r is RegionEntry => r !== undefined),
  );
// Cheap test before tokenising: the first words those nicknames start with ("Kota", "Negeri").
export const SHARED_FIRST_WORD = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set(Object.keys(AMBIGUOUS_ALIASES).map((a) => a.split(' ')[0]))].join('|')})(?![\\p{L}])`,
  'iu',
);
const MAX_NAME_TOKENS = 5;
export const COMPACT_NAME = new Map(REGIONS.map((r) => [r.code, compact(bareRegionName(r.name))]));
/** Every prefix of every compact name and alias: a run of tokens stops growing once it leaves this set. */
const KEY_PREFIXES = new Set<string>();
for (const key of [...NAMES.keys(), ...ALIASES.keys(), ...SHARED_ALIASES.keys()])
  for (let n = 1; n <= key.length; n++) KEY_PREFIXES.add(key.slice(0, n));

type Run = { key: string; length: number };
const NO_RUNS: readonly Run[] = Object.freeze([]);
/** Runs already read, by token index, for one pass over a sentence (an array: cheaper than a Map). */
export type RunCache = (readonly Run[] | undefined)[];

/** Compact keys of the token runs starting at `from` that can still be names, longest first. */
export function runsAt(tokens: Token[], from: number, cache: RunCache): readonly Run[] {
  const cached = cache[from];
  if (cached) return cached;
  // Most words begin no name: they share one empty list instead of building their own.
  if (!KEY_PREFIXES.has(tokens[from].key)) {
    cache[from] = NO_RUNS;
    return NO_RUNS;
  }
  const runs: Run[] = [];
  let key = '';
  for (let k = from; k < tokens.length && k - from < MAX_NAME_TOKENS; k++) {
    if (k > from && !tokens[k].joined) break;
    key += tokens[k].key;
    if (!KEY_PREFIXES.has(key)) break;
    runs.push({ key, length: k - from + 1 });
  }
  runs.reverse();
  cache[from] = runs;
  return runs;
}

export function prefixAt(tokens: Token[], i: number): Prefix | undefined {
  const lower = tokens[i].lower;
  if (!PREFIX_INITIALS.has(lower.charCodeAt(0)) || !PREFIX_FIRST.has(lower)) return undefined;
  return PREFIXES.find((p) =>
    p.words.every((w, k) => tokens[i + k]?.lower === w && (k === 0 || tokens[i + k].joined)),
  );
}

const KIND_ORDER: Record<RegionEntry['kind'], number> = { kota: 0, provinsi: 1, kabupaten: 2 };
const byPreference = (a: RegionEntry, b: RegionEntry) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind];

export function aliasAt(tokens: Token[], i: number, cache: RunCache) {
  if (!tokens[i].cap) return undefined;
  for (const run of runsAt(tokens, i, cache)) {
    const alias = ALIASES.get(run.key);
    if (!alias) continue;
    const last = tokens[i + run.length - 1];
    if (alias.capitals && !tokens.slice(i, i + run.length).every((t) => t.upper || t.lower.length === 1))
      continue;
    return { region: alias.region, length: run.length, end: last.end };
  }
  return undefined;
}

export function nameAt(tokens: Token[], i: number, kind: Kind, needCap: boolean, cache: RunCache) {
  if (needCap && !tokens[i].cap) return undefined;
  for (const run of runsAt(tokens, i, cache)) {
    const found = NAMES.get(run.key);
    if (!found) continue;
    if (kind === null && run.length === 1 && BARE_NAMES_NEEDING_KIND.has(run.key)) return undefined;
    let candidates = kind ? found.filter((r) => r.kind === kind) : found;
    // "Kota Banyuwangi" means the town of a kabupaten; keep the region the words do name.
    if (!candidates.length) candidates = found;
    return { candidates: [...candidates].sort(byPreference), length: run.length };
  }
  return undefined;
}

/** Edit distance ≤ 1 (one substitution, insertion, deletion or swap), for typos such as "Banyueangi". */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
