/**
 * Region mentions: finds every way a sentence names a province or kabupaten/kota ("Kabupaten X", "Kab. X",
 * "Pemkot X", "Bupati X", "Jatim", "Kota Kembang", a bare "Banyuwangi", a one-letter typo of a name the
 * article already uses) and settles ambiguous ones ("Bandung") by what the article says elsewhere.
 */
import type { RegionEntry } from '../../regions/index.ts';
import { memo, recall, type ArticleContext } from '../context.ts';
import {
  COMPACT_NAME,
  SHARED_ALIASES,
  SHARED_FIRST_WORD,
  aliasAt,
  nameAt,
  prefixAt,
  runsAt,
  withinOneEdit,
  type MentionForm,
  type RunCache,
} from './names.ts';
import { tokenize } from './tokens.ts';

export interface RegionMention {
  /** The reading chosen for now; `resolveAmbiguousMentions` may change it. */
  region: RegionEntry;
  /** Every region the words can name ("Bandung": Kota and Kabupaten); one entry when unambiguous. */
  candidates: RegionEntry[];
  form: MentionForm;
  /** Span in the sentence text: `start` includes the kind word ("Pemkot "), `nameStart` does not. */
  start: number;
  nameStart: number;
  end: number;
}

/**
 * Every region named in a sentence, left to right, longest name first.
 * `known` lets a capitalised word of 7+ letters one edit away from a known single-word name count as it.
 * @example findRegionMentions('Rombongan diterima Bupati Banyuwangi')[0].region.name // 'Kabupaten Banyuwangi'
 */
export function findRegionMentions(
  text: string,
  known: readonly RegionEntry[] = [],
  context?: ArticleContext,
): RegionMention[] {
  const tokens = tokenize(text, context);
  const cache: RunCache = new Array(tokens.length);
  const mentions: RegionMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const alias = aliasAt(tokens, i, cache);
    const bareName = nameAt(tokens, i, null, true, cache);
    // The longest reading wins: "Jakarta Selatan" over the alias "Jakarta", "Kota Kembang" over "Kota".
    if (alias && (!bareName || alias.length >= bareName.length)) {
      mentions.push({
        region: alias.region,
        candidates: [alias.region],
        form: 'alias',
        start: tokens[i].start,
        nameStart: tokens[i].start,
        end: alias.end,
      });
      i += alias.length - 1;
      continue;
    }
    const prefix = prefixAt(tokens, i);
    if (prefix) {
      const at = i + prefix.words.length;
      if (at < tokens.length) {
        const needCap = !tokens[i].cap;
        const aliasNamed = aliasAt(tokens, at, cache);
        const officialNamed = nameAt(tokens, at, prefix.kind, needCap, cache);
        const named =
          aliasNamed && (!officialNamed || aliasNamed.length > officialNamed.length) ? aliasNamed : null;
        const found = named ? { candidates: [named.region], length: named.length } : officialNamed;
        if (found) {
          const last = tokens[at + found.length - 1];
          mentions.push({
            region: found.candidates[0],
            candidates: found.candidates,
            form: named && prefix.form === 'kind' ? 'alias' : prefix.form,
            start: tokens[i].start,
            nameStart: tokens[at].start,
            end: last.end,
          });
          i = at + found.length - 1;
          continue;
        }
      }
    }
    if (bareName) {
      mentions.push({
        region: bareName.candidates[0],
        candidates: bareName.candidates,
        form: 'bare',
        start: tokens[i].start,
        nameStart: tokens[i].start,
        end: tokens[i + bareName.length - 1].end,
      });
      i += bareName.length - 1;
      continue;
    }
  }
  return known.length ? addTypoMentions(text, mentions, known, context) : mentions;
}

/**
 * Adds to a sentence's mentions the nicknames several regions bear ("Kota Serambi Mekkah") where exactly
 * one of those regions is among `known`, the regions the article names otherwise. Returns the merged list.
 */
export function addNicknameMentions(
  text: string,
  mentions: RegionMention[],
  known: readonly RegionEntry[],
  context?: ArticleContext,
): RegionMention[] {
  if (!known.length || !SHARED_FIRST_WORD.test(text)) return mentions;
  const tokens = tokenize(text, context);
  const cache: RunCache = new Array(tokens.length);
  const found: RegionMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap) continue;
    const start = tokens[i].start;
    if (mentions.some((m) => m.start <= start && m.end > start)) continue;
    for (const run of runsAt(tokens, i, cache)) {
      const regions = SHARED_ALIASES.get(run.key)?.filter((r) => known.includes(r));
      if (regions?.length !== 1) continue;
      const end = tokens[i + run.length - 1].end;
      found.push({ region: regions[0], candidates: regions, form: 'alias', start, nameStart: start, end });
      i += run.length - 1;
      break;
    }
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start) : mentions;
}

const LONG_WORD = /\p{Lu}\p{L}{6,}/gu;

/** Whether `text` has, in [from, to), an ASCII capital or a non-ASCII character (maybe a capital). */
function mayStartLongWord(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 65 && code <= 90) || code >= 128) return true;
  }
  return false;
}
// The loci stage asks once per sentence with the article's one `known` list: built once for it.
const TYPO_TARGETS = memo('typo targets', (known: readonly RegionEntry[]) =>
  known
    .map((region) => ({ region, name: COMPACT_NAME.get(region.code) ?? '' }))
    .filter((k) => k.name.length >= 7),
);

/**
 * Adds to a sentence's mentions the capitalised words of 7+ letters one edit away from a known
 * single-word name ("Banyueangi" once the article has named Banyuwangi). Returns the merged list.
 */
export function addTypoMentions(
  text: string,
  mentions: RegionMention[],
  known: readonly RegionEntry[],
  context?: ArticleContext,
): RegionMention[] {
  const names = recall(context, TYPO_TARGETS, known);
  if (!names.length) return mentions;
  const typos: RegionMention[] = [];
  // A LONG_WORD match is all letters, so it lies inside one (cached) token: only a token of 7+ units
  // with a capital (or a non-ASCII letter, which may be one) early enough to start a match is scanned,
  // on its own slice, instead of the whole sentence. A match may still start mid-token ("eBudgeting").
  for (const token of tokenize(text, context)) {
    if (token.end - token.start < 7 || !mayStartLongWord(text, token.start, token.end - 6)) continue;
    const slice = text.slice(token.start, token.end);
    LONG_WORD.lastIndex = 0;
    for (let m = LONG_WORD.exec(slice); m; m = LONG_WORD.exec(slice)) {
      const start = token.start + m.index;
      const end = start + m[0].length;
      if (mentions.some((x) => x.start < end && x.end > start)) continue;
      const word = m[0].toLowerCase();
      const region = names.find((k) => k.name !== word && withinOneEdit(word, k.name))?.region;
      if (region) typos.push({ region, candidates: [region], form: 'bare', start, nameStart: start, end });
    }
  }
  return typos.length ? [...mentions, ...typos].sort((a, b) => a.start - b.start) : mentions;
}

/**
 * Gives each ambiguous mention ("Bandung") the reading the article names explicitly elsewhere
 * ("Kota Bandung"); without such a hint the city is kept, then the province, then the kabupaten.
 */
export function resolveAmbiguousMentions(mentions: readonly RegionMention[]): void {
  const explicit = new Map<string, number>();
  for (const m of mentions)
    if (m.candidates.length === 1) explicit.set(m.region.code, (explicit.get(m.region.code) ?? 0) + 1);
  for (const m of mentions) {
    if (m.candidates.length < 2) continue;
    const named = m.candidates
      .filter((r) => explicit.has(r.code))
      .sort((a, b) => explicit.get(b.code)! - explicit.get(a.code)!);
    if (named.length) m.region = named[0];
  }
}
