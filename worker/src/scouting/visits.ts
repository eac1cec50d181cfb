/**
 * Visits, not just articles: the clips of one host region that tell of a training visit, grouped so that several
 * articles about the same visit — the same organiser (its acronym or its long name), dates within a few days —
 * are one visit. Where the articles disagree (28 or 40 participants) every figure is kept with its sources.
 */
import { words } from '../../../shared/scouting/classify.ts';
import type { LocusRecord } from '../../../shared/schema/locus-record.ts';

/** Articles of one visit are dated at most this many days apart (start date, else publication). */
const SAME_VISIT_DAYS = 3;

export interface VisitArticle {
  id: number;
  title: string;
  url: string;
  cohortSlug: string;
  record: LocusRecord;
}

export interface Figure<T> {
  value: T;
  clipIds: number[];
}

export interface ArticleVisit {
  /** The earliest date the articles give. */
  date: string;
  organisers: Figure<string>[];
  programs: Figure<string>[];
  cohortLabels: Figure<string>[];
  participants: Figure<number>[];
  startDates: Figure<string>[];
  endDates: Figure<string>[];
  articles: { id: number; title: string; url: string; cohortSlug: string }[];
}

/** Words that say what kind of body, not which: left out when two organisers' names are compared. */
const GENERIC = new Set([
  'provinsi',
  'prov',
  'kabupaten',
  'kab',
  'kota',
  'pemerintah',
  'pemprov',
  'pemkab',
  'pemkot',
  'dan',
  'ri',
]);

const nameWords = (name: string) => words(name).filter((word) => !GENERIC.has(word));

/** Whether an acronym is made of the starts of these words in order: "bapelkes" ← balai pelatihan kesehatan. */
function abbreviates(acronym: string, run: readonly string[]): boolean {
  const walk = (at: number, word: number): boolean => {
    if (at === acronym.length) return word === run.length;
    if (word === run.length) return false;
    const w = run[word]!;
    for (let take = Math.min(4, w.length, acronym.length - at); take >= 1; take--)
      if (w.startsWith(acronym.slice(at, at + take)) && walk(at + take, word + 1)) return true;
    return false;
  };
  return run.length >= 2 && walk(0, 0);
}

/**
 * Whether two names of a training institution name the same one: the same words, or one's acronym standing
 * for a run of the other's words ("Bapelkes Semarang" and "Balai Pelatihan Kesehatan Semarang").
 */
export function sameInstitution(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // Each word of the shorter name is the next word of the longer, or an acronym of the next few of them.
  const match = (s: number, l: number): boolean => {
    if (s === short.length) return l === long.length;
    if (long[l] === short[s] && match(s + 1, l + 1)) return true;
    for (let end = l + 2; end <= long.length; end++)
      if (abbreviates(short[s]!, long.slice(l, end)) && match(s + 1, end)) return true;
    return false;
  };
  return match(0, 0);
}

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

function addFigure<T>(
  figures: Figure<T>[],
  value: T | null | undefined,
  clipId: number,
  same = (p: T, q: T) => p === q,
) {
  if (value === null || value === undefined || value === '') return;
  const found = figures.find((figure) => same(figure.value, value));
  if (found) found.clipIds.push(clipId);
  else figures.push({ value, clipIds: [clipId] });
}

/**
 * Groups a region's visit articles into visits, newest first. An article without a training program (an
 * award, an agency's own news) is not a visit and is left out.
 */
export function groupVisits(articles: readonly VisitArticle[]): ArticleVisit[] {
  const dated = articles
    .filter((article) => article.record.program)
    .map((article) => ({ article, date: article.record.startDate ?? article.record.publishedAt }))
    .filter((entry): entry is { article: VisitArticle; date: string } => !!entry.date)
    .sort((p, q) => p.date.localeCompare(q.date));
  const visits: (ArticleVisit & { last: string })[] = [];
  for (const { article, date } of dated) {
    const { record } = article;
    const visit = visits.find(
      (v) =>
        dayOf(date) - dayOf(v.last) <= SAME_VISIT_DAYS &&
        v.programs.some((p) => p.value === record.program) &&
        (record.organiser
          ? v.organisers.some((o) => sameInstitution(o.value, record.organiser!)) || !v.organisers.length
          : true),
    );
    const target = visit ?? {
      date,
      last: date,
      organisers: [],
      programs: [],
      cohortLabels: [],
      participants: [],
      startDates: [],
      endDates: [],
      articles: [],
    };
    if (!visit) visits.push(target);
    target.last = date > target.last ? date : target.last;
    addFigure(target.organisers, record.organiser, article.id, sameInstitution);
    addFigure(target.programs, record.program, article.id);
    addFigure(target.cohortLabels, record.cohortLabel, article.id);
    addFigure(target.participants, record.participants, article.id);
    addFigure(target.startDates, record.startDate, article.id);
    addFigure(target.endDates, record.endDate, article.id);
    target.articles.push({
      id: article.id,
      title: article.title,
      url: article.url,
      cohortSlug: article.cohortSlug,
    });
  }
  return visits.map(({ last: _, ...visit }) => visit).sort((p, q) => q.date.localeCompare(p.date));
}
