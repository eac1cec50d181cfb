/**
 * The shared scorer's matching rules (../shared/eval/score.mjs), for tests that check a record field by
 * field: "*" is not scored, a list for a scalar field is alternatives, null means a predicted value is
 * wrong, and set fields (host regions, agencies, innovations) are matched one to one — regions exactly,
 * agencies and innovations with the scorer's lenient token similarity.
 */

const norm = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bkab\.\s*/g, 'kabupaten ')
    .replace(/\bpemkab\b/g, 'kabupaten')
    .replace(/\bpemkot\b/g, 'kota')
    .replace(/\bmal\b/g, 'mall')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const tokens = (s: unknown) => new Set(norm(s).split(' ').filter(Boolean));
const STOP = new Set(['dan', 'kota', 'kabupaten', 'di', 'of', 'the']);

function similar(a: unknown, b: unknown): boolean {
  const na = norm(a);
  const nb = norm(b);
  if (!na || !nb) return false;
  if (na === nb) return true;
  const ta = [...tokens(a)].filter((t) => !STOP.has(t));
  const tb = [...tokens(b)].filter((t) => !STOP.has(t));
  if (!ta.length || !tb.length) return false;
  const A = new Set(ta);
  const B = new Set(tb);
  const inter = ta.filter((t) => B.has(t)).length;
  const jaccard = inter / new Set([...ta, ...tb]).size;
  const [short, long] = A.size <= B.size ? [A, B] : [B, A];
  const contained = short.size >= 1 && [...short].every((t) => long.has(t)) && short.size / long.size >= 0.4;
  return jaccard >= 0.6 || contained;
}

const exact = (a: unknown, b: unknown) => norm(a) === norm(b);

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
function cohortNumber(s: unknown): number | string {
  const m = norm(s).match(/angkatan\s+([ivxlcdm]+|\d+)\b/);
  if (!m) return norm(s);
  if (/^\d+$/.test(m[1]!)) return Number(m[1]);
  let n = 0;
  for (let i = 0; i < m[1]!.length; i++) {
    const value = ROMAN[m[1]![i]!]!;
    const next = ROMAN[m[1]![i + 1] ?? ''] ?? 0;
    n += value < next ? -value : value;
  }
  return n;
}
const sameCohort = (a: unknown, b: unknown) => cohortNumber(a) === cohortNumber(b);
const sameNumber = (a: unknown, b: unknown) => Number(a) === Number(b);

/** [true positives, false positives, false negatives] of a scalar field; null where gold is "*". */
function scalar(
  gold: unknown,
  pred: unknown,
  eq: (a: unknown, b: unknown) => boolean,
): [number, number, number] | null {
  if (gold === '*' || gold === undefined) return null;
  const empty = pred === null || pred === undefined || pred === '';
  if (gold === null) return empty ? [0, 0, 0] : [0, 1, 0];
  const options = Array.isArray(gold) ? gold : [gold];
  if (empty) return [0, 0, 1];
  return options.some((o) => eq(o, pred)) ? [1, 0, 0] : [0, 1, 1];
}

/** [true positives, false positives, false negatives] of a set field, matched one to one. */
function matchSets(
  gold: readonly unknown[],
  pred: readonly unknown[],
  eq: (a: unknown, b: unknown) => boolean = similar,
): [number, number, number] {
  const g = [...new Set(gold.filter(Boolean).map(String))];
  const p = [...new Set(pred.filter(Boolean).map(String))];
  const used = new Set<number>();
  let tp = 0;
  for (const x of p) {
    const i = g.findIndex((y, k) => !used.has(k) && eq(y, x));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return [tp, p.length - tp, g.length - tp];
}

interface Scored {
  loci?: { region?: string | null; agency?: string | null; innovations?: string[] }[];
  [field: string]: unknown;
}
const regionsOf = (r: Scored) => (r.loci ?? []).map((l) => l.region).filter(Boolean);
const agenciesOf = (r: Scored) => (r.loci ?? []).map((l) => l.agency).filter(Boolean);
const innovationsOf = (r: Scored) => (r.loci ?? []).flatMap((l) => l.innovations ?? []);

/** Each scored field as the scorer reads it: [tp, fp, fn], or null where it is not scored. */
export const FIELDS: Record<string, (gold: Scored, pred: Scored) => [number, number, number] | null> = {
  title: (g, p) => scalar(g.title, p.title, similar),
  publishedAt: (g, p) => scalar(g.publishedAt, p.publishedAt, exact),
  program: (g, p) => scalar(g.program, p.program, exact),
  cohortLabel: (g, p) => scalar(g.cohortLabel, p.cohortLabel, sameCohort),
  organiser: (g, p) => scalar(g.organiser, p.organiser, similar),
  participants: (g, p) => scalar(g.participants, p.participants, sameNumber),
  startDate: (g, p) => scalar(g.startDate, p.startDate, exact),
  // A one-day visit may be written with no end date or with end = start.
  endDate: (g, p) =>
    scalar(g.endDate, g.endDate === null && p.endDate && p.endDate === p.startDate ? null : p.endDate, exact),
  hostRegions: (g, p) => matchSets(regionsOf(g), regionsOf(p), exact),
  agencies: (g, p) => matchSets(agenciesOf(g), agenciesOf(p)),
  innovations: (g, p) => matchSets(innovationsOf(g), innovationsOf(p)),
};
