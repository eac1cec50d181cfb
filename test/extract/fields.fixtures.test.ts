/**
 * Fixture-driven cases: every article of the real set (../shared/fixtures/real: news and agency pages as
 * scraped, hand-labelled) and of the public fixtures (../shared/fixtures/articles), each read as the CLI
 * reads it (line 1 the headline, the rest the body, the page address from the folder's urls.tsv) and
 * checked beside its expected record field by field with the scorer's matching rules (matching.ts), so that
 * one regression fails its own case. Then the real set whole through ../shared/eval/score.mjs: micro-F1
 * ≥ 0.95, agencies and innovations ≥ 0.90 (the public fixtures' gate is in extract.fixtures.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../shared/extract/index.ts';
import { LocusRecordSchema, type LocusRecord } from '../../shared/schema/locus-record.ts';
import { FIELDS } from './matching.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scorer = path.resolve(repoRoot, '../shared/eval/score.mjs');

/**
 * Fields the extractor still gets wrong on an article, each with why: the case asserts they still miss,
 * so that a fix (or a new miss) shows and these lists are kept true.
 */
const KNOWN_MISSES: Record<string, Record<string, Record<string, string>>> = {
  real: {
    // The label counts the Mall Pelayanan Publik visited as an innovation; the page does not present it
    // as one, and the blind sets label such a mall as a unit only.
    '040': { innovations: 'Mall Pelayanan Publik labelled an innovation' },
  },
  articles: {
    // These labels give a unit by its acronym; the extractor names it as the page first writes it, long
    // form with the acronym in brackets, as the real set's labels do.
    '002_a067dcc1557215c8': { agencies: '"Bappelitbang Kota Bandung" labelled by its acronym' },
    '004_06ffe464e5e69405': { agencies: '"BPPT-PM" labelled by its acronym' },
  },
};

// What a failing set field shows: the values the scorer read.
const SHOWN: Record<string, (record: LocusRecord) => unknown> = {
  hostRegions: (r) => r.loci.map((l) => l.region),
  agencies: (r) => r.loci.map((l) => l.agency),
  innovations: (r) => r.loci.flatMap((l) => l.innovations),
};

interface FixtureSet {
  dir: string;
  names: string[];
  urls: Map<string, string>;
  predictions: string;
  totals: Record<string, number[]>;
}

function fixtureSet(dir: string): FixtureSet {
  const urlFile = path.join(dir, 'urls.tsv');
  return {
    dir,
    names: readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, -'.txt'.length))
      .sort(),
    urls: new Map(
      existsSync(urlFile)
        ? (readFileSync(urlFile, 'utf8')
            .split('\n')
            .map((line) => line.split('\t').map((cell) => cell.trim()))
            .filter(([name, url]) => name && url) as [string, string][])
        : [],
    ),
    predictions: mkdtempSync(path.join(tmpdir(), 'lokus-fields-')),
    totals: Object.fromEntries(Object.keys(FIELDS).map((field) => [field, [0, 0, 0]])),
  };
}

const sets = {
  real: fixtureSet(path.resolve(repoRoot, '../shared/fixtures/real')),
  articles: fixtureSet(path.resolve(repoRoot, '../shared/fixtures/articles')),
};

describe.each(Object.keys(sets) as (keyof typeof sets)[])('%s fixtures, field by field', (setName) => {
  const set = sets[setName];
  it.each(set.names)('%s', (name) => {
    const [title = '', ...body] = readFileSync(path.join(set.dir, `${name}.txt`), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const { record, context } = readArticle({
      title,
      text: body.join('\n'),
      url: set.urls.get(name) ?? null,
    });
    expect(context.failures).toEqual([]);
    v.parse(LocusRecordSchema, record);
    writeFileSync(path.join(set.predictions, `${name}.json`), JSON.stringify(record));
    const gold = JSON.parse(readFileSync(path.join(set.dir, `${name}.json`), 'utf8'));
    const known = KNOWN_MISSES[setName]?.[name] ?? {};
    for (const [field, score] of Object.entries(FIELDS)) {
      const result = score(gold, record as never);
      if (!result) continue;
      set.totals[field] = set.totals[field]!.map((n, i) => n + result[i]!);
      const [, fp, fn] = result;
      const shown = SHOWN[field]?.(record) ?? record[field as keyof typeof record];
      if (known[field])
        expect.soft(fp + fn, `${field} now right: drop it from KNOWN_MISSES`).toBeGreaterThan(0);
      else expect.soft({ fp, fn }, `${field}: ${JSON.stringify(shown)}`).toEqual({ fp: 0, fn: 0 });
    }
  });
});

describe('the real set whole', () => {
  it('scores micro-F1 ≥ 0.95, agencies and innovations ≥ 0.90 with ../shared/eval/score.mjs', () => {
    const { dir, names, predictions, totals } = sets.real;
    const report = execFileSync(process.execPath, [scorer, dir, predictions], { encoding: 'utf8' });
    const micro = /micro-F1 over (\d+) articles: ([\d.]+)/.exec(report);
    expect(Number(micro?.[1]), report).toBe(names.length);
    expect(report).not.toMatch(/no readable prediction/);
    expect(Number(micro?.[2]), report).toBeGreaterThanOrEqual(0.95);
    for (const field of ['agencies', 'innovations']) {
      const row = new RegExp(`^${field}\\s+[\\d.]+\\s+[\\d.]+\\s+([\\d.]+)$`, 'm').exec(report);
      expect(Number(row?.[1]), report).toBeGreaterThanOrEqual(0.9);
    }
    // The cases above read the fields as the scorer does: their totals give its micro-F1.
    const [tp, fp, fn] = Object.values(totals).reduce((a, t) => a.map((n, i) => n + t[i]!), [0, 0, 0]);
    const precision = tp! / (tp! + fp!);
    const recall = tp! / (tp! + fn!);
    expect(((2 * precision * recall) / (precision + recall)).toFixed(3)).toBe(micro?.[2]);
  });
});
