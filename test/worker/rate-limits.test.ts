/**
 * Rate limits per client address (Cloudflare's rate-limiting binding, run by workerd here as in production):
 * sign-in attempts, invite pages and acceptances, and credentials that sign nobody in — 429 with Retry-After,
 * in the JSON error shape on the API and as a page on the web; other addresses and good tokens unaffected.
 */
import { describe, expect, it, vi } from 'vitest';
import { anyAddress, BASE, call, clipInput, createCohort, expectError, expectJson, join } from './helpers.ts';

// A test may wait up to one window's tail before it starts (freshWindow).
vi.setConfig({ testTimeout: 30_000 });

const FORM = { 'content-type': 'application/x-www-form-urlencoded', origin: BASE };

/**
 * workerd's limiter counts in fixed windows aligned to the wall clock (a new count every whole minute, or every
 * ten seconds): a test whose requests must all fall in one window first waits out a window about to end.
 */
async function freshWindow(periodSeconds: number, needMs: number): Promise<void> {
  const left = periodSeconds * 1000 - (Date.now() % (periodSeconds * 1000));
  if (left < needMs) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

async function repeat(times: number, send: () => Promise<Response>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) {
    const res = await send();
    await res.arrayBuffer();
    statuses.push(res.status);
  }
  return statuses;
}

describe('sign-in at /masuk', () => {
  it('takes 20 attempts a minute from one address, then answers 429 with the form and Retry-After', async () => {
    const address = anyAddress();
    await freshWindow(60, 10_000);
    const attempt = (headers: Record<string, string> = {}) =>
      call('POST', '/masuk', {
        token: null,
        raw: new URLSearchParams({ token: 'lokus_guess' }),
        headers: { ...FORM, 'cf-connecting-ip': address, ...headers },
      });
    expect(new Set(await repeat(20, attempt))).toEqual(new Set([401]));
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    const html = await refused.text();
    expect(html).toContain('Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.');
    expect(html).toContain('name="token"');
    const english = await attempt({ cookie: 'lokus_lang=en' });
    expect(await english.text()).toContain('Too many attempts.');
    // Someone else is not held back.
    const other = await call('POST', '/masuk', {
      token: null,
      raw: new URLSearchParams({ token: 'lokus_guess' }),
      headers: FORM,
    });
    expect(other.status).toBe(401);
  });
});

describe('invites', () => {
  it('take 150 requests a minute from one address across the page and the API, then 429', async () => {
    const address = anyAddress();
    const page = () =>
      call('GET', '/i/not-a-code', { token: null, headers: { 'cf-connecting-ip': address } });
    const api = () =>
      call('POST', '/api/invites/not-a-code/accept', {
        token: null,
        body: { name: 'Penebak' },
        headers: { 'cf-connecting-ip': address },
      });
    await freshWindow(60, 15_000);
    const statuses = [...(await repeat(75, page)), ...(await repeat(75, api))];
    expect(new Set(statuses)).toEqual(new Set([404]));
    const json = await expectError(api(), 429, 'rate_limited');
    expect(json).toMatchObject({
      retryAfter: 60,
      message: 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
    });
    const again = await api();
    expect(again.headers.get('retry-after')).toBe('60');
    const html = await page();
    expect(html.status).toBe(429);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toContain('<h1>Terlalu banyak percobaan</h1>');
  });

  it('let a class of 40 behind one address join through the same QR code', async () => {
    const cohort = await createCohort();
    const { code } = await expectJson(
      call('POST', `/api/cohorts/${cohort.id}/invites`, { body: { role: 'participant' } }),
      201,
    );
    const address = anyAddress();
    for (let i = 0; i < 40; i++) {
      const opened = await call('GET', `/i/${code}`, {
        token: null,
        headers: { 'cf-connecting-ip': address },
      });
      expect(opened.status).toBe(200);
      const joined = await call('POST', `/i/${code}`, {
        token: null,
        raw: new URLSearchParams({ name: `Peserta ${i + 1}` }),
        headers: { ...FORM, 'cf-connecting-ip': address },
      });
      expect(joined.status).toBe(303);
    }
  });
});

describe('credentials that sign nobody in', () => {
  it('are answered 401 thirty times in ten seconds from one address, then 429; a good token still passes', async () => {
    const cohort = await createCohort();
    const { token } = await join(cohort.id, 'participant');
    const address = anyAddress();
    const bad = () =>
      call('GET', '/api/me', {
        token: `lokus_wrong${Math.random()}`,
        headers: { 'cf-connecting-ip': address },
      });
    await freshWindow(10, 4_000);
    expect(new Set(await repeat(30, bad))).toEqual(new Set([401]));
    const refused = await bad();
    expect(refused.headers.get('retry-after')).toBe('10');
    expect(((await refused.json()) as any).error).toMatchObject({ code: 'rate_limited', retryAfter: 10 });
    const cookie = await call('GET', `/c/${cohort.slug}`, {
      token: null,
      headers: { cookie: 'lokus_session=guessed-session-id', 'cf-connecting-ip': address },
    });
    expect(cookie.status).toBe(429);
    await expectJson(call('GET', '/api/me', { token, headers: { 'cf-connecting-ip': address } }), 200);
  });

  it('count on the routes that read their caller in the same batch as their query (list, look-up, clip post)', async () => {
    const cohort = await createCohort();
    const { token } = await join(cohort.id, 'widyaiswara');
    const address = anyAddress();
    const headers = { 'cf-connecting-ip': address };
    const wrong = () => `lokus_wrong${Math.random()}`;
    const requests = [
      () => call('GET', `/api/cohorts/${cohort.id}/clips`, { token: wrong(), headers }),
      () => call('GET', '/api/lookup?url=https%3A%2F%2Fexample.com%2Fa', { token: wrong(), headers }),
      () => call('POST', `/api/cohorts/${cohort.id}/clips`, { token: wrong(), body: clipInput(), headers }),
    ];
    await freshWindow(10, 4_000);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await requests[i % 3]!()).status);
    expect(new Set(statuses)).toEqual(new Set([401]));
    await expectError(requests[0]!(), 429, 'rate_limited');
    await expectError(requests[2]!(), 429, 'rate_limited');
    // The good token still reads and posts.
    await expectJson(call('GET', `/api/cohorts/${cohort.id}/clips`, { token, headers }), 200);
    await expectJson(
      call('POST', `/api/cohorts/${cohort.id}/clips`, { token, body: clipInput(), headers }),
      201,
    );
  });
});
