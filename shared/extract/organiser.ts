/**
 * Stage 4, who trains whom: sentences → the organiser (the institution running the training:
 * Bapelkes, BPSDM, BKPSDM, Badiklat, Pusdiklat, PPSDM, LAN …) and the number of trainees.
 * It tells the organiser from a visited host by context, skips the institution of someone's past
 * training, adds up cohorts counted side by side and never counts accompanying staff.
 */
import type { Evidence } from '../schema/locus-record.ts';
import { blank, pastTrainingSpansOf } from './remarks.ts';
import type { ArticleContext } from './context.ts';
import { extractParticipants } from './participants.ts';
import { findRegionMentions } from './regions/index.ts';
import { sendingGovernment } from './sender.ts';
import { anyOf } from './vocab/compile.ts';
import { NAME_ENDS, PARENT_BODIES, TRAINING_INSTITUTIONS } from './vocab/institutions.ts';
import { HEADLINE_VERBS } from './vocab/people.ts';
import { evidenceOf, type Sentence, type Source } from './text.ts';

export interface OrganiserFields {
  organiser: string | null;
  participants: number | null;
  evidence: Record<string, Evidence>;
}

/** Training institutions by family, each family one capture group in the pattern. */
const FAMILIES = Object.entries(TRAINING_INSTITUTIONS);
const HEAD = FAMILIES.map(([, family]) => `(${anyOf(family.names, { spaces: 'any' })})`).join('|');
// Head, an optional acronym gloss "(BPSDM)", then up to five capitalised words naming the place or ministry.
const INSTITUTION = new RegExp(
  String.raw`\b(?:${HEAD})\b(?:\s*\(\s*([A-Z][A-Za-z]{2,12}(?:\s[A-Z][A-Za-z]{1,12})?)\s*\))?\)?((?:\s+(?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota|Kementerian|Kemenkes|RI|\([A-Z][A-Za-z]{1,12}(?:\s[A-Z][A-Za-z]{1,12})?\)|dan(?=\s+[A-Z])|[A-Z][A-Za-z'’-]*)){0,6})`,
  'g',
);
// Headlines capitalise every word: verbs and visit words end the institution's name.
// A headline's verb ("BPSDM Sultra Buka PKA …") ends the name too.
const TAIL_STOP = new RegExp(`^${anyOf([...NAME_ENDS, ...HEADLINE_VERBS])}$`);
const BY_ORGANISER =
  /(?:diselenggarakan|menyelenggarakan|penyelenggara(?:an)?|dilaksanakan|peserta|rombongan|dipimpin|pimpinan|mengirim|utusan|asal|dari)\b[^.]{0,60}$/i;
const BY_HOST =
  /(?:\bke|mengunjungi|dikunjungi|lokus|diterima\s+(?:oleh|di)|menerima|kunjungan\s+ke|di\s+kantor)\s*$/i;
// "mengunjungi Dinas Kesehatan, BKPSDM Kota Bandung dan …": a name inside the list of places visited.
const IN_HOST_LIST =
  /(?:mengunjungi|dikunjungi|lokus(?:nya)?|yaitu|yakni|meliputi)\s+(?:(?:[A-Z(][^\s,]*|dan|serta|di)(?:\s*,\s*|\s+))*$/;
const PERSONNEL = new Set(FAMILIES.filter(([, family]) => family.personnel).map(([name]) => name));
const RUNS_BEFORE =
  /(?:diselenggarakan|diadakan|dilaksanakan|digelar)\s+(?:oleh\s+)?$|(?:penyelenggara(?:nya)?|panitia)\s*(?:adalah|yaitu|ialah)?\s*:?\s*$/i;
const RUNS_AFTER =
  /^\s*(?:[,)]\s*)?(?:kembali\s+|telah\s+|resmi\s+|secara\s+resmi\s+)?(?:menggelar|menyelenggarakan|mengadakan|melaksanakan|membuka|menutup)\b/i;
// "BKD Provinsi X melalui Bidang Pendidikan dan Pelatihan …": an agency acting through its training unit runs it.
const THROUGH_TRAINING_UNIT =
  /^\s*,?\s*melalui\s+(?:bidang|bagian|sub\s*-?\s*bidang|subbag\w*|seksi|upt|unit)\b[^.;]{0,40}?\b(?:diklat|pendidikan\s+dan\s+pelatihan|pelatihan|pengembangan\s+(?:kompetensi|sdm|sumber\s+daya))/i;
const LAN_CONTEXT = /diselenggarakan|penyelenggara|menyelenggarakan/i;
const REGULATION = /(?:perka|peraturan(?:\s+kepala)?|keputusan|pedoman|sesuai)\s*$/i;
const AFTER_PROGRAM = /(?:pkn|pka|pkp|diklatpim|tingkat|tk\.?)\s+[\w.]+\s*(?:angkatan\s+\w+\s*)?$/i;
// Any other organiser named outright: "diselenggarakan oleh Pemerintah Provinsi Riau".
const ORGANISED_BY =
  /(?:diselenggarakan|dilaksanakan|digelar)\s+oleh\s+((?:[A-Z][\w.()-]*)(?:\s+(?:[A-Z][\w.()-]*|dan|RI)){0,7})/g;

// The ministry or agency a training centre belongs to, written after its name: "Puslatbang KMP LAN".
const NATIONAL_CENTRE = new Set(['puslat', 'pusdiklat', 'ppsdm']);
const PARENT = new RegExp(String.raw`^(?:${anyOf(PARENT_BODIES)}|kementerian \w+(?: \w+){0,3})$`);

interface Candidate {
  family: string;
  surface: string;
  place: string;
  /** Whether the surface spells its region out with its kind ("Provinsi Jawa Barat", not "Jabar"). */
  spelled?: boolean;
  score: number;
  mentions: number;
  sentence: Sentence;
}

function foldPlace(tail: string): string {
  return tail
    .toLowerCase()
    .replace(/\b(provinsi|prov|kabupaten|kab|kota)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function cutTail(tail: string): string {
  const words = tail.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (const [i, word] of words.entries()) {
    // "Kementerian Dalam Negeri" is a name; elsewhere "Dalam" opens a headline's phrase.
    const ministry = word === 'Dalam' && kept[kept.length - 1] === 'Kementerian' && words[i + 1] === 'Negeri';
    if (TAIL_STOP.test(word) && !ministry) break;
    // "Kementerian Pendidikan dan Kebudayaan": "dan" joins a ministry's affairs, and nothing else.
    if (word === 'dan' && !kept.some((w) => /^Kement(?:e)?rian$/.test(w))) break;
    kept.push(word);
  }
  // A trailing region kind word without its name ("BPSDM Provinsi") is not part of the name, nor a "dan".
  while (kept.length && /^(Provinsi|Prov\.|Kabupaten|Kab\.|Kota|dan)$/.test(kept[kept.length - 1]!))
    kept.pop();
  // "BPSDM Provinsi Papua Johana Nap": the name ends with its region; what follows is the person named.
  const name = kept.join(' ');
  const region = findRegionMentions(name).find((m) => m.form === 'kind');
  return region ? name.slice(0, region.end) : name;
}

/**
 * The institution running the training, by mentions weighted for organiser and host context.
 * @example extractOrganiser(prepareSource('', 'Peserta PKA BPSDM Provinsi Lampung berkunjung ke Gowa.')).organiser
 * // 'BPSDM Provinsi Lampung'
 */
export function extractOrganiser(source: ArticleContext): OrganiserFields {
  const groups = new Map<string, Candidate>();
  for (const s of source.sentences) {
    // "…, yang tahun lalu menyelesaikan Diklatpim III di Badan Diklat X": someone's past trainer.
    const text = s.source === 'title' ? s.text : blank(s.text, pastTrainingSpansOf(s, source));
    INSTITUTION.lastIndex = 0;
    for (let m = INSTITUTION.exec(text); m; m = INSTITUTION.exec(text)) {
      const familyIndex = FAMILIES.findIndex((_, i) => m![i + 1] !== undefined);
      const family = FAMILIES[familyIndex]![0];
      const head = m[familyIndex + 1]!.replace(/\s+/g, ' ').replace(/^Bad(?:a|ang)?(?= )/, 'Badan');
      const gloss = m[FAMILIES.length + 1];
      const tail = cutTail(m[FAMILIES.length + 2] ?? '');
      const before = s.text.slice(Math.max(0, m.index - 80), m.index);
      // LAN organises PKN and the like, but is mostly cited for its regulations ("Perka LAN").
      if (
        family === 'lan' &&
        (REGULATION.test(before) || !(LAN_CONTEXT.test(s.text) || AFTER_PROGRAM.test(before)))
      )
        continue;
      // A personnel agency (BKD, BKPP) is as often a host or a sender as the trainer: only when it is
      // seen running the training ("diselenggarakan oleh BKPP …", "BKD … menggelar PKP").
      const rawTail = m[FAMILIES.length + 2] ?? '';
      const tailAt = m.index + m[0].length - rawTail.length;
      const after = s.text.slice(tail ? tailAt + rawTail.indexOf(tail) + tail.length : tailAt);
      const throughUnit = THROUGH_TRAINING_UNIT.test(after);
      if (PERSONNEL.has(family) && !(RUNS_BEFORE.test(before) || RUNS_AFTER.test(after) || throughUnit))
        continue;
      let score = 1 + (s.source === 'title' ? 3 : 0) + (tail ? 1 : 0);
      if (BY_HOST.test(before) || IN_HOST_LIST.test(before)) score -= 4;
      else if (BY_ORGANISER.test(before) || throughUnit) score += 2;
      const surface = [gloss ?? head, tail].filter(Boolean).join(' ');
      const place = foldPlace(tail);
      // "BPSDM Jabar" and "BPSDM Provinsi Jawa Barat" are one institution: its region, however written,
      // keys it, and the name with the region spelled out with its kind is the one given.
      const region = tail ? findRegionMentions(tail, [], source).find((r) => r.start === 0) : undefined;
      const key = `${family}|${region ? `@${region.region.code}` : place}`;
      const spelled = region?.form === 'kind';
      const group = groups.get(key);
      if (group) {
        group.score += score;
        group.mentions++;
        // A headline's "BPSDM Sulut Terkesan …" runs on where the body's "BPSDM Sulut" stops.
        const runOn = spelled === !!group.spelled && place && group.place.startsWith(`${place} `);
        if ((!group.place && place) || (spelled && !group.spelled) || runOn) {
          group.surface = surface;
          group.spelled = spelled;
          group.place = place;
        }
      } else groups.set(key, { family, surface, place, score, mentions: 1, sentence: s, spelled });
    }
  }
  // "BPSDM Sulsel Studi Lapangan" in a headline is the body's "BPSDM Sulsel" with words run on; but
  // "Puslatbang KMP LAN" is the body's "(Puslatbang KMP)" with the parent body named, the fuller name.
  for (const [key, group] of groups) {
    const shorter = [...groups.values()].find(
      (g) => g !== group && g.family === group.family && g.place && group.place.startsWith(`${g.place} `),
    );
    if (shorter) {
      shorter.score += group.score;
      if (NATIONAL_CENTRE.has(group.family) && PARENT.test(group.place.slice(shorter.place.length + 1)))
        shorter.surface = group.surface;
      groups.delete(key);
    }
  }
  // A head named without its place ("Kepala Bapelkes") belongs to the one group of its family that has one.
  for (const [key, group] of groups) {
    if (group.place) continue;
    const placed = [...groups.values()].filter((g) => g.family === group.family && g.place);
    if (placed.length === 1) {
      placed[0]!.score += group.score;
      groups.delete(key);
    }
  }
  let best: Candidate | null = null;
  for (const g of groups.values()) if (g.score > 0 && (!best || g.score > best.score)) best = g;
  if (!best) best = organisedBy(source);
  // No institution named: the government whose officials the cohort is runs it.
  if (!best) {
    const sender = sendingGovernment(source, source);
    if (sender)
      best = {
        family: 'government',
        surface: sender.name,
        place: '',
        score: 1,
        mentions: 1,
        sentence: sender.sentence,
      };
  }
  const evidence: Record<string, Evidence> = {};
  if (best) evidence.organiser = evidenceOf(best.sentence);
  const trainees = extractParticipants(source);
  if (trainees) evidence.participants = evidenceOf(trainees.sentence);
  return { organiser: best?.surface ?? null, participants: trainees?.count ?? null, evidence };
}

/** The first "diselenggarakan oleh X" when no known kind of training institution is named. */
function organisedBy(source: Source): Candidate | null {
  for (const s of source.sentences) {
    ORGANISED_BY.lastIndex = 0;
    const m = ORGANISED_BY.exec(s.text);
    if (!m) continue;
    const surface = m[1]!.replace(/\s+dan$/, '').replace(/[.)]+$/, '');
    return { family: 'other', surface, place: '', score: 1, mentions: 1, sentence: s };
  }
  return null;
}
