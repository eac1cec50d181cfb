/**
 * Reading in Lokus: the list (newest first or by region, unread only, paging past the first page, required
 * reading first with progress), the reader page with the stored text, the clip editor and delete, required
 * reading from the page, the completion view, and private Atom feeds.
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../worker/src/index.ts';
import {
  BASE,
  browse,
  call,
  countingDb,
  clipInput,
  createCohort,
  expectJson,
  join,
  postClip,
  record,
  signInCookie,
  submit,
  type TestCohort,
} from './helpers.ts';

let cohort: TestCohort;
let trainer: string;
let reader: string;
let first: number;
let second: number;

const locus = (regionCode: string, agency: string, innovations: string[] = []) => ({
  region: null,
  regionCode,
  province: null,
  agency,
  innovations,
});

beforeAll(async () => {
  cohort = await createCohort('PKA Angkatan IX');
  trainer = (await join(cohort.id, 'widyaiswara', 'Widya Sari')).token;
  reader = (await join(cohort.id, 'participant', 'Peserta Rina')).token;
  first = (
    await postClip(
      cohort.id,
      trainer,
      clipInput({
        title: 'Belajar Layad Rawat di Bandung',
        text: 'Paragraf pertama tentang Layad Rawat.\n\nParagraf kedua tentang <b>layanan</b> kesehatan di rumah.',
        record: record({ loci: [locus('32.73', 'Dinas Kesehatan Kota Bandung', ['Layad Rawat'])] }),
      }),
    )
  ).id;
  second = (
    await postClip(
      cohort.id,
      trainer,
      clipInput({
        title: 'Tiga lokus sekaligus',
        record: record({
          loci: [
            locus('35.10', 'Mal Pelayanan Publik', ['Smart Kampung']),
            locus('32.73', 'BKPP Kota Bandung', ['e-RK']),
          ],
        }),
      }),
    )
  ).id;
});

describe('the reading list', () => {
  it('lists newest first by default, each clip with its loci in a line, titles opening the reader page', async () => {
    const html = await (await browse(`/c/${cohort.slug}`, reader)).text();
    expect(html.indexOf('Tiga lokus sekaligus')).toBeLessThan(html.indexOf('Belajar Layad Rawat di Bandung'));
    expect(html).toContain(`href="/c/${cohort.slug}/k/${first}"`);
    expect(html).toContain('Kabupaten Banyuwangi — Mal Pelayanan Publik (Smart Kampung)');
    expect(html).toContain('2 kliping · 2 belum dibaca');
    expect(html).toContain('aria-current="page">Terbaru');
  });

  it('groups by host region on request, each reference pointing the right way', async () => {
    const html = await (await browse(`/c/${cohort.slug}?tampilan=wilayah`, reader)).text();
    // Jawa Barat (Bandung) comes before Jawa Timur (Banyuwangi); "Tiga lokus" stands whole under Banyuwangi,
    // its first locus, so under Bandung (above it) it points down.
    expect(html.indexOf('data-region="32.73"')).toBeLessThan(html.indexOf('data-region="35.10"'));
    expect(html).toContain('↓ lihat di bawah');
    expect(html).not.toContain('↑ lihat di atas');
    expect(html.indexOf(`href="#clip-${second}"`)).toBeLessThan(html.indexOf(`id="clip-${second}"`));
  });

  it('shows unread clips only on request, and marks read from the list, coming back to the same view', async () => {
    const res = await submit(
      `/c/${cohort.slug}/read/${first}`,
      { read: '1', back: `/c/${cohort.slug}?belum=1` },
      reader,
    );
    expect(res.headers.get('location')).toBe(`/c/${cohort.slug}?belum=1#clip-${first}`);
    const html = await (await browse(`/c/${cohort.slug}?belum=1`, reader)).text();
    expect(html).toContain('Tiga lokus sekaligus');
    expect(html).not.toContain('Belajar Layad Rawat di Bandung');
    expect(html).toContain('2 kliping · 1 belum dibaca');
    await submit(`/c/${cohort.slug}/read/${first}`, { read: '0' }, reader);
  });

  it('pages past the first 25 clips with a next-page link', async () => {
    const big = await createCohort('Angkatan Besar');
    const clipper = (await join(big.id, 'widyaiswara')).token;
    for (let i = 1; i <= 28; i++) await postClip(big.id, clipper, clipInput({ title: `Kliping nomor ${i}` }));
    const one = await (await browse(`/c/${big.slug}`, clipper)).text();
    expect(one).toContain('28 kliping');
    expect(one).toContain('Kliping nomor 28');
    expect(one).not.toContain('Kliping nomor 3<');
    const next = /href="(\/c\/[\w-]+\?setelah=[\w-]+)"/.exec(one)![1]!;
    const two = await (await browse(next.replaceAll('&amp;', '&'), clipper)).text();
    expect(two).toContain('Kliping nomor 3<');
    expect(two).toContain('Kliping nomor 1<');
    expect(two).not.toContain('Kliping nomor 28');
    expect(two).toContain('← Halaman pertama');
    expect((await browse(`/c/${big.slug}?setelah=rusak`, clipper)).status).toBe(400);
    // Grouped by region, a heading counts the region's clips over the whole cohort, not the page's 25.
    const grouped = await (await browse(`/c/${big.slug}?tampilan=wilayah`, clipper)).text();
    expect(grouped).toMatch(
      /<section class="region" data-region="35.10">.*?<span class="count">28 kliping<\/span>/s,
    );
  });
});

describe('round trips to D1', () => {
  it('are two for the reading list: who looks with the cohort, then the page', async () => {
    const cookie = await signInCookie(reader);
    const { db, counter } = countingDb();
    const res = await app.request(
      `${BASE}/c/${cohort.slug}`,
      { headers: { cookie, 'cf-connecting-ip': '10.7.7.7' } },
      { ...env, DB: db },
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Peserta Rina');
    expect(counter.trips).toBe(2);
  });
});

describe('the reader page', () => {
  it('shows the stored text, its loci, the source and the read button, escaped', async () => {
    const res = await browse(`/c/${cohort.slug}/k/${first}`, reader);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<p>Paragraf pertama tentang Layad Rawat.</p>');
    expect(html).toContain('<p>Paragraf kedua tentang &lt;b>layanan&lt;/b> kesehatan di rumah.</p>');
    expect(html).toContain('Dinas Kesehatan Kota Bandung · Kota Bandung');
    expect(html).toContain('Buka sumber asli');
    expect(html).toContain('Tandai sudah dibaca');
    expect(html).not.toContain('/ubah"');
    const mark = await submit(
      `/c/${cohort.slug}/read/${first}`,
      { read: '1', back: `/c/${cohort.slug}/k/${first}` },
      reader,
    );
    expect(mark.headers.get('location')).toBe(`/c/${cohort.slug}/k/${first}`);
    expect(await (await browse(`/c/${cohort.slug}/k/${first}`, reader)).text()).toContain('✓ Sudah dibaca');
  });

  it("is not there for another cohort's clip or a made-up id (404)", async () => {
    const other = await createCohort();
    const otherTrainer = (await join(other.id, 'widyaiswara')).token;
    const foreign = (await postClip(other.id, otherTrainer)).id;
    expect((await browse(`/c/${cohort.slug}/k/${foreign}`, reader)).status).toBe(404);
    expect((await browse(`/c/${cohort.slug}/k/0x10`, reader)).status).toBe(404);
  });
});

describe('editing a clip from the web page', () => {
  it("is the widyaiswara's: the form comes prefilled and saving changes the stored record", async () => {
    expect((await browse(`/c/${cohort.slug}/k/${second}/ubah`, reader)).status).toBe(403);
    const form = await (await browse(`/c/${cohort.slug}/k/${second}/ubah`, trainer)).text();
    expect(form).toContain('value="Kabupaten Banyuwangi"');
    expect(form).toContain('Smart Kampung</textarea>');
    const res = await submit(
      `/c/${cohort.slug}/k/${second}/ubah`,
      {
        lociCount: '2',
        title: 'Dua lokus, dikoreksi',
        publishedAt: '2023-06-22',
        program: 'PKP',
        cohortLabel: 'Angkatan IX',
        organiser: 'BPSDM Provinsi Jawa Barat',
        participants: '35',
        startDate: '2023-06-20',
        endDate: '2023-06-21',
        note: 'Catatan baru',
        'loci.0.region': 'Banyuwangi',
        'loci.0.agency': 'Mal Pelayanan Publik Banyuwangi',
        'loci.0.innovations': 'Smart Kampung\nLahir Procot Pulang Bawa Akta',
        'loci.1.region': 'Kota Bandung',
        'loci.1.agency': 'BKPP',
        'loci.1.innovations': 'e-RK',
        'loci.1.remove': '1',
        'loci.2.region': 'Kota Surabaya',
        'loci.2.agency': 'Dispendukcapil',
        'loci.2.innovations': '',
      },
      trainer,
    );
    expect(res.status).toBe(303);
    const clip = await expectJson(call('GET', `/api/clips/${second}`, { token: trainer }), 200);
    expect(clip.title).toBe('Dua lokus, dikoreksi');
    expect(clip.note).toBe('Catatan baru');
    expect(clip.record).toMatchObject({ program: 'PKP', participants: 35, startDate: '2023-06-20' });
    expect(clip.record.loci).toEqual([
      expect.objectContaining({
        region: 'Kabupaten Banyuwangi',
        regionCode: '35.10',
        agency: 'Mal Pelayanan Publik Banyuwangi',
        innovations: ['Smart Kampung', 'Lahir Procot Pulang Bawa Akta'],
      }),
      expect.objectContaining({ region: 'Kota Surabaya', regionCode: '35.78', agency: 'Dispendukcapil' }),
    ]);
  });

  it('says what is wrong beside the field and keeps everything typed (422)', async () => {
    const res = await submit(
      `/c/${cohort.slug}/k/${second}/ubah`,
      {
        lociCount: '1',
        title: 'Judul yang diketik',
        participants: 'banyak',
        startDate: '2023-06-21',
        endDate: '2023-06-20',
        'loci.0.region': 'Kota Atlantis',
        'loci.0.agency': 'Dinas Khayalan',
      },
      trainer,
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Periksa isian yang ditandai.');
    expect(html).toContain('Wilayah tidak dikenal');
    expect(html).toContain('Tanggal selesai tidak boleh sebelum tanggal mulai');
    expect(html).toMatch(/id="f-participants-error" role="alert">/);
    expect(html).toContain('value="Kota Atlantis"');
    expect(html).toContain('value="Dinas Khayalan"');
    expect(html).toContain('value="Judul yang diketik"');
    const clip = await expectJson(call('GET', `/api/clips/${second}`, { token: trainer }), 200);
    expect(clip.title).toBe('Dua lokus, dikoreksi');
  });

  it('deletes after a confirmation page', async () => {
    const doomed = (await postClip(cohort.id, trainer, clipInput({ title: 'Akan dihapus' }))).id;
    const confirm = await (await browse(`/c/${cohort.slug}/k/${doomed}/hapus`, trainer)).text();
    expect(confirm).toContain('Hapus kliping ini?');
    expect((await submit(`/c/${cohort.slug}/k/${doomed}/hapus`, {}, reader)).status).toBe(403);
    const res = await submit(`/c/${cohort.slug}/k/${doomed}/hapus`, {}, trainer);
    expect(res.headers.get('location')).toBe(`/c/${cohort.slug}?ok=deleted`);
    expect((await call('GET', `/api/clips/${doomed}`, { token: trainer })).status).toBe(404);
  });
});

describe('required reading on the pages', () => {
  it('is set from the reader page; participants see it first with their progress; staff see completion', async () => {
    expect((await submit(`/c/${cohort.slug}/k/${first}/wajib`, { action: 'set' }, reader)).status).toBe(403);
    await submit(`/c/${cohort.slug}/k/${first}/wajib`, { action: 'set', dueDate: '2026-12-20' }, trainer);
    await submit(
      `/c/${cohort.slug}/k/${second}/wajib`,
      { action: 'set', dueDate: '', position: '1' },
      trainer,
    );
    const bad = await submit(
      `/c/${cohort.slug}/k/${second}/wajib`,
      { action: 'set', dueDate: 'besok' },
      trainer,
    );
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain(
      'id="req-dueDate-error" role="alert">Tanggal harus berformat YYYY-MM-DD',
    );
    const list = await (await browse(`/c/${cohort.slug}`, reader)).text();
    expect(list).toContain('1 dari 2 bacaan wajib sudah dibaca');
    const requiredBlock = list.slice(list.indexOf('required-list'), list.indexOf('</ol>'));
    expect(requiredBlock.indexOf('Dua lokus, dikoreksi')).toBeLessThan(
      requiredBlock.indexOf('Belajar Layad Rawat'),
    );
    expect(requiredBlock).toContain('tenggat 20 Desember 2026');
    const completion = await browse(`/c/${cohort.slug}/kemajuan`, trainer);
    expect(completion.status).toBe(200);
    const table = await completion.text();
    expect(table).toContain('Peserta Rina');
    expect(table).toMatch(/data-read="1">✓ \d/);
    expect(table).toContain('data-readers="1">1/1');
    expect((await browse(`/c/${cohort.slug}/kemajuan`, reader)).status).toBe(403);
    await submit(`/c/${cohort.slug}/k/${second}/wajib`, { action: 'unset' }, trainer);
    expect(await (await browse(`/c/${cohort.slug}`, reader)).text()).toContain(
      '1 dari 1 bacaan wajib sudah dibaca',
    );
  });
});

describe('private Atom feeds', () => {
  it('are made on the feed page, shown once, replaced, and close when the member leaves', async () => {
    const person = await join(cohort.id, 'participant', 'Pembaca Umpan');
    const made = await submit(`/c/${cohort.slug}/umpan`, { action: 'new' }, person.token);
    const url = /id="feed-url" class="token" value="([^"]+)"/.exec(await made.text())![1]!;
    const path = new URL(url).pathname;
    const feed = await call('GET', path, { token: null });
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await feed.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain(`/c/${cohort.slug}/k/${first}</id>`);
    const page = await (await browse(`/c/${cohort.slug}/umpan`, person.token)).text();
    expect(page).not.toContain(url);
    const replaced = await submit(`/c/${cohort.slug}/umpan`, { action: 'new' }, person.token);
    expect(replaced.status).toBe(200);
    expect((await call('GET', path, { token: null })).status).toBe(404);
    const newer = new URL(/id="feed-url" class="token" value="([^"]+)"/.exec(await replaced.text())![1]!)
      .pathname;
    expect((await call('GET', newer, { token: null })).status).toBe(200);
    await call('DELETE', `/api/cohorts/${cohort.id}/members/${person.member.id}`);
    expect((await call('GET', newer, { token: null })).status).toBe(404);
  });
});
