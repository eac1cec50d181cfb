/**
 * Which written date is the article's own: a date line ("Kamis, 22 Juni 2023 | 14:45 Wita", a CMS byline),
 * a dateline ("SEMARANG (2/4) –"), or, failing those, the weekday and date a story opens with ("Senin
 * (30/6/25)") or the day a statement was made.
 */
import type { ArticleContext } from '../context.ts';
import type { DateMention } from './forms.ts';
import { isPastEvent } from './years.ts';
import { AGE_UNITS, AGE_WORDS, TIME_ZONES } from '../vocab/calendar.ts';
import { anyOf, literal } from '../vocab/compile.ts';
import { SPEECH_VERBS } from '../vocab/people.ts';
import { BYLINE_ROLES, PUBLISHED_WORDS, SITE_FIELD_CUES, SITE_FIELD_FILLERS } from '../vocab/site.ts';

const PUBLISH_WORDS = new RegExp(`^${anyOf(PUBLISHED_WORDS)}`, 'i');
// "Oleh Ahmad Fauzi", "Editor: Rina S." beside a date line (the role's first letter in either case).
const BYLINE = new RegExp(
  String.raw`\b(?:${BYLINE_ROLES.map((role) => `[${role[0]!.toUpperCase()}${role[0]}]${literal(role.slice(1))}`).join('|')})\s*:?\s*(?:[A-Z][\w.'’]*\s*){1,4}`,
  'g',
);
// The site's own words on a date line, taken out before asking whether anything else is left.
const DATE_LINE_REST = new RegExp(
  String.raw`\b${anyOf(['oleh', 'admin', 'redaksi', 'by', ...SITE_FIELD_FILLERS])}\b|\d{1,2}[:.]\d{2}(?::\d{2})?|[|,:•·\-–—/()]`,
  'gi',
);

// After a date line's date, the site's own fields: "· Admin Bapelkes X · Kategori: Berita", "| Dibaca: 287 kali".
const META_SPLIT = /\s+[-–—]\s+|\s*[|·•]\s*/;
const META_WORD = String.raw`(?:[A-Z0-9][\w.:'’&/-]*|&|${anyOf([...SITE_FIELD_CUES, ...SITE_FIELD_FILLERS])})`;
const META_FIELD = new RegExp(String.raw`^(?:[A-Za-z]+\s*:\s*)?${META_WORD}(?:\s+${META_WORD}){0,7}$`);
const CLOCK = new RegExp(
  String.raw`^\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*${anyOf(TIME_ZONES)}?`,
  'i',
);

/** Whether what comes before a date on its line is only the site's fields: "Puslatbang KMP LAN · ". */
function isMetadataHead(before: string): boolean {
  const head = before.trim();
  if (!head || head.length > 100 || !/[|·•—–-]$/.test(head)) return false;
  const fields = head
    .replace(/\s*[|·•—–-]$/, '')
    .split(META_SPLIT)
    .map((f) => f.trim())
    .filter(Boolean);
  return fields.length > 0 && fields.length <= 4 && fields.every((f) => META_FIELD.test(f));
}

/** Whether what follows a date on its line is only the site's metadata, split by separators. */
function isMetadataTail(after: string): boolean {
  const rest = after.replace(CLOCK, '').trim();
  if (!rest) return true;
  if (!/^[-–—|·•]/.test(rest) || rest.length > 160) return false;
  const fields = rest
    .replace(/^[-–—|·•]\s*/, '')
    .split(META_SPLIT)
    .map((f) => f.trim())
    .filter(Boolean);
  return fields.length > 0 && fields.length <= 6 && fields.every((f) => META_FIELD.test(f));
}

// A CMS byline: "admin_web 28/09/2022 Berita, Kegiatan 0 Komentar", "Posted by Humas on 3/7/2023".
const META_CUE = new RegExp(
  String.raw`(?:^|\s)(?:[a-z]+_[\w.]+|@\w+|${anyOf(SITE_FIELD_CUES)})(?=[\s,:|]|$)`,
  'iu',
);
const META_TOKEN = new RegExp(
  String.raw`^(?:[A-Z0-9][\w.'’&/-]*|[a-z]+_[\w.]+|@\w+|${anyOf([...SITE_FIELD_CUES, ...SITE_FIELD_FILLERS])})$`,
  'u',
);

/** Whether a line's words, the date taken out, are a CMS byline's fields and nothing a sentence would say. */
function isMetaLine(mention: DateMention, body: string): boolean {
  const s = mention.sentence;
  if (s.paragraph > 6 || s.text.length > 160) return false;
  if ((s.start > 0 && body[s.start - 1] !== '\n') || (s.end < body.length && body[s.end] !== '\n'))
    return false;
  const rest = `${s.text.slice(0, mention.index)} ${s.text.slice(mention.end)}`.replace(CLOCK_ANYWHERE, ' ');
  if (!META_CUE.test(rest)) return false;
  const tokens = rest.split(/[\s,|·•:/()\-–—]+/).filter(Boolean);
  return tokens.length <= 14 && tokens.every((t) => META_TOKEN.test(t));
}
const CLOCK_ANYWHERE = /\b\d{1,2}[:.]\d{2}(?::\d{2})?\b/g;

// "Kamis, 14 Maret 2024 | 2 tahun yang lalu": the site's note of the article's age beside its date line.
const AGE = new RegExp(String.raw`\b\d{1,3}\s+${anyOf(AGE_UNITS)}\s+${anyOf(AGE_WORDS)}\b`, 'gi');

/** A line that is a date and little else ("Kamis, 22 Juni 2023 | 14:45 Wita"): the article's own date. */
export function isDateLine(mention: DateMention, body: string): boolean {
  const s = mention.sentence;
  if (s.source !== 'text' || !mention.from) return false;
  const before = s.text.slice(0, mention.index);
  if (PUBLISH_WORDS.test(before.trim())) return true;
  if (s.paragraph > 8) return false;
  const after = s.text.slice(mention.end).replace(AGE, ' ');
  const rest = (before + after).replace(BYLINE, ' ').replace(DATE_LINE_REST, ' ').trim();
  if (rest.length <= 12 && s.paragraph <= 4) return true;
  // A line that opens on the date (or on the site's fields, "Humas BPSDM · 27 Jun 2022") and goes on
  // with the site's metadata.
  const lineHead = s.start === 0 || body[s.start - 1] === '\n';
  const headOk = before.trim() === '' || (s.paragraph <= 4 && isMetadataHead(before));
  return (lineHead && headOk && isMetadataTail(after)) || isMetaLine(mention, body);
}

/** "SEMARANG (2/4) –" or "Jakarta, 12 Juni 2023 -": a place in front, a dash after, at a paragraph's head. */
export function isDateline(mention: DateMention, body: string): boolean {
  const s = mention.sentence;
  if (s.source !== 'text' || s.paragraph > 3 || !mention.from) return false;
  if (s.start > 0 && body[s.start - 1] !== '\n') return false;
  const before = s.text.slice(0, mention.index);
  if (before.length > 40 || !/^[A-Z][A-Za-z .'’]*,?\s*(?:[A-Za-z.]+\s*)?$/.test(before)) return false;
  const place = before.replace(/,.*$/, '').trim();
  // "Gresik (12/6) –": a bracketed day between a place and a dash is a dateline whatever the case.
  const bracketed = s.text[mention.end - 1] === ')';
  return (
    /^\s*[-–—:]/.test(s.text.slice(mention.end)) &&
    (place === place.toUpperCase() || /,/.test(before) || bracketed)
  );
}

// "…, katanya, Kamis (9/10)", "ujar Bupati kepada wartawan, Senin (3/6)": the day a statement was made.
const SPOKEN = new RegExp(
  String.raw`\b${anyOf(SPEECH_VERBS)}(?:nya)?\b[^.!?"“”]{0,60}$|\bkepada\s+(?:wartawan|media|awak\s+media|jurnalis)[^.!?]{0,20}$`,
  'i',
);

/** A date attached to a quoted statement: a stand-in for the publication date when nothing better exists. */
export function isStatementDate(mention: DateMention, context?: ArticleContext): boolean {
  const s = mention.sentence;
  if (s.source !== 'text' || !mention.from || isPastEvent(mention, context)) return false;
  return SPOKEN.test(s.text.slice(Math.max(0, mention.index - 80), mention.index));
}

/**
 * "Pemerintah Kabupaten X menerima …, Senin (30/6/25).": a weekday with its date in brackets in the opening
 * paragraphs of a news story, the convention by which Indonesian news dates its report.
 */
export function isOpeningDate(mention: DateMention): boolean {
  const s = mention.sentence;
  if (s.source !== 'text' || s.paragraph > 2 || !mention.from || mention.weekday === null) return false;
  return s.text.slice(mention.index, mention.end).includes('(');
}
