/**
 * Agency names: finds the government units a sentence names ("Dinas Kesehatan Kota Bandung", "RSUD
 * Banyuwangi", "Badan … (BPPT-PM)", "Mal Pelayanan Publik") and reads each whole — affairs joined by "dan",
 * a bracketed acronym, the region closing the name. Organisers (Bapelkes, BPSDM, Kementerian …) and
 * reception venues are dropped. The role a sentence gives each is roles.ts' call.
 */
import type { RegionMention } from '../regions/index.ts';
import { anyOf } from '../vocab/compile.ts';
import { WEEKDAYS } from '../vocab/calendar.ts';
import {
  MINISTRIES,
  NATIONAL_AGENCIES,
  NEVER_LOCI_HEADS,
  TRAINING_INSTITUTIONS,
} from '../vocab/institutions.ts';
import { HEADLINE_VERBS, HONORIFICS, NAME_STOPS } from '../vocab/people.ts';
import {
  AFFAIR_WORDS,
  DISTRICTS,
  FACILITIES,
  HOSPITALS,
  LOCAL_UNITS,
  OFFICE_HEADS,
  OWN_NAME_HEADS,
  PROGRAMME_HEADS,
  SERVICE_MALLS,
  UNIT_ACRONYMS,
  VENUES,
  VILLAGES,
} from '../vocab/units.ts';

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
import { PLACE_LEADS } from '../vocab/visits.ts';

/**
 * `listed`: named in a list of loci or right after a visit verb; `mentioned`: named otherwise;
 * `affiliation`: only as someone's office ("Kepala Dinas …"); `named`: a list item of loci that is no
 * agency but the innovation the locus is known by ("Smart Kampung Ketapang").
 */
type AgencyRole = 'listed' | 'mentioned' | 'affiliation' | 'named';

export interface AgencyMention {
  /** The agency as the article names it, long acronym forms shortened ("Bappelitbang Kota Bandung"). */
  name: string;
  role: AgencyRole;
  start: number;
  end: number;
  /** The region named inside the agency's name, if any ("… Kota Bandung", "RSUD Banyuwangi"). */
  region: RegionMention | null;
  /** The other name the article gives it: the bracketed acronym or the long form it stands for. */
  alias: string | null;
  /** A national agency (BKN, LAN, KemenPAN-RB): a locus without region when visited. */
  national?: boolean;
}

// The visited personnel agencies (a regency's BKPSDM, BKPP, BKD) by their acronyms.
const VISITED_INSTITUTIONS = Object.values(TRAINING_INSTITUTIONS)
  .filter((family) => family.visited)
  .flatMap((family) => family.names.filter((name) => !name.includes(' ')));
// Heads of agency names; acronyms and their case are part of the pattern, so lowercase prose is not read.
const HEAD = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${anyOf(
    [
      ...HOSPITALS,
      ...SERVICE_MALLS,
      ...NATIONAL_AGENCIES.filter((name) => name !== 'LAN'),
      ...OFFICE_HEADS,
      ...DISTRICTS,
      ...VILLAGES,
      ...FACILITIES,
      ...Object.keys(UNIT_ACRONYMS),
      ...VISITED_INSTITUTIONS,
    ],
    { laterWords: 'either case' },
  )}|${anyOf(OWN_NAME_HEADS)}(?= \p{Lu})|(?:dinas|badan|kantor)(?= \p{Lu}{2,}(?![\p{L}\d])))(?![\p{L}\d])`,
  'gu',
);
// Heads that name nothing alone: "Dinas" must be followed by what it is in charge of.
const NEEDS_NAME = new RegExp(`^${anyOf([...OFFICE_HEADS, ...DISTRICTS, ...VILLAGES, ...OWN_NAME_HEADS])}$`);
const AFFAIR_HEAD = new RegExp(
  String.raw`^${anyOf(AFFAIR_WORDS)}(?![\p{L}\d])(?!\s+(?!Kota\b|Kabupaten\b|Kab\b|Provinsi\b)\p{Lu})`,
  'u',
);
export const HEAD_START = new RegExp(`^${HEAD.source}`, 'u');
const STOP_WORD = new RegExp(
  `^(?:${anyOf([...NAME_STOPS, ...HEADLINE_VERBS])}|${anyOf(Object.keys(WEEKDAYS).map(capitalise))})$`,
);
const WORD = /^\s*([\p{Lu}\d][\p{L}\d'’]*(?:-[\p{L}\d]+)*)/u;
export const REGION_KIND = /^(?:Kota|Kabupaten|Kab|Provinsi|Prov|Propinsi|Kotamadya)\b/;
const HOSPITAL_HEAD = new RegExp(`^${anyOf(HOSPITALS.map((name) => name.split(' ')[0]!))}$`);
const HONORIFIC = new RegExp(
  String.raw`^\s*(?:(?:${anyOf(HONORIFICS)}|\p{Lu})\.\s*|(?:dr|drg)\s+)(?=\p{Lu})`,
  'u',
);
// Where a region's name is a sub-district's: "Kecamatan Depok" is in Sleman, not Kota Depok. Yogyakarta
// says Kapanewon/Kalurahan, Papua Distrik, West Sumatra Nagari, Aceh Gampong, Lampung Pekon.
const SUBDISTRICT_HEAD = new RegExp(`^${anyOf([...DISTRICTS, ...VILLAGES])}$`);
// The larger of two sub-districts: "Desa X, Kecamatan Y", "Puskesmas X, Distrik Y" give the first one's address.
const DISTRICT_HEAD = new RegExp(`^${anyOf(DISTRICTS)}$`);
// "Kecamatan Depok", "Puskesmas Depok I" in Sleman: a local unit is named after its own place, which may share
// a region's name; the bare name right after its head is no region.
const NAMED_AFTER_PLACE = new RegExp(`(?:^|\\s)${anyOf([...DISTRICTS, ...VILLAGES, ...LOCAL_UNITS])}$`);
const VILLAGE_NAME = new RegExp(`^${anyOf(LOCAL_UNITS)}\\b`);
const LOCAL_BEFORE = new RegExp(
  String.raw`\b${anyOf(LOCAL_UNITS)}\s+(?:\p{Lu}[\p{L}\d'’-]*\s+){1,3},?\s*$`,
  'u',
);
// "Desa Wisata X di Kecamatan Y": the second unit only says where the first one is.
const QUALIFIER_BETWEEN =
  /^\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:di|yang berada di|yang terletak di|terletak di)\s+$/;
// "inovasi Sapa Dukcapil", "“Dukcapil Ngawangkong”": a head inside an innovation's name is its word.
// "BPBD yang mengelola Brigade Siaga Bencana": a unit's own programme named like a unit is no second unit.
// "untuk mempelajari Brigade Siaga Bencana": what the group learns about is the programme, not a unit.
const MANAGED_BEFORE =
  /\b(?:mengelola|memiliki|membentuk|menggagas|mengembangkan|meluncurkan|menciptakan|mempunyai|mempelajari|mendalami|mengenal|mengenai|tentang)\s+$/;
const MANAGED_HEAD = new RegExp(`^${anyOf(PROGRAMME_HEADS)}$`);
const INNOVATION_BEFORE =
  /(?:\b(?:inovasi|aplikasi|program|gerakan|layanan|kanal)\s+(?:\p{Lu}[\p{L}\d]*\s+){1,3}|[“"][^“”"]{0,40})$/u;
// "inovasi Dukcapil Basudara": an innovation cue right before a unit-like word, a proper word after it
// (not a region: "inovasi Dukcapil Kota X" is the office's) — the name of the innovation.
const CUE_RIGHT_BEFORE = /\b(?:inovasi|aplikasi|program|gerakan)\s+$/;
// The heads that are plainly offices, whatever words follow (not a unit-like word such as "Dukcapil" that an
// innovation's name may hold).
const OFFICE_HEAD = new RegExp(
  String.raw`^(?:${anyOf([
    ...OFFICE_HEADS.filter((head) => !(PROGRAMME_HEADS as readonly string[]).includes(head)),
    ...DISTRICTS,
    ...VILLAGES,
    ...FACILITIES,
    ...SERVICE_MALLS,
    ...NATIONAL_AGENCIES,
  ])}|RS\w*|Rumah\b.*|Mal{1,2}\b.*|Lembaga\b.*|Kementerian\b.*|Kemen.*)$`,
);
// "e-Samsat": a head glued to "e-" is the word of an e-name.
const E_PREFIX = /(?<![\p{L}\d])[eE]\s?[-–]\s?$/u;
// "RSUD X milik Pemerintah Kota Y": the owner's region is the unit's.
const OWNED_BY = /^\s*,?\s*(?:milik|kepunyaan|di bawah(?: naungan)?)\s+$/;

// Organisers and ministries are never loci; venues only host the welcome.
export const ORGANISER = new RegExp(String.raw`^${anyOf(NEVER_LOCI_HEADS)}\b|\b${anyOf(MINISTRIES)}\b`);
// National agencies organise trainings as often as they host them: loci only after a visit phrase.
const NATIONAL = new RegExp(String.raw`^${anyOf(NATIONAL_AGENCIES)}\b`);
const NATIONAL_VISIT = new RegExp(String.raw`\b(?:${anyOf(PLACE_LEADS)}|lokus(?: [a-z]+)?)\s+$`, 'i');
const VENUE = new RegExp(`^${anyOf(VENUES)}\\b`);

interface Scan {
  end: number;
  /** Where the acronym in brackets was, and what it said. */
  acronym: string | null;
  acronymEnd: number;
  regionStart: number;
}

/** Reads the name that follows a head word: capitalised words, "X, Y dan Z" affairs, a bracketed acronym, a region. */
function scanName(
  text: string,
  head: string,
  from: number,
  kinds: ReadonlyMap<number, number>,
  anyRegion: ReadonlyMap<number, number> = kinds,
): Scan {
  let pos = from;
  let acronym: string | null = null;
  let acronymEnd = -1;
  let regionStart = -1;
  let words = 0;
  const canTakeAffairs = /^(?:Dinas|Badan|Kantor)$/.test(head);
  const isHospital = HOSPITAL_HEAD.test(head);
  while (words < 14) {
    const rest = text.slice(pos);
    const next = pos + (rest.length - rest.trimStart().length);
    // "Badan … (BPBD) Bantaeng": after the acronym a bare region name closes the name too.
    const regionEnd = kinds.get(next) ?? (acronym ? anyRegion.get(next) : undefined);
    if (regionEnd !== undefined) {
      // "… Kota Bandung" closes the name.
      regionStart = next;
      pos = regionEnd;
      break;
    }
    const paren = /^\s*\(\s*([^()]{1,40}?)\s*\)/.exec(rest);
    if (
      paren &&
      !acronym &&
      /^\p{Lu}[\p{L}\d\s.&-]*$/u.test(paren[1]) &&
      (!/\s/.test(paren[1]) || /\p{Lu}.*\p{Lu}/u.test(paren[1]))
    ) {
      acronym = paren[1].replace(/\s+/g, ' ');
      pos += paren[0].length;
      acronymEnd = pos;
      continue;
    }
    // "Lembaga Pemasyarakatan (Lapas) Kelas IIA Kendari": a grade may stand between the acronym and region.
    const grade = acronym ? /^\s+Kelas\s+(?:I{1,3}|IV)[AB]?(?![\p{L}\d])/u.exec(rest) : null;
    if (grade) {
      pos += grade[0].length;
      continue;
    }
    // After "(ACRONYM)" only a region may follow, but a hospital's own "(RSUD)" precedes its proper name.
    if (acronym && !(isHospital && /^RS/.test(acronym))) break;
    // "RSUD Prof. Dr. H. M. Anwar Makkatutu", "RSUD dr. Iskak": hospitals carry their namesake's titles.
    const title = isHospital ? HONORIFIC.exec(rest) : null;
    if (title) {
      pos += title[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      // "BUMD Tahun 2021": a year is never a unit's name.
      if (STOP_WORD.test(word[1]) && (words > 0 || word[1] === 'Tahun')) break;
      // "Desa Tembok Kec Tejakula": a village's name ends where its district's begins.
      if (words > 0 && SUBDISTRICT_HEAD.test(head) && DISTRICT_HEAD.test(word[1])) break;
      pos += word[0].length;
      words++;
      continue;
    }
    // "Kebersihan dan Pertamanan", but not "Dinas Kesehatan dan RSUD".
    const glue = /^\s+(?:dan|&)\s+(?=\p{Lu})/u.exec(rest);
    if (glue) {
      const after = text.slice(pos + glue[0].length);
      // "Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Arsip dan Perpustakaan": an affair, not a new unit.
      const affair = canTakeAffairs && AFFAIR_HEAD.test(after);
      if (
        (affair || !HEAD_START.test(after)) &&
        !REGION_KIND.test(after) &&
        !STOP_WORD.test(WORD.exec(after)?.[1] ?? '')
      ) {
        pos += glue[0].length;
        continue;
      }
    }
    // "Dinas Pertanian, Perkebunan dan Kehutanan": a comma inside the name of a multi-affair office.
    const affairs = /^,\s*(?=(?:\p{Lu}\p{Ll}+,?\s+){0,3}\p{Lu}\p{Ll}+\s+dan\s+\p{Lu})/u.exec(rest);
    if (affairs && canTakeAffairs) {
      const after = text.slice(pos + affairs[0].length);
      if (!HEAD_START.test(after) && !REGION_KIND.test(after)) {
        pos += affairs[0].length;
        continue;
      }
    }
    break;
  }
  return { end: pos, acronym, acronymEnd, regionStart };
}

/** Whether `at` lies inside an open bracket, after its first word. */
function insideBracket(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  return /\S\s+\S/.test(text.slice(open + 1, at + 1)) && text.indexOf(')', at) > at;
}

/**
 * Whether a head at `at` sits inside a quoted name or right after an innovation cue and capitalised words:
 * an open quote before it, or no sentence-level glue ("di", ",") between the cue's words and it.
 */
function insideName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const quote = /[“"]([^“”"]*)$/.exec(before);
  if (!quote) return true;
  // A straight quote opens a name only after an even number of them; a curly one only if it is “.
  const opened = quote[0][0] === '“' || (text.slice(0, at).match(/"/g)?.length ?? 0) % 2 === 1;
  return opened && /[”"]/.test(text.slice(at, at + 60));
}

// A Mal Pelayanan Publik keeps its words without its acronym: "Mal Pelayanan Publik (MPP) Kota X" is the mall.
const KEEPS_WORDS = /^Mal{1,2} [Pp]elayanan [Pp]ublik\b/;

/**
 * The unit's name as the article writes it, acronym in its brackets included ("Dinas Pekerjaan Umum (DPU)
 * Kabupaten X"), with a hospital known by its acronym ("Rumah Sakit Umum Daerah X" → "RSUD X").
 */
function canonicalName(text: string, start: number, scan: Scan): string {
  let name = text.slice(start, scan.end).trim();
  if (scan.acronym) {
    const long = text.slice(start, scan.acronymEnd).replace(/\s*\([^()]*\)\s*$/, '');
    const rest = scan.end > scan.acronymEnd ? text.slice(scan.acronymEnd, scan.end).trim() : '';
    const tail = rest ? ` ${rest}` : '';
    // "Rumah Sakit Umum Daerah (RSUD) dr. X": the hospital's proper name follows its own acronym.
    if (/^Rumah [Ss]akit/.test(long) && /^RS/.test(scan.acronym)) name = `${scan.acronym}${tail}`;
    else if (KEEPS_WORDS.test(long)) name = `${long}${tail}`;
    // "Kantor Pengolahan Data Elektronik (PDE)" is "Kantor PDE"; "Kantor … (KPPT)" spells "Kantor" in.
    else name = `${long} (${scan.acronym})${tail}`;
  }
  // "dari dinas PU": a head written small before an acronym is still the office's name.
  return (name.charAt(0).toUpperCase() + name.slice(1))
    .replace(/^Rumah [Ss]akit [Uu]mum [Dd]aerah\b/, 'RSUD')
    .replace(/^Rumah [Ss]akit [Uu]mum\b/, 'RSU')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.-]+$/, '');
}

/**
 * The agencies a sentence names, each still `mentioned`: roles.ts gives them their roles.
 * `regions` are the sentence's region mentions (from findRegionMentions), so a name can end in its region.
 */
export function findAgencyNames(text: string, regions: readonly RegionMention[]): AgencyMention[] {
  const kinds = new Map(regions.filter((m) => m.form === 'kind').map((m) => [m.start, m.end]));
  const anyRegion = new Map(regions.map((m) => [m.start, m.end]));
  const found: AgencyMention[] = [];
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
    const head = m[0];
    // "Ketopra TB (Ketuk Pintu Rumah Pasien TB)": a head inside a bracket that spells something out is
    // one of its words (a bracket that opens on the head, "(Dinas X)", names a unit).
    if (insideBracket(text, m.index)) continue;
    if (INNOVATION_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) && insideName(text, m.index))
      continue;
    if (MANAGED_HEAD.test(head) && MANAGED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))
      continue;
    if (E_PREFIX.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "dan 1 Badan Usaha Milik Negara (BUMN)": a kind of unit counted, not one named.
    if (/(?:^|\s)\d{1,4}\s+$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    // "Smart Kampung", "program Desa Digital": inside an innovation's name these are its words, not a head.
    if (
      /^(?:Kampung|Desa)$/.test(head) &&
      /(?:\p{Lu}[\p{L}\d]*|\b(?:inovasi|program|gerakan|aplikasi))\s+$/u.test(
        text.slice(Math.max(0, m.index - 30), m.index),
      )
    )
      continue;
    const scan = scanName(text, head.split(' ')[0], m.index + head.length, kinds, anyRegion);
    if (NEEDS_NAME.test(head) && scan.end === m.index + head.length && !scan.acronym) continue;
    if (
      !OFFICE_HEAD.test(head) &&
      !scan.acronym &&
      scan.regionStart !== m.index + head.length + 1 &&
      scan.end > m.index + head.length &&
      CUE_RIGHT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))
    )
      continue;
    const name = canonicalName(text, m.index, scan);
    HEAD.lastIndex = Math.max(scan.end, m.index + head.length);
    const national = NATIONAL.test(name);
    if (national) {
      if (!NATIONAL_VISIT.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    } else if (ORGANISER.test(name) || VENUE.test(name)) continue;
    const owner = regions.find(
      (r) => r.start > scan.end && r.form === 'government' && OWNED_BY.test(text.slice(scan.end, r.start)),
    );
    const region =
      regions.find(
        (r) =>
          r.start >= m!.index &&
          r.end <= scan.end &&
          !(r.form === 'bare' && NAMED_AFTER_PLACE.test(head) && r.start === m!.index + head.length + 1),
      ) ??
      owner ??
      null;
    const previous = found[found.length - 1];
    // The qualifier joins the unit's span, so what follows it is said of the unit.
    if (
      previous &&
      SUBDISTRICT_HEAD.test(head) &&
      QUALIFIER_BETWEEN.test(text.slice(previous.end, m.index))
    ) {
      previous.end = scan.end;
      continue;
    }
    // "Inovasi Desa Tembok Kecamatan Tejakula": after a village's name (however read) a district is its address.
    if (DISTRICT_HEAD.test(head) && LOCAL_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)))
      continue;
    // "Desa X, Kecamatan Y", "Desa X Kec Y": a larger sub-district right after a smaller one is its address.
    if (
      previous &&
      DISTRICT_HEAD.test(head) &&
      VILLAGE_NAME.test(previous.name) &&
      /^\s*,?\s*$/.test(text.slice(previous.end, m.index))
    ) {
      previous.end = scan.end;
      continue;
    }
    const alias = scan.acronym && scan.acronym !== name ? scan.acronym : null;
    found.push({ name, role: 'mentioned', start: m.index, end: scan.end, region, alias, national });
  }
  return found;
}
