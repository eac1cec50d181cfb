/**
 * The worker's own words, Bahasa Indonesia first and English second, and how a request picks one: on pages
 * `?lang=` (remembered in a cookie), then that cookie, then `Accept-Language`; on the API `Accept-Language`.
 * Page words the side panel shares live in shared/ui.
 */
import type { Lang } from '../../shared/schema/api.ts';

export type { Lang };
type Text = { id: string; en: string };

export const MESSAGES = {
  malformed_json: { id: 'Badan permintaan bukan JSON yang sah.', en: 'The request body is not valid JSON.' },
  not_json: {
    id: 'Kirim JSON dengan Content-Type: application/json.',
    en: 'Send JSON with Content-Type: application/json.',
  },
  bad_request: { id: 'Permintaan tidak dapat dibaca.', en: 'The request could not be read.' },
  bad_cursor: { id: 'Kursor halaman tidak dikenal.', en: 'Unknown page cursor.' },
  bad_url: { id: 'URL harus http atau https.', en: 'The URL must be http or https.' },
  unauthorized: {
    id: 'Perlu masuk: token tidak ada atau tidak berlaku.',
    en: 'Sign-in needed: the token is missing or not valid.',
  },
  cross_site: {
    id: 'Permintaan dari situs lain ditolak.',
    en: 'Requests from other sites are refused.',
  },
  organiser_only: { id: 'Hanya penyelenggara yang boleh.', en: 'Only an organiser may do this.' },
  not_in_cohort: { id: 'Anda bukan anggota angkatan ini.', en: 'You are not a member of this cohort.' },
  widyaiswara_only: {
    id: 'Hanya widyaiswara angkatan ini atau penyelenggara yang boleh.',
    en: "Only this cohort's widyaiswara or an organiser may do this.",
  },
  cohort_not_found: { id: 'Angkatan tidak ditemukan.', en: 'Cohort not found.' },
  clip_not_found: { id: 'Kliping tidak ditemukan.', en: 'Clip not found.' },
  invite_not_found: { id: 'Undangan tidak ditemukan.', en: 'Invite not found.' },
  invite_revoked: { id: 'Undangan ini sudah dicabut.', en: 'This invite has been revoked.' },
  invite_expired: { id: 'Undangan ini sudah kedaluwarsa.', en: 'This invite has expired.' },
  invite_used_up: {
    id: 'Undangan ini sudah mencapai batas pemakaiannya.',
    en: 'This invite has reached its use limit.',
  },
  name_required: {
    id: 'Tulis nama Anda untuk bergabung.',
    en: 'Write your name to join.',
  },
  member_not_found: { id: 'Anggota tidak ditemukan di angkatan ini.', en: 'No such member in this cohort.' },
  scouting_staff_only: {
    id: 'Penjajakan lokus hanya untuk penyelenggara dan widyaiswara.',
    en: 'Scouting is for organisers and widyaiswara only.',
  },
  region_not_found: { id: 'Wilayah tidak dikenal.', en: 'Unknown region.' },
  feed_not_found: { id: 'Umpan tidak ditemukan atau sudah diganti.', en: 'Feed not found, or replaced.' },
  not_required: { id: 'Kliping ini bukan bacaan wajib.', en: 'This clip is not required reading.' },
  route_not_found: { id: 'Alamat API tidak dikenal.', en: 'Unknown API route.' },
  page_not_found: { id: 'Halaman ini tidak ada.', en: 'There is no such page.' },
  rate_limited: {
    id: 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
    en: 'Too many attempts. Wait a moment, then try again.',
  },
  conflict: { id: 'Data bertabrakan dengan yang sudah ada.', en: 'Conflicts with existing data.' },
  too_large: { id: 'Badan permintaan terlalu besar.', en: 'The request body is too large.' },
  invalid: { id: 'Ada isian yang tidak valid.', en: 'Some fields are not valid.' },
  internal: {
    id: 'Terjadi kesalahan di server. Sebutkan requestId saat melapor.',
    en: 'Something went wrong on the server. Quote the requestId when reporting it.',
  },
} as const satisfies Record<string, Text>;
export type MessageKey = keyof typeof MESSAGES;

/** The message in the caller's language. */
export function message(key: MessageKey, lang: Lang): string {
  return MESSAGES[key][lang];
}

/**
 * Bahasa Indonesia unless the caller ranks English above it.
 * @example langFromAcceptLanguage('en-US,en;q=0.9,id;q=0.5') // 'en'
 */
export function langFromAcceptLanguage(header: string | undefined | null): Lang {
  if (!header) return 'id';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    if (primary !== 'en' && primary !== 'id' && primary !== 'ms') continue;
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const lang: Lang = primary === 'en' ? 'en' : 'id';
    if (!best || q > best.q) best = { lang, q };
  }
  return best?.lang ?? 'id';
}

/** The cookie that remembers a reader's choice of language on the pages. */
export const LANG_COOKIE = 'lokus_lang';

/** A language someone chose on purpose (`?lang=`, the cookie, a form field), or null when there is none. */
export function chosenLang(value: string | undefined | null): Lang | null {
  return value === 'en' || value === 'id' ? value : null;
}
