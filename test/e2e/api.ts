/** A thin client for the worker's HTTP contract, for arranging and checking e2e state from the outside. */
import type { LocusRecord } from '../../shared/schema/locus-record.ts';

export interface Cohort {
  id: number;
  slug: string;
  name: string;
}
export interface Clip {
  id: number;
  clientId: string;
  url: string;
  canonicalUrl: string;
  title: string;
  record: LocusRecord;
  note: string;
}

export function api(base: string, token: string) {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return JSON.parse(text) as T;
  };
  return {
    createCohort: (name: string) => call<Cohort>('POST', '/api/cohorts', { name, program: 'Diklatpim IV' }),
    invite: (cohortId: number, role: 'widyaiswara' | 'participant') =>
      call<{ code: string; url: string }>('POST', `/api/cohorts/${cohortId}/invites`, { role }),
    accept: (code: string, name: string) =>
      call<{ token: string }>('POST', `/api/invites/${code}/accept`, { name }),
    clips: (cohortId: number) =>
      call<{ items: Clip[]; nextCursor: string | null }>('GET', `/api/cohorts/${cohortId}/clips?limit=100`),
    clip: (id: number) => call<Clip & { text: string; quotes: string[] }>('GET', `/api/clips/${id}`),
    postClip: (
      cohortId: number,
      clip: { clientId: string; url: string; title: string; text: string; record: LocusRecord },
    ) => call<Clip>('POST', `/api/cohorts/${cohortId}/clips`, clip),
    deleteClip: (id: number) => call<{ deleted: true }>('DELETE', `/api/clips/${id}`),
    patchClip: (id: number, patch: { note?: string; record?: LocusRecord; quotes?: string[] }) =>
      call<Clip>('PATCH', `/api/clips/${id}`, patch),
    me: () =>
      call<{
        id: number;
        name: string;
        memberships: { cohortId: number; cohortName: string; role: string }[];
      }>('GET', '/api/me'),
    archiveCohort: (cohortId: number) =>
      call<Cohort>('PATCH', `/api/cohorts/${cohortId}`, { archived: true }),
    regions: (cohortId: number) =>
      call<{ total: number; items: { regionCode: string | null; clips: number }[] }>(
        'GET',
        `/api/cohorts/${cohortId}/regions`,
      ),
    readingPage: async (slug: string) => {
      const res = await fetch(`${base}/c/${slug}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, html: await res.text() };
    },
  };
}

/** Polls `check` until it returns a value (not undefined) or the time is up. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
  stepMs = 500,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}
