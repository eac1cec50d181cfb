/**
 * Stage 5, the loci: sentences → the places visited. Order: region mentions (regions/) → agencies
 * (agencies/), plus the article's own acronyms, numbered list items and the receiving unit (passes.ts) → the loci
 * named by an innovation → host regions, weighted by both → innovations (innovations.ts, and their
 * names or acronyms where they recur) given to the agency that owns them → one locus per host agency
 * (short forms merged), or one per host region without agencies. Every value cites its sentence. It does not read dates, programs or organisers.
 */
import type { RegionEntry } from '../../regions/index.ts';
import type { Locus, LocusEvidence } from '../../schema/locus-record.ts';
import { findAgencies, findNamedLoci, type AgencyMention } from '../agencies/index.ts';
import type { ArticleContext } from '../context.ts';
import { findInnovations, type InnovationMention } from '../innovations/index.ts';
import {
  addNicknameMentions,
  addTypoMentions,
  findRegionMentions,
  rankHostRegions,
  resolveAmbiguousMentions,
  type RegionMention,
} from '../regions/index.ts';
import { evidenceOf, type Sentence } from '../text.ts';
import { anyOf } from '../vocab/compile.ts';
import { AWARD_WORDS } from '../vocab/awards.ts';
import { LIST_NOUNS } from '../vocab/innovations.ts';
import { ENTERPRISE_HEADS } from '../vocab/units.ts';
import { LEARNING_WORDS, VISIT_STEMS, VISIT_VERBS } from '../vocab/visits.ts';
import { draftAgencies } from './drafts.ts';
import { giveInnovations } from './owners.ts';
import { IS_MALL } from './names.ts';
import {
  addDefinedAcronyms,
  addRecurringInnovations,
  innovationNames,
  listItemsAfterIntro,
  receivingHosts,
} from './passes.ts';
import { NATIONAL, type LociState } from './state.ts';

// "… Lorong Garden (Longgar), dan Badan Usaha Lorong (BULo)": an enterprise read as an innovation is one, and
// so is any unit-like name an innovation list gives ("inovasi Bapenda, di antaranya e-Samsat dan Samsat
// Corner") — but a public-service mall stays the unit it is (owners.ts decides whether it is also an innovation).
const ENTERPRISE = new RegExp(String.raw`^${anyOf(ENTERPRISE_HEADS)}\b`);
const INNOVATION_WORD = new RegExp(String.raw`\b${anyOf(LIST_NOUNS)}\b`, 'i');
const AWARD_WORD = new RegExp(
  String.raw`\b${anyOf([...AWARD_WORDS, 'diraih', 'top'], { spaces: 'any' })}\b`,
  'i',
);
// "diraih Kabupaten Lamongan dengan inovasi X", "inovasi X milik Pemkab Y": the region an innovation is told of.
const REGION_THEN_INNOVATION =
  /^[^.;]{0,70}?\b(?:dengan|melalui|lewat|atas|berkat|yaitu|yakni)\b[^.;]{0,30}$/i;
const INNOVATION_THEN_REGION = /^[^.;]{0,30}?\b(?:milik|dari|asal|karya|di)\s+(?:[\p{L}]+\s+){0,2}$/iu;

/**
 * The region each innovation is told of in its sentence ("diraih Kabupaten Lamongan dengan inovasi X",
 * "inovasi X milik Pemkab Y"), given weight as a host, so that on a page about innovations the winner named
 * with its innovation outranks the province that announced the prize.
 */
function innovationRegions(
  sentences: readonly Sentence[],
  mentions: readonly RegionMention[][],
  innovations: readonly InnovationMention[][],
  boosts: Map<string, number>,
): Map<InnovationMention, RegionEntry> {
  const linked = new Map<InnovationMention, RegionEntry>();
  sentences.forEach((sentence, k) => {
    for (const innovation of innovations[k]!) {
      // "Pemerintah Kota Ambon … juara satu Maluku Innovation, atas program X": a region named as such is
      // told of before a bare name inside another name.
      const linkedBefore = mentions[k]!.filter(
        (m) =>
          m.end <= innovation.start &&
          REGION_THEN_INNOVATION.test(sentence.text.slice(m.end, innovation.start)),
      );
      const before = linkedBefore.filter((m) => m.form !== 'bare').pop() ?? linkedBefore.pop();
      const after = mentions[k]!.find(
        (m) =>
          m.start >= innovation.end &&
          INNOVATION_THEN_REGION.test(sentence.text.slice(innovation.end, m.start)),
      );
      const region = (after ?? before)?.region;
      if (!region) continue;
      linked.set(innovation, region);
      boosts.set(region.code, (boosts.get(region.code) ?? 0) + 4);
    }
  });
  return linked;
}

const VISIT_WORD = new RegExp(
  anyOf([...VISIT_STEMS, ...VISIT_VERBS, ...LEARNING_WORDS], { spaces: 'any' }),
  'i',
);

/**
 * The loci of an article: host regions, the agencies visited there and their innovations, each locus
 * with its own evidence (innovations keyed by name).
 * @example extractLoci(prepareSource('Peserta PKA ke Banyuwangi', 'Mereka mengunjungi RSUD Banyuwangi.')).loci[0].agency
 * // 'RSUD Banyuwangi'
 */
export function extractLoci(source: ArticleContext, options: { visit?: boolean } = {}): { loci: Locus[] } {
  const sentences = source.sentences;
  const plain = sentences.map((s) => findRegionMentions(s.text, [], source));
  const known = [...new Map(plain.flat().map((m) => [m.region.code, m.region])).values()];
  const mentions = sentences.map((s, k) =>
    addTypoMentions(s.text, addNicknameMentions(s.text, plain[k]!, known, source), known, source),
  );
  resolveAmbiguousMentions(mentions.flat());

  const found: (InnovationMention[] | undefined)[] = [];
  // The body's last sentence, where a page scraped short stops mid-sentence: prose of a dozen words or more
  // without its full stop (a list item or a byline has no full stop either, but is short).
  const last = sentences.length - 1;
  const ending = sentences[last];
  const cutOff =
    ending?.source === 'text' &&
    !/[.!?:;)"”’'»]\s*$/.test(ending.text) &&
    !/^\s*(?:\d{1,2}[.)]|[-–•*])\s/.test(ending.text) &&
    ending.text.split(/\s+/).length >= 12
      ? last
      : -1;
  const innovationsAt = (k: number) =>
    (found[k] ??= findInnovations(sentences[k]!.text, sentences[k]!.source === 'title', k === cutOff));
  // "dikenal dengan Badan Usaha Milik Desa (BUMDes) Maju Jaya": a unit inside a longer innovation name is its word.
  const agencies = sentences.map((s, k) => {
    const list = findAgencies(s.text, mentions[k]!, source);
    return list.length
      ? list.filter(
          (a) =>
            !innovationsAt(k).some(
              (i) =>
                i.start <= a.start &&
                i.end >= a.end &&
                (i.end - i.start > a.end - a.start ||
                  ENTERPRISE.test(a.name) ||
                  (i.listed && !IS_MALL.test(a.name))),
            ),
        )
      : list;
  });
  addDefinedAcronyms(sentences, agencies, innovationsAt);
  listItemsAfterIntro(sentences, agencies);
  receivingHosts(sentences, agencies, innovationsAt);
  const named = sentences.map((s, k) => findNamedLoci(s.text, agencies[k]!, source));
  const anyListed =
    agencies.some((list) => list.some((a) => a.role === 'listed')) || named.some((n) => n.length);
  const visit = options.visit ?? true;
  const innovations = sentences.map((_, k) => innovationsAt(k));
  addRecurringInnovations(sentences, innovations);
  // On a page about innovations, the units are those its innovations and awards are told of: "aplikasi X
  // dari Dinas Y", "diraih … melalui Dinas Y", not the ones that only speak or host the ceremony.
  const chosen = visit
    ? (a: AgencyMention, k: number) =>
        a.role === 'listed' || (!anyListed && a.role === 'mentioned' && VISIT_WORD.test(sentences[k]!.text))
    : (a: AgencyMention, k: number) =>
        a.role === 'listed' ||
        (a.role === 'mentioned' &&
          (innovations[k]!.length > 0 ||
            AWARD_WORD.test(sentences[k]!.text) ||
            INNOVATION_WORD.test(sentences[k]!.text)));

  const boosts = new Map<string, number>();
  agencies.forEach((list, k) =>
    list.forEach((a) => {
      if (a.region && chosen(a, k))
        boosts.set(a.region.region.code, (boosts.get(a.region.region.code) ?? 0) + 3);
    }),
  );
  const linked = visit ? new Map() : innovationRegions(sentences, mentions, innovations, boosts);
  const hosts = rankHostRegions(sentences, mentions, boosts, source);
  if (!hosts.length) return { loci: [] };
  const state: LociState = {
    source,
    sentences,
    visit,
    mentions,
    agencies,
    named,
    innovations,
    chosen,
    anyListed,
    hosts,
    hostCodes: new Set(hosts.map((h) => h.region.code)),
    drafts: [],
    draftOf: new Map(),
    innovationRegion: linked,
  };
  draftAgencies(state);
  const regionless = giveInnovations(state);
  const { drafts } = state;
  // Every host keeps a locus without agency when it has none with one; on a page about innovations only
  // where an innovation lives there. Innovations told of another region make that region's locus.
  const places = [
    ...hosts.map((host) => host.region),
    ...[...regionless.values()].map((b) => b.region.region),
  ];
  for (const region of new Map(places.map((r) => [r.code, r])).values()) {
    const bucket = regionless.get(region.code);
    const host = hosts.find((h) => h.region.code === region.code);
    const hasAgency = drafts.some((d) => d.region.code === region.code);
    if (hasAgency && !bucket?.items.length) continue;
    if ((!visit || !host) && !bucket?.items.length) continue;
    drafts.push({
      region,
      regionEvidence: host?.best?.sentence ?? bucket?.items[0]?.sentence ?? null,
      agency: null,
      agencyEvidence: null,
      keys: new Set(),
      innovations: bucket?.items ?? [],
    });
  }

  const names = innovationNames(source, innovations);
  const loci = drafts.map((draft): Locus => {
    const national = draft.region === NATIONAL;
    const evidence: LocusEvidence = {};
    if (draft.regionEvidence) evidence.region = evidenceOf(draft.regionEvidence);
    if (draft.agencyEvidence) evidence.agency = evidenceOf(draft.agencyEvidence);
    const named = draft.innovations.map((i) => ({ name: names.get(i.name) ?? i.name, sentence: i.sentence }));
    if (named.length) {
      evidence.innovations = {};
      for (const i of named) evidence.innovations[i.name] ??= evidenceOf(i.sentence);
    }
    return {
      region: national ? null : draft.region.name,
      regionCode: national ? null : draft.region.code,
      province: national ? null : draft.region.province,
      agency: draft.agency?.name ?? null,
      innovations: [...new Set(named.map((i) => i.name))],
      evidence,
    };
  });
  return { loci };
}
