/**
 * Passes over all of an article's sentences that the loci stage runs before deciding loci: the article's own
 * acronyms where they recur, the items of a numbered list of loci, the unit whose head receives the group and
 * presents its programme, and innovations recurring by name or acronym.
 */
import type { AgencyMention } from '../agencies/index.ts';
import type { InnovationMention } from '../innovations/index.ts';
import type { ArticleContext } from '../context.ts';
import type { Sentence } from '../text.ts';
import { anyOf } from '../vocab/compile.ts';
import { COLON_LIST_INTROS, LOCUS_LIST_VERBS, LOCUS_NOUNS } from '../vocab/lists.ts';
import { FACILITIES, HOSPITALS, SERVICE_MALLS, UNIT_ACRONYMS } from '../vocab/units.ts';
import { RECEIVED_WORDS } from '../vocab/visits.ts';

// The items of a numbered or bulleted list of loci, one a line, after "yaitu:" / "antara lain:".
const LIST_INTRO_END = new RegExp(String.raw`${anyOf(COLON_LIST_INTROS)}\s*:\s*$`, 'i');
// "… dibagi ke dalam empat lokus:", "… kelompok dengan lokus:": a colon after the loci's own word.
const LOCI_BEFORE_COLON = new RegExp(
  String.raw`\b${anyOf([...LOCUS_NOUNS, ...LOCUS_LIST_VERBS])}\b[^.:]{0,60}:\s*$`,
  'i',
);
const LIST_ITEM = /^\s*(?:(?:\d{1,2}[.)]|[a-z][.)])\s+|[-–—•●▪◦·*➢►]\s*)/;
// "1. Kelompok 1 : Dinas …", "- Lokus II – RSUD …": the item's label before its unit.
const ITEM_LABEL =
  /^(?:Kelompok|Kel\.|Tim|Lokus|Grup|Group|Regu|Sesi)\s*(?:\d{1,2}|[IVX]{1,4}|[A-Z]|[a-z]+)?\s*[:.–—-]\s*/i;
const RECEIVED_BY = new RegExp(String.raw`\b${anyOf(RECEIVED_WORDS)}\b`, 'i');

/** "Badan Perencanaan Pembangunan Kota (Bappeko)": the article's own acronyms name that unit wherever they recur. */
export function addDefinedAcronyms(
  sentences: readonly Sentence[],
  agencies: AgencyMention[][],
  innovationsAt: (k: number) => InnovationMention[],
): void {
  const defined = new Set<string>();
  for (const list of agencies)
    for (const a of list)
      for (const form of [a.name, a.alias])
        if (form && /^\p{Lu}[\p{L}-]{2,}$/u.test(form) && !HEAD_WORD.test(form)) defined.add(form);
  if (!defined.size) return;
  const pattern = new RegExp(
    `(?<![\\p{L}\\d])(?:${[...defined].map(escape).join('|')})(?![\\p{L}\\d])`,
    'gu',
  );
  sentences.forEach((sentence, k) => {
    for (const m of sentence.text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (agencies[k].some((a) => a.start < end && a.end > start)) continue;
      // “Dukcapil Mobile”: the acronym is a word of an innovation's name there, not the unit.
      if (innovationsAt(k).some((i) => i.start <= start && i.end >= end)) continue;
      agencies[k].push({ name: m[0], role: 'mentioned', start, end, region: null, alias: null });
    }
    agencies[k].sort((a, b) => a.start - b.start);
  });
}
// Units known by their acronym everywhere: what an article defines is its own acronym only otherwise.
const HEAD_WORD = new RegExp(
  `^${anyOf([...HOSPITALS.filter((name) => !name.includes(' ')), ...SERVICE_MALLS, ...FACILITIES, ...Object.keys(UNIT_ACRONYMS)])}$`,
);
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "… lokus, yaitu:" then "1. Mal Pelayanan Publik …;" "2. Dinas …": each item line's first unit is a locus. */
export function listItemsAfterIntro(sentences: readonly Sentence[], agencies: AgencyMention[][]): void {
  for (let k = 0; k < sentences.length; k++) {
    // Both intros end in a colon: a cheap look at the last character spares two end-anchored scans.
    const text = sentences[k].text.trimEnd();
    if (!text.endsWith(':') || (!LIST_INTRO_END.test(text) && !LOCI_BEFORE_COLON.test(text))) continue;
    let paragraph = sentences[k].paragraph;
    for (let j = k + 1; j < sentences.length; j++) {
      const item = sentences[j];
      // An item may run to a second sentence ("… H.M. Anwar. Inovasinya …"): that one lists nothing.
      if (item.paragraph === paragraph && j > k + 1) continue;
      if (item.paragraph !== paragraph + 1 || !LIST_ITEM.test(item.text)) break;
      paragraph = item.paragraph;
      const first = agencies[j][0];
      let marker = LIST_ITEM.exec(item.text)![0].length;
      marker += ITEM_LABEL.exec(item.text.slice(marker))?.[0].length ?? 0;
      if (first && first.start <= marker + 1) first.role = 'listed';
    }
  }
}

/**
 * "Rombongan diterima oleh Kepala Dinas Kesehatan X. Dalam paparannya … program unggulan …": the unit whose
 * head receives the group and presents its own programme in the same or the next sentence hosts it.
 */
export function receivingHosts(
  sentences: readonly Sentence[],
  agencies: AgencyMention[][],
  innovationsAt: (k: number) => InnovationMention[],
): void {
  sentences.forEach((sentence, k) => {
    if (!RECEIVED_BY.test(sentence.text)) return;
    const host = agencies[k].find(
      (a) => a.role === 'affiliation' && a.start > sentence.text.search(RECEIVED_BY),
    );
    if (!host) return;
    const presents = [k, k + 1].some(
      (j) => sentences[j]?.paragraph === sentence.paragraph && innovationsAt(j).length > 0,
    );
    if (presents) host.role = 'listed';
  });
}

/**
 * "… melalui program Siak Hijau." then "… DLH untuk mendalami Siak Hijau": an innovation the article has
 * named (or its acronym) is the same innovation wherever it recurs, so a later sentence can give its owner.
 */
export function addRecurringInnovations(
  sentences: readonly Sentence[],
  innovations: InnovationMention[][],
): void {
  const names = new Map<string, string>();
  for (const list of innovations)
    for (const i of list)
      for (const form of [i.name, i.alias])
        if (form && form.length >= 4 && /\p{Lu}/u.test(form) && !names.has(form)) names.set(form, i.name);
  if (!names.size) return;
  const pattern = new RegExp(
    `(?<![\\p{L}\\d-])(?:${[...names.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\d-])`,
    'gu',
  );
  const forms = [...names.keys()];
  sentences.forEach((sentence, k) => {
    // Every match is one of the forms verbatim: a sentence holding none of them is not scanned. The
    // exec loop spares the regex copy that matchAll makes for each sentence.
    const text = sentence.text;
    if (!forms.some((form) => text.includes(form))) return;
    const list = innovations[k];
    let added = false;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (list.some((i) => i.start < end && i.end > start)) continue;
      list.push({ name: names.get(m[0])!, start, end });
      added = true;
    }
    if (added) list.sort((a, b) => a.start - b.start);
  });
}

/** How often a name is written in the article as a whole word. */
function uses(text: string, name: string): number {
  let count = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = text.charCodeAt(at - 1);
    const after = text[at + name.length] ?? ' ';
    if ((at === 0 || !/[\p{L}\d]/u.test(String.fromCharCode(before))) && !/[\p{L}\d]/u.test(after)) count++;
  }
  return count;
}

/**
 * The name each innovation goes by, where the article gives it two ("Ojek Online Bersama Lindungi Anak (Ojol
 * Berlian)"): the one it uses again elsewhere ("inovasi Ojol Berlian …"), else the one its sentence gave it,
 * or both as written ("Makassarta Tidak Rantasa (MTR)").
 */
export function innovationNames(
  source: ArticleContext,
  innovations: readonly InnovationMention[][],
): Map<string, string> {
  const names = new Map<string, string>();
  const text = `${source.title}\n${source.text}`;
  for (const list of innovations)
    for (const i of list) {
      if (!i.alias || names.has(i.name)) continue;
      const aliasAgain = uses(text, i.alias) > 1;
      const nameAgain = uses(text, i.name) > 1;
      const preferred = i.both ? `${i.name} (${i.alias})` : i.name;
      names.set(i.name, aliasAgain === nameAgain ? preferred : aliasAgain ? i.alias : i.name);
    }
  return names;
}
