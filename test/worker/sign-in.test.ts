/** /masuk signs a browser in with a token (safe `next` only), / lists the caller's cohorts, /keluar signs out. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  BASE,
  browse,
  call,
  createCohort,
  inviteCode,
  join,
  signInCookie,
  type TestCohort,
} from './helpers.ts';

let cohortA: TestCohort;
let cohortB: TestCohort;
let hostile: TestCohort;
let participantA: string;

const form = { 'content-type': 'application/x-www-form-urlencoded' };

/** Posts the sign-in form as a same-origin browser would. */
const signIn = (fields: Record<string, string>, headers: Record<string, string> = { origin: BASE }) =>
  call('POST', '/masuk', { token: null, raw: new URLSearchParams(fields), headers: { ...form, ...headers } });

const sessionOf = (res: Response) => /^lokus_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1];

const home = (token: string, query = '') => browse(`/${query}`, token);

beforeAll(async () => {
  cohortA = await createCohort();
  cohortB = await createCohort();
  hostile = await createCohort('<img src=x onerror=alert(1)>');
  participantA = (await join(cohortA.id, 'participant', 'Peserta A')).token;
});

describe('GET /masuk', () => {
  it('shows the token form in Bahasa Indonesia, English with ?lang=en, keeping a safe next', async () => {
    const res = await call('GET', `/masuk?next=/c/${cohortA.slug}`, { token: null });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
    const html = await res.text();
    expect(html).toContain('Masuk ke Lokus');
    expect(html).toContain('<form method="post" action="/masuk">');
    expect(html).toContain('name="token"');
    expect(html).toContain(`name="next" value="/c/${cohortA.slug}"`);
    const en = await (await call('GET', '/masuk?lang=en&next=//evil.example', { token: null })).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Sign in to Lokus');
    expect(en).not.toContain('evil.example');
  });
});

describe('POST /masuk', () => {
  it('signs in with the ADMIN_TOKEN; / then lists every cohort with exports', async () => {
    const res = await signIn({ token: ` ${ADMIN}\n` });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(sessionOf(res)).toMatch(/^[\w-]{43}$/);
    expect(sessionOf(res)).not.toContain(ADMIN);
    const page = await home(ADMIN);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Angkatan</h1>');
    expect(html).toContain('Buat angkatan baru');
    for (const cohort of [cohortA, cohortB, hostile]) {
      expect(html).toContain(`href="/c/${cohort.slug}"`);
      expect(html).toContain(`href="/api/cohorts/${cohort.id}/export.csv"`);
      expect(html).toContain(`href="/api/cohorts/${cohort.id}/export.ris"`);
    }
    expect(html).toContain('Peran Anda: penyelenggara');
    expect(html).toContain('PKA');
  });

  it('signs a participant in with their token; / lists only their cohort, in English once chosen', async () => {
    const res = await signIn({ token: participantA, next: `/c/${cohortA.slug}` });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/c/${cohortA.slug}`);
    const session = `lokus_session=${sessionOf(res)!}`;
    expect(session).not.toContain(participantA);
    const reading = await call('GET', `/c/${cohortA.slug}`, { token: null, headers: { cookie: session } });
    expect(reading.status).toBe(200);
    const english = await call('GET', '/?lang=en', { token: null, headers: { cookie: session } });
    expect(english.headers.get('set-cookie')).toMatch(/^lokus_lang=en;.*Max-Age=31536000/);
    const html = await english.text();
    expect(html).toContain('Your cohorts');
    expect(html).toContain('Signed in as Peserta A');
    expect(html).toContain(`href="/c/${cohortA.slug}"`);
    expect(html).not.toContain('Buat angkatan baru');
    expect(html).toContain('Your role: participant');
    expect(html).not.toContain(cohortB.slug);
    expect(html).not.toContain(hostile.slug);
    expect(html).not.toContain('export.csv');
  });

  it('re-shows the form with a clear message (401) for a wrong token, in the chosen language', async () => {
    for (const token of ['lokus_not-a-real-token', '', 'x'.repeat(600)]) {
      const res = await signIn({ token, next: `/c/${cohortA.slug}` });
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      const html = await res.text();
      expect(html).toContain('Token tidak dikenal');
      expect(html).toContain('name="token"');
      expect(html).toContain(`name="next" value="/c/${cohortA.slug}"`);
    }
    const en = await signIn({ token: 'wrong' }, { origin: BASE, cookie: 'lokus_lang=en' });
    expect(en.status).toBe(401);
    expect(await en.text()).toContain('Token not recognised');
  });

  it.each([
    '//evil.example',
    'https://evil.example',
    '/c/../api',
    '/c/%2e%2e/api/cohorts',
    '/\\evil.example',
    '/c//evil.example',
    '/c/x\\@evil.example',
    'javascript:alert(1)',
    '/api/cohorts',
  ])('sends next=%s to "/" instead', async (next) => {
    const res = await signIn({ token: ADMIN, next });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });

  it('takes next from the query too, to any page of the site', async () => {
    const res = await call('POST', `/masuk?next=/c/${cohortB.slug}?lang=en`, {
      token: null,
      raw: new URLSearchParams({ token: ADMIN }),
      headers: { ...form, origin: BASE },
    });
    expect(res.headers.get('location')).toBe(`/c/${cohortB.slug}?lang=en`);
    const manage = await signIn({ token: ADMIN, next: `/c/${cohortB.slug}/kelola` });
    expect(manage.headers.get('location')).toBe(`/c/${cohortB.slug}/kelola`);
    expect((await signIn({ token: ADMIN, next: '/saya' })).headers.get('location')).toBe('/saya');
  });

  it('refuses a cross-site post (403) without setting a cookie', async () => {
    const attempts: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://sub.lokus.test' },
    ];
    for (const headers of attempts) {
      const res = await signIn({ token: ADMIN }, headers);
      expect(res.status).toBe(403);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it('accepts a same-origin browser post whose Origin is "null" (referrer policy), going by Sec-Fetch-Site', async () => {
    const res = await signIn({ token: ADMIN }, { origin: 'null', 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(303);
  });

  it('refuses an oversized body (413)', async () => {
    const res = await signIn({ token: 'x'.repeat(20 * 1024) });
    expect(res.status).toBe(413);
  });
});

describe('GET /', () => {
  it('sends anonymous visitors to /masuk (303)', async () => {
    const res = await call('GET', '/', { token: null });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/masuk');
  });

  it('escapes a hostile cohort name', async () => {
    const html = await (await home(ADMIN)).text();
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img src=x');
  });

  it('sends a browser whose session ended to /masuk too, forgetting the cookie', async () => {
    const res = await call('GET', '/', {
      token: null,
      headers: { cookie: 'lokus_session=ended-session-id' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/masuk');
    expect(res.headers.get('set-cookie')).toMatch(/^lokus_session=;.*Max-Age=0/i);
  });
});

describe('POST /keluar', () => {
  it('clears the session cookie and goes to /masuk, saying so', async () => {
    const session = await signInCookie(participantA);
    const res = await call('POST', '/keluar', {
      token: null,
      raw: new URLSearchParams(),
      headers: { ...form, origin: BASE, cookie: session },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/masuk?ok=loggedOut');
    const page = await call('GET', '/masuk?ok=loggedOut', { token: null });
    expect(await page.text()).toContain('Anda sudah keluar dari browser ini.');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^lokus_session=;/);
    expect(cookie).toMatch(/Max-Age=0/i);
    expect(cookie).toMatch(/Path=\//);
    const foreign = await call('POST', '/keluar', {
      token: null,
      raw: new URLSearchParams(),
      headers: { ...form, origin: 'https://evil.example', cookie: await signInCookie(participantA) },
    });
    expect(foreign.status).toBe(403);
  });
});

describe('the 401 page of /c/:slug', () => {
  it('links to /masuk, coming back to the cohort', async () => {
    const res = await call('GET', `/c/${cohortA.slug}`, { token: null });
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain(`href="/masuk?next=/c/${cohortA.slug}"`);
    expect(html).toContain('Masuk dengan token');
    const en = await (await call('GET', `/c/${cohortA.slug}?lang=en`, { token: null })).text();
    expect(en).toContain(`href="/masuk?next=/c/${cohortA.slug}"`);
    expect(en).toContain('Sign in with a token');
  });

  it('links to /masuk too when a stale cookie is refused', async () => {
    const res = await call('GET', `/c/${cohortA.slug}`, {
      token: null,
      headers: { cookie: 'lokus_session=lokus_stale-token' },
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain(`href="/masuk?next=/c/${cohortA.slug}"`);
  });
});

describe('the widyaiswara token page', () => {
  it('says the token also signs in at /masuk', async () => {
    const code = await inviteCode(cohortA.id, 'widyaiswara');
    const res = await call('POST', `/i/${code}`, {
      token: null,
      raw: new URLSearchParams({ name: 'Dr. Widya' }),
      headers: { ...form, origin: BASE },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<a href="/masuk">${BASE}/masuk</a>`);
  });
});
