/**
 * The Lokus HTTP API as the extension uses it: every call returns an `ApiResult` instead of throwing,
 * with network failures as status 0, so the outbox can classify them. Auth is the bearer token; the
 * user's language goes in `Accept-Language` so the server's messages match the UI.
 */
import type { ClipInput, ClipPatch, LocusRecord } from '../../shared/schema/index.ts';
import type { Language } from './i18n.ts';

export interface ApiError {
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: ApiError; retryAfterMs?: number };

export interface Cohort {
  id: string;
  slug: string;
  name: string;
  program: string | null;
  startDate: string | null;
  endDate: string | null;
  createdAt: string;
  role: string;
}
export interface Clip {
  id: string;
  cohortId: string;
  clientId: string;
  url: string;
  canonicalUrl: string;
  title: string;
  text?: string;
  siteName?: string | null;
  record: LocusRecord;
  note: string;
  quotes: string[];
  createdAt: string;
  updatedAt: string;
  createdBy: { id: string; name: string };
  read?: boolean;
}
export interface Me {
  id: string;
  name: string;
  role: 'organiser' | 'member';
  memberships: { cohortId: string; cohortName: string; slug: string; role: string }[];
}
export interface LookupHit {
  cohortId: string;
  cohortName: string;
  slug: string;
  clipId: string;
}
export interface AcceptedInvite {
  token: string;
  member: { id: string; name: string };
  cohort: Cohort;
  role: string;
}

export interface ApiConfig {
  serverUrl: string;
  token: string | null;
  language: Language;
  fetch?: typeof fetch;
}

/** The server's origin from whatever the user typed: `127.0.0.1:8787/` → `http://127.0.0.1:8787`. */
export function normaliseServerUrl(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The host-permission pattern for a server: any port of its host, as manifests and `permissions` want. */
export function originPattern(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Reads `Retry-After` (seconds or an HTTP date) as milliseconds. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** The API client for one server and token. */
export function createApi(config: ApiConfig) {
  const doFetch = config.fetch ?? ((input, init) => fetch(input, init));

  async function call<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
    const headers: Record<string, string> = {
      'Accept-Language': config.language,
      Accept: 'application/json',
    };
    if (config.token) headers.Authorization = `Bearer ${config.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch(`${config.serverUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
      });
    } catch (err) {
      return {
        ok: false,
        status: 0,
        error: { code: 'network', message: String((err as Error)?.message ?? err) },
      };
    }
    let json: unknown = null;
    try {
      json = await res.json();
    } catch {
      json = null;
    }
    if (res.ok) return { ok: true, status: res.status, data: json as T };
    const error = (json as { error?: ApiError } | null)?.error;
    return {
      ok: false,
      status: res.status,
      error: {
        code: error?.code ?? `http_${res.status}`,
        message: error?.message ?? `HTTP ${res.status} ${res.statusText}`.trim(),
        ...(error?.issues ? { issues: error.issues } : {}),
      },
      retryAfterMs: retryAfter(res.headers.get('Retry-After')),
    };
  }

  const enc = encodeURIComponent;
  return {
    health: () => call<{ ok: true }>('GET', '/api/health'),
    me: () => call<Me>('GET', '/api/me'),
    cohorts: () => call<{ items: Cohort[] }>('GET', '/api/cohorts'),
    lookup: (url: string) => call<{ items: LookupHit[] }>('GET', `/api/lookup?url=${enc(url)}`),
    acceptInvite: (code: string, name: string) =>
      call<AcceptedInvite>('POST', `/api/invites/${enc(code)}/accept`, { name }),
    postClip: (cohortId: string, clip: ClipInput) =>
      call<Clip>('POST', `/api/cohorts/${enc(cohortId)}/clips`, clip),
    patchClip: (clipId: string, patch: ClipPatch) => call<Clip>('PATCH', `/api/clips/${enc(clipId)}`, patch),
    getClip: (clipId: string) => call<Clip>('GET', `/api/clips/${enc(clipId)}`),
    listClips: (cohortId: string, query: { q?: string; cursor?: string | null; limit?: number } = {}) => {
      const params = new URLSearchParams();
      if (query.q) params.set('q', query.q);
      if (query.cursor) params.set('cursor', query.cursor);
      if (query.limit) params.set('limit', String(query.limit));
      const qs = params.size ? `?${params}` : '';
      return call<{ items: Clip[]; nextCursor: string | null }>(
        'GET',
        `/api/cohorts/${enc(cohortId)}/clips${qs}`,
      );
    },
  };
}
export type LokusApi = ReturnType<typeof createApi>;
