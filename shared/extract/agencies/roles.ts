/**
 * Agency roles: how strongly a sentence makes each unit it names a visited locus — listed after a visit verb
 * or a list of loci ("ada empat lokus yakni …"), merely mentioned, or someone's office ("Kepala Dinas …") —
 * and the list items that are no agency but the name a locus is known by ("Smart Kampung Ketapang").
 */
import { memo, recall, type ArticleContext } from '../context.ts';
import { HEAD_START, ORGANISER, REGION_KIND, type AgencyMention } from './find.ts';
import { anyOf, prefilter } from '../vocab/compile.ts';
import { LIST_CONTINUERS, LIST_INTROS, LOCUS_LIST_VERBS, LOCUS_NOUNS } from '../vocab/lists.ts';
import { LIST_GLUE, PRESENTS_INNOVATION } from '../vocab/patterns.ts';
import { OFFICE_HOLDERS, STAFF_PEOPLE, WORKPLACE_WORDS } from '../vocab/people.ts';
import { LEARNING_CUES, LIST_NOUNS } from '../vocab/innovations.ts';
import { LEARNING_WORDS, PLACE_LEADS } from '../vocab/visits.ts';

const AFFILIATION_BEFORE = new RegExp(String.raw`\b${anyOf(OFFICE_HOLDERS)}(?:\s+[\p{L}]+){0,5}\s+$`, 'iu');
const VISIT_BEFORE = new RegExp(
  String.raw`(?:\b(?:${anyOf(PLACE_LEADS)}|ke|di|lokus)\s+(?:(?:lokasi|lokus)\s+)?)$`,
  'i',
);
/** "ada empat lokus yakni", "tiga OPD Kota Bogor yakni", "3 instansi benchmarking, yaitu" */
const LOCUS_LIST = new RegExp(
  String.raw`\b(?:${anyOf([...LOCUS_NOUNS, ...LOCUS_LIST_VERBS])}|kunjungan(?= (?:ke|di)\b))\b(?:(?!inovasi|program|aplikasi|layanan)[^.:;]){0,70}?(?:\b${anyOf(LIST_INTROS)}\b|:)`,
  'giu',
);
const LOCUS_LIST_WORD = prefilter(LOCUS_NOUNS, LOCUS_LIST_VERBS, ['kunjungan']);
// "… meninjau Dinas A yang menerapkan X serta Dinas B": after a clause, "serta"/"dan juga" goes on with the list.
const LIST_CONTINUES = new RegExp(String.raw`(?:^|[\s,])${anyOf(LIST_CONTINUERS)}\s+$`);
// "… mengunjungi Badan A yang mengembangkan X, Kantor B yang …, serta RSUD C": after a unit's clause a
// comma goes on with the list too.
const CLAUSE_THEN_COMMA =
  /^\s*(?:\([^()]*\)\s*)?(?:yang|dengan|untuk|sebagai|berupa|melalui|lewat)\b[^.;:]{0,200},\s*$/;
// "mempelajari inovasi Badan Pendapatan Daerah …, di antaranya …": the unit whose innovations the group
// studies is a place it learns at.
const STUDIED_OWNER_BEFORE = new RegExp(
  String.raw`\b${anyOf([...LEARNING_CUES, ...LEARNING_WORDS])}\s+${anyOf(LIST_NOUNS)}(?:\s+(?:unggulan|andalan|milik|dari))?\s+$`,
  'i',
);
// "Kepala DPMPTSP Kota X, Y, memaparkan inovasi Z": the unit whose head presents its innovation to the group
// is where the innovation lives.
const PRESENTS_INNOVATION_AFTER = new RegExp(PRESENTS_INNOVATION, 'i');
// "mendalami … pada Badan X": the unit where the group learnt something, unless someone works there.
const AT_BEFORE = /\bpada\s+$/i;
// "CPNS formasi perawat di RSUD X", "peserta asal Dinas Y", "bertugas di Z": a trainee's workplace.
// ("aplikasi X dari Dinas Y" is where the innovation comes from: "dari" alone is no one's workplace.)
const WORKPLACE_BEFORE = new RegExp(
  String.raw`\b${anyOf(WORKPLACE_WORDS)}\b[^.,;:()]{0,40}$|\b${anyOf(STAFF_PEOPLE)}\b[^.,;:()]{0,30}\bdari\s+$`,
  'i',
);
// "kompetisi yang digelar Biro Organisasi Setda …": the body that runs a contest or a training is no locus.
const RUN_BY_BEFORE =
  /\b(?:digelar|diselenggarakan|diadakan|dihelat|yang\s+digelar|yang\s+diselenggarakan)\s+(?:oleh\s+)?$/i;
// "desa yang berada di Kecamatan X": the unit's address, not the place visited.
const ADDRESS_BEFORE = /\b(?:berada|terletak|berlokasi|beralamat|letaknya)\s+di\s+$/i;
// "Desa X di Kecamatan Y menjadi sasaran visitasi": the unit the sentence makes the locus.
const MADE_LOCUS_AFTER =
  /^\s*(?:\([^()]*\)\s*)?(?:,[^,.;]{1,40},\s*)?(?:(?:yang\s+)?(?:jadi|menjadi|dijadikan|terpilih(?:\s+(?:menjadi|sebagai))?|dipilih(?:\s+(?:menjadi|sebagai))?|sebagai))\s+(?:lokus|sasaran|tujuan|lokasi|tempat)\b/i;

// Every intro ends in a colon or one of these words: most sentences have neither, and skip both scans.
// Case-blind as LOCUS_LIST is (flags iu), so it finds the word in any text LOCUS_LIST matches.
const INTRO_END = new RegExp(`:|${prefilter(LIST_INTROS).source}`, 'iu');

// findAgencies reads every sentence's list intros, then findNamedLoci reads them all again: kept per article.
const INTROS = memo('locus list intros', (text: string) => findListIntros(text));

/** Where each "lokus … yaitu" intro of a sentence starts and ends. */
function listIntros(text: string, context?: ArticleContext): { index: number; end: number }[] {
  return recall(context, INTROS, text);
}

function findListIntros(text: string): { index: number; end: number }[] {
  const intros: { index: number; end: number }[] = [];
  LOCUS_LIST.lastIndex = 0;
  if (INTRO_END.test(text) && LOCUS_LIST_WORD.test(text))
    for (let m = LOCUS_LIST.exec(text); m; m = LOCUS_LIST.exec(text))
      intros.push({ index: m.index, end: m.index + m[0].length });
  return intros;
}

export function classify(text: string, agencies: AgencyMention[], context?: ArticleContext): void {
  const listStarts = listIntros(text, context).map((i) => i.end);
  agencies.forEach((agency, k) => {
    const before = text.slice(Math.max(0, agency.start - 80), agency.start);
    const previous = agencies[k - 1];
    const sibling = previous && LIST_GLUE.test(text.slice(previous.end, agency.start));
    const near = text.slice(Math.max(0, agency.start - 40), agency.start);
    if (
      (WORKPLACE_BEFORE.test(near) || RUN_BY_BEFORE.test(near)) &&
      !listStarts.some((s) => s <= agency.start)
    )
      agency.role = 'affiliation';
    else if (
      listStarts.some((s) => s <= agency.start) ||
      (VISIT_BEFORE.test(before) && !ADDRESS_BEFORE.test(before)) ||
      STUDIED_OWNER_BEFORE.test(near) ||
      MADE_LOCUS_AFTER.test(text.slice(agency.end, agency.end + 80))
    )
      agency.role = 'listed';
    else if (sibling && previous.role === 'listed') agency.role = 'listed';
    else if (PRESENTS_INNOVATION_AFTER.test(text.slice(agency.end, agency.end + 140))) agency.role = 'listed';
    else if (AFFILIATION_BEFORE.test(before)) agency.role = 'affiliation';
    else if (AT_BEFORE.test(before)) agency.role = 'listed';
    else if (
      previous?.role === 'listed' &&
      (LIST_CONTINUES.test(text.slice(previous.end, agency.start)) ||
        CLAUSE_THEN_COMMA.test(text.slice(previous.end, agency.start))) &&
      !/[.;]/.test(text.slice(previous.end, agency.start))
    )
      agency.role = 'listed';
  });
  // A list shares its items' role: "di Dinas A, Dinas B dan Dinas C Kabupaten X".
  for (let k = agencies.length - 1; k > 0; k--) {
    const [previous, agency] = [agencies[k - 1], agencies[k]];
    if (LIST_GLUE.test(text.slice(previous.end, agency.start)) && agency.role === 'listed')
      previous.role = 'listed';
  }
}

/**
 * The items of a list of loci that are no agency ("yaitu Smart Kampung Ketapang, Mall … dan RSUD …"):
 * proper names the locus is known by. `agencies` are the sentence's agencies, whose spans are skipped.
 */
export function findNamedLoci(
  text: string,
  agencies: readonly AgencyMention[],
  context?: ArticleContext,
): AgencyMention[] {
  const named: AgencyMention[] = [];
  const [intro] = listIntros(text, context);
  if (!intro) return named;
  const listStart = intro.end;
  const item = /[^,]+?(?=\s*(?:,|\s+dan\s+|\s+serta\s+|[.;]|$))/gu;
  item.lastIndex = listStart;
  for (let m = item.exec(text); m; m = item.exec(text)) {
    const raw = m[0].replace(/^\s*(?:dan|serta)\s+/, '').trimStart();
    const start = m.index + m[0].indexOf(raw);
    const end = m.index + m[0].length;
    item.lastIndex = end + (/^\s+(?:dan|serta)\s+/.exec(text.slice(end))?.[0].length ?? 1);
    if (/[.;]/.test(text[end] ?? '') && end < text.length - 1 && text[end] !== ',') break;
    if (agencies.some((a) => a.start < end && a.end > start)) continue;
    const name = raw.trim();
    const words = name.split(/\s+/);
    if (words.length > 5 || !words.every((w) => /^[\p{Lu}\d]/u.test(w)) || HEAD_START.test(name)) continue;
    if (
      ORGANISER.test(name) ||
      REGION_KIND.test(name) ||
      /^(?:Pemkab|Pemkot|Pemko|Pemprov|Pemerintah)\b/.test(name)
    )
      continue;
    named.push({ name, role: 'named', start, end: start + name.length, region: null, alias: null });
    if (item.lastIndex >= text.length) break;
  }
  return named;
}
