/**
 * The cohort run from a browser only: the organiser signs in with the ADMIN_TOKEN, creates a cohort, makes a
 * participant link and shows its QR code; a widyaiswara joins through a link; two clips are marked required
 * from their pages; a participant on a phone-sized page joins, reads one inside Lokus and marks it; the
 * completion view shows exactly that.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchPlain, LAPTOP, person, PHONE } from './plain-browser.ts';

const env = inject('e2e');
let browser: Browser;

beforeAll(async () => {
  browser = await launchPlain();
});
afterAll(async () => {
  await browser?.close();
});

async function postClip(token: string, cohortId: number, n: number, title: string) {
  const res = await fetch(`${env.workerUrl}/api/cohorts/${cohortId}/clips`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      clientId: `console-e2e-${n}-${Date.now()}`,
      url: `https://berita.example.id/2026/console/${n}`,
      title,
      text: `Paragraf pertama kliping ${n}.\n\nParagraf kedua tentang inovasi ${n}.`,
      record: {
        title,
        publishedAt: '2026-04-01',
        program: 'PKA',
        cohortLabel: null,
        organiser: null,
        participants: null,
        startDate: null,
        endDate: null,
        loci: [
          {
            region: 'Kota Bandung',
            regionCode: '32.73',
            province: 'Jawa Barat',
            agency: 'Dinas Kesehatan',
            innovations: [`Inovasi ${n}`],
          },
        ],
      },
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

describe('a cohort run from the browser', () => {
  it('goes from creation to the completion view without curl', async () => {
    const origin = env.workerUrl;
    const organiser = await person(browser, LAPTOP);
    await organiser.goto(`${origin}/masuk`);
    await organiser.fill('#token', env.worker.adminToken);
    await organiser.click('button[type=submit]');
    await organiser.waitForURL(`${origin}/`);
    const name = `PKA Angkatan E2E ${Date.now().toString(36)}`;
    if (!(await organiser.isVisible('#f-name'))) await organiser.click('summary');
    await organiser.fill('#f-name', name);
    await organiser.selectOption('#f-program', 'PKA');
    await organiser.click('form.cohort-form button[type=submit]');
    await organiser.waitForURL(/\/kelola\?ok=created$/);
    const slug = new URL(organiser.url()).pathname.split('/')[2]!;

    // A participant link with its QR code, and a single-use widyaiswara link.
    await organiser.selectOption('#f-role', 'participant');
    await organiser.click('form[action$="/undangan"] button[type=submit]');
    await expect.poll(() => organiser.locator('svg.qr path').count()).toBe(1);
    const participantLink = await organiser.inputValue('#class-link');
    await organiser.selectOption('#f-role', 'widyaiswara');
    await organiser.fill('#f-maxUses', '1');
    await organiser.click('form[action$="/undangan"] button[type=submit]');
    const widyaLink = await organiser.locator('tr[id^=invite-] input.token').first().inputValue();
    await organiser.click('a[href*="/kelola/qr/"]');
    await expect.poll(() => organiser.locator('svg.qr.big').count()).toBe(1);
    expect((await organiser.locator('svg.qr.big').boundingBox())!.width).toBeGreaterThan(400);

    // The widyaiswara joins in the browser and gets a personal token; two clips arrive through the API.
    const trainer = await person(browser, LAPTOP);
    await trainer.goto(widyaLink);
    await trainer.fill('#name', 'Dr. Sri Wahyuni');
    await trainer.click('button[type=submit]');
    const token = await trainer.inputValue('#token');
    const me = await (
      await fetch(`${origin}/api/me`, { headers: { authorization: `Bearer ${token}` } })
    ).json();
    const cohortId = (me as { memberships: { cohortId: number }[] }).memberships[0]!.cohortId;
    const first = await postClip(token, cohortId, 1, 'Belajar Layad Rawat di Bandung');
    const second = await postClip(token, cohortId, 2, 'Studi lapangan ke BKPP Kota Bandung');
    for (const clipId of [first, second]) {
      await trainer.goto(`${origin}/c/${slug}/k/${clipId}`);
      await trainer.click('form[action$="/wajib"] button[type=submit]');
      await expect.poll(() => trainer.locator('.notice').textContent()).toContain('wajib baca');
    }

    // The participant, on a phone, joins and sees required reading first; reads one inside Lokus.
    const reader = await person(browser, PHONE);
    await reader.goto(participantLink);
    await reader.fill('#name', 'Rina Marlina');
    await reader.click('button[type=submit]');
    await reader.waitForURL(`${origin}/c/${slug}`);
    expect(await reader.getByTestId('progress').textContent()).toBe('0 dari 2 bacaan wajib sudah dibaca');
    await reader.click(`.required-list a[href="/c/${slug}/k/${first}"]`);
    expect(await reader.locator('article.reader').textContent()).toContain(
      'Paragraf kedua tentang inovasi 1.',
    );
    const width = await reader.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await reader.click('form[action*="/read/"] button[type=submit]');
    await expect.poll(() => reader.locator('.read-state').first().textContent()).toContain('Sudah dibaca');
    await reader.goto(`${origin}/c/${slug}`);
    expect(await reader.getByTestId('progress').textContent()).toBe('1 dari 2 bacaan wajib sudah dibaca');

    // The completion view shows exactly that.
    await organiser.goto(`${origin}/c/${slug}/kemajuan`);
    const row = organiser.locator('table.completion tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('th').textContent()).toBe('Rina Marlina');
    expect(await row.locator('td[data-read="1"]').count()).toBe(1);
    expect(await row.locator('td[data-read="0"]').count()).toBe(1);
    expect(await row.locator('td.num').textContent()).toBe('1/2');
    await organiser.context().close();
    await trainer.context().close();
    await reader.context().close();
  });
});
