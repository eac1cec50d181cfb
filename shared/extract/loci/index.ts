/**
 * Stage 5, the loci: sentences → the places visited. Order: region mentions (regions/) → agencies
 * (agencies/), plus the article's own acronyms, numbered list items and the receiving unit (passes.ts) → the loci
 * named by an innovation → host regions, weighted by both → innovations (innovations.ts, and their
 * names or acronyms where they recur) given to the agency that owns them → one locus per host agency
 * (short forms merged), or one per host region without agencies. Every value cites its sentence. It does not read dates, programs or organisers.
 */
import type { Locus, LocusEvidence } from '../../schema/locus-record.ts';
import { bareRegionName, type RegionEntry } from '../../regions/index.ts';
import type { ArticleContext } from '../context.ts';
import { evidenceOf, type Sentence } from '../text.ts';
import {
  addNicknameMentions,
  addTypoMentions,
  findRegionMentions,
  rankHostRegions,
  resolveAmbiguousMentions,
  type HostCandidate,
} from '../regions/index.ts';
import { findAgencies, findNamedLoci, type AgencyMention } from '../agencies/index.ts';
import { findInnovations, innovationKey, type InnovationMention } from '../innovations/index.ts';
import { ACRONYM_ONLY, GENERIC_HEAD, IS_MALL, agencyKey, sameUnit, shortFormOf } from './names.ts';
import {
  addDefinedAcronyms,
  addRecurringInnovations,
  listItemsAfterIntro,
  receivingHosts,
} from './passes.ts';
import { anyOf } from '../vocab/compile.ts';
import { LIST_GLUE } from '../vocab/patterns.ts';
import { OWN_NAME_HEADS } from '../vocab/units.ts';
import { LEARNING_WORDS, VISIT_STEMS, VISIT_VERBS } from '../vocab/visits.ts';

interface LocusDraft {
  region: RegionEntry;
  regionEvidence: Sentence | null;
  agency: AgencyMention | null;
  agencyEvidence: Sentence | null;
  keys: Set<string>;
  innovations: { name: string; sentence: Sentence }[];
}

const VISIT_WORD = new RegExp(
  anyOf([...VISIT_STEMS, ...VISIT_VERBS, ...LEARNING_WORDS], { spaces: 'any' }),
  'i',
);
// A national agency visited (BKN, LAN) stands in no region: its locus has region null.
const NATIONAL: RegionEntry = { code: '00', name: '', province: '', kind: 'provinsi' } as RegionEntry;
// "Rumah Padat Karya", "Rumah Kreatif X": a visited facility is known by its own name, which is the innovation.
const NAMED_FACILITY = new RegExp(String.raw`^${anyOf(OWN_NAME_HEADS)} (?![Ss]akit)\p{Lu}`, 'u');
const OWNS_BETWEEN =
  /^(?!\s*(?:\([^)]*\)\s*)?(?:,(?!\s*(?:dengan|yang|melalui|memiliki|berupa|termasuk|antara lain|seperti)\b)|dan\b|serta\b))(?:\s*(?:\([^)]*\)\s*)?,)?[^,]*?\b(?:memiliki|mempunyai|punya|memperkenalkan|dikenal|menerapkan|mengembangkan|meluncurkan|menciptakan|membuat|menggagas|mengelola|dengan|melalui|berupa|inovasi|program|aplikasi|layanan|kanal|termasuk|untuk (?:melihat|mempelajari|mengamati|mendalami)|melihat|mempelajari|mendalami|penerapan|tentang|mengenai)\b/i;
// "program unggulan Dinkes yaitu …": the agency named inside the cue owns what the cue introduces.
const CUE_BEFORE_OWNER = /\b(?:program|inovasi|aplikasi|layanan)(?:\s+(?:unggulan|andalan|utama))?\s+$/i;
const OWNER_THEN_NAME = /^\s*(?:,\s*)?(?:yaitu|yakni|bernama|berupa|:)?\s*$/i;
// "Mal Pelayanan Publik" is an innovation only where the sentence presents it as one: "inovasi … di MPP"
// with no other unit between, or "MPP merupakan inovasi …".
const PRESENTED_AS_INNOVATION = /\binovasi\b/i;
const MALL_IS_INNOVATION =
  /^[^.;]{0,40}?\b(?:merupakan|adalah|sebagai|menjadi|jadi)\b[^.;]{0,30}?\binovasi\b/i;
const OWNER_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:di|pada|milik|dari|oleh)\s+$/i;

/**
 * The loci of an article: host regions, the agencies visited there and their innovations, each locus
 * with its own evidence (innovations keyed by name).
 * @example extractLoci(prepareSource('Peserta PKA ke Banyuwangi', 'Mereka mengunjungi RSUD Banyuwangi.')).loci[0].agency
 * // 'RSUD Banyuwangi'
 */
export function extractLoci(source: ArticleContext): { loci: Locus[] } {
  const sentences = source.sentences;
  // The caches hold one article's sentences and agency names, never another's.
  const plain = sentences.map((s) => findRegionMentions(s.text, [], source));
  const known = [...new Map(plain.flat().map((m) => [m.region.code, m.region])).values()];
  const mentions = sentences.map((s, k) =>
    addTypoMentions(s.text, addNicknameMentions(s.text, plain[k], known, source), known, source),
  );
  resolveAmbiguousMentions(mentions.flat());

  const found: (InnovationMention[] | undefined)[] = [];
  const innovationsAt = (k: number) => (found[k] ??= findInnovations(sentences[k].text));
  // "dikenal dengan Badan Usaha Milik Desa (BUMDes) Maju Jaya": a unit inside a longer innovation name is its word.
  const agencies = sentences.map((s, k) => {
    const list = findAgencies(s.text, mentions[k], source);
    return list.length
      ? list.filter(
          (a) =>
            !innovationsAt(k).some(
              (i) => i.start <= a.start && i.end >= a.end && i.end - i.start > a.end - a.start,
            ),
        )
      : list;
  });
  addDefinedAcronyms(sentences, agencies, innovationsAt);
  listItemsAfterIntro(sentences, agencies);
  receivingHosts(sentences, agencies, innovationsAt);
  const named = sentences.map((s, k) => findNamedLoci(s.text, agencies[k], source));
  const anyListed =
    agencies.some((list) => list.some((a) => a.role === 'listed')) || named.some((n) => n.length);
  const chosen = (a: AgencyMention, k: number) =>
    a.role === 'listed' || (!anyListed && a.role === 'mentioned' && VISIT_WORD.test(sentences[k].text));

  const boosts = new Map<string, number>();
  agencies.forEach((list, k) =>
    list.forEach((a) => {
      if (a.region && chosen(a, k))
        boosts.set(a.region.region.code, (boosts.get(a.region.region.code) ?? 0) + 3);
    }),
  );
  const hosts = rankHostRegions(sentences, mentions, boosts, source);
  if (!hosts.length) return { loci: [] };
  const hostCodes = new Set(hosts.map((h) => h.region.code));
  const hostOf = (code: string) => hosts.find((h) => h.region.code === code);

  /** The host region an agency or innovation in sentence k at `at` belongs to. */
  const regionNear = (k: number, at: number, list: readonly AgencyMention[] = []): HostCandidate => {
    for (const sibling of list)
      if (sibling.region && hostCodes.has(sibling.region.region.code))
        return hostOf(sibling.region.region.code)!;
    const inSentence = mentions[k].filter((m) => hostCodes.has(m.region.code));
    const before = inSentence.filter((m) => m.start <= at).pop() ?? inSentence[0];
    if (before) return hostOf(before.region.code)!;
    for (let j = k - 1; j >= 0 && hosts.length > 1; j--) {
      const last = mentions[j].filter((m) => hostCodes.has(m.region.code)).pop();
      if (last) return hostOf(last.region.code)!;
    }
    return hosts[0];
  };

  const drafts: LocusDraft[] = [];
  const draftByKey = new Map<string, LocusDraft>();
  const draftOf = new Map<AgencyMention, LocusDraft>();
  sentences.forEach((sentence, k) => {
    const list = [...agencies[k].filter((a) => chosen(a, k)), ...named[k]].sort((a, b) => a.start - b.start);
    // Items of one list share a region: "Dinas A, Dinas B dan Dinas C Kabupaten Badung".
    const groups: AgencyMention[][] = [];
    list.forEach((a, i) => {
      const glued =
        i > 0 &&
        /^\s*(?:,\s*(?:dan|serta)?|dan|serta|&)\s*$/.test(sentence.text.slice(list[i - 1].end, a.start));
      if (glued) groups[groups.length - 1].push(a);
      else groups.push([a]);
    });
    for (const group of groups)
      for (const agency of group) {
        const own = agency.region && (hostCodes.has(agency.region.region.code) || agency.role === 'listed');
        const host = own || agency.national ? null : regionNear(k, agency.start, group);
        const region = agency.national ? NATIONAL : own ? agency.region!.region : host!.region;
        const key = `${region.code}|${agencyKey(agency.name, region, source)}`;
        const aliasKey = agency.alias ? `${region.code}|${agencyKey(agency.alias, region, source)}` : null;
        // "Di RSUD, …" after "RSUD Prof Anwar Makkatutu": a bare head names the unit already met.
        // "Dinas Kesehatan" after "Dinas Kesehatan DIY": the same unit without its region.
        const sameHead = drafts.find(
          (d) =>
            d.region.code === region.code &&
            d.agency &&
            ((GENERIC_HEAD.test(agency.name) && d.agency.name.startsWith(agency.name)) ||
              sameUnit(d.agency.name, agency.name, source) ||
              shortFormOf(agency.name, d.agency.name, region, source)),
        );
        const existing = draftByKey.get(key) ?? (aliasKey ? draftByKey.get(aliasKey) : undefined) ?? sameHead;
        if (existing) {
          // "ke MPP" in the headline, "Mal Pelayanan Publik (MPP) Kota X" in the body: keep the defined name.
          if (existing.agency && agency.alias && existing.agency.name.split(' ')[0] === agency.alias)
            existing.agency = { ...agency, name: agency.name };
          draftOf.set(agency, existing);
          continue;
        }
        let name = agency.name;
        // A hospital named only "RSUD" is the host's own: "RSUD Banyuwangi".
        const titled = bareRegionName(region.name).replace(/\b\p{L}/gu, (c) => c.toUpperCase());
        if (/^RSUD?$/.test(name)) name = `${name} ${region.kind === 'kabupaten' ? titled : region.name}`;
        // "(BPT)", "(Dispendukcapil)" with no region after it: the host's own office, "BPT Sragen".
        else if (!agency.national && ACRONYM_ONLY.test(name) && !GENERIC_HEAD.test(name))
          name = `${name} ${region.kind === 'provinsi' ? region.name : titled}`;
        const draft: LocusDraft = {
          region,
          regionEvidence: agency.national ? null : own ? sentence : (host!.best?.sentence ?? null),
          agency: { ...agency, name },
          agencyEvidence: sentence,
          keys: new Set([key, ...(aliasKey ? [aliasKey] : [])]),
          innovations: [],
        };
        drafts.push(draft);
        draft.keys.forEach((kk) => draftByKey.set(kk, draft));
        draftOf.set(agency, draft);
        if (agency.role === 'named' || (agency.role === 'listed' && NAMED_FACILITY.test(agency.name)))
          draft.innovations.push({ name: agency.name, sentence });
      }
  });

  /** The locus of an agency named again outside a list ("Sementara Dinas X memaparkan …"). */
  const sameAgency = (agency: AgencyMention): LocusDraft | null =>
    drafts.find(
      (d) =>
        d.agency &&
        (agencyKey(d.agency.name, d.region, source) === agencyKey(agency.name, d.region, source) ||
          (d.agency.alias !== null && d.agency.alias === agency.name) ||
          shortFormOf(agency.name, d.agency.name, d.region, source)),
    ) ?? null;

  // Innovations go to the agency that owns them in the sentence, else to their region's locus without agency.
  const seen = new Map<string, LocusDraft | null>();
  const regionless = new Map<
    string,
    { region: HostCandidate; items: { name: string; sentence: Sentence }[] }
  >();
  for (const draft of drafts) for (const i of draft.innovations) seen.set(innovationKey(i.name), draft);
  // "inovasi … di Mall Pelayanan Publik", "MPP merupakan inovasi": the mall is then an innovation too.
  const mallPresented = (draft: LocusDraft) =>
    sentences.some((s, k) => {
      if (!PRESENTED_AS_INNOVATION.test(s.text)) return false;
      const units = [...agencies[k], ...named[k]].sort((a, b) => a.start - b.start);
      return units.some((a, i) => {
        if (!IS_MALL.test(a.name) || (draftOf.get(a) !== draft && sameAgency(a) !== draft)) return false;
        // "… inovasi … yaitu A, Mall Pelayanan Publik dan B": the items of one list share its cue.
        let j = i;
        while (j > 0 && LIST_GLUE.test(s.text.slice(units[j - 1].end, units[j].start))) j--;
        const from = j > 0 ? units[j - 1].end : 0;
        return (
          PRESENTED_AS_INNOVATION.test(s.text.slice(from, a.start)) ||
          MALL_IS_INNOVATION.test(s.text.slice(a.end))
        );
      });
    });
  const regionWords = new Set(known.map((r) => innovationKey(bareRegionName(r.name))));
  const innovations = sentences.map((_, k) => innovationsAt(k));
  addRecurringInnovations(sentences, innovations);
  sentences.forEach((sentence, k) => {
    const all = [...agencies[k], ...named[k]];
    const inSentence = innovations[k];
    inSentence.forEach((innovation, n) => {
      const key = innovationKey(innovation.name);
      if (regionWords.has(key)) return;
      // "e-Samsat dan Samsat Keliling di Bapenda": the unit after a list of innovations owns them all.
      let chainEnd = innovation.end;
      for (let j = n + 1; j < inSentence.length; j++) {
        if (!LIST_GLUE.test(sentence.text.slice(chainEnd, inSentence[j].start))) break;
        chainEnd = inSentence[j].end;
      }
      const after = all.find(
        (a) => a.start >= chainEnd && OWNER_AFTER.test(sentence.text.slice(chainEnd, a.start)),
      );
      const clash = all.find((a) => a.start < innovation.end && a.end > innovation.start);
      // A unit merely mentioned where a list names the loci is an innovation's name when a locus owns it.
      if (clash && clash.role !== 'named' && !(clash.role === 'mentioned' && anyListed && after)) return;
      let owner: LocusDraft | null = clash ? (draftOf.get(clash) ?? null) : null;
      if (!owner) {
        const before = all.filter((a) => a.end <= innovation.start).pop();
        const cueOwner =
          before &&
          CUE_BEFORE_OWNER.test(sentence.text.slice(Math.max(0, before.start - 40), before.start)) &&
          OWNER_THEN_NAME.test(sentence.text.slice(before.end, innovation.start).replace(/[“"']$/, ''));
        // "Di RSUD, peserta mempelajari inovasi X": the place the sentence opens with owns what it shows.
        const opening =
          before && /^\s*(?:Di|Pada|Sementara di)\s+$/.test(sentence.text.slice(0, before.start));
        const candidate =
          after ??
          (before &&
          (opening || cueOwner || OWNS_BETWEEN.test(sentence.text.slice(before.end, innovation.start)))
            ? before
            : undefined);
        owner = candidate ? (draftOf.get(candidate) ?? sameAgency(candidate)) : null;
      }
      // "Kelompok tiga ke Dinas X. Peserta mempelajari aplikasi Y.": a sentence naming no place shows
      // what the one unit visited in the sentence before it offers.
      if (!owner && !all.length && !mentions[k].length && k > 0) {
        const prior = sentences[k - 1];
        const visited = agencies[k - 1].filter((a) => chosen(a, k - 1) && draftOf.has(a));
        if (prior.paragraph === sentence.paragraph && visited.length === 1) owner = draftOf.get(visited[0])!;
      }
      const previous = seen.get(key);
      if (previous !== undefined && (previous !== null || !owner)) return;
      if (previous === null) {
        for (const bucket of regionless.values())
          bucket.items = bucket.items.filter((i) => innovationKey(i.name) !== key);
      }
      seen.set(key, owner);
      if (owner) owner.innovations.push({ name: innovation.name, sentence });
      else {
        const region = regionNear(k, innovation.start);
        const bucket = regionless.get(region.region.code) ?? { region, items: [] };
        bucket.items.push({ name: innovation.name, sentence });
        regionless.set(region.region.code, bucket);
      }
    });
  });

  for (const draft of drafts)
    if (
      draft.agency &&
      IS_MALL.test(draft.agency.name) &&
      !draft.innovations.length &&
      mallPresented(draft)
    ) {
      draft.innovations.push({ name: draft.agency.name, sentence: draft.agencyEvidence! });
      seen.set(innovationKey(draft.agency.name), draft);
    }
  for (const host of hosts) {
    const bucket = regionless.get(host.region.code);
    const hasAgency = drafts.some((d) => d.region.code === host.region.code);
    if (hasAgency && !bucket?.items.length) continue;
    drafts.push({
      region: host.region,
      regionEvidence: host.best?.sentence ?? null,
      agency: null,
      agencyEvidence: null,
      keys: new Set(),
      innovations: bucket?.items ?? [],
    });
  }

  const loci = drafts.map((draft): Locus => {
    const national = draft.region === NATIONAL;
    const evidence: LocusEvidence = {};
    if (draft.regionEvidence) evidence.region = evidenceOf(draft.regionEvidence);
    if (draft.agencyEvidence) evidence.agency = evidenceOf(draft.agencyEvidence);
    if (draft.innovations.length) {
      evidence.innovations = {};
      for (const i of draft.innovations) evidence.innovations[i.name] ??= evidenceOf(i.sentence);
    }
    return {
      region: national ? null : draft.region.name,
      regionCode: national ? null : draft.region.code,
      province: national ? null : draft.region.province,
      agency: draft.agency?.name ?? null,
      innovations: draft.innovations.map((i) => i.name),
      evidence,
    };
  });
  return { loci };
}
