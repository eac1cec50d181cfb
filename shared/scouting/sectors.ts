/**
 * The sectors scouting sorts agencies and innovations into: a small fixed set that fits the training
 * institutions' study visits, each with its names in Bahasa Indonesia and English. The words that put an
 * agency or an innovation into a sector are in sector-rules.ts.
 */

export const SECTOR_IDS = [
  'health',
  'licensing',
  'population',
  'digital',
  'planning',
  'staff',
  'finance',
  'village',
  'education',
  'social',
  'environment',
  'tourism',
  'economy',
  'other',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

export const SECTOR_NAMES: Record<SectorId, { id: string; en: string }> = {
  health: { id: 'Kesehatan', en: 'Health' },
  licensing: { id: 'Perizinan dan investasi', en: 'Licensing and investment' },
  population: { id: 'Administrasi kependudukan', en: 'Population administration' },
  digital: { id: 'Pemerintahan digital', en: 'Digital government' },
  planning: { id: 'Perencanaan dan penelitian', en: 'Planning and research' },
  staff: { id: 'Kepegawaian', en: 'Staff management' },
  finance: { id: 'Keuangan dan pendapatan', en: 'Finance and revenue' },
  village: { id: 'Desa, kecamatan dan kelurahan', en: 'Villages, districts and wards' },
  education: { id: 'Pendidikan', en: 'Education' },
  social: { id: 'Sosial', en: 'Social affairs' },
  environment: { id: 'Lingkungan dan sanitasi', en: 'Environment and sanitation' },
  tourism: { id: 'Pariwisata dan kebudayaan', en: 'Tourism and culture' },
  economy: {
    id: 'Ekonomi (perdagangan, koperasi, pertanian)',
    en: 'Economy (trade, cooperatives, agriculture)',
  },
  other: { id: 'Lainnya', en: 'Other' },
};

export function isSectorId(value: unknown): value is SectorId {
  return typeof value === 'string' && (SECTOR_IDS as readonly string[]).includes(value);
}
