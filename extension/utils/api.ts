/**
 * The Lokus HTTP API as the extension uses it, typed end to end through the worker's `AppType` and
 * Hono's `hc` client. Every call returns an `ApiResult` instead of throwing, with network failures as
 * status 0, so the outbox can classify them; a request with no answer after `REQUEST_TIMEOUT_MS` is
 * one of them (`timeout`). Auth is the bearer token; the user's language goes in `Accept-Language` so
 * the server's messages match the UI.
 */
import { hc, type InferResponseType } from 'hono/client';
import type { AppType } from '../../worker/src/index.ts';
import type { ClipInput, ClipPatch } from '../../shared/schema/index.ts';
import type { Language } from './i18n.ts';

interface ApiError {
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: ApiError; retryAfterMs?: number };

type Client = ReturnType<typeof hc<AppType>>;
type Api = Client['api'];
export type Me = InferResponseType<Api['me']['$get'], 200>;
export type Cohort = InferResponseType<Api['cohorts']['$get'], 200>['items'][number];
export type Clip = InferResponseType<Api['clips'][':id']['$get'], 200>;
export type ClipSummary = InferResponseType<Api['cohorts'][':id']['clips']['$get'], 200>['items'][number];
export type LookupHit = InferResponseType<Api['lookup']['$get'], 200>['items'][number];
/**
 * An accepted invite: `token` is null when the caller was signed in (the membership joined their account);
 * `joined` is false when the account already had that role in the cohort (200).
 */
export type AcceptedInvite = InferResponseType<Api['invites'][':code']['accept']['$post'], 200 | 201>;
/** Clips per host region over the whole cohort (`regionCode: null`: loci naming no known region). */
export type RegionCounts = InferResponseType<Api['cohorts'][':id']['regions']['$get'], 200>;

export interface ApiConfig {
  serverUrl: string;
  token: string | null;
  language: Language;
  fetch?: typeof fetch;
  /** Gives up on a request after this long; `REQUEST_TIMEOUT_MS` by default. */
  timeoutMs?: number;
}

/**
 * How long a request may go unanswered before it counts as a network failure: without a limit one hung
 * request would hold the outbox's send round, and every clip behind it, forever. A clip body is at most
 * 1 MiB. The e2e build sets a shorter one (extension/wxt.config.ts) so its fault test need not wait.
 */
export const REQUEST_TIMEOUT_MS: number =
  typeof __LOKUS_REQUEST_TIMEOUT_MS__ === 'number' ? __LOKUS_REQUEST_TIMEOUT_MS__ : 30_000;
/** Set by the build (extension/wxt.config.ts); absent where the module runs unbuilt (unit tests). */
declare const __LOKUS_REQUEST_TIMEOUT_MS__: number | undefined;

/** The caller's signal, if any, ending also after `ms`. */
function withTimeout(signal: AbortSignal | null | undefined, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

/** The server's origin from whatever the user typed: `127.0.0.1:8787/` → `http://127.0.0.1:8787`. */
export function normaliseServerUrl(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) && !/^https?:\/\//i.test(trimmed))) return null;
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

/** What `settle` reads of a response: hc's typed ClientResponse and a plain Response both fit. */
interface HttpResponse {
  ok: boolean;
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}

/** Turns a fetch (or its failure) into an `ApiResult` with the server's error body when there is one. */
async function settle<T>(request: () => Promise<HttpResponse>): Promise<ApiResult<T>> {
  let res: HttpResponse;
  try {
    res = await request();
  } catch (err) {
    const timedOut = (err as Error)?.name === 'TimeoutError';
    return {
      ok: false,
      status: 0,
      error: { code: timedOut ? 'timeout' : 'network', message: String((err as Error)?.message ?? err) },
    };
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    json = null;
  }
  if (res.ok) return { ok: true, status: res.status, data: json as T };
  const error = (json as { error?: Partial<ApiError> } | null)?.error;
  const retryAfterMs = retryAfter(res.headers.get('Retry-After'));
  return {
    ok: false,
    status: res.status,
    error: {
      code: error?.code ?? `http_${res.status}`,
      message: error?.message ?? `HTTP ${res.status} ${res.statusText}`.trim(),
      ...(error?.issues ? { issues: error.issues } : {}),
    },
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}

/** The API client for one server and token. */
export function createApi(config: ApiConfig) {
  const baseFetch = config.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = config.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const client = hc<AppType>(config.serverUrl, {
    fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
      baseFetch(input, {
        ...init,
        credentials: 'omit',
        signal: withTimeout(init?.signal, timeoutMs),
      })) as typeof fetch,
    headers: () => ({
      Accept: 'application/json',
      'Accept-Language': config.language,
      ...(config.token ? { Authorization: `Bearer ${config.token}` } : {}),
    }),
  });
  const { api } = client;
  const id = (value: number | string) => String(value);
  return {
    me: () => settle<Me>(() => api.me.$get()),
    cohorts: () => settle<{ items: Cohort[] }>(() => api.cohorts.$get()),
    lookup: (url: string) => settle<{ items: LookupHit[] }>(() => api.lookup.$get({ query: { url } })),
    /** Joins the invite's cohort: as the signed-in member when the config has a token, else as `name`. */
    acceptInvite: (code: string, name?: string) =>
      settle<AcceptedInvite>(() =>
        api.invites[':code'].accept.$post({
          param: { code },
          // A signed-in member gives no name (the server keeps the one it has).
          json: name ? { name } : {},
        }),
      ),
    postClip: (cohortId: number | string, clip: ClipInput) =>
      settle<ClipSummary>(() => api.cohorts[':id'].clips.$post({ param: { id: id(cohortId) }, json: clip })),
    patchClip: (clipId: number | string, patch: ClipPatch) =>
      settle<Clip>(() => api.clips[':id'].$patch({ param: { id: id(clipId) }, json: patch })),
    getClip: (clipId: number | string) =>
      settle<Clip>(() => api.clips[':id'].$get({ param: { id: id(clipId) } })),
    /** Clips per host region over the whole cohort. */
    regionCounts: (cohortId: number | string) =>
      settle<RegionCounts>(() => api.cohorts[':id'].regions.$get({ param: { id: id(cohortId) } })),
    listClips: (
      cohortId: number | string,
      query: { q?: string; cursor?: string | null; limit?: number } = {},
    ) =>
      settle<{ items: ClipSummary[]; nextCursor: string | null }>(() =>
        api.cohorts[':id'].clips.$get({
          param: { id: id(cohortId) },
          query: {
            ...(query.q ? { q: query.q } : {}),
            ...(query.cursor ? { cursor: query.cursor } : {}),
            ...(query.limit ? { limit: String(query.limit) } : {}),
          },
        }),
      ),
  };
}
export type LokusApi = ReturnType<typeof createApi>;
