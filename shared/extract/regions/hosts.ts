/**
 * Host regions: weighs every region mention of an article as evidence that its region was visited (organiser
 * homes, datelines, speakers' names and places passed through weigh nothing) and keeps the regions that
 * stand out. It reads no agencies: the loci stage adds their weight through `rankHostRegions`' boosts.
 */
import { regionByCode, type RegionEntry } from '../../regions/index.ts';
import { memo, recall, type ArticleContext } from '../context.ts';
import type { Sentence } from '../text.ts';
import type { MentionForm } from './names.ts';
import type { RegionMention } from './mentions.ts';
import { receivedBefore, visitorsAfter } from './delegation.ts';
import { listedRegions } from './lists.ts';
import { anyOf } from '../vocab/compile.ts';
import { INSTITUTION_NAMES, TRAINING_INSTITUTIONS } from '../vocab/institutions.ts';
import { ADDRESS_FORMS, HONORIFICS, SAYING_VERBS, SPEECH_VERBS } from '../vocab/people.ts';
import { PROGRAM_NAMES, PROGRAM_SHORT_NAMES } from '../vocab/programs.ts';
import { NAMESAKE_PLACES, STREET_WORDS } from '../vocab/regions.ts';
import { DISTRICTS, VILLAGES } from '../vocab/units.ts';
import {
  ARRIVAL_WORDS,
  CHOICE_WORDS,
  LEARNING_WORDS,
  MOVE_VERBS,
  PAST_WORDS,
  PLACE_LEADS,
  RECEIVED_WORDS,
  RECEIVING_WORDS,
  VISIT_STEMS,
  VISIT_VERBS,
} from '../vocab/visits.ts';

// Where a region names the organiser's home or the trainees' origin, not the place visited.
// An institution's acronym of four letters or more also reads its suffixed forms ("BPSDMD", "Pusdiklatwil").
const ORGANISER_NAMES = INSTITUTION_NAMES.map((name) => (/^\S{4,}$/.test(name) ? `${name}*` : name));
const ORGANISER_BEFORE = new RegExp(
  String.raw`(?:(?:\b|\()(?:${anyOf(TRAINING_INSTITUTIONS.balai!.names)}(?: [a-z]+){0,3}|${anyOf(ORGANISER_NAMES)}|${anyOf(PROGRAM_SHORT_NAMES)}|${anyOf(PROGRAM_NAMES.kepemimpinan)}(?: [a-z]+)?)(?: (?:tingkat|tk\.?))?(?: (?:i{1,3}|iv|[1-4]))?(?: angkatan [a-z0-9]+)?(?: ?\([^)]{1,40}\))?\)?|(?:peserta|rombongan|kunjungan|tamu)[^.]{0,60}\b(?:dari|asal)|\basal)\s*$`,
  'i',
);
const SPEAKER_BEFORE = new RegExp(
  String.raw`(?:\b(?:${anyOf([...SPEECH_VERBS, 'kepada', 'oleh'])})(?:nya)?|\b(?:${anyOf([...ADDRESS_FORMS, ...HONORIFICS])})\.?)\s*$`,
  'i',
);
const SPEAKER_AFTER = new RegExp(String.raw`^\s*${anyOf(SAYING_VERBS)}\b`, 'i');
// "Kecamatan Depok", "Jl. Bandung": a sub-district or street that shares a region's name is not the region.
const LOCAL_PLACES = [...DISTRICTS, ...VILLAGES, 'kel', 'dusun', ...STREET_WORDS];
const SUBDISTRICT_BEFORE = new RegExp(String.raw`\b${anyOf(LOCAL_PLACES)}\.?\s*$`, 'i');
// "seminar … di Sangatta", "sebelum kembali ke Mataram": where the trainees report back or go home;
// "transit di …", "via …": where they pass through; "dari aula … di …": where they join a virtual visit.
const HOMEWARD_BEFORE =
  /(?:\bdari (?:aula|ruang|ruangan|gedung|kampus|studio)\b[^.]{0,40}?(?:,|\bdi)|\b(?:transit|sempat singgah|singgah sejenak|via|melalui jalur \w+ via)(?: (?:di|ke))?(?: \p{L}+){0,3}?,?|\bseminar\b[^.]{0,60}\bdi(?:\s+[\p{L}]+){0,4}?,?|\b(?:kembali|pulang|balik) ke(?: daerah(?: asal)?)?)\s+$/iu;
const SKIP_BEFORE = new RegExp(String.raw`\b${anyOf([...LOCAL_PLACES, ...NAMESAKE_PLACES])}\.?\s*$`, 'i');
const VISIT_WORD = new RegExp(
  anyOf([...VISIT_STEMS, ...VISIT_VERBS, ...MOVE_VERBS, ...LEARNING_WORDS, ...ARRIVAL_WORDS]),
  'i',
);
// "belajar inovasi dari X", "benchmarking secara virtual dengan Pemerintah X": learning from a host.
const VISIT_BEFORE = new RegExp(
  String.raw`(?:\bbelajar(?: [a-z]+){0,2} dari|\b(?:benchmarking|studi (?:lapangan|tiru|banding|komparatif)|kunjungan)(?: [a-z]+){0,3} dengan|\b(?:${anyOf(PLACE_LEADS)}|lokus(?: [a-z]+)?|ke)|\bdi(?: lingkungan| wilayah)?)\s+$`,
  'i',
);
// "Studi Lapangan di X", "benchmarking di X": the visit's own place, even where X's units also train.
const VISIT_NOUN_AT =
  /\b(?:studi (?:lapangan|tiru|banding|komparatif)|benchmarking|kunjungan(?: kerja| belajar)?|observasi lapangan|visitasi)\s+di\s+$/i;
const CHOSEN_BEFORE = new RegExp(String.raw`\b${anyOf(CHOICE_WORDS)}\s+$`, 'i');
const CHOSEN_AFTER =
  /^(?:,[^,.]{1,30},|,(?=\s*yang\b))?\s*(?:yang (?:berkenan |bersedia )?)?(?:sebagai|menjadi|terpilih|dipilih)\b/i;
const RECEPTION = new RegExp(String.raw`\b${anyOf([...RECEIVED_WORDS, ...RECEIVING_WORDS])}\b`, 'i');
const PAST = new RegExp(String.raw`\b${anyOf(PAST_WORDS)}\b`, 'i');
// "rujukan daerah lain yang datang belajar ke X": other visitors' trips, not this cohort's.
const OTHERS_BEFORE =
  /\b(?:daerah|pemda|pemerintah daerah|instansi|kabupaten|kota|tamu)(?:\/\w+)? lain(?:nya)?\b[^.]{0,50}$/i;
const DATELINE_AFTER = /^\s*(?:\(|,|[-–—])/;
// A dateline later in the page (after a date line or a byline): "Makassar – …", "BANTAENG, Sulsel (ANTARA) -".
const LATE_DATELINE_AFTER = /^\s*(?:\(\d|[-–—]|,[^.]{0,40}?(?:[-–—]|\(\d))/;

const BASE: Record<MentionForm, number> = { kind: 2, government: 2.5, head: 1.5, alias: 2, bare: 1 };

/** A region's weight as host of the visit, and the mention that argues for it best. */
export interface HostCandidate {
  region: RegionEntry;
  score: number;
  best: { sentence: Sentence; mention: RegionMention; weight: number } | null;
}

// What mentionWeight reads from the whole sentence, read once for all its mentions.
const SENTENCE_WORDS = memo('region sentence words', (sentence: Sentence) => ({
  visit: VISIT_WORD.test(sentence.text),
  past: PAST.test(sentence.text),
  reception: RECEPTION.test(sentence.text),
}));
function sentenceWords(sentence: Sentence, context?: ArticleContext) {
  return recall(context, SENTENCE_WORDS, sentence);
}

/** Weight of one mention as evidence that its region was visited; 0 for organiser homes and datelines. */
function mentionWeight(
  sentence: Sentence,
  mention: RegionMention,
  firstBody: boolean,
  opensParagraph = false,
  /** Whether ORGANISER_BEFORE holds, when the caller has tested it already. */
  organiserHome?: boolean,
  /** Whether VISIT_BEFORE holds, when the caller has tested it already. */
  visitBefore?: boolean,
  context?: ArticleContext,
): number {
  const text = sentence.text;
  const before = text.slice(Math.max(0, mention.start - 120), mention.start);
  const after = text.slice(mention.end, mention.end + 60);
  if (organiserHome ?? ORGANISER_BEFORE.test(before)) return 0;
  if (firstBody && mention.start < 3 && DATELINE_AFTER.test(after)) return 0;
  if (opensParagraph && mention.start < 3 && LATE_DATELINE_AFTER.test(after)) return 0;
  if (HOMEWARD_BEFORE.test(before)) return 0;
  if (mention.form === 'bare' && SUBDISTRICT_BEFORE.test(before)) return 0;
  if (mention.form === 'bare' && (SPEAKER_BEFORE.test(before) || SPEAKER_AFTER.test(after))) return 0;
  if (mention.form === 'bare' && SKIP_BEFORE.test(before)) return 0.5;
  // "Wali Kota Bima Arya": a head of region followed by a name may be a person, not the region.
  if (mention.form === 'head' && /^\s+[A-Z]/.test(after) && !/^\s+H\.?\s/.test(after)) return 0.75;
  let weight = BASE[mention.form];
  const isTitle = sentence.source === 'title';
  if (isTitle) weight += 3;
  const words = sentenceWords(sentence, context);
  const visiting = isTitle || words.visit;
  if (visiting && !words.past && (visitBefore ?? VISIT_BEFORE.test(before)) && !OTHERS_BEFORE.test(before))
    weight += /\bdi(?: \w+)?\s+$/i.test(before) ? 2 : 3;
  if (CHOSEN_BEFORE.test(before) || CHOSEN_AFTER.test(after)) weight += 3;
  if (mention.form === 'head' && words.reception) weight += 3;
  return weight;
}

/**
 * Ranks the regions of an article as hosts and keeps those that stand out: a score of at least 3 and a
 * third of the best, or at least 5 where a visit verb names them; a province only when none of its
 * kabupaten/kota is kept or agencies name it.
 * `boosts` adds weight from outside (agencies that name their region).
 */
export function rankHostRegions(
  sentences: readonly Sentence[],
  mentions: readonly RegionMention[][],
  boosts: ReadonlyMap<string, number> = new Map(),
  context?: ArticleContext,
): HostCandidate[] {
  const byCode = new Map<string, HostCandidate>();
  const firstBody = sentences.findIndex((s) => s.source === 'text');
  // The organiser's home and the trainees' origin ("BKPSDM Kutim", "peserta dari …") are hosts only
  // where a visit verb names them ("studi lapangan ke …"), however often they recur.
  const home = new Set<string>();
  const visited = new Set<string>();
  sentences.forEach((sentence, k) => {
    const opensParagraph =
      sentence.source === 'text' && (k === 0 || sentences[k - 1].paragraph !== sentence.paragraph);
    const listed = listedRegions(sentence.text, mentions[k] ?? []);
    (mentions[k] ?? []).forEach((mention, i) => {
      const before = sentence.text.slice(Math.max(0, mention.start - 120), mention.start);
      // "Kabupaten X, Provinsi Y": the province after one of its own regions is that region's address.
      const previous = (mentions[k] ?? [])[i - 1];
      const address =
        mention.region.kind === 'provinsi' &&
        previous !== undefined &&
        previous.region.code.startsWith(`${mention.region.code}.`) &&
        /^\s*,?\s*$/.test(sentence.text.slice(previous.end, mention.start));
      // The organiser's home, or the home of the group that makes the visit or is received.
      const after = sentence.text.slice(mention.end, mention.end + 120);
      const organiserHome =
        ORGANISER_BEFORE.test(before) ||
        (!VISIT_BEFORE.test(before) && (visitorsAfter(after) || receivedBefore(before)));
      // Read once here for mentionWeight too (which never gets that far for an organiser's home).
      const visitBefore = !organiserHome && VISIT_BEFORE.test(before);
      // An item of a list of places visited ("… tujuan VKN, yaitu A, B dan C") is visited, as its first is.
      const listedVisit = listed.has(i) && !organiserHome && !sentenceWords(sentence, context).past;
      if (organiserHome) home.add(mention.region.code);
      else if (listedVisit) visited.add(mention.region.code);
      else if (
        visitBefore &&
        (!/\bdi\s+$/i.test(before) || VISIT_NOUN_AT.test(before)) &&
        sentenceWords(sentence, context).visit &&
        !sentenceWords(sentence, context).past
      )
        visited.add(mention.region.code);
      const weight = address
        ? 0
        : mentionWeight(
            sentence,
            mention,
            k === firstBody || k === 0,
            opensParagraph,
            organiserHome,
            visitBefore && !listedVisit,
            context,
          ) + (listedVisit ? 3 : 0);
      const entry = byCode.get(mention.region.code) ?? { region: mention.region, score: 0, best: null };
      entry.score += weight;
      if (weight > 0 && (!entry.best || weight > entry.best.weight))
        entry.best = { sentence, mention, weight };
      byCode.set(mention.region.code, entry);
    });
  });
  for (const [code, boost] of boosts) {
    const region = regionByCode(code);
    if (!region) continue;
    const entry = byCode.get(code) ?? { region, score: 0, best: null };
    entry.score += boost;
    byCode.set(code, entry);
  }
  const ranked = [...byCode.values()]
    .filter(
      (c) =>
        c.best &&
        (!home.has(c.region.code) || visited.has(c.region.code) || (boosts.get(c.region.code) ?? 0) >= 6),
    )
    .sort((a, b) => b.score - a.score);
  if (!ranked.length) return [];
  const top = ranked[0].score;
  // "melanjutkan kunjungan ke Pemerintah Kota X": a region the visit goes to stands, however much the
  // article says of another.
  const kept = ranked.filter(
    (c) => c.score >= Math.max(3, top / 3) || (visited.has(c.region.code) && c.score >= 5),
  );
  const hosts = kept.filter(
    (c) =>
      c.region.kind !== 'provinsi' ||
      (boosts.get(c.region.code) ?? 0) > 0 ||
      !kept.some((k) => k.region.kind !== 'provinsi' && k.region.code.startsWith(`${c.region.code}.`)),
  );
  return hosts.length ? hosts : [ranked[0]];
}
