/**
 * Stage 5, the loci: sentences → the places visited. Order: region mentions (regions.ts) → agencies and
 * the loci named by an innovation (agencies.ts) → host regions, weighted by both → innovations
 * (innovations.ts) given to the agency that owns them → one locus per host agency, or one per host region
 * without agencies. Every value cites its sentence. It does not read dates, programs or organisers.
 */
import type { Evidence, Locus } from '../schema/locus-record.ts';
import { bareRegionName, type RegionEntry } from '../regions/index.ts';
import { evidenceOf, type Sentence, type Source } from './text.ts';
import {
  addTypoMentions,
  findRegionMentions,
  rankHostRegions,
  resolveAmbiguousMentions,
  type HostCandidate,
} from './regions.ts';
import { findAgencies, findNamedLoci, type AgencyMention } from './agencies.ts';
import { findInnovations, innovationKey } from './innovations.ts';

interface LocusDraft {
  region: RegionEntry;
  regionEvidence: Sentence | null;
  agency: AgencyMention | null;
  agencyEvidence: Sentence | null;
  keys: Set<string>;
  innovations: { name: string; sentence: Sentence }[];
}

const VISIT_WORD =
  /kunjung|kunker|benchmark|studi (?:lapangan|banding|tiru)|observasi|lokus|belajar|menimba/i;
const OWNS_BETWEEN =
  /^(?!\s*(?:\([^)]*\)\s*)?(?:,|dan\b|serta\b))[^,]*?\b(?:memiliki|mempunyai|punya|menerapkan|mengembangkan|meluncurkan|menciptakan|membuat|menggagas|dengan|melalui|berupa|inovasi|program|aplikasi)\b/i;
const OWNER_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:di|pada|milik|dari|oleh)\s+$/i;
const GENERIC_HEAD = /^(?:RSUD?|Puskesmas|MPP|Mal{1,2} Pelayanan Publik)$/;
const IS_MALL = /^(?:Mal{1,2} Pelayanan Publik|MPP)\b/i;

/** What two names of one agency share: "Mal Pelayanan Publik" = "Mall Pelayanan Publik", region words dropped. */
function agencyKey(name: string, region: RegionEntry | null): string {
  let folded = ` ${name.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ')} `.replace(/ mal /g, ' mall ');
  folded = folded.replace(/ (?:kota|kabupaten|kab|provinsi|prov) /g, ' ');
  if (region)
    for (const word of bareRegionName(region.name).split(' ')) folded = folded.replace(` ${word} `, ' ');
  return folded.replace(/\s+/g, '');
}

/** Whether one name is the other plus only a region ("Dinas Kesehatan" / "Dinas Kesehatan DIY"). */
function sameUnit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(`${short} `)) return false;
  const rest = long.slice(short.length + 1);
  const [mention] = findRegionMentions(rest);
  return mention !== undefined && mention.start === 0 && mention.end === rest.length;
}

/**
 * The loci of an article: host regions, the agencies visited there and their innovations, with evidence
 * keyed `loci.N.region`, `loci.N.agency`, `loci.N.innovations.M`.
 * @example extractLoci(prepareSource('Peserta PKA ke Banyuwangi', 'Mereka mengunjungi RSUD Banyuwangi.')).loci[0].agency
 * // 'RSUD Banyuwangi'
 */
export function extractLoci(source: Source): { loci: Locus[]; evidence: Record<string, Evidence> } {
  const sentences = source.sentences;
  const plain = sentences.map((s) => findRegionMentions(s.text));
  const known = [...new Map(plain.flat().map((m) => [m.region.code, m.region])).values()];
  const mentions = sentences.map((s, k) => addTypoMentions(s.text, plain[k], known));
  resolveAmbiguousMentions(mentions.flat());

  const agencies = sentences.map((s, k) => findAgencies(s.text, mentions[k]));
  const named = sentences.map((s, k) => findNamedLoci(s.text, agencies[k]));
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
  const hosts = rankHostRegions(sentences, mentions, boosts);
  if (!hosts.length) return { loci: [], evidence: {} };
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
        const host = own ? null : regionNear(k, agency.start, group);
        const region = own ? agency.region!.region : host!.region;
        const key = `${region.code}|${agencyKey(agency.name, region)}`;
        const aliasKey = agency.alias ? `${region.code}|${agencyKey(agency.alias, region)}` : null;
        // "Di RSUD, …" after "RSUD Prof Anwar Makkatutu": a bare head names the unit already met.
        // "Dinas Kesehatan" after "Dinas Kesehatan DIY": the same unit without its region.
        const sameHead = drafts.find(
          (d) =>
            d.region.code === region.code &&
            d.agency &&
            (GENERIC_HEAD.test(agency.name)
              ? d.agency.name.startsWith(agency.name)
              : sameUnit(d.agency.name, agency.name)),
        );
        const existing = draftByKey.get(key) ?? (aliasKey ? draftByKey.get(aliasKey) : undefined) ?? sameHead;
        if (existing) {
          draftOf.set(agency, existing);
          continue;
        }
        let name = agency.name;
        // A hospital named only "RSUD" is the host's own: "RSUD Banyuwangi".
        if (/^RSUD?$/.test(name))
          name = `${name} ${region.kind === 'kabupaten' ? bareRegionName(region.name).replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : region.name}`;
        const draft: LocusDraft = {
          region,
          regionEvidence: own ? sentence : (host!.best?.sentence ?? null),
          agency: { ...agency, name },
          agencyEvidence: sentence,
          keys: new Set([key, ...(aliasKey ? [aliasKey] : [])]),
          innovations: [],
        };
        drafts.push(draft);
        draft.keys.forEach((kk) => draftByKey.set(kk, draft));
        draftOf.set(agency, draft);
        if (agency.role === 'named') draft.innovations.push({ name: agency.name, sentence });
      }
  });

  /** The locus of an agency named again outside a list ("Sementara Dinas X memaparkan …"). */
  const sameAgency = (agency: AgencyMention): LocusDraft | null =>
    drafts.find((d) => d.agency && agencyKey(d.agency.name, d.region) === agencyKey(agency.name, d.region)) ??
    null;

  // Innovations go to the agency that owns them in the sentence, else to their region's locus without agency.
  const seen = new Map<string, LocusDraft | null>();
  const regionless = new Map<
    string,
    { region: HostCandidate; items: { name: string; sentence: Sentence }[] }
  >();
  for (const draft of drafts) for (const i of draft.innovations) seen.set(innovationKey(i.name), draft);
  const mentionsInnovation = sentences.some((s) => /inovasi/i.test(s.text));
  for (const draft of drafts)
    if (draft.agency && IS_MALL.test(draft.agency.name) && mentionsInnovation && !draft.innovations.length) {
      draft.innovations.push({ name: draft.agency.name, sentence: draft.agencyEvidence! });
      seen.set(innovationKey(draft.agency.name), draft);
    }
  const regionWords = new Set(known.map((r) => innovationKey(bareRegionName(r.name))));
  sentences.forEach((sentence, k) => {
    const all = [...agencies[k], ...named[k]];
    for (const innovation of findInnovations(sentence.text)) {
      const key = innovationKey(innovation.name);
      if (regionWords.has(key)) continue;
      const clash = all.find((a) => a.start < innovation.end && a.end > innovation.start);
      if (clash && clash.role !== 'named') continue;
      let owner: LocusDraft | null = clash ? (draftOf.get(clash) ?? null) : null;
      if (!owner) {
        const after = all.find(
          (a) => a.start >= innovation.end && OWNER_AFTER.test(sentence.text.slice(innovation.end, a.start)),
        );
        const before = all.filter((a) => a.end <= innovation.start).pop();
        // "Di RSUD, peserta mempelajari inovasi X": the place the sentence opens with owns what it shows.
        const opening =
          before && /^\s*(?:Di|Pada|Sementara di)\s+$/.test(sentence.text.slice(0, before.start));
        const candidate =
          after ??
          (before && (opening || OWNS_BETWEEN.test(sentence.text.slice(before.end, innovation.start)))
            ? before
            : undefined);
        owner = candidate ? (draftOf.get(candidate) ?? sameAgency(candidate)) : null;
      }
      const previous = seen.get(key);
      if (previous !== undefined && (previous !== null || !owner)) continue;
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
    }
  });

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

  const loci: Locus[] = [];
  const evidence: Record<string, Evidence> = {};
  drafts.forEach((draft, n) => {
    loci.push({
      region: draft.region.name,
      regionCode: draft.region.code,
      province: draft.region.province,
      agency: draft.agency?.name ?? null,
      innovations: draft.innovations.map((i) => i.name),
    });
    if (draft.regionEvidence) evidence[`loci.${n}.region`] = evidenceOf(draft.regionEvidence);
    if (draft.agencyEvidence) evidence[`loci.${n}.agency`] = evidenceOf(draft.agencyEvidence);
    draft.innovations.forEach((i, m) => (evidence[`loci.${n}.innovations.${m}`] = evidenceOf(i.sentence)));
  });
  return { loci, evidence };
}
