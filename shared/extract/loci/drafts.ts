/**
 * Locus drafts from agencies: each agency a sentence makes a locus becomes one draft in its own region or
 * the host region near it, short forms and bare heads merged into the unit already met ("Dinkes" into
 * "Dinas Kesehatan", "di RSUD" into "RSUD Banyuwangi"), acronym-only names given their host's name.
 */
import { bareRegionName } from '../../regions/index.ts';
import type { AgencyMention } from '../agencies/index.ts';
import { anyOf } from '../vocab/compile.ts';
import { LIST_GLUE } from '../vocab/patterns.ts';
import { OWN_NAME_HEADS } from '../vocab/units.ts';
import { ACRONYM_ONLY, GENERIC_HEAD, agencyKey, sameUnit, shortFormOf } from './names.ts';
import { NATIONAL, regionNear, type LociState, type LocusDraft } from './state.ts';

// "Rumah Padat Karya", "Rumah Kreatif X": a visited facility is known by its own name, which is the innovation.
const NAMED_FACILITY = new RegExp(String.raw`^${anyOf(OWN_NAME_HEADS)} (?![Ss]akit)\p{Lu}`, 'u');

/** Adds a draft for every agency the article makes a locus, merging the names of one unit. */
export function draftAgencies(state: LociState): void {
  const { source, hostCodes } = state;
  const draftByKey = new Map<string, LocusDraft>();
  state.sentences.forEach((sentence, k) => {
    const list = [...state.agencies[k]!.filter((a) => state.chosen(a, k)), ...state.named[k]!].sort(
      (a, b) => a.start - b.start,
    );
    // Items of one list share a region: "Dinas A, Dinas B dan Dinas C Kabupaten Badung".
    const groups: AgencyMention[][] = [];
    list.forEach((a, i) => {
      const glued = i > 0 && LIST_GLUE.test(sentence.text.slice(list[i - 1]!.end, a.start));
      if (glued) groups[groups.length - 1]!.push(a);
      else groups.push([a]);
    });
    for (const group of groups)
      for (const agency of group) {
        // An agency's own region stands where it is a host, where a list of loci names the agency, and on a
        // page about innovations (where the region is the innovation's).
        const own =
          agency.region &&
          (hostCodes.has(agency.region.region.code) || agency.role === 'listed' || !state.visit);
        const host = own || agency.national ? null : regionNear(state, k, agency.start, group);
        const region = agency.national ? NATIONAL : own ? agency.region!.region : host!.region;
        const key = `${region.code}|${agencyKey(agency.name, region, source)}`;
        const aliasKey = agency.alias ? `${region.code}|${agencyKey(agency.alias, region, source)}` : null;
        // "Di RSUD, …" after "RSUD Prof Anwar Makkatutu": a bare head names the unit already met.
        // "Dinas Kesehatan" after "Dinas Kesehatan DIY": the same unit without its region.
        const sameHead = state.drafts.find(
          (d) =>
            d.region.code === region.code &&
            d.agency &&
            ((GENERIC_HEAD.test(agency.name) && d.agency.name.startsWith(agency.name)) ||
              sameUnit(d.agency.name, agency.name, source) ||
              shortFormOf(agency.name, d.agency.name, region, source) ||
              (agency.alias !== null && shortFormOf(d.agency.name, agency.name, region, source))),
        );
        const existing = draftByKey.get(key) ?? (aliasKey ? draftByKey.get(aliasKey) : undefined) ?? sameHead;
        if (existing) {
          // "ke MPP" in the headline, "Mal Pelayanan Publik (MPP) Kota X" in the body: keep the defined name;
          // "Disdukcapil Kota X" in the headline, "Dinas Kependudukan … Kota X" in the body: the body's fuller
          // name, as the article writes it.
          const defined =
            existing.agency && agency.alias && existing.agency.name.split(' ')[0] === agency.alias;
          const fuller =
            existing.agency &&
            existing.agencyEvidence?.source === 'title' &&
            sentence.source === 'text' &&
            agency.name.split(' ').length > existing.agency.name.split(' ').length;
          if (defined || fuller) {
            existing.agency = { ...agency, name: agency.name };
            if (fuller) existing.agencyEvidence = sentence;
          }
          state.draftOf.set(agency, existing);
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
        state.drafts.push(draft);
        draft.keys.forEach((kk) => draftByKey.set(kk, draft));
        state.draftOf.set(agency, draft);
        if (agency.role === 'named' || (agency.role === 'listed' && NAMED_FACILITY.test(agency.name)))
          draft.innovations.push({ name: agency.name, sentence });
      }
  });
}

/** The locus of an agency named again outside a list ("Sementara Dinas X memaparkan …"). */
export function sameAgency(state: LociState, agency: AgencyMention): LocusDraft | null {
  const { source } = state;
  return (
    state.drafts.find(
      (d) =>
        d.agency &&
        (agencyKey(d.agency.name, d.region, source) === agencyKey(agency.name, d.region, source) ||
          (d.agency.alias !== null && d.agency.alias === agency.name) ||
          shortFormOf(agency.name, d.agency.name, d.region, source)),
    ) ?? null
  );
}
