/**
 * What scouting stores of a clip, computed once on write: its publication year, program and source host, and
 * for each locus the agency's key and sector and each innovation's key and sector.
 */
import type { Locus, LocusRecord } from '../schema/locus-record.ts';
import { agencyFacts, innovationKey, innovationSector } from './classify.ts';
import type { SectorId } from './sectors.ts';

interface InnovationFacts {
  name: string;
  key: string;
  sector: SectorId;
}

export interface LocusFacts {
  agencyKey: string | null;
  sector: SectorId;
  innovations: InnovationFacts[];
}

/** A locus's agency and innovations as scouting counts them (the region's name is left out of the keys). */
export function locusFacts(locus: Pick<Locus, 'region' | 'agency' | 'innovations'>): LocusFacts {
  const agency = locus.agency
    ? agencyFacts(locus.agency, locus.region)
    : { sector: 'other' as const, key: '' };
  const { sector } = agency;
  const seen = new Set<string>();
  const innovations: InnovationFacts[] = [];
  for (const raw of locus.innovations) {
    const name = raw.trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    innovations.push({
      name,
      key: innovationKey(name, locus.region),
      sector: innovationSector(name, sector),
    });
  }
  return { agencyKey: agency.key || null, sector, innovations };
}

/**
 * The date a clip's evidence is from: its publication date, else its visit's start, else the day it was clipped
 * (the `reported_on` migration 0007's trigger derives the same way).
 */
export function reportedOn(
  record: Pick<LocusRecord, 'publishedAt' | 'startDate'>,
  createdAt: string,
): string {
  return record.publishedAt ?? record.startDate ?? createdAt.slice(0, 10);
}

/** The year a clip's evidence is from (reportedOn's), or the year it was clipped when that is no year. */
export function clipYear(record: Pick<LocusRecord, 'publishedAt' | 'startDate'>, createdAt: string): number {
  const year = Number(reportedOn(record, createdAt).slice(0, 4));
  return Number.isInteger(year) && year > 1900 ? year : Number(createdAt.slice(0, 4));
}

/** Where an article was published, as one independent source: the host without `www.`/`m.`. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^(www|m|amp)\./, '');
  } catch {
    return '';
  }
}
