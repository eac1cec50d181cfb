/**
 * Every address of the server pages, in one place: the pages link with these and the routes are mounted on
 * the same words. Slugs and ids are encoded here, never by the caller.
 */
const enc = encodeURIComponent;

export const paths = {
  home: '/',
  signIn: '/masuk',
  signOut: '/keluar',
  account: '/saya',
  accountToken: '/saya/token',
  accountSessions: '/saya/sesi',
  createCohort: '/angkatan',
  script: '/aset/lokus.js',
  stylesheet: '/aset/lokus.css',
  icon: '/aset/lokus.svg',
  /** Where browsers look for an icon on their own (a JSON answer or a file has no page to link one). */
  favicon: '/favicon.ico',
  scouting: '/lokus',
  scoutInnovations: '/lokus/inovasi',
  scoutCompare: '/lokus/banding',
  scoutCsv: '/api/scouting/regions.csv',
  scoutJson: '/api/scouting/regions.json',
  scoutRegion: (code: string) => `/lokus/wilayah/${enc(code)}`,
  cohortVisits: (slug: string) => `/c/${enc(slug)}/kunjungan`,
  invite: (code: string) => `/i/${enc(code)}`,
  feed: (key: string) => `/umpan/${enc(key)}`,
  cohort: (slug: string) => `/c/${enc(slug)}`,
  editCohort: (slug: string) => `/c/${enc(slug)}/ubah`,
  archiveCohort: (slug: string) => `/c/${enc(slug)}/arsip`,
  manage: (slug: string) => `/c/${enc(slug)}/kelola`,
  inviteQr: (slug: string, inviteId: number) => `/c/${enc(slug)}/kelola/qr/${inviteId}`,
  invites: (slug: string) => `/c/${enc(slug)}/undangan`,
  revokeInvite: (slug: string, inviteId: number) => `/c/${enc(slug)}/undangan/${inviteId}/cabut`,
  removeMember: (slug: string, memberId: number) => `/c/${enc(slug)}/anggota/${memberId}/hapus`,
  endMemberSessions: (slug: string, memberId: number) => `/c/${enc(slug)}/anggota/${memberId}/sesi`,
  completion: (slug: string) => `/c/${enc(slug)}/kemajuan`,
  feedPage: (slug: string) => `/c/${enc(slug)}/umpan`,
  clip: (slug: string, clipId: number) => `/c/${enc(slug)}/k/${clipId}`,
  editClip: (slug: string, clipId: number) => `/c/${enc(slug)}/k/${clipId}/ubah`,
  deleteClip: (slug: string, clipId: number) => `/c/${enc(slug)}/k/${clipId}/hapus`,
  requireClip: (slug: string, clipId: number) => `/c/${enc(slug)}/k/${clipId}/wajib`,
  readClip: (slug: string, clipId: number) => `/c/${enc(slug)}/read/${clipId}`,
  exportCsv: (cohortId: number) => `/api/cohorts/${cohortId}/export.csv`,
  exportRis: (cohortId: number) => `/api/cohorts/${cohortId}/export.ris`,
  exportJson: (cohortId: number) => `/api/cohorts/${cohortId}/export.json`,
  completionCsv: (cohortId: number) => `/api/cohorts/${cohortId}/completion.csv`,
} as const;

/** A path with a query built from the given values (empty and false values left out). */
export function withQuery(path: string, query: Record<string, string | number | boolean | null | undefined>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== null && value !== undefined && value !== '' && value !== false)
      search.set(key, value === true ? '1' : String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
