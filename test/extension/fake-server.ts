/** A stand-in for the worker's clip API behind `fetch`: records requests, answers what the test says. */
import { vi } from 'vitest';
import { chromeMessages } from './catalogs.ts';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Answer = { status: number; body?: unknown } | 'network-error';
export type Responder = (request: RecordedRequest) => Answer | Promise<Answer>;

const LOCALES = /\/_locales\/(\w+)\/messages\.json$/;

/**
 * Replaces global `fetch` until `vi.restoreAllMocks()`; returns the list of requests it saw. The extension's
 * own `_locales` files (a freshly imported i18n module reads them) are served as the build writes them.
 */
export function fakeServer(respond: Responder) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const locale = LOCALES.exec(String(input instanceof Request ? input.url : input));
    if (locale) return Response.json(chromeMessages(locale[1]!));
    const request = new Request(input, init);
    const text = request.method === 'GET' ? '' : await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      url: request.url,
      headers: Object.fromEntries([...request.headers.entries()].map(([k, v]) => [k.toLowerCase(), v])),
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(recorded);
    const answer = await respond(recorded);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return { requests, fetchMock };
}

/** A Clip as the worker returns it for a posted body. */
export function clipResponse(body: { clientId: string; url: string; title: string }, id = 1) {
  return {
    id,
    cohortId: 7,
    clientId: body.clientId,
    url: body.url,
    canonicalUrl: body.url,
    title: body.title,
    text: '',
    siteName: null,
    record: {},
    note: '',
    quotes: [],
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    createdBy: { id: 1, name: 'Widyaiswara' },
    read: false,
  };
}
