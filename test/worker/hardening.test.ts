/**
 * What the black-box review found, each pinned: headers on every JSON, export and page answer; ids that are
 * canonical positive integers only; links built from the configured origin, never the Host header; the same
 * answer for "not yours" and "not there"; canonical URLs that keep what tells two articles apart.
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../shared/url.ts';
import app from '../../worker/src/index.ts';
import {
  ADMIN,
  BASE,
  browse,
  call,
  createCohort,
  expectError,
  expectJson,
  join,
  postClip,
  type TestCohort,
  signInCookie,
} from './helpers.ts';

let cohort: TestCohort;
let trainer: string;
let clipId: number;

beforeAll(async () => {
  cohort = await createCohort();
  trainer = (await join(cohort.id, 'widyaiswara')).token;
  clipId = (await postClip(cohort.id, trainer)).id;
});

describe('headers', () => {
  it('mark every JSON and export answer nosniff and private, no-store — errors too', async () => {
    for (const res of [
      await call('GET', '/api/me'),
      await call('GET', `/api/cohorts/${cohort.id}/clips`),
      await call('GET', `/api/cohorts/${cohort.id}/export.csv`),
      await call('GET', `/api/cohorts/${cohort.id}/export.ris`),
      await call('GET', '/api/regions?q=bandung'),
      await call('GET', '/api/me', { token: 'lokus_wrong' }),
      await call('GET', '/api/tidak-ada'),
    ]) {
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
      expect(res.headers.get('cache-control'), res.url).toBe('private, no-store');
      expect(res.headers.get('referrer-policy'), res.url).toBe('same-origin');
    }
  });

  it('give pages a referrer policy header, and HSTS when served over https', async () => {
    const page = await browse(`/c/${cohort.slug}`);
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(page.headers.get('strict-transport-security')).toBeNull();
    const secure = await app.request(
      `https://lokus.test/c/${cohort.slug}`,
      { headers: { cookie: await signInCookie(ADMIN) } },
      env,
    );
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const json = await app.request('https://lokus.test/api/health', {}, env);
    expect(json.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('ids', () => {
  it.each(['0x10', '1%20', '%201', '01', '1e3', '1.0', '-1', '0', '+1', '１', '9999999999999999', '1;'])(
    '%s is not an id (404)',
    async (id) => {
      await expectError(call('GET', `/api/clips/${id}`), 404, 'not_found');
      await expectError(call('GET', `/api/cohorts/${id}/clips`), 404, 'not_found');
    },
  );

  it('the canonical form still works', async () => {
    await expectJson(call('GET', `/api/clips/${clipId}`), 200);
  });
});

describe('links', () => {
  it('are built on PUBLIC_ORIGIN whatever the Host header says', async () => {
    const invite = await expectJson(
      call('POST', `/api/cohorts/${cohort.id}/invites`, {
        body: { role: 'participant' },
        headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
      }),
      201,
    );
    expect(invite.url).toMatch(/^http:\/\/lokus\.test\/i\//);
  });

  it('refuse to be built from the request outside development when PUBLIC_ORIGIN is unset', async () => {
    const res = await app.request(
      `https://lokus.example/api/cohorts/${cohort.id}/invites`,
      {
        method: 'POST',
        headers: { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'participant' }),
      },
      { ...env, PUBLIC_ORIGIN: '' },
    );
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('lokus.example/i/');
    const local = await app.request(
      `http://127.0.0.1:8787/api/cohorts/${cohort.id}/invites`,
      {
        method: 'POST',
        headers: { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'participant' }),
      },
      { ...env, PUBLIC_ORIGIN: '' },
    );
    expect(((await local.json()) as { url: string }).url).toMatch(/^http:\/\/127\.0\.0\.1:8787\/i\//);
  });
});

describe('existence', () => {
  it('answers the same for a clip of another cohort and a clip that is not there', async () => {
    const other = await createCohort();
    const stranger = (await join(other.id, 'participant')).token;
    const theirs = await call('GET', `/api/clips/${clipId}`, { token: stranger });
    const nothing = await call('GET', `/api/clips/987654321`, { token: stranger });
    expect(theirs.status).toBe(404);
    expect(nothing.status).toBe(404);
    expect(await theirs.json()).toEqual(await nothing.json());
    const cohortTheirs = await call('GET', `/api/cohorts/${cohort.id}/clips`, { token: stranger });
    const cohortNothing = await call('GET', `/api/cohorts/987654321/clips`, { token: stranger });
    expect(cohortTheirs.status).toBe(404);
    expect(await cohortTheirs.json()).toEqual(await cohortNothing.json());
  });

  it('asks an anonymous visitor to sign in alike for a real and a made-up cohort', async () => {
    const real = await call('GET', `/c/${cohort.slug}`, { token: null });
    const madeUp = await call('GET', '/c/tidak-ada-xyz', { token: null });
    expect(real.status).toBe(401);
    expect(madeUp.status).toBe(401);
  });
});

describe('canonical URLs', () => {
  it('keep parameters that tell articles apart, and paths that only end in "amp"', () => {
    expect(canonicalUrl('https://example.com/read?ref=111')).not.toBe(
      canonicalUrl('https://example.com/read?ref=222'),
    );
    expect(canonicalUrl('https://example.com/tag/amp')).not.toBe(canonicalUrl('https://example.com/tag'));
    expect(canonicalUrl('https://example.com/amp')).toBe('https://example.com/amp');
  });

  it('still fold tracking parameters and the AMP copies of one article', () => {
    const article = 'https://example.com/berita/2023/06/22/studi-lapangan';
    for (const copy of [
      `${article}?utm_source=wa&fbclid=x`,
      `${article}/amp`,
      `${article}/amp/`,
      'https://example.com/amp/berita/2023/06/22/studi-lapangan',
      `${article}?amp=1`,
    ])
      expect(canonicalUrl(copy)).toBe(canonicalUrl(article));
    expect(
      canonicalUrl(
        'https://lombokbaratkab.go.id/desa-saribaye-jadi-lokus-visitasi-kepemimpinan-nasional-vkn/amp',
      ),
    ).toBe('https://lombokbaratkab.go.id/desa-saribaye-jadi-lokus-visitasi-kepemimpinan-nasional-vkn');
  });
});

describe('the base', () => {
  it('answers an unknown page with an HTML 404 and an unknown API route with JSON', async () => {
    const page = await call('GET', '/tidak/ada', { token: null });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    await expectError(call('GET', '/api/tidak/ada', { token: null }), 404, 'not_found');
    expect(BASE).toBe('http://lokus.test');
  });
});
