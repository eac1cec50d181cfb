/**
 * The region tokeniser: a sentence → its runs of letters and digits, with case and whether only a joiner
 * (space, hyphen, dot, apostrophe) stands before each, so that names of several words can be looked up.
 */
import { foldRegionName } from '../../regions/index.ts';
import { memo, recall, type ArticleContext } from '../context.ts';

/** A name folded for look-up and its spaces dropped: "Kota Baru" → "kotabaru". */
export const compact = (s: string) => foldRegionName(s).replace(/ /g, '');

export interface Token {
  lower: string;
  /** Folded for look-up: lowercase ASCII letters and digits only. */
  key: string;
  start: number;
  end: number;
  cap: boolean;
  upper: boolean;
  /** Whether only a space, hyphen, dot or apostrophe separates it from the token before. */
  joined: boolean;
}

const ASCII_WORD = /^[a-z0-9]+$/;
// One letter or digit (a whole code point) at `lastIndex`: what `[\p{L}\p{N}]+` is made of, asked only
// of non-ASCII characters, since the tokeniser reads ASCII by its char codes.
const WORD_CHAR = /[\p{L}\p{N}]/uy;
// Characters that may join two tokens of one name: space, hyphens, dot, apostrophes, no-break space.
const JOINERS = " -–.'’\u00a0";
// Their char codes, tested per token gap without building one-character strings.
const JOINER_CODES = new Set([...JOINERS].map((c) => c.charCodeAt(0)));

/** Whether only up to three spaces, hyphens, dots or apostrophes lie between `from` and `to`. */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!JOINER_CODES.has(text.charCodeAt(k))) return false;
  return true;
}

/** How many UTF-16 units the letter or digit at `at` spans (1 or 2), or 0 when none starts there. */
function wordCharWidth(text: string, at: number, code: number): number {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  WORD_CHAR.lastIndex = at;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - at : 0;
}

// A sentence is tokenised for its plain mentions, its nicknames and its typos: once per article.
const TOKENS = memo('region tokens', (text: string) => tokenizeAnew(text));

export function tokenize(text: string, context?: ArticleContext): Token[] {
  return recall(context, TOKENS, text);
}

/**
 * The runs of letters and digits (`/[\p{L}\p{N}]+/u`), read by char code: this runs over every sentence
 * and a regex match per word cost more than the look-ups after it. Non-ASCII characters go through
 * WORD_CHAR, code point by code point, so the tokens are those of the regex.
 */
function tokenizeAnew(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    let code = text.charCodeAt(at);
    let width = wordCharWidth(text, at, code);
    if (!width) {
      // Step over a whole surrogate pair, as the regex's unicode mode does.
      const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
      at += pair ? 2 : 1;
      continue;
    }
    const start = at;
    let ascii = true;
    let anyLowerAscii = false;
    let anyUpperAscii = false;
    do {
      if (code >= 128) ascii = false;
      else if (code >= 97) anyLowerAscii = true;
      else if (code >= 65) anyUpperAscii = true;
      at += width;
      if (at >= length) break;
      code = text.charCodeAt(at);
      width = wordCharWidth(text, at, code);
    } while (width);
    const word = text.slice(start, at);
    const previous = tokens[tokens.length - 1];
    const joined = previous !== undefined && joinable(text, previous.end, start);
    if (ascii) {
      const first = word.charCodeAt(0);
      const cap = first >= 65 && first <= 90;
      const lower = anyUpperAscii ? word.toLowerCase() : word;
      tokens.push({
        lower,
        key: lower,
        start,
        end: at,
        cap,
        upper: cap && at - start > 1 && !anyLowerAscii,
        joined,
      });
      continue;
    }
    const lower = word.toLowerCase();
    const cap = word[0] !== lower[0];
    tokens.push({
      lower,
      key: ASCII_WORD.test(lower) ? lower : compact(lower),
      start,
      end: at,
      cap,
      upper: cap && word.length > 1 && word === word.toUpperCase(),
      joined,
    });
  }
  return tokens;
}
