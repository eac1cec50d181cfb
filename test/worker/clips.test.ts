/** Clips: create, idempotent re-posts, canonical-URL dedupe, list pages, filters, edit, delete, read marks, look-up. */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../worker/src/index.ts';
import { listedRecord } from '../../worker/src/db/clips.ts';
import {
  ADMIN,
  BASE,
  call,
  clipInput,
  countingDb,
  createCohort,
  expectError,
  expectJson,
  join,
  postClip,
  record,
} from './helpers.ts';

let cohort: { id: number; slug: string };
let widyaiswara: string;
let participant: string;

beforeAll(async () => {
  cohort = await createCohort();
  widyaiswara = (await join(cohort.id, 'widyaiswara', 'Pak Widya')).token;
  participant = (await join(cohort.id, 'participant')).token;
});

/** Evidence for a record: the sentence a value was read from. */
const cited = (sentence: string) => ({ source: 'text' as const, start: 0, end: sentence.length, sentence });

/** Posts a clip as the widyaiswara straight to the worker, over the D1 given (one that counts or interferes). */
const postThrough = (db: D1Database, input: ReturnType<typeof clipInput>) =>
  app.request(
    `${BASE}/api/cohorts/${cohort.id}/clips`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${widyaiswara}`,
        'content-type': 'application/json',
        'cf-connecting-ip': '10.8.8.8',
      },
      body: JSON.stringify(input),
    },
    { ...env, DB: db },
  );

describe('POST /api/cohorts/:id/clips', () => {
  it('creates a clip: 201 with the record, canonical URL and author', async () => {
    const input = clipInput({
      note: 'Bahan diskusi kelompok',
      quotes: ['Smart Kampung menjangkau 189 desa'],
      siteName: 'Kompas.com',
    });
    const clip = await postClip(cohort.id, widyaiswara, input);
    expect(clip).toMatchObject({
      cohortId: cohort.id,
      clientId: input.clientId,
      url: input.url,
      canonicalUrl: input.url.replace('www.', '').replace('?utm_source=whatsapp', ''),
      title: input.title,
      siteName: 'Kompas.com',
      record: listedRecord(input.record),
      note: 'Bahan diskusi kelompok',
      quotes: ['Smart Kampung menjangkau 189 desa'],
      createdBy: { name: 'Pak Widya' },
      read: false,
    });
    expect(clip.createdAt).toBe(clip.updatedAt);
    // Answered as a list shows it: the sender has the text and the evidence it sent.
    expect(clip).not.toHaveProperty('text');
    const full = await expectJson(call('GET', `/api/clips/${clip.id}`, { token: widyaiswara }), 200);
    expect(full.text).toBe(input.text);
    expect(full.record).toEqual(input.record);
  });

  it('answers the same clientId again with 200 and the same clip', async () => {
    const input = clipInput();
    const first = await postClip(cohort.id, widyaiswara, input);
    const again = await postClip(cohort.id, widyaiswara, { ...input, title: 'Judul lain' }, 200);
    expect(again.id).toBe(first.id);
    expect(again.title).toBe(input.title);
    // The clip it repeats, read back, in the shape a new one is answered in.
    expect(again).toEqual(first);
  });

  it('answers a new clip exactly as the reading list shows it, with where to read it whole', async () => {
    const input = clipInput({ note: 'Catatan', quotes: ['satu', 'dua', 'satu'], siteName: 'Antara' });
    const res = await call('POST', `/api/cohorts/${cohort.id}/clips`, { token: widyaiswara, body: input });
    const clip = await expectJson(res, 201);
    expect(clip.quotes).toEqual(['satu', 'dua']);
    expect(res.headers.get('location')).toBe(`/api/clips/${clip.id}`);
    const page = await expectJson(
      call('GET', `/api/cohorts/${cohort.id}/clips`, { token: widyaiswara }),
      200,
    );
    expect(page.items.find((item: { id: number }) => item.id === clip.id)).toEqual(clip);
    const {
      text,
      record: full,
      ...rest
    } = await expectJson(call('GET', res.headers.get('location')!, { token: widyaiswara }), 200);
    expect(text).toBe(input.text);
    expect({ ...rest, record: listedRecord(full) }).toEqual(clip);
  });

  it('stores a new clip’s list form and date exactly as the record trigger derives them in SQL', async () => {
    const base = record();
    const input = clipInput({
      record: record({
        title: 'Studi “lapangan” ke Banyuwangi \\ é 🚀 \u2028 </script>',
        publishedAt: null,
        startDate: '2023-06-21',
        evidence: { title: cited('Studi “lapangan”.') },
        awards: [
          { kind: 'kipp', year: 2022, text: 'Top 45 KIPP', rank: 'Top 45', innovation: 'Smart Kampung' },
        ],
        loci: [
          {
            ...base.loci[0]!,
            agency: 'Dinas Kesehatan “Sehat” \u00e9\u0301',
            evidence: { region: cited('Ke Banyuwangi.') },
          },
          { region: null, regionCode: null, province: null, agency: null, innovations: [] },
        ],
      }),
    });
    const clip = await postClip(cohort.id, widyaiswara, input);
    const read = () =>
      env.DB.prepare('SELECT listed_record, reported_on FROM clips WHERE id = ?').bind(clip.id).first();
    const written = await read();
    expect(written).toEqual({
      listed_record: JSON.stringify(listedRecord(input.record)),
      reported_on: '2023-06-21',
    });
    // Setting the record to itself fires migration 0007's update trigger, which derives both again in SQL.
    await env.DB.prepare('UPDATE clips SET record = record WHERE id = ?').bind(clip.id).run();
    expect(await read()).toEqual(written);
  });

  it('takes one round trip to D1 for a new clip: who asks, their access, a repeat and the insert', async () => {
    const { db, counter } = countingDb();
    const res = await postThrough(db, clipInput());
    expect(res.status).toBe(201);
    expect(counter.trips).toBe(1);
  });

  it('leaves a clip edited since alone when its first post is sent again, merging only new quotes', async () => {
    const input = clipInput({ quotes: ['kutipan awal'] });
    const clip = await postClip(cohort.id, widyaiswara, input);
    const edited = record({
      loci: [
        { region: null, regionCode: '73.71', province: null, agency: 'BKPSDM', innovations: ['Sipakainga'] },
      ],
    });
    await expectJson(
      call('PATCH', `/api/clips/${clip.id}`, { token: widyaiswara, body: { record: edited } }),
      200,
    );
    const again = await postClip(cohort.id, widyaiswara, { ...input, quotes: ['kutipan baru'] }, 200);
    expect(again).toMatchObject({ id: clip.id, record: edited, quotes: ['kutipan awal', 'kutipan baru'] });
    const makassar = await expectJson(
      call('GET', `/api/cohorts/${cohort.id}/clips?region=73.71`, { token: widyaiswara }),
      200,
    );
    expect(makassar.items.map((c: { id: number }) => c.id)).toContain(clip.id);
    const before = await expectJson(
      call('GET', `/api/cohorts/${cohort.id}/clips?region=${input.record.loci[0]!.regionCode}`, {
        token: widyaiswara,
      }),
      200,
    );
    expect(before.items.map((c: { id: number }) => c.id)).not.toContain(clip.id);
  });

  it('answers 404 when the clip it repeats is deleted while it answers', async () => {
    const input = clipInput({ quotes: ['kutipan awal'] });
    const first = await postClip(cohort.id, widyaiswara, input);
    // The worker's D1, deleting the clip right after the post's batch found it.
    const db = new Proxy(env.DB, {
      get(target, key) {
        if (key === 'batch')
          return async (statements: D1PreparedStatement[]) => {
            const results = await target.batch(statements);
            await target.prepare('DELETE FROM clips WHERE id = ?').bind(first.id).run();
            return results;
          };
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const res = await postThrough(db, { ...input, quotes: ['kutipan baru'] });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('writes nothing for a participant or a cohort that is not theirs', async () => {
    const other = await createCohort();
    const count = () => env.DB.prepare('SELECT count(*) AS n FROM clips').first<{ n: number }>();
    const before = (await count())!.n;
    await expectError(
      call('POST', `/api/cohorts/${cohort.id}/clips`, { token: participant, body: clipInput() }),
      403,
      'forbidden',
    );
    await expectError(
      call('POST', `/api/cohorts/${other.id}/clips`, { token: widyaiswara, body: clipInput() }),
      404,
      'not_found',
    );
    expect((await count())!.n).toBe(before);
  });

  it.each([
    ['tracking parameters', (u: string) => `${u}?utm_source=wa&fbclid=123`],
    ['a fragment', (u: string) => `${u}#baca-juga`],
    ['www.', (u: string) => u.replace('https://', 'https://www.')],
    ['an AMP path', (u: string) => `${u}/amp`],
    ['an amp. host', (u: string) => u.replace('https://', 'https://amp.')],
    ['?outputType=amp', (u: string) => `${u}?outputType=amp`],
    ['m. and a trailing slash', (u: string) => `${u.replace('https://', 'https://m.')}/`],
  ])('dedupes a URL differing by %s: 200 with the first clip, new quotes merged', async (_what, variant) => {
    // An article slug, as news sites write them (a word alone, like /tag/amp, is not an article).
    const url = `https://news.example.id/read/berita-${Math.random().toString(36).slice(2)}`;
    const first = await postClip(cohort.id, widyaiswara, clipInput({ url, quotes: ['kutipan satu'] }));
    const second = await postClip(
      cohort.id,
      widyaiswara,
      clipInput({ url: variant(url), quotes: ['kutipan satu', 'kutipan dua'] }),
      200,
    );
    expect(second.id).toBe(first.id);
    expect(second.quotes).toEqual(['kutipan satu', 'kutipan dua']);
    const stored = await expectJson(call('GET', `/api/clips/${first.id}`, { token: participant }), 200);
    expect(stored.quotes).toEqual(['kutipan satu', 'kutipan dua']);
  });

  it('keeps the same URL apart in different cohorts', async () => {
    const other = await createCohort();
    const input = clipInput();
    const a = await postClip(cohort.id, widyaiswara, input);
    const b = await postClip(other.id, 'test-admin-token', input);
    expect(b.id).not.toBe(a.id);
  });

  it('rejects invalid fields with 422 and paths into the record', async () => {
    const bad = clipInput({
      url: 'javascript:alert(1)',
      clientId: 'x',
      record: record({
        loci: [{ region: null, regionCode: '3510', province: null, agency: null, innovations: [] }],
      }),
    });
    const error = await expectError(
      call('POST', `/api/cohorts/${cohort.id}/clips`, { token: widyaiswara, body: bad }),
      422,
      'invalid',
    );
    const paths = error.issues!.map((i: any) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['clientId', 'url', 'record.loci.0.regionCode']));
    await expectError(
      call('POST', `/api/cohorts/${cohort.id}/clips`, {
        token: widyaiswara,
        body: { ...clipInput(), record: undefined },
      }),
      422,
      'invalid',
    );
  });

  it('answers malformed JSON with 400 and a body over 1 MiB with 413', async () => {
    await expectError(
      call('POST', `/api/cohorts/${cohort.id}/clips`, {
        token: widyaiswara,
        raw: '{"clientId":',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'malformed_json',
    );
    const huge = clipInput({ text: 'a'.repeat(1024 * 1024 + 10) });
    await expectError(
      call('POST', `/api/cohorts/${cohort.id}/clips`, { token: widyaiswara, body: huge }),
      413,
      'too_large',
    );
  });

  it('accepts a long article under 1 MiB', async () => {
    const clip = await postClip(cohort.id, widyaiswara, clipInput({ text: 'kata '.repeat(39_000) }));
    const got = await expectJson(call('GET', `/api/clips/${clip.id}`, { token: widyaiswara }), 200);
    expect(got.text.length).toBe(195_000);
  });

  it('answers 404 for a cohort that does not exist', async () => {
    await expectError(call('POST', '/api/cohorts/987654/clips', { body: clipInput() }), 404, 'not_found');
    await expectError(call('POST', '/api/cohorts/abc/clips', { body: clipInput() }), 404, 'not_found');
  });
});

describe('GET /api/cohorts/:id/clips', () => {
  it('pages newest first with an opaque cursor, without the text', async () => {
    const own = await createCohort();
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await postClip(own.id, 'test-admin-token')).id);
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page: any = await expectJson(call('GET', `/api/cohorts/${own.id}/clips?limit=2${query}`), 200);
      expect(page.items.length).toBeLessThanOrEqual(2);
      for (const item of page.items) expect(item).not.toHaveProperty('text');
      seen.push(...page.items.map((c: { id: number }) => c.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual([...ids].reverse());
    expect(pages).toBe(3);
  });

  it('lists records without their evidence sentences, which only the clip itself carries', async () => {
    const own = await createCohort();
    const base = record();
    const withEvidence = record({
      evidence: { program: cited('Peserta PKA Angkatan XII.') },
      loci: [
        {
          ...base.loci[0]!,
          evidence: {
            region: cited('Studi lapangan ke Banyuwangi.'),
            innovations: { 'Smart Kampung': cited('Smart Kampung menjangkau 189 desa.') },
          },
        },
        {
          region: 'Kota Surabaya',
          regionCode: '35.78',
          province: 'Jawa Timur',
          agency: null,
          innovations: [],
        },
      ],
    });
    const clip = await postClip(own.id, ADMIN, clipInput({ record: withEvidence }));
    const page: any = await expectJson(call('GET', `/api/cohorts/${own.id}/clips`), 200);
    const { evidence: _, ...expected } = withEvidence;
    expect(page.items[0].record).toEqual({
      ...expected,
      loci: [{ ...base.loci[0] }, withEvidence.loci[1]],
    });
    expect(JSON.stringify(page.items[0])).not.toContain('Studi lapangan ke Banyuwangi.');
    // The post was answered as the list shows it, without its evidence too.
    expect(clip).toEqual(page.items[0]);
    const full: any = await expectJson(call('GET', `/api/clips/${clip.id}`), 200);
    expect(full.record).toEqual(withEvidence);
  });

  it('filters by kabupaten code and by province prefix', async () => {
    const own = await createCohort();
    const loc = (regionCode: string) =>
      record({ loci: [{ region: null, regionCode, province: null, agency: null, innovations: [] }] });
    const bwi = await postClip(own.id, 'test-admin-token', clipInput({ record: loc('35.10') }));
    const sby = await postClip(own.id, 'test-admin-token', clipInput({ record: loc('35.78') }));
    const bdg = await postClip(own.id, 'test-admin-token', clipInput({ record: loc('32.73') }));
    const prov = await postClip(own.id, 'test-admin-token', clipInput({ record: loc('35') }));
    const ids = async (region: string) =>
      (await expectJson(call('GET', `/api/cohorts/${own.id}/clips?region=${region}`), 200)).items.map(
        (c: any) => c.id,
      );
    expect(await ids('35.10')).toEqual([bwi.id]);
    expect(await ids('35')).toEqual([prov.id, sby.id, bwi.id]);
    expect(await ids('32')).toEqual([bdg.id]);
    expect(await ids('11')).toEqual([]);
  });

  it('rejects bad query values with 422 and unknown cursors with 400', async () => {
    await expectError(call('GET', `/api/cohorts/${cohort.id}/clips?limit=0`), 422, 'invalid');
    await expectError(call('GET', `/api/cohorts/${cohort.id}/clips?limit=101`), 422, 'invalid');
    await expectError(call('GET', `/api/cohorts/${cohort.id}/clips?region=jatim`), 422, 'invalid');
    await expectError(call('GET', `/api/cohorts/${cohort.id}/clips?cursor=bukan-kursor`), 400, 'bad_request');
  });
});

describe('one clip', () => {
  it('reads, edits (loci too), and deletes', async () => {
    const input = clipInput();
    const clip = await postClip(cohort.id, widyaiswara, input);
    const got = await expectJson(call('GET', `/api/clips/${clip.id}`, { token: participant }), 200);
    expect(got.text).toBe(input.text);
    const newRecord = record({
      loci: [
        {
          region: null,
          regionCode: '73.06',
          province: null,
          agency: 'BKPSDM Kabupaten Gowa',
          innovations: ['Sipakainga'],
        },
      ],
    });
    const patched = await expectJson(
      call('PATCH', `/api/clips/${clip.id}`, {
        token: widyaiswara,
        body: { title: 'Judul baru', note: 'Catatan', record: newRecord },
      }),
      200,
    );
    expect(patched).toMatchObject({ title: 'Judul baru', note: 'Catatan', record: newRecord });
    expect(patched.updatedAt >= clip.updatedAt).toBe(true);
    const gowa = await expectJson(call('GET', `/api/cohorts/${cohort.id}/clips?region=73.06`), 200);
    expect(gowa.items.map((c: any) => c.id)).toEqual([clip.id]);
    await expectError(
      call('PATCH', `/api/clips/${clip.id}`, { token: widyaiswara, body: {} }),
      422,
      'invalid',
    );
    await expectError(
      call('PATCH', `/api/clips/${clip.id}`, {
        token: widyaiswara,
        raw: 'x',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'malformed_json',
    );
    expect(await expectJson(call('DELETE', `/api/clips/${clip.id}`, { token: widyaiswara }), 200)).toEqual({
      deleted: true,
    });
    await expectError(call('GET', `/api/clips/${clip.id}`), 404, 'not_found');
    await expectError(call('DELETE', `/api/clips/${clip.id}`), 404, 'not_found');
  });

  it('keeps read marks per member', async () => {
    const clip = await postClip(cohort.id, widyaiswara);
    expect(await expectJson(call('POST', `/api/clips/${clip.id}/read`, { token: participant }), 200)).toEqual(
      { read: true },
    );
    expect(await expectJson(call('POST', `/api/clips/${clip.id}/read`, { token: participant }), 200)).toEqual(
      { read: true },
    );
    expect((await expectJson(call('GET', `/api/clips/${clip.id}`, { token: participant }), 200)).read).toBe(
      true,
    );
    expect((await expectJson(call('GET', `/api/clips/${clip.id}`, { token: widyaiswara }), 200)).read).toBe(
      false,
    );
    const list = await expectJson(
      call('GET', `/api/cohorts/${cohort.id}/clips?limit=100`, { token: participant }),
      200,
    );
    expect(list.items.find((c: any) => c.id === clip.id).read).toBe(true);
    expect(
      await expectJson(call('DELETE', `/api/clips/${clip.id}/read`, { token: participant }), 200),
    ).toEqual({ read: false });
    expect((await expectJson(call('GET', `/api/clips/${clip.id}`, { token: participant }), 200)).read).toBe(
      false,
    );
  });
});

describe('GET /api/lookup', () => {
  it("finds the article in the caller's cohorts by canonical URL", async () => {
    const url = `https://www.example.id/artikel/${Math.random().toString(36).slice(2)}`;
    const clip = await postClip(cohort.id, widyaiswara, clipInput({ url }));
    const other = await createCohort();
    const otherClip = await postClip(other.id, 'test-admin-token', clipInput({ url }));
    const variant = encodeURIComponent(`${url.replace('www.', 'm.')}?utm_medium=wa#top`);
    const mine = await expectJson(call('GET', `/api/lookup?url=${variant}`, { token: widyaiswara }), 200);
    expect(mine.items).toEqual([
      { cohortId: cohort.id, cohortName: expect.any(String), slug: cohort.slug, clipId: clip.id },
    ]);
    const all = await expectJson(call('GET', `/api/lookup?url=${variant}`), 200);
    expect(all.items.map((i: any) => i.clipId).sort()).toEqual([clip.id, otherClip.id].sort());
    const none = await expectJson(
      call('GET', `/api/lookup?url=${encodeURIComponent('https://example.id/lain')}`, { token: widyaiswara }),
      200,
    );
    expect(none.items).toEqual([]);
  });

  it('rejects a missing or non-http url with 422', async () => {
    await expectError(call('GET', '/api/lookup'), 422, 'invalid');
    await expectError(call('GET', '/api/lookup?url=ftp%3A%2F%2Fx'), 422, 'invalid');
  });
});
