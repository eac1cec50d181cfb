/** Calls the worker through its real fetch entry (workerd, real D1) and builds cohorts, members and clips. */
import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { expect } from 'vitest';
import type { ClipInput } from '../../shared/schema/clip.ts';
import type { LocusRecord } from '../../shared/schema/locus-record.ts';

let counter = 0;

export const ADMIN = 'test-admin-token';
export const BASE = 'http://lokus.test';

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  /** Sent as is (no JSON encoding, no content-type unless given). */
  raw?: BodyInit;
  headers?: Record<string, string>;
}

const octet = () => Math.floor(Math.random() * 250) + 1;
/** A random client address (10.x.y.z). */
export const anyAddress = () => `10.${octet()}.${octet()}.${octet()}`;

export function call(
  method: string,
  path: string,
  { token = ADMIN, body, raw, headers = {} }: CallOptions = {},
) {
  // Each call comes from an address of its own, so the rate limits (counted per address) never throttle the
  // tests; rate-limits.test.ts gives one address on purpose.
  const init: RequestInit = {
    method,
    headers: {
      'cf-connecting-ip': anyAddress(),
      ...headers,
    },
    redirect: 'manual',
  };
  const h = init.headers as Record<string, string>;
  if (token) h.authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    h['content-type'] ??= 'application/json';
  } else if (raw !== undefined) init.body = raw;
  return exports.default.fetch(new Request(`${BASE}${path}`, init));
}

/** Calls and asserts the status, returning the parsed JSON body. */
export async function expectJson<T = any>(res: Response | Promise<Response>, status: number): Promise<T> {
  const response = await res;
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return JSON.parse(text) as T;
}

/** Asserts an error body with its code. */
export async function expectError(res: Response | Promise<Response>, status: number, code: string) {
  const body = await expectJson<{ error: { code: string; message: string; issues?: unknown[] } }>(
    res,
    status,
  );
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  return body.error;
}

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export interface TestCohort {
  id: number;
  slug: string;
  name: string;
}

export async function createCohort(name = unique('Angkatan')): Promise<TestCohort> {
  return expectJson(call('POST', '/api/cohorts', { body: { name, program: 'PKA' } }), 201);
}

export async function inviteCode(cohortId: number, role: 'widyaiswara' | 'participant'): Promise<string> {
  const invite = await expectJson<{ code: string }>(
    call('POST', `/api/cohorts/${cohortId}/invites`, { body: { role } }),
    201,
  );
  return invite.code;
}

/** A new member of the cohort with that role; returns their bearer token. */
export async function join(cohortId: number, role: 'widyaiswara' | 'participant', name = 'Siti Rahmawati') {
  const code = await inviteCode(cohortId, role);
  const accepted = await expectJson<{ token: string; member: { id: number; name: string } }>(
    call('POST', `/api/invites/${code}/accept`, { token: null, body: { name } }),
    201,
  );
  return accepted;
}

export function record(overrides: Partial<LocusRecord> = {}): LocusRecord {
  return {
    title: 'Studi lapangan PKA ke Banyuwangi',
    publishedAt: '2023-06-22',
    program: 'PKA',
    cohortLabel: 'Angkatan XII',
    organiser: 'BPSDM Provinsi Jawa Timur',
    participants: 40,
    startDate: '2023-06-21',
    endDate: '2023-06-23',
    loci: [
      {
        region: 'Kabupaten Banyuwangi',
        regionCode: '35.10',
        province: 'Jawa Timur',
        agency: 'Mal Pelayanan Publik Banyuwangi',
        innovations: ['Smart Kampung', 'Lahir Procot Pulang Bawa Akta'],
      },
    ],
    ...overrides,
  };
}

export function clipInput(overrides: Partial<ClipInput> = {}): ClipInput {
  const id = unique('c').replace(/[^A-Za-z0-9_-]/g, '');
  return {
    clientId: id.padEnd(8, 'x').slice(0, 64),
    url: `https://www.example.co.id/berita/${id}?utm_source=whatsapp`,
    title: 'Peserta PKA belajar inovasi pelayanan publik di Banyuwangi',
    text: 'Para peserta Pelatihan Kepemimpinan Administrator melakukan studi lapangan ke Mal Pelayanan Publik Banyuwangi. Inovasi Smart Kampung dipaparkan oleh Bupati.',
    record: record(),
    ...overrides,
  };
}

export async function postClip(
  cohortId: number,
  token: string,
  input: ClipInput = clipInput(),
  status = 201,
) {
  return expectJson<any>(call('POST', `/api/cohorts/${cohortId}/clips`, { token, body: input }), status);
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded', origin: BASE };

/** Signs a browser in at /masuk with a token; the session cookie it was given (`lokus_session=…`). */
export async function signInCookie(token: string): Promise<string> {
  const res = await call('POST', '/masuk', {
    token: null,
    raw: new URLSearchParams({ token }),
    headers: FORM,
  });
  const cookie = /^lokus_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  expect(res.status, 'sign-in with the test token').toBe(303);
  return `lokus_session=${cookie![1]}`;
}

async function withSession(token: string | null, headers: Record<string, string>) {
  if (!token) return headers;
  const session = await signInCookie(token);
  return { ...headers, cookie: headers.cookie ? `${session}; ${headers.cookie}` : session };
}

/** A browser GET, signed in with the token through a session of its own. */
export const browse = async (
  path: string,
  token: string | null = ADMIN,
  headers: Record<string, string> = {},
) => call('GET', path, { token: null, headers: await withSession(token, headers) });

/** A same-origin browser form post, signed in like browse. */
export const submit = async (
  path: string,
  fields: Record<string, string>,
  token: string | null = ADMIN,
  headers: Record<string, string> = {},
) =>
  call('POST', path, {
    token: null,
    raw: new URLSearchParams(fields),
    headers: await withSession(token, { ...FORM, ...headers }),
  });

/** The worker over env.DB, counting what goes to D1: a batch or one statement's first/all/run/raw. */
export function countingDb() {
  const counter = { trips: 0 };
  const counted = (statement: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(statement, {
      get(target, key) {
        const value = Reflect.get(target, key, target);
        if (key === 'bind') return (...params: unknown[]) => counted(target.bind(...params));
        if (['first', 'all', 'run', 'raw'].includes(String(key)) && typeof value === 'function')
          return (...args: unknown[]) => {
            counter.trips++;
            return value.apply(target, args);
          };
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const db = new Proxy(env.DB, {
    get(target, key) {
      if (key === 'prepare') return (sql: string) => counted(target.prepare(sql));
      if (key === 'batch')
        return (statements: D1PreparedStatement[]) => {
          counter.trips++;
          return target.batch(statements);
        };
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db, counter };
}
