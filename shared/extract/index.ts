/**
 * The locus extractor: an article's headline, body and URL → a `LocusRecord` with evidence per field.
 * Stages, in order, each over the article's context (context.ts):
 * 1 text.ts (clean, cut into sentences) → 2 dates/ (publication, visit start/end) → 3 program.ts
 * (program, cohort; remarks.ts leaves out past and habitual trainings) → 4 organiser.ts (sender.ts: the
 * sending government where no training institution is named), participants.ts
 * → 5 gate.ts (does the page tell of a visit, and of a civil-service leadership training? outside one —
 * a council's working visit, a school's LDKS — the training fields go too) → 6 loci/ (host regions
 * from regions/, agencies from agencies/, innovations from innovations/; skipped, and the visit dates
 * cleared, when the gate is shut) → 7 here: loci that are the organiser or its home region are dropped
 * → 8 awards/ (the awards and rankings the page says were won, for scouting).
 * Pure: no DOM, no network. It never throws; a failing stage leaves its fields empty and a note in the
 * context's debug log.
 */
import { emptyLocusRecord, type Evidence, type Locus, type LocusRecord } from '../schema/locus-record.ts';
import { extractAwards } from './awards/index.ts';
import { extractDates } from './dates/index.ts';
import { extractLoci } from './loci/index.ts';
import { extractOrganiser } from './organiser.ts';
import { inCivilTraining, linkSentences, tellsOfVisit, visitedByOutsiders } from './gate.ts';
import { extractProgram } from './program.ts';
import { ArticleContext } from './context.ts';
import { prepareSource } from './text.ts';

export interface ArticleInput {
  title: string;
  text: string;
  url?: string | null;
  /** The page's own publication date (`YYYY-MM-DD`, from its metadata), used when the text gives none. */
  publishedAt?: string | null;
}

/** Whether the program was read in the body or headline proper, not in a link to another article. */
function readOutsideLinks(source: ArticleContext, cited: Evidence | undefined): boolean {
  if (!cited) return false;
  const links = linkSentences(source);
  return !source.sentences.some(
    (s) => links.has(s) && s.source === cited.source && s.start === cited.start && s.end === cited.end,
  );
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Keeps a value within the schema's bound (a scraped "headline" can be a whole page). */
function clip(value: string | null, max: number): string | null {
  return value && value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value;
}

/** Evidence within the schema's bound: a sentence of a page without full stops can be the whole page. */
function clipEvidence(cited: Evidence): Evidence {
  return cited.sentence.length > 2000 ? { ...cited, sentence: clip(cited.sentence, 2000)! } : cited;
}

function tidyLocus(locus: Locus): Locus {
  return {
    region: locus.region ?? null,
    regionCode: locus.regionCode ?? null,
    province: locus.province ?? null,
    agency: locus.agency ?? null,
    innovations: Array.isArray(locus.innovations) ? locus.innovations : [],
    evidence: locus.evidence ?? {},
  };
}

const fold = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word && !NOT_A_NAME.has(word));
const NOT_A_NAME = new Set([
  'dan',
  'provinsi',
  'prov',
  'kabupaten',
  'kab',
  'kota',
  'pemkab',
  'pemkot',
  'pemprov',
]);

/**
 * Stage 7, reconciling: the organiser is not a locus. A locus whose agency is the organiser goes, and
 * so does one in the organiser's home region ("BKPSDM Kota Madiun" → Kota Madiun) while others remain.
 * (The loci stage reads the text alone and cannot know the organiser.)
 */
function withoutOrganiser(loci: Locus[], organiser: string | null): Locus[] {
  if (!organiser) return loci;
  const own = new Set(fold(organiser));
  const isOrganiser = (agency: string | null) => {
    const words = agency ? fold(agency) : [];
    return words.length > 0 && words.every((w) => own.has(w));
  };
  const isHome = (region: string | null) => {
    const words = region ? fold(region) : [];
    return words.length > 0 && words.every((w) => own.has(w));
  };
  const kept = loci.filter((locus) => !isOrganiser(locus.agency));
  const away = kept.filter((locus) => !isHome(locus.region));
  return away.length > 0 ? away : kept;
}

/**
 * Reads one article into a locus record.
 * @example extractLocusRecord({ title: 'Peserta PKA ke Banyuwangi', text: '…', url: null }).program // 'PKA'
 */
export function extractLocusRecord(input: ArticleInput): LocusRecord {
  return readArticle(input).record;
}

/**
 * Reads one article into a locus record and returns the article's context beside it, whose debug log
 * says which stages threw (tests fail on any).
 */
export function readArticle(input: ArticleInput): { record: LocusRecord; context: ArticleContext } {
  const title = asText(input?.title);
  const text = asText(input?.text);
  const url = typeof input?.url === 'string' && input.url ? input.url : null;
  let source: ArticleContext;
  try {
    source = prepareSource(title, text, url);
  } catch (error) {
    const context = new ArticleContext({ title, text: '', url, sentences: [] });
    context.debug.push({ stage: 'text', message: `threw: ${String(error)}`, error });
    return { record: emptyLocusRecord(title.trim() || null), context };
  }
  const attempt = <T>(stage: string, run: () => T, fallback: T) => source.attempt(stage, run, fallback);

  const record = emptyLocusRecord(source.title || null);
  const evidence: Record<string, Evidence> = {};
  if (source.title)
    evidence.title = { source: 'title', start: 0, end: source.title.length, sentence: source.title };

  const pageDate = typeof input?.publishedAt === 'string' ? input.publishedAt : null;
  const dates = attempt('dates', () => extractDates(source, text, pageDate), null);
  if (dates) {
    record.publishedAt = dates.publishedAt;
    record.startDate = dates.startDate;
    record.endDate = dates.endDate;
    Object.assign(evidence, dates.evidence);
  }
  if (!record.publishedAt && pageDate && /^\d{4}-\d{2}-\d{2}$/.test(pageDate)) record.publishedAt = pageDate;

  const program = attempt('program', () => extractProgram(source), null);
  if (program) {
    record.program = program.program;
    record.cohortLabel = program.cohortLabel;
    Object.assign(evidence, program.evidence);
  }
  const organiser = attempt('organiser', () => extractOrganiser(source), null);
  if (organiser) {
    record.organiser = organiser.organiser;
    record.participants = organiser.participants;
    Object.assign(evidence, organiser.evidence);
  }
  // A page outside any civil-service leadership training (a council's working visit, a school's
  // leadership course) has no program, trainees or organiser, whatever course and count it names; a
  // page that tells of no visit (an award, a training's opening) has no visit dates and no loci.
  const training = attempt(
    'gate',
    () => inCivilTraining(source) || readOutsideLinks(source, evidence.program),
    true,
  );
  if (!training) {
    record.program = record.cohortLabel = record.organiser = null;
    record.participants = null;
    for (const key of ['program', 'cohortLabel', 'organiser', 'participants']) delete evidence[key];
  }
  const visit = attempt('gate', () => tellsOfVisit(source), true);
  if (!training || !visit) {
    record.startDate = null;
    record.endDate = null;
    delete evidence.startDate;
    delete evidence.endDate;
  }
  // Loci come from every page that tells of a visit or names an innovation: an award article, another
  // delegation's studi banding, an agency's news about its own innovation. A trip of pupils or of a firm's
  // staff is no public-service benchmarking: its places are loci only for an innovation named there.
  // On a page that tells of no visit, the loci stage keeps only the units and regions its innovations
  // and awards are told of.
  const outsiders = !training && visit && attempt('gate', () => visitedByOutsiders(source), false);
  const loci = attempt('loci', () => extractLoci(source, { visit: visit && !outsiders }), null);
  if (loci) {
    const kept = outsiders ? loci.loci.filter((locus) => locus.innovations.length > 0) : loci.loci;
    record.loci = withoutOrganiser(kept.map(tidyLocus), record.organiser);
  }
  record.awards = attempt('awards', () => extractAwards(source), []).map((award) =>
    award.evidence ? { ...award, evidence: clipEvidence(award.evidence) } : award,
  );
  record.title = clip(record.title, 500);
  for (const key of Object.keys(evidence)) evidence[key] = clipEvidence(evidence[key]!);
  for (const locus of record.loci) {
    const own = locus.evidence!;
    if (own.region) own.region = clipEvidence(own.region);
    if (own.agency) own.agency = clipEvidence(own.agency);
    for (const name of Object.keys(own.innovations ?? {}))
      own.innovations![name] = clipEvidence(own.innovations![name]!);
  }
  record.evidence = evidence;
  return { record, context: source };
}
