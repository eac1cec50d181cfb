/**
 * `npm run --silent extract -- [--url URL] FILE`: one article file → its locus record as JSON on stdout.
 * FILE is `.txt` (line 1 the headline, the rest the body) or `.html` (a saved page, read by the same
 * capture code as the extension). It reads files only; it never fetches the URL.
 */
import { readFile } from 'node:fs/promises';
import { extractLocusRecord, type ArticleInput } from './index.ts';

const USAGE =
  'Pemakaian / usage: npm run --silent extract -- [--url URL] BERKAS.txt|BERKAS.html\n' +
  '  BERKAS .txt: baris 1 judul, sisanya isi / line 1 the headline, the rest the body\n' +
  '  BERKAS .html: halaman tersimpan / a saved page';

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): { url: string | null; file: string } {
  let url: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') {
      url = argv[++i] ?? fail(`--url perlu nilai / --url needs a value\n${USAGE}`, 2);
    } else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else files.push(arg);
  }
  if (files.length !== 1) fail(`Sebutkan tepat satu berkas / Name exactly one file\n${USAGE}`, 2);
  return { url, file: files[0]! };
}

async function readArticle(file: string, url: string | null): Promise<ArticleInput> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    fail(`Berkas tidak dapat dibaca: ${file} (${reason}) / Cannot read file: ${file} (${reason})`);
  }
  if (!content.trim()) fail(`Berkas kosong: ${file} / File is empty: ${file}`);
  if (/\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html)/i.test(content)) {
    // Loaded only for pages: linkedom and defuddle cost more than the whole text pipeline.
    const { captureHtml } = await import('../capture/node.ts');
    const page = captureHtml(content, url ?? 'https://example.invalid/');
    const pageUrl =
      url ?? (page.canonicalUrl.startsWith('https://example.invalid') ? null : page.canonicalUrl);
    return { title: page.title, text: page.text, url: pageUrl, publishedAt: page.publishedAt };
  }
  const [headline = '', ...body] = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  return { title: headline, text: body.join('\n'), url };
}

const { url, file } = parseArgs(process.argv.slice(2));
const record = extractLocusRecord(await readArticle(file, url));
process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
