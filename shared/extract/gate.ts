/**
 * The page gate: sentences → whether the page tells of a study visit, and whether that visit belongs to a
 * civil-service leadership training (Diklatpim, PKN, PKA, PKP, Latsar, or a leadership training of ASN).
 * Related-news lines never open it; a school's student-leadership course, a council's working visit or
 * a company's staff trip does not either. It reads no field; index.ts clears what a closed gate rules out.
 */
import { isHabitual, sentenceWithoutRemarks } from './remarks.ts';
import { memo, type ArticleContext } from './context.ts';
import type { Sentence, Source } from './text.ts';
import { anyOf } from './vocab/compile.ts';
import { AWARD_WORDS } from './vocab/awards.ts';
import { INSTITUTION_NAMES } from './vocab/institutions.ts';
import {
  CIVIL_SERVICE_WORDS,
  LEADERSHIP_SCHOOLS,
  LEVELS,
  NON_GOVERNMENT_PEOPLE,
  OTHER_TRAINEES,
  PROGRAM_ACRONYMS,
  PROGRAM_NAMES,
  PROGRAM_QUALIFIERS,
  TRAINING_WORDS,
} from './vocab/programs.ts';
import { LINK_ADVERBS, LINK_HEADINGS, LINK_VERBS, RELATED_NOUNS, RELATED_QUALIFIERS } from './vocab/site.ts';
import {
  ARRIVAL_WORDS,
  CEREMONY_WORDS,
  FUTURE_WORDS,
  GROUP_WORDS,
  HEADLINE_CEREMONY_WORDS,
  HEADLINE_VISIT_WORDS,
  RECEIVED_WORDS,
  VISIT_STEMS,
  VISIT_VERBS,
} from './vocab/visits.ts';

// The words of a study visit. Anywhere in a past-tense body sentence they make the page one about a visit.
const VISIT_WORDS = new RegExp(anyOf([...VISIT_STEMS, ...VISIT_VERBS], { spaces: 'any' }), 'i');
// "Rombongan peserta tiba di …", "peserta diterima Bupati": guests arriving are a visit too.
const GUESTS = new RegExp(
  String.raw`\b${anyOf(GROUP_WORDS)}\b[^.]{0,80}?\b${anyOf([...ARRIVAL_WORDS, ...RECEIVED_WORDS])}\b`,
  'i',
);
// A headline may say it in fewer words: "Sambangi", "Timba Ilmu ke", "Belajar dari".
const HEADLINE_VISIT = new RegExp(String.raw`\b${anyOf(HEADLINE_VISIT_WORDS, { spaces: 'any' })}\b`, 'i');
// A training's opening or closing, an award: the headline names another kind of event.
const OTHER_EVENT = new RegExp(
  String.raw`\b${anyOf([...CEREMONY_WORDS, ...HEADLINE_CEREMONY_WORDS, ...AWARD_WORDS], { spaces: 'any' })}\b`,
  'i',
);
// "akan mengikuti … benchmarking", "rencananya": a visit still to come in a story about something else.
const FUTURE = new RegExp(String.raw`\b${anyOf(FUTURE_WORDS)}\b`, 'i');

// A civil-service leadership program named as such: it needs no one else to vouch for it.
const LEVEL = String.raw`${anyOf(Object.keys(LEVELS))}\b`;
const PROGRAM_WORDS = new RegExp(
  [
    String.raw`\b(?:${anyOf(PROGRAM_NAMES.diklatpim)}\w*|pim\s*(?:tingkat|tk\.?)?\s*(?:iv|iii|ii)\b|${anyOf([...PROGRAM_NAMES.latsar, ...LEADERSHIP_SCHOOLS], { spaces: 'any' })})`,
    String.raw`\b${anyOf(PROGRAM_NAMES.kepemimpinan, { spaces: 'any' })}\s+(?:${anyOf(PROGRAM_QUALIFIERS)}|(?:tingkat|tk\.?)\s*${LEVEL}|(?:bagi\s+|untuk\s+)?(?:para\s+)?(?:pejabat|asn|pns|aparatur(?!\s+(?:desa|kampung|nagari|gampong))|eselon))`,
    String.raw`\bpejabat\s+(?:struktural\s+)?eselon\s+${LEVEL}`,
  ].join('|'),
  'i',
);
// The acronyms in capitals only: "PKn" is the school's civics lesson, "pka" no program.
const ACRONYMS = new RegExp(String.raw`\b${anyOf(PROGRAM_ACRONYMS)}\b`);
// A leadership training in general words, which may be anyone's: a school's, a party's, a company's.
const LEADERSHIP_TRAINING = new RegExp(
  String.raw`\b${anyOf(TRAINING_WORDS, { spaces: 'any' })}\b[^.]{0,60}?\bkepemimpinan\b|\bkepemimpinan\b[^.]{0,40}?\b(?:diklat|pelatihan|angkatan)\b`,
  'i',
);
// What makes such a training the civil service's: its trainees, its staff, its institutions, its marks.
const CIVIL_SERVICE = new RegExp(
  String.raw`\b(?:${anyOf(CIVIL_SERVICE_WORDS, { spaces: 'any' })}|aparatur(?!\s+(?:desa|kampung|nagari|gampong|kelurahan))|angkatan\s+(?:[ivxlc]+|\d{1,3})\b|${anyOf(
    [
      ...INSTITUTION_NAMES.filter((name) => name !== 'LAN').map((name) =>
        /^\S{4,}$/.test(name) ? `${name}*` : name,
      ),
      'LAN RI',
      'Kemendagri',
    ],
    { spaces: 'any' },
  )})\b`,
  'i',
);
// Leadership courses and trips of others: pupils and students, scouts, youth and party cadres, councils,
// companies and their staff. Where they are the ones trained, the training is none of Lokus's.
const OTHERS = new RegExp(String.raw`\b${anyOf(OTHER_TRAINEES, { spaces: 'any' })}\b`, 'i');

// "Baca juga: …", "Lihat juga …", "Berita terkait: …": a link to another article, wherever it stands.
const LINK_LEAD = new RegExp(
  String.raw`^\s*(?:[-–•*»›]\s*)?(?:` +
    [
      String.raw`${anyOf(LINK_VERBS)}(?:\s+${anyOf(LINK_ADVERBS)})?\s*[:|»›-]`,
      String.raw`${anyOf(LINK_VERBS)}\s+(?:juga|pula)\b`,
      String.raw`${anyOf(RELATED_NOUNS)}\s+${anyOf(RELATED_QUALIFIERS)}\b`,
      String.raw`${anyOf(LINK_HEADINGS, { spaces: 'any' })}\b`,
    ].join('|') +
    ')',
  'i',
);
/** A listed headline in the page's tail: short, with no sentence end. */
const HEADLINE_LIKE = /^[^.!?]{3,140}$/;

// Read once per article: the gate and the reconciling stage both ask.
const LINKS = memo('link sentences', (source: Source) => findLinkSentences(source));

/**
 * The sentences that are links to other articles: any sentence opening on a link lead ("Baca juga:",
 * "Berita terkait", "Lihat juga"), and the run of headline-like lines that ends the body after the
 * article's last full sentence (a related-news list whose heading the scraper lost).
 * @example linkSentences(prepareSource('', 'Peserta tiba.\nBaca juga: Bupati Terima Tamu')).size // 1
 */
export function linkSentences(source: ArticleContext): Set<Sentence> {
  return source.recall(LINKS, source);
}

function findLinkSentences(source: Source): Set<Sentence> {
  const links = new Set<Sentence>();
  const body = source.sentences.filter((s) => s.source === 'text');
  for (const s of body) if (LINK_LEAD.test(s.text)) links.add(s);
  // The tail: paragraphs of one headline-like sentence after the last paragraph of prose.
  const paragraphs = new Map<number, Sentence[]>();
  for (const s of body) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s]);
  const prose = [...paragraphs.keys()].filter((index) =>
    /[.!?]["”’)]*$/.test(paragraphs.get(index)!.at(-1)!.text.trim()),
  );
  if (prose.length === 0) return links;
  const lastProse = Math.max(...prose);
  for (const [index, sentences] of paragraphs) {
    if (index <= lastProse || sentences.length !== 1) continue;
    if (HEADLINE_LIKE.test(sentences[0]!.text.trim())) links.add(sentences[0]!);
  }
  return links;
}

/** The body sentences a gate may read: no links, no remarks about someone's past or habitual training. */
function readable(source: ArticleContext): Sentence[] {
  const links = linkSentences(source);
  return source.sentences.filter((s) => !links.has(s));
}

/**
 * Whether the page tells of a study visit: the headline names one, or (unless the headline names another
 * event) a body sentence does outside a plan for later.
 */
export function tellsOfVisit(source: ArticleContext): boolean {
  if (VISIT_WORDS.test(source.title) || HEADLINE_VISIT.test(source.title)) return true;
  if (source.title && OTHER_EVENT.test(source.title)) return false;
  return readable(source).some(
    (s) =>
      s.source === 'text' &&
      (VISIT_WORDS.test(s.text) || GUESTS.test(s.text)) &&
      !FUTURE.test(s.text) &&
      !isHabitual(s.text),
  );
}

/**
 * Whether a sentence speaks of a civil-service leadership training: a program by name ("Diklatpim IV",
 * "PKA", "Latsar CPNS"), or a leadership training in general words with a mark of the civil service
 * beside it and no one else's trainees (pupils, cadres, councillors, staff of a firm).
 * @example speaksOfCivilTraining('Peserta pelatihan kepemimpinan bagi pejabat eselon tiba.') // true
 * @example speaksOfCivilTraining('Siswa mengikuti Latihan Dasar Kepemimpinan (LDKS).') // false
 */
function speaksOfCivilTraining(text: string): boolean {
  if (PROGRAM_WORDS.test(text) || ACRONYMS.test(text)) return !namesOthers(text);
  return LEADERSHIP_TRAINING.test(text) && CIVIL_SERVICE.test(text) && !OTHERS.test(text);
}

// A program named for others' trainees: "… tingkat II bagi pengurus OSIS", "kader partai mengikuti …".
// Others merely present ("disambut para anggota DPRD") leave the program the civil service's.
const OTHER = anyOf(OTHER_TRAINEES, { spaces: 'any' });
const OTHERS_TRAINED = new RegExp(
  [
    String.raw`\b(?:bagi|untuk|peserta(?:nya)?)\s+(?:(?:para|calon|pengurus|anggota)\s+)?${OTHER}\b`,
    String.raw`\bkepemimpinan\s+${OTHER}\b`,
    String.raw`\b${OTHER}\b(?:\s+[\w.-]+){0,4}?\s+(?:mengikuti|menjadi\s+peserta)\b`,
  ].join('|'),
  'i',
);

function namesOthers(text: string): boolean {
  return OTHERS_TRAINED.test(text) && !ACRONYMS.test(text) && !/latsar|diklat\s*pim|dikpim/i.test(text);
}

// "Sebanyak 42 siswa … melakukan kunjungan belajar ke …": people outside government making the visit.
const OUTSIDERS_VISIT = new RegExp(
  String.raw`\b${anyOf(NON_GOVERNMENT_PEOPLE, { spaces: 'any' })}\b[^.;]{0,80}?(?:${anyOf([...VISIT_STEMS, ...VISIT_VERBS], { spaces: 'any' })})`,
  'i',
);

/**
 * Whether the visit the page tells of is made by people outside government — pupils, students, cadres, a
 * firm's staff: their trips are no public-service benchmarking, and name no locus unless an innovation.
 * @example visitedByOutsiders(prepareSource('Siswa SMA Kunjungi Makodim', 'Para siswa melakukan kunjungan belajar.')) // true
 */
export function visitedByOutsiders(source: ArticleContext): boolean {
  return readable(source).some((s) => OUTSIDERS_VISIT.test(s.text));
}

/**
 * Whether the page's visit is a civil-service leadership training's: a sentence of the headline or the
 * body (links to other articles and remarks about someone's past or habitual training left out) speaks
 * of one. A DPRD "kunjungan kerja … studi banding", a school's LDKS or a hospital's own trip has none.
 */
export function inCivilTraining(source: ArticleContext): boolean {
  return readable(source).some((s) =>
    speaksOfCivilTraining(s.source === 'title' ? s.text : sentenceWithoutRemarks(s, source)),
  );
}
