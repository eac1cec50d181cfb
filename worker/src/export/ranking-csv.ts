/** The scouting ranking as CSV: one row per region, best first, with the weights it was ranked by on top. */
import { SECTOR_NAMES } from '../../../shared/scouting/sectors.ts';
import type { Lang } from '../i18n.ts';
import type { Ranking } from '../scouting/ranking.ts';
import { csvDocument } from './csv.ts';

const HEADERS: Record<Lang, readonly string[]> = {
  id: [
    'Peringkat',
    'Kode wilayah',
    'Wilayah',
    'Provinsi',
    'Skor',
    'Inovasi',
    'Instansi',
    'Sumber',
    'Tahun terbaru',
    'Sektor',
    'Penghargaan',
    'Kunjungan angkatan kita',
  ],
  en: [
    'Rank',
    'Region code',
    'Region',
    'Province',
    'Score',
    'Innovations',
    'Agencies',
    'Sources',
    'Newest year',
    'Sectors',
    'Awards',
    'Visits by our cohorts',
  ],
};

export function rankingCsv({ items }: Ranking, lang: Lang): string {
  const rows = items.map((item, i) => [
    i + 1,
    item.regionCode,
    item.region,
    item.province,
    item.score,
    item.innovations,
    item.agencies,
    item.sources,
    item.newestYear,
    item.sectors.map((sector) => SECTOR_NAMES[sector][lang]).join('; '),
    item.awards.map((award) => award.text).join('; '),
    item.visits.map((visit) => `${visit.cohortName} (${visit.date})`).join('; '),
  ]);
  return csvDocument(HEADERS[lang], rows);
}
