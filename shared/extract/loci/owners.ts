/**
 * Innovation owners: each innovation goes to the agency that owns it in its sentence ("aplikasi X milik
 * Dinas Y", "Dinas Y memiliki inovasi X", "program unggulan Dinkes yaitu X", the place a sentence opens with),
 * else to its region's locus without agency; a Mal Pelayanan Publik presented as an innovation is one.
 */
import { bareRegionName } from '../../regions/index.ts';
import type { HostCandidate } from '../regions/index.ts';
import type { Sentence } from '../text.ts';
import { innovationKey } from '../innovations/index.ts';
import { anyOf } from '../vocab/compile.ts';
import {
  APPOSITIVE_NOUNS,
  OWNER_NOUNS,
  OWNER_VERBS,
  OWNER_WORDS,
  PRESENTING_VERBS,
} from '../vocab/innovations.ts';
import { LIST_INTROS } from '../vocab/lists.ts';
import { LIST_GLUE, PRESENTS_INNOVATION } from '../vocab/patterns.ts';
import { sameAgency } from './drafts.ts';
import { IS_MALL } from './names.ts';
import { regionNear, type LociState, type LocusDraft } from './state.ts';

const OWNS_BETWEEN = new RegExp(
  String.raw`^(?!\s*(?:\([^)]*\)\s*)?(?:,(?!\s*(?:dengan|yang|melalui|memiliki|berupa|termasuk|antara lain|seperti)\b)|dan\b|serta\b))(?:\s*(?:\([^)]*\)\s*)?,)?[^,]*?\b(?:memiliki|mempunyai|punya|memperkenalkan|dikenal|menerapkan|mengembangkan|meluncurkan|menciptakan|membuat|menggagas|mengelola|dengan|melalui|berupa|inovasi|program|aplikasi|layanan|kanal|termasuk|untuk (?:melihat|mempelajari|mengamati|mendalami)|melihat|mempelajari|mendalami|penerapan|tentang|mengenai|${anyOf(PRESENTING_VERBS)})\b`,
  'i',
);
// "program unggulan Dinkes yaitu …": the agency named inside the cue owns what the cue introduces.
// "inovasi yang digagas oleh Puskesmas X yaitu …" too.
const CUE_BEFORE_OWNER = new RegExp(
  String.raw`\b(?:program|inovasi|aplikasi|layanan)(?:\s+(?:unggulan|andalan|utama))?(?:\s+(?:yang\s+)?${anyOf(OWNER_VERBS)}(?:\s+oleh)?|\s+(?:milik|dari))?\s+$`,
  'i',
);
// "Kepala Dinas X, I Made Y, memaparkan inovasi Z": the unit whose head presents the innovation owns it.
const PRESENTER_THEN_NAME = new RegExp(
  String.raw`${PRESENTS_INNOVATION}(?:\s+(?:unggulan|andalan|bernama|berupa|yaitu|yakni))?\s*[“"']?$`,
  'i',
);
const OWNER_THEN_NAME = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:${anyOf([...LIST_INTROS, 'bernama', 'berupa'])}|:)?\s*:?\s*$`,
  'i',
);
// "Mal Pelayanan Publik" is an innovation only where the sentence presents it as one: "inovasi … di MPP"
// with no other unit between, or "MPP merupakan inovasi …".
const PRESENTED_AS_INNOVATION = /\binovasi\b/i;
const MALL_IS_INNOVATION =
  /^[^.;]{0,40}?\b(?:merupakan|adalah|sebagai|menjadi|jadi)\b[^.;]{0,30}?\binovasi\b/i;
// "X milik Dinas Y", "X (Xyz) untuk Kaltim dari Dinas Y", "X yang digagas oleh Puskesmas Y": the owner after it.
const OWNER_AFTER = new RegExp(
  String.raw`^\s*(?:\([^)]*\)\s*)?(?:atau\s+[^,.;()]{1,100}?\s+)?(?:(?:untuk|bagi)\s+\p{L}+(?:\s+\p{L}+)?\s+)?(?:(?:yang\s+)?${anyOf(OWNER_VERBS)}(?:\s+oleh)?|${anyOf(OWNER_WORDS)})\s+$`,
  'iu',
);

// "“X” masuk Top 99. Inovasi ini merupakan usulan Desa Y …": the next sentence gives the one innovation's owner.
const THIS_ONE_OWNED_BY = new RegExp(
  String.raw`^\s*${anyOf(APPOSITIVE_NOUNS)}\s+(?:ini|tersebut)\s+(?:(?:merupakan|adalah|ialah)\s+)?(?:(?:hasil\s+)?${anyOf(OWNER_NOUNS)}|(?:yang\s+)?${anyOf(OWNER_VERBS)}(?:\s+oleh)?)\s+$`,
  'iu',
);

/** The innovations no agency owns, by region code. */
export type Regionless = Map<
  string,
  { region: HostCandidate; items: { name: string; sentence: Sentence }[] }
>;

/** Gives every innovation of the article to its owner's draft, or to its region; returns the latter. */
export function giveInnovations(state: LociState): Regionless {
  // "Ojek Online Bersama Lindungi Anak (Ojol Berlian)" and a later "inovasi Ojol Berlian" are one innovation.
  const sameAs = new Map<string, string>();
  for (const list of state.innovations)
    for (const i of list) if (i.alias) sameAs.set(innovationKey(i.alias), innovationKey(i.name));
  const keyOf = (name: string) => {
    const key = innovationKey(name);
    return sameAs.get(key) ?? key;
  };
  const seen = new Map<string, LocusDraft | null>();
  const regionless = new Map<
    string,
    { region: HostCandidate; items: { name: string; sentence: Sentence }[] }
  >();
  for (const draft of state.drafts) for (const i of draft.innovations) seen.set(keyOf(i.name), draft);
  // "inovasi … di Mall Pelayanan Publik", "MPP merupakan inovasi": the mall is then an innovation too.
  const mallPresented = (draft: LocusDraft) =>
    state.sentences.some((s, k) => {
      if (!PRESENTED_AS_INNOVATION.test(s.text)) return false;
      const units = [...state.agencies[k]!, ...state.named[k]!].sort((a, b) => a.start - b.start);
      return units.some((a, i) => {
        if (!IS_MALL.test(a.name) || (state.draftOf.get(a) !== draft && sameAgency(state, a) !== draft))
          return false;
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
  // "inovasi unggulan KSB adalah …": a region's name, or its initials ("KSB": Kabupaten Sumbawa Barat), is
  // no innovation.
  const initials = (name: string) =>
    name
      .split(/\s+/)
      .map((word) => word[0])
      .join('')
      .toLowerCase();
  const regionWords = new Set(
    state.mentions.flat().flatMap((m) => {
      const bare = bareRegionName(m.region.name);
      const forms = [innovationKey(bare)];
      if (m.region.name.split(/\s+/).length >= 3) forms.push(initials(m.region.name));
      if (bare.split(/\s+/).length >= 3) forms.push(initials(bare));
      return forms;
    }),
  );
  state.sentences.forEach((sentence, k) => {
    const all = [...state.agencies[k]!, ...state.named[k]!];
    const inSentence = state.innovations[k]!;
    // The owner each innovation of the sentence was given here, so a list's later items share its first's.
    const ownerHere: (LocusDraft | null)[] = [];
    inSentence.forEach((innovation, n) => {
      const key = keyOf(innovation.name);
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
      if (clash && clash.role !== 'named' && !(clash.role === 'mentioned' && state.anyListed && after))
        return;
      let owner: LocusDraft | null = clash ? (state.draftOf.get(clash) ?? null) : null;
      if (!owner) {
        const before = all.filter((a) => a.end <= innovation.start).pop();
        const cueOwner =
          before &&
          CUE_BEFORE_OWNER.test(sentence.text.slice(Math.max(0, before.start - 40), before.start)) &&
          OWNER_THEN_NAME.test(sentence.text.slice(before.end, innovation.start).replace(/[“"']$/, ''));
        // "Di RSUD, peserta mempelajari inovasi X": the place the sentence opens with owns what it shows.
        const opening =
          before && /^\s*(?:Di|Pada|Sementara di)\s+$/.test(sentence.text.slice(0, before.start));
        const presenter =
          before && PRESENTER_THEN_NAME.test(sentence.text.slice(before.end, innovation.start));
        const candidate =
          after ??
          (before &&
          (opening ||
            cueOwner ||
            presenter ||
            OWNS_BETWEEN.test(sentence.text.slice(before.end, innovation.start)))
            ? before
            : undefined);
        owner = candidate ? (state.draftOf.get(candidate) ?? sameAgency(state, candidate)) : null;
      }
      // "inovasi Bapenda, di antaranya e-Samsat dan Samsat Corner": the items of one list share an owner.
      if (
        !owner &&
        n > 0 &&
        ownerHere[n - 1] &&
        LIST_GLUE.test(sentence.text.slice(inSentence[n - 1]!.end, innovation.start))
      )
        owner = ownerHere[n - 1]!;
      ownerHere[n] = owner;
      // "Kelompok tiga ke Dinas X. Peserta mempelajari aplikasi Y.": a sentence naming no place shows
      // what the one unit visited in the sentence before it offers.
      if (!owner && !all.length && !state.mentions[k]!.length && k > 0) {
        const prior = state.sentences[k - 1]!;
        const visited = state.agencies[k - 1]!.filter((a) => state.chosen(a, k - 1) && state.draftOf.has(a));
        // (The sentence before may close the paragraph before: "… menerima kunjungan peserta.\nPeserta
        // mempelajari inovasi …".)
        if (
          prior.paragraph >= sentence.paragraph - 1 &&
          prior.source === sentence.source &&
          visited.length === 1
        )
          owner = state.draftOf.get(visited[0]!)!;
      }
      const next = state.sentences[k + 1];
      if (!owner && inSentence.length === 1 && next?.paragraph === sentence.paragraph) {
        const first = [...state.agencies[k + 1]!, ...state.named[k + 1]!].sort(
          (a, b) => a.start - b.start,
        )[0];
        if (first && THIS_ONE_OWNED_BY.test(next.text.slice(0, first.start)))
          owner = state.draftOf.get(first) ?? sameAgency(state, first);
      }
      const previous = seen.get(key);
      if (previous !== undefined && (previous !== null || !owner)) return;
      if (previous === null) {
        for (const bucket of regionless.values())
          bucket.items = bucket.items.filter((i) => keyOf(i.name) !== key);
      }
      seen.set(key, owner);
      if (owner) owner.innovations.push({ name: innovation.name, sentence });
      else {
        const told = state.innovationRegion.get(innovation);
        const region = told ? { region: told, score: 0, best: null } : regionNear(state, k, innovation.start);
        const bucket = regionless.get(region.region.code) ?? { region, items: [] };
        bucket.items.push({ name: innovation.name, sentence });
        regionless.set(region.region.code, bucket);
      }
    });
  });

  for (const draft of state.drafts)
    if (
      draft.agency &&
      IS_MALL.test(draft.agency.name) &&
      !draft.innovations.length &&
      mallPresented(draft)
    ) {
      draft.innovations.push({ name: draft.agency.name, sentence: draft.agencyEvidence! });
      seen.set(keyOf(draft.agency.name), draft);
    }
  return regionless;
}
