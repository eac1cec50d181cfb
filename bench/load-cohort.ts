/**
 * The load bench's cohort, made through the worker's own API as a client would: a cohort, a widyaiswara and a
 * participant (invite links accepted), N clips posted by the widyaiswara — real articles from
 * test/fixtures/ with the records the extractor reads from them (loci, innovations, evidence), each under its own
 * URL — a third of them read by the participant and five of them required reading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractLocusRecord } from '../shared/extract/index.ts';
import type { ClipInput } from '../shared/schema/clip.ts';
import type { LocusRecord } from '../shared/schema/locus-record.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures');
const SETS = ['heldout', 'blind2', 'blind3', 'blind4', 'blind5'];
const SITES = [
  ['https://www.antaranews.com', 'ANTARA News'],
  ['https://regional.kompas.com', 'Kompas.com'],
  ['https://jatim.tribunnews.com', 'Tribunjatim.com'],
  ['https://www.detik.com', 'detikcom'],
  ['https://bpsdm.jatimprov.go.id', 'BPSDM Jawa Timur'],
  ['https://www.menpan.go.id', 'KemenPAN-RB'],
  ['https://radarbanyuwangi.jawapos.com', 'Radar Banyuwangi'],
  ['https://www.suaramerdeka.com', 'Suara Merdeka'],
] as const;

interface Article {
  title: string;
  text: string;
  slug: string;
  record: LocusRecord;
}

/**
 * The repository's hand-labelled articles (headline on line 1, the body after it), each with the record the
 * extension's extractor reads from it — read once, so making a clip costs the bench nothing.
 */
export function articles(): Article[] {
  return SETS.flatMap((set) =>
    readdirSync(path.join(FIXTURES, set))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => {
        const [title = '', ...body] = readFileSync(path.join(FIXTURES, set, name), 'utf8').split('\n');
        const slug = name.replace(/\.txt$/, '').replace(/[^a-z0-9]+/gi, '-');
        const text = body.join('\n').trim();
        return { title: title.trim() || slug, text, slug, record: extractLocusRecord({ title, text }) };
      }),
  );
}

/** Clip `n` of a run: article n (round robin) under a URL and clientId of its own; `tag` keeps runs apart. */
export function clipFor(list: Article[], n: number, tag: string): ClipInput {
  const article = list[n % list.length]!;
  const [site, siteName] = SITES[n % SITES.length]!;
  return {
    clientId: `${tag}-${n.toString().padStart(7, '0')}`,
    url: `${site}/berita/${tag}/${n}/${article.slug}?utm_source=whatsapp`,
    title: article.title,
    text: article.text,
    siteName,
    record: article.record,
    ...(n % 7 === 0 ? { note: 'Bahan diskusi kelompok sebelum kunjungan.' } : {}),
    ...(n % 5 === 0 ? { quotes: [article.text.slice(0, 160)] } : {}),
  };
}

export interface LoadCohort {
  id: number;
  slug: string;
  widyaiswara: string;
  participant: string;
  /** Clip ids by clientId, as the POSTs answered. */
  seeded: Map<string, number>;
}

async function json<T>(res: Promise<Response>, expected: number, what: string): Promise<T> {
  const response = await res;
  const text = await response.text();
  if (response.status !== expected) throw new Error(`${what}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** Builds the cohort on a running worker; `concurrency` POSTs in flight while seeding. */
export async function seedCohort(
  base: string,
  adminToken: string,
  clips: number,
  concurrency = 8,
): Promise<LoadCohort> {
  const call = (method: string, url: string, token: string | null, body?: unknown) =>
    fetch(base + url, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        'content-type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const cohort = await json<{ id: number; slug: string }>(
    call('POST', '/api/cohorts', adminToken, {
      name: 'PKA Angkatan XII — uji beban',
      program: 'PKA',
      cohortLabel: 'Angkatan XII',
    }),
    201,
    'cohort',
  );
  const member = async (role: 'widyaiswara' | 'participant', name: string) => {
    const invite = await json<{ code: string }>(
      call('POST', `/api/cohorts/${cohort.id}/invites`, adminToken, { role }),
      201,
      `${role} invite`,
    );
    const accepted = await json<{ token: string }>(
      call('POST', `/api/invites/${invite.code}/accept`, null, { name }),
      201,
      `${role} accept`,
    );
    return accepted.token;
  };
  const widyaiswara = await member('widyaiswara', 'Dr. Hendra Wijaya');
  const participant = await member('participant', 'Siti Rahmawati');

  const list = articles();
  const seeded = new Map<string, number>();
  let next = 0;
  const poster = async () => {
    for (let n = next++; n < clips; n = next++) {
      const input = clipFor(list, n, 'seed');
      const clip = await json<{ id: number }>(
        call('POST', `/api/cohorts/${cohort.id}/clips`, widyaiswara, input),
        201,
        `seed clip ${n}`,
      );
      seeded.set(input.clientId, clip.id);
      if (n % 3 === 0)
        await json(call('POST', `/api/clips/${clip.id}/read`, participant), 200, `read mark ${n}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, poster));
  const ids = [...seeded.values()].sort((a, b) => a - b);
  for (const [position, id] of ids.slice(0, 5).entries())
    await json(
      call('PUT', `/api/clips/${id}/assignment`, widyaiswara, {
        required: true,
        dueDate: '2026-12-01',
        position: position + 1,
      }),
      200,
      'required reading',
    );
  return { id: cohort.id, slug: cohort.slug, widyaiswara, participant, seeded };
}

/** The browser's session cookie for `token`, from signing in at /masuk as the sign-in form does. */
export async function sessionCookie(base: string, token: string): Promise<string> {
  const res = await fetch(`${base}/masuk`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
    body: new URLSearchParams({ token }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.startsWith('lokus_session='));
  if (res.status !== 303 || !cookie) throw new Error(`sign-in at /masuk: ${res.status}`);
  return cookie;
}
