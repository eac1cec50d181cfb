/**
 * The vocabulary tables (shared/extract/vocab/) and the one helper that compiles them: each table is
 * well formed, and each entry, written in a sentence of its own, is read by the stage that compiles it —
 * so a word a domain person adds to a table works without a pattern being edited.
 */
import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../shared/extract/agencies/index.ts';
import { extractAwards } from '../../shared/extract/awards/index.ts';
import { findDateMentions } from '../../shared/extract/dates/index.ts';
import { extractOrganiser } from '../../shared/extract/organiser.ts';
import { extractProgram } from '../../shared/extract/program.ts';
import { tellsOfVisit } from '../../shared/extract/gate.ts';
import { findRegionMentions } from '../../shared/extract/regions/index.ts';
import { prepareSource } from '../../shared/extract/text.ts';
import { anyOf, literal, lookup, prefilter, wordsPattern } from '../../shared/extract/vocab/compile.ts';
import * as awards from '../../shared/extract/vocab/awards.ts';
import * as calendar from '../../shared/extract/vocab/calendar.ts';
import * as innovations from '../../shared/extract/vocab/innovations.ts';
import * as institutions from '../../shared/extract/vocab/institutions.ts';
import * as lists from '../../shared/extract/vocab/lists.ts';
import * as numbers from '../../shared/extract/vocab/numbers.ts';
import * as people from '../../shared/extract/vocab/people.ts';
import * as programs from '../../shared/extract/vocab/programs.ts';
import * as remarks from '../../shared/extract/vocab/remarks.ts';
import * as site from '../../shared/extract/vocab/site.ts';
import * as units from '../../shared/extract/vocab/units.ts';
import * as visits from '../../shared/extract/vocab/visits.ts';
import { AWARD_KINDS } from '../../shared/schema/locus-record.ts';

describe('compile: tables into patterns', () => {
  it('escapes entries, reads a trailing * as more letters and ~ as a flexible join', () => {
    expect(new RegExp(`^${literal('Kab.')}$`).test('Kab.')).toBe(true);
    expect(new RegExp(`^${literal('Kab.')}$`).test('Kabx')).toBe(false);
    expect(new RegExp(`^${literal('Diskominfo*')}$`).test('Diskominfotik')).toBe(true);
    for (const written of ['Diklatpim', 'Diklat PIM', 'Diklat-Pim', 'Diklat - Pim'])
      expect(new RegExp(`^${literal('Diklat~Pim')}$`, 'i').test(written), written).toBe(true);
  });

  it('puts longer entries first, so an entry never loses to its own beginning', () => {
    expect(anyOf(['di', 'di antaranya', 'dan'])).toBe('(?:di antaranya|dan|di)');
    expect(
      new RegExp(anyOf(['Mal Pelayanan Publik'], { spaces: 'any' })).test('Mal  Pelayanan\nPublik'),
    ).toBe(true);
    const either = new RegExp(`^${anyOf(['Rumah Sakit'], { laterWords: 'either case' })}$`);
    expect(either.test('Rumah sakit')).toBe(true);
    expect(either.test('rumah sakit')).toBe(false);
  });

  it('matches whole words only, and pre-filters on each entry’s longest word', () => {
    expect(wordsPattern(['OPD']).test('dua OPD yakni')).toBe(true);
    expect(wordsPattern(['OPD']).test('SOPDA')).toBe(false);
    expect(prefilter(['menjadi langganan']).source).toContain('langganan');
    expect(lookup({ Januari: 1 })('JANUARI')).toBe(1);
  });
});

// Every exported word list of every table module.
const modules = {
  awards,
  calendar,
  innovations,
  institutions,
  lists,
  numbers,
  people,
  programs,
  remarks,
  site,
  units,
  visits,
};
const wordLists = Object.entries(modules).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => Array.isArray(value) && value.every((entry) => typeof entry === 'string'))
    .map(([name, value]) => [`${module}.${name}`, value as readonly string[]] as const),
);

describe('every table is well formed', () => {
  it('has tables to check', () => expect(wordLists.length).toBeGreaterThan(60));

  it.each(wordLists)(
    '%s: entries trimmed, non-empty, once each, and its prefilter accepts every one',
    (_, table) => {
      expect(table.length).toBeGreaterThan(0);
      for (const entry of table) {
        expect(entry.trim(), JSON.stringify(entry)).toBe(entry);
        expect(entry.length).toBeGreaterThan(0);
      }
      expect(new Set(table).size, 'duplicates').toBe(table.length);
      const filter = prefilter(table);
      for (const entry of table) expect(filter.test(entry.replace(/[*~]/g, '')), entry).toBe(true);
    },
  );
});

const source = (text: string, title = '') => prepareSource(title, text, null);

describe('calendar', () => {
  it('names every month, each by its full Indonesian name', () => {
    const full = [
      'januari',
      'februari',
      'maret',
      'april',
      'mei',
      'juni',
      'juli',
      'agustus',
      'september',
      'oktober',
      'november',
      'desember',
    ];
    full.forEach((month, i) => expect(calendar.MONTHS[month]).toBe(i + 1));
    expect(new Set(Object.values(calendar.MONTHS))).toEqual(new Set(full.map((_, i) => i + 1)));
    expect(new Set(Object.values(calendar.WEEKDAYS)).size).toBe(7);
  });

  it.each(Object.keys(calendar.MONTHS))('reads a date with the month written "%s"', (month) => {
    const text = `Kegiatan berlangsung pada 12 ${month} 2023 di aula.`;
    const [mention] = findDateMentions(source(text).sentences[0]!);
    expect(mention, text).toBeDefined();
    expect(mention!.from?.month).toBe(calendar.MONTHS[month]);
  });
});

describe('units', () => {
  it.each(Object.entries(units.UNIT_ACRONYMS))('reads the unit acronym %s (%s) as an agency', (acronym) => {
    const text = `Peserta mengunjungi ${acronym.replace(/\*$/, '')} Kota Probolinggo untuk belajar.`;
    expect(
      findAgencies(text, findRegionMentions(text)).map((a) => a.name),
      text,
    ).toEqual([expect.stringContaining(acronym.replace(/\*$/, ''))]);
  });

  it('spells each acronym out with a unit head', () => {
    const heads = [
      ...units.OFFICE_HEADS,
      ...units.FACILITIES,
      ...units.HOSPITALS,
      ...units.DISTRICTS,
      ...units.SERVICE_MALLS,
      'Sekretariat',
      'Rumah',
      'Pusat',
      'Unit',
      'Satuan',
      'Kantor',
    ];
    for (const [acronym, long] of Object.entries(units.UNIT_ACRONYMS))
      if (long)
        expect(
          heads.some((head) => long.startsWith(head)),
          `${acronym}: ${long}`,
        ).toBe(true);
  });
});

describe('institutions', () => {
  const families = Object.entries(institutions.TRAINING_INSTITUTIONS).filter(
    ([, family]) => !family.personnel,
  );
  it.each(families.flatMap(([family, { names }]) => names.map((name) => [family, name] as const)))(
    '%s: reads "%s" as the organiser where it runs the training',
    (_, name) => {
      const text = `Pelatihan Kepemimpinan Administrator ini diselenggarakan oleh ${name} Provinsi Jambi.`;
      // A misspelt head ("Bada Pendidikan …") is read as what it means ("Badan Pendidikan …").
      const organiser = extractOrganiser(source(text)).organiser ?? '';
      expect(organiser, text).toMatch(new RegExp(`${literal(name.split(' ').pop()!)} Provinsi Jambi$`, 'i'));
    },
  );
});

describe('programs', () => {
  it.each(
    Object.entries(programs.PROGRAM_NAMES).flatMap(([program, names]) =>
      names.map((name) => [program, name] as const),
    ),
  )('%s: reads "%s"', (program, name) => {
    // A leadership course's long name is read with its level.
    const level = program === 'kepemimpinan' ? ' Tingkat IV' : '';
    const text = `Peserta ${name.replace(/~/g, '')}${level} Angkatan II melakukan studi lapangan ke Kota Batu.`;
    expect(extractProgram(source(text)).program, text).not.toBeNull();
  });
});

describe('visits', () => {
  it.each(visits.VISIT_STEMS)('tells a visit by "%s"', (stem) => {
    const text = `Peserta PKA melakukan ${stem} ke Kabupaten Banyuwangi, Senin.`;
    expect(tellsOfVisit(source(text, `Peserta PKA ${stem} ke Banyuwangi`)), text).toBe(true);
  });
});

describe('awards', () => {
  it('names only the kinds the schema knows', () => {
    for (const kind of Object.keys(awards.AWARD_NAMES)) expect(AWARD_KINDS).toContain(kind);
  });

  it.each(
    Object.entries(awards.AWARD_NAMES).flatMap(([kind, names]) => names.map((name) => [kind, name] as const)),
  )('%s: reads "%s" as an award won', (kind, name) => {
    const text = `Pemerintah Kabupaten Klaten meraih penghargaan ${name} 2023.`;
    expect(
      extractAwards(source(text)).map((a) => a.kind),
      text,
    ).toEqual([kind]);
  });

  it('reads every ordinal of a place', () => {
    for (const [word, n] of Object.entries(awards.ORDINALS)) {
      const text = `Kota Salatiga meraih juara ${word} Lomba Inovasi Daerah 2022.`;
      expect(extractAwards(source(text))[0]?.rank, text).toBe(
        `Juara ${['I', 'II', 'III', 'IV', 'V'][n - 1]}`,
      );
    }
  });
});

describe('numbers', () => {
  it('gives each number word its value', () => {
    expect(numbers.DIGIT_WORDS.tiga).toBe(3);
    expect(Object.values(numbers.DIGIT_WORDS).every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
  });
});
