/** The extract CLI as a user runs it: a process on a file, JSON on stdout, errors on stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const articles = path.resolve(repoRoot, '../shared/fixtures/articles');
const pages = path.join(repoRoot, 'test/fixtures/pages');
const scratch = mkdtempSync(path.join(tmpdir(), 'lokus-cli-'));

function extract(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
      path.join(repoRoot, 'shared/extract/cli.ts'),
      ...args,
    ],
    { cwd: repoRoot, encoding: 'utf8', timeout: 20_000 },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const FIELDS = [
  'title',
  'publishedAt',
  'program',
  'cohortLabel',
  'organiser',
  'participants',
  'startDate',
  'endDate',
  'loci',
  'awards',
  'evidence',
];

describe('npm run extract', () => {
  it('prints the record of a .txt article, with the fixture keys plus evidence and regionCode', () => {
    const file = readdirSync(articles).find((f) => f.startsWith('000_') && f.endsWith('.txt'))!;
    const run = extract(path.join(articles, file));
    expect(run.status, run.stderr).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(Object.keys(record)).toEqual(FIELDS);
    expect(record.title).toMatch(/^Benchmarking/);
    expect(record.program).toBe('Diklatpim IV');
    for (const locus of record.loci) {
      expect(Object.keys(locus)).toEqual([
        'region',
        'regionCode',
        'province',
        'agency',
        'innovations',
        'evidence',
      ]);
    }
  });

  it('reads a saved .html page through the capture library, taking the URL from --url', () => {
    const page = readdirSync(pages).find((f) => f.startsWith('002_') && f.endsWith('.html'))!;
    const run = extract('--url', 'https://berita.example.id/2018/09/03/benchmarking', path.join(pages, page));
    expect(run.status, run.stderr).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(Object.keys(record)).toEqual(FIELDS);
    expect(record.title).toContain('Kota Kembang');
    expect(record.participants).toBe(27);
    expect(record.startDate).toBe('2018-08-28');
  });

  it('yields nulls and no loci for a page without a visit, and still exits 0', () => {
    const file = path.join(scratch, 'cuaca.txt');
    writeFileSync(file, 'Cuaca cerah di Jakarta\nHujan ringan diperkirakan turun pada sore hari.\n');
    const run = extract(file);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      title: 'Cuaca cerah di Jakarta',
      program: null,
      organiser: null,
      participants: null,
      startDate: null,
      loci: [],
    });
  });

  it('fails with a message in Indonesian and English on an empty file', () => {
    const file = path.join(scratch, 'kosong.txt');
    writeFileSync(file, '  \n\n');
    const run = extract(file);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Berkas kosong.*File is empty/);
  });

  it('fails with a message in Indonesian and English on a missing file', () => {
    const run = extract(path.join(scratch, 'tidak-ada.txt'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/tidak dapat dibaca.*ENOENT.*Cannot read file/);
  });

  it('explains its usage when no file is named', () => {
    const run = extract();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Pemakaian \/ usage/);
  });
});
