/**
 * Hostile text everywhere a person can type or clip it — a page's title, a cohort's name, a person's name, a
 * note, a quote, agency and innovation names — shown by every screen that shows it: the popup and the side
 * panel, the reading page (newest first and by region), the reader, the console (home, members and links,
 * completion) and the scouting pages. Each payload would raise a dialog or set `window.__pwned` if it ran; none
 * may, no element they describe may appear, and the text must be there to read.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Dialog, Page } from 'playwright-core';
import { api, eventually } from './api.ts';
import { launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { chooseCohort, cohortWithInvite, popupFilled, signIn } from './flows.ts';

const env = inject('e2e');
/** The title of fixtures/005_hostile.html. */
const HOSTILE = '<img src=x onerror=alert(1)>';
const COHORT = '<img src=x onerror=alert("angkatan")>';
const WIDYAISWARA = '<svg onload=alert("widyaiswara")>';
const PARTICIPANT = '"><img src=x onerror=window.__pwned=1>';
const NOTE = '<script>alert("catatan")</script>';
const QUOTE = "</blockquote><img src=x onerror=alert('kutipan')>";
const AGENCY = '<b onmouseover=alert("dinas")>Dinas</b>';
const INNOVATION = '<svg/onload=window.__pwned=1>Inovasi';

let ext: ExtensionBrowser;
const dialogs: string[] = [];

beforeAll(async () => {
  ext = await launchWithExtension(env.extensionDir);
  const watch = (page: { on(e: 'dialog', f: (d: Dialog) => void): void }) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  ext.context.pages().forEach(watch);
  ext.context.on('page', watch);
});
afterAll(async () => {
  await ext?.close();
});

/** Nothing the payloads describe made it into the page as markup, and nothing of theirs ran. */
async function expectInert(page: Page, where: string) {
  // Give any injected handler its chance to run first.
  await page.waitForTimeout(300);
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
    handlers: document.querySelectorAll('[onerror],[onload],[onmouseover]').length,
    inlineScripts: [...document.scripts].filter((s) => s.textContent?.includes('alert')).length,
    bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'Dinas').length,
  }));
  expect(found, where).toEqual({ pwned: null, images: 0, handlers: 0, inlineScripts: 0, bold: 0 });
}

test('hostile text runs no script in the popup, the side panel, the reading pages, the console and scouting', async () => {
  const { cohort, invite, organiser } = await cohortWithInvite(env, COHORT);
  const token = await signIn(ext, env, invite.url, WIDYAISWARA);

  // The popup: a clipped page's hostile title, and the hostile cohort name in the chooser.
  const { popup } = await popupFilled(ext, env, '005_hostile.html');
  expect(await popup.getByTestId('field-title').inputValue()).toBe(HOSTILE);
  await chooseCohort(popup, cohort.name);
  await expectInert(popup, 'popup');
  await popup.getByTestId('save-button').click();

  const widyaiswara = api(env.workerUrl, token);
  await eventually(async () => ((await widyaiswara.clips(cohort.id)).items.length === 1 ? true : undefined));
  const [saved] = (await widyaiswara.clips(cohort.id)).items;
  expect(saved.title).toBe(HOSTILE);
  // The rest of what a widyaiswara may type, corrected into the clip.
  const clip = await widyaiswara.patchClip(saved.id, {
    note: NOTE,
    quotes: [QUOTE],
    record: {
      ...saved.record,
      loci: [
        {
          regionCode: '35.10',
          region: 'Kabupaten Banyuwangi',
          province: 'Jawa Timur',
          agency: AGENCY,
          innovations: [INNOVATION],
        },
      ],
    },
  });
  const participantLink = await organiser.invite(cohort.id, 'participant');
  const joined = await fetch(`${env.workerUrl}/api/invites/${participantLink.code}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: PARTICIPANT }),
  });
  expect(joined.status).toBe(201);
  const requiredOk = await fetch(`${env.workerUrl}/api/clips/${clip.id}/assignment`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ required: true, dueDate: '2030-01-31' }),
  });
  expect(requiredOk.status).toBe(200);

  // The side panel.
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await panel.getByTestId('reading-list').waitFor({ timeout: 15_000 });
  await expect
    .poll(() => panel.getByTestId('clip-title').allTextContents(), { timeout: 15_000 })
    .toContainEqual(expect.stringContaining(HOSTILE));
  expect(await panel.getByText(HOSTILE).first().isVisible()).toBe(true);
  await expectInert(panel, 'side panel');

  // The server's pages, in a browser signed in with the widyaiswara's token.
  const web = await ext.context.newPage();
  await web.goto(`${env.workerUrl}/masuk`);
  await web.locator('#token').fill(token);
  await web.locator('form[action="/masuk"] button[type="submit"]').click();
  await web.waitForURL(`${env.workerUrl}/`);
  const pages: [string, string[]][] = [
    ['/', [cohort.name]],
    [`/c/${cohort.slug}`, [cohort.name, HOSTILE, AGENCY, INNOVATION]],
    [`/c/${cohort.slug}?tampilan=wilayah`, [HOSTILE, AGENCY, INNOVATION]],
    [`/c/${cohort.slug}/k/${clip.id}`, [HOSTILE, NOTE, QUOTE, AGENCY, INNOVATION]],
    [`/c/${cohort.slug}/k/${clip.id}/ubah`, []],
    [`/c/${cohort.slug}/kelola`, [cohort.name, WIDYAISWARA, PARTICIPANT]],
    [`/c/${cohort.slug}/kemajuan`, [PARTICIPANT, HOSTILE]],
    ['/saya', [WIDYAISWARA, cohort.name]],
    ['/lokus', ['Kabupaten Banyuwangi']],
    ['/lokus/wilayah/35.10', [INNOVATION, HOSTILE]],
    ['/lokus/inovasi', [INNOVATION]],
  ];
  for (const [path, shown] of pages) {
    const res = await web.goto(`${env.workerUrl}${path}`);
    expect(res?.status(), path).toBe(200);
    const text = await web.locator('body').innerText();
    for (const words of shown) expect(text, `${path} shows ${words}`).toContain(words);
    await expectInert(web, path);
  }
  // The edit form holds the hostile values as values.
  await web.goto(`${env.workerUrl}/c/${cohort.slug}/k/${clip.id}/ubah`);
  expect(await web.locator('[name="note"]').inputValue()).toBe(NOTE);
  expect(await web.locator('[name="loci.0.agency"]').inputValue()).toBe(AGENCY);

  expect(dialogs).toEqual([]);
});
