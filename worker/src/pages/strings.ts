/** Words of the worker's own pages (invite, sign-in, errors), Bahasa Indonesia first and English second. */
import type { Lang } from '../i18n.ts';

export const PAGE_STRINGS = {
  id: {
    join: (cohort: string) => `Bergabung dengan ${cohort}`,
    joinAs: (role: string) => `Anda diundang sebagai ${role}.`,
    roles: { widyaiswara: 'widyaiswara', participant: 'peserta', organiser: 'penyelenggara' },
    nameLabel: 'Nama lengkap',
    namePlaceholder: 'mis. Siti Rahmawati',
    submit: 'Gabung',
    expires: (when: string) => `Tautan ini berlaku sampai ${when}.`,
    tokenTitle: 'Token pribadi Anda',
    tokenHelp:
      'Buka Pengaturan ekstensi Lokus, lalu tempel alamat server dan token ini. Simpan token seperti kata sandi: siapa pun yang memegangnya dapat mengkliping atas nama Anda.',
    serverLabel: 'Alamat server',
    tokenLabel: 'Token',
    continue: 'Lanjut ke daftar bacaan',
    signInTitle: 'Perlu masuk',
    signInHelp:
      'Buka tautan undangan yang Anda terima dari penyelenggara untuk melihat daftar bacaan angkatan ini.',
    forbiddenTitle: 'Bukan angkatan Anda',
    notFoundTitle: 'Halaman tidak ditemukan',
    goneTitle: 'Undangan tidak berlaku',
    errorTitle: 'Terjadi kesalahan',
    exportCsv: 'Unduh CSV',
    exportRis: 'Unduh RIS (Zotero, Mendeley)',
    requestId: 'Kode permintaan',
  },
  en: {
    join: (cohort: string) => `Join ${cohort}`,
    joinAs: (role: string) => `You are invited as ${role}.`,
    roles: { widyaiswara: 'widyaiswara (lecturer)', participant: 'participant', organiser: 'organiser' },
    nameLabel: 'Full name',
    namePlaceholder: 'e.g. Siti Rahmawati',
    submit: 'Join',
    expires: (when: string) => `This link is valid until ${when}.`,
    tokenTitle: 'Your personal token',
    tokenHelp:
      "Open the Lokus extension's Options and paste the server address and this token. Keep it like a password: whoever holds it can clip in your name.",
    serverLabel: 'Server address',
    tokenLabel: 'Token',
    continue: 'Continue to the reading list',
    signInTitle: 'Sign-in needed',
    signInHelp: "Open the invite link you received from the organiser to see this cohort's reading list.",
    forbiddenTitle: 'Not your cohort',
    notFoundTitle: 'Page not found',
    goneTitle: 'Invite no longer valid',
    errorTitle: 'Something went wrong',
    exportCsv: 'Download CSV',
    exportRis: 'Download RIS (Zotero, Mendeley)',
    requestId: 'Request id',
  },
} as const;

export function pageStrings(lang: Lang) {
  return PAGE_STRINGS[lang];
}
