/**
 * What the innovation passes of one sentence share: the names found so far, added through one gate that
 * normalises a name, turns away generic phrases and bracketed spell-outs, and keeps the longer of two
 * overlapping readings; and how the sentence is written (a title-case headline, odd case folds).
 */
import { acceptable, innovationKey, normaliseInnovation } from './names.ts';

export interface InnovationMention {
  name: string;
  start: number;
  end: number;
  /** The other name the sentence gives it: "Jaminan Kesehatan Semesta" beside "Jamkesta", "Ojol Berlian". */
  alias?: string;
  /** Whether, where the article uses neither name again, it goes by both as written: "Home Care (Dottoro`ta)". */
  both?: boolean;
  /** Read as an item of a list of innovations ("inovasi …, di antaranya A dan B"): an innovation, whatever else it names. */
  listed?: boolean;
}

// Under the u flag a case-blind "s" or "k" also matches "ſ" or the Kelvin sign "K", and the flag makes the
// cue scans two to three times slower. A sentence holding neither reads the same cues without it (the
// flag changes nothing else they match).
const ODD_FOLD = /[\u017f\u212a]/;

/** Whether a headline capitalises (nearly) every word, as many do: "Pemkot Ambon Raih Penghargaan Inovasi". */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}\d'’-]*/gu) ?? [];
  if (words.length < 4) return false;
  const small = words.filter(
    (w) => /^\p{Ll}/u.test(w) && !/^(?:dan|di|ke|dari|yang|untuk|dengan|atau|e)$/.test(w),
  );
  return small.length <= words.length * 0.15;
}

/** Spans of brackets that spell out the name right before them: "Simantap (Sistem Informasi …)". */
function expansions(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (text.includes('(')) {
    const bracket = /(?<=[\p{L}\d!”"’']\s?)\(([^()]{2,120})\)/gu;
    for (let m = bracket.exec(text); m; m = bracket.exec(text))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // "Gema Bersinar Malaria atau Gerakan Masuk Hutan …": after a name, "atau" spells it out to the clause's end.
  if (text.includes(' atau ')) {
    const spelled =
      /(?<=\p{Lu}[\p{L}\d'’-]*\s+)atau\s+\p{Lu}[^,.;]*?(?=\s+(?:dari|milik|oleh|yang|di|pada|untuk)\s|[,.;]|$)/gu;
    for (let m = spelled.exec(text); m; m = spelled.exec(text))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** The innovations one sentence names so far, and how the sentence is written. */
export class Finds {
  readonly list: InnovationMention[] = [];
  /** Whether the sentence is a headline that capitalises every word. */
  readonly titleCase: boolean;
  /** Whether the cue scans may run without the u flag (no "ſ" or Kelvin sign in the sentence). */
  readonly asciiFold: boolean;
  private readonly spelledOut: { start: number; end: number }[];

  constructor(
    readonly text: string,
    headline: boolean,
  ) {
    this.titleCase = headline && isTitleCase(text);
    this.asciiFold = !ODD_FOLD.test(text);
    this.spelledOut = expansions(text);
  }

  /**
   * Adds a name read at `start`–`end`. With an `alias`, `prefer` says which form it goes by; `listed`, that
   * a list of innovations gave it.
   */
  add(
    name: string,
    start: number,
    end: number,
    alias?: string,
    prefer?: 'alias' | 'name' | 'both',
    listed = false,
  ): void {
    const found = this.list;
    // "program Inovasi Kalesang Kintal Kosong": the cue written again before the name is no part of it.
    const clean = normaliseInnovation(name).replace(/^(?:Inovasi|Aplikasi)\s+(?=\S+\s)/, '');
    if (!acceptable(clean) || found.some((f) => innovationKey(f.name) === innovationKey(clean))) return;
    // "SiPelita (Sistem Pelayanan …)": the bracket spells out the name before it; it is no name itself.
    if (this.spelledOut.some((b) => start >= b.start && start < b.end)) return;
    // "Gerakan Bumil Sehat" read whole from its quotes and again after the cue "Gerakan": keep the longer.
    const overlapping = found.findIndex((f) => f.start < end && f.end > start);
    if (overlapping >= 0) {
      if (found[overlapping]!.name.length >= clean.length) return;
      found.splice(overlapping, 1);
    }
    const list = listed ? { listed: true } : {};
    if (!alias) found.push({ name: clean, start, end, ...list });
    // "Sistem Perizinan Online (SIPO)" goes by its acronym; the other form is kept as its alias.
    else if (prefer === 'alias') found.push({ name: alias, start, end, alias: clean, ...list });
    else
      found.push({ name: clean, start, end, alias, ...(prefer === 'both' ? { both: true } : {}), ...list });
  }
}
