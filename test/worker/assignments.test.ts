/**
 * Required reading (wajib baca) and completion: marking clips required with a due date and an order, each
 * role's access, one's own progress, the completion matrix and its CSV; plus the cohort's archive, its region
 * counts over the whole cohort and the JSON export.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  clipInput,
  createCohort,
  expectError,
  expectJson,
  join,
  postClip,
  record,
  type TestCohort,
} from './helpers.ts';

let cohort: TestCohort;
let trainer: string;
let ani: { token: string; member: { id: number } };
let budi: { token: string; member: { id: number } };
const clips: number[] = [];

const locus = (regionCode: string, agency: string) => ({
  region: null,
  regionCode,
  province: null,
  agency,
  innovations: [],
});

beforeAll(async () => {
  cohort = await createCohort('PKP Angkatan V');
  trainer = (await join(cohort.id, 'widyaiswara', 'Widyaiswara Satu')).token;
  ani = await join(cohort.id, 'participant', 'Ani');
  budi = await join(cohort.id, 'participant', 'Budi');
  for (const [i, loci] of [
    [locus('32.73', 'Dinas Kesehatan')],
    [locus('32.73', 'BKPP'), locus('35.10', 'MPP')],
    [locus('35.10', 'Dispendukcapil')],
    [],
  ].entries())
    clips.push(
      (await postClip(cohort.id, trainer, clipInput({ title: `Kliping ${i + 1}`, record: record({ loci }) })))
        .id,
    );
});

const assign = (clipId: number, body: unknown, token = trainer) =>
  call('PUT', `/api/clips/${clipId}/assignment`, { token, body });

describe('required reading', () => {
  it('is marked by widyaiswara in an order with due dates; participants get 403', async () => {
    await expectJson(assign(clips[0]!, { required: true, dueDate: '2026-12-10' }), 200);
    await expectJson(assign(clips[1]!, { required: true, dueDate: null }), 200);
    // Third clip placed first.
    const placed = await expectJson(
      assign(clips[2]!, { required: true, dueDate: '2026-12-05', position: 1 }),
      200,
    );
    expect(placed).toEqual({ clipId: clips[2], required: true, dueDate: '2026-12-05', position: 1 });
    await expectError(assign(clips[3]!, { required: true }, ani.token), 403, 'forbidden');
    const bad = await expectError(
      assign(clips[3]!, { required: true, dueDate: '10-12-2026' }),
      422,
      'invalid',
    );
    expect(bad.issues).toEqual([{ path: 'dueDate', message: 'Tanggal harus berformat YYYY-MM-DD' }]);
    const completion = await expectJson(
      call('GET', `/api/cohorts/${cohort.id}/completion`, { token: trainer }),
      200,
    );
    expect(
      completion.required.map((r: { clipId: number; position: number }) => [r.clipId, r.position]),
    ).toEqual([
      [clips[2], 1],
      [clips[0], 2],
      [clips[1], 3],
    ]);
  });

  it('shows a participant their own progress and the completion matrix to staff only', async () => {
    await expectJson(call('POST', `/api/clips/${clips[2]}/read`, { token: ani.token }), 200);
    await expectJson(call('POST', `/api/clips/${clips[0]}/read`, { token: ani.token }), 200);
    await expectJson(call('POST', `/api/clips/${clips[3]}/read`, { token: ani.token }), 200); // not required
    await expectJson(call('POST', `/api/clips/${clips[0]}/read`, { token: budi.token }), 200);
    const own = await expectJson(
      call('GET', `/api/cohorts/${cohort.id}/progress`, { token: ani.token }),
      200,
    );
    expect(own).toMatchObject({ done: 2, total: 3 });
    expect(own.read.map((r: { clipId: number }) => r.clipId).sort()).toEqual([clips[0], clips[2]].sort());
    await expectError(
      call('GET', `/api/cohorts/${cohort.id}/completion`, { token: ani.token }),
      403,
      'forbidden',
    );
    const completion = await expectJson(call('GET', `/api/cohorts/${cohort.id}/completion`), 200);
    expect(completion.participants).toEqual([
      {
        memberId: ani.member.id,
        name: 'Ani',
        read: expect.arrayContaining([
          { clipId: clips[0], readAt: expect.stringMatching(/^\d{4}-/) },
          { clipId: clips[2], readAt: expect.stringMatching(/^\d{4}-/) },
        ]),
      },
      { memberId: budi.member.id, name: 'Budi', read: [{ clipId: clips[0], readAt: expect.any(String) }] },
    ]);
    expect(completion.required.map((r: { readBy: number }) => r.readBy)).toEqual([1, 2, 0]);
  });

  it('exports the matrix as CSV with totals per participant and per clip', async () => {
    const res = await call('GET', `/api/cohorts/${cohort.id}/completion.csv`, { token: trainer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Peserta,1. Kliping 3,2. Kliping 1,3. Kliping 2,Jumlah dibaca');
    expect(lines[1]).toMatch(/^Ani,\d{4}-[^,]+,\d{4}-[^,]+,,2\/3$/);
    expect(lines[2]).toMatch(/^Budi,,\d{4}-[^,]+,,1\/3$/);
    expect(lines[3]).toBe('Jumlah pembaca,1,2,0,');
    expect((await call('GET', `/api/cohorts/${cohort.id}/completion.csv`, { token: ani.token })).status).toBe(
      403,
    );
  });

  it('is taken off with DELETE, renumbering the rest; a clip not required is 404', async () => {
    await expectJson(call('DELETE', `/api/clips/${clips[2]}/assignment`, { token: trainer }), 200);
    await expectError(
      call('DELETE', `/api/clips/${clips[2]}/assignment`, { token: trainer }),
      404,
      'not_found',
    );
    const completion = await expectJson(call('GET', `/api/cohorts/${cohort.id}/completion`), 200);
    expect(
      completion.required.map((r: { clipId: number; position: number }) => [r.clipId, r.position]),
    ).toEqual([
      [clips[0], 1],
      [clips[1], 2],
    ]);
  });

  it("stays within its cohort: to another cohort's widyaiswara it does not exist (404)", async () => {
    const other = await createCohort();
    const stranger = (await join(other.id, 'widyaiswara')).token;
    await expectError(assign(clips[0]!, { required: true }, stranger), 404, 'not_found');
    await expectError(
      call('GET', `/api/cohorts/${cohort.id}/progress`, { token: stranger }),
      404,
      'not_found',
    );
  });
});

describe('the cohort', () => {
  it('counts clips per host region over the whole cohort', async () => {
    const counts = await expectJson(
      call('GET', `/api/cohorts/${cohort.id}/regions`, { token: ani.token }),
      200,
    );
    expect(counts.total).toBe(4);
    expect(counts.noLoci).toBe(1);
    expect(counts.items).toEqual([
      { regionCode: '35.10', region: 'Kabupaten Banyuwangi', province: 'Jawa Timur', clips: 2 },
      { regionCode: '32.73', region: 'Kota Bandung', province: 'Jawa Barat', clips: 2 },
    ]);
  });

  it('counts loci without a code by the name they give, and those naming no region apart', async () => {
    const own = await createCohort();
    const clipper = (await join(own.id, 'widyaiswara')).token;
    const uncoded = (region: string | null) => ({
      region,
      regionCode: null,
      province: null,
      agency: 'X',
      innovations: [],
    });
    for (const loci of [
      [uncoded('Desa Wisata Lama')],
      [uncoded('desa wisata lama')],
      [uncoded(null)],
      [locus('35.10', 'MPP')],
    ])
      await postClip(own.id, clipper, clipInput({ record: record({ loci }) }));
    const counts = await expectJson(call('GET', `/api/cohorts/${own.id}/regions`, { token: clipper }), 200);
    expect(counts).toEqual({
      total: 4,
      noLoci: 0,
      items: [
        { regionCode: null, region: 'Desa Wisata Lama', province: null, clips: 2 },
        { regionCode: '35.10', region: 'Kabupaten Banyuwangi', province: 'Jawa Timur', clips: 1 },
        { regionCode: null, region: null, province: null, clips: 1 },
      ],
    });
  });

  it('exports every clip with its full locus record as JSON', async () => {
    const res = await call('GET', `/api/cohorts/${cohort.id}/export.json`, { token: ani.token });
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="lokus-${cohort.slug}.json"`);
    const body = await expectJson(res, 200);
    expect(body.cohort).toMatchObject({ id: cohort.id, name: 'PKP Angkatan V' });
    expect(body.clips.map((c: { title: string }) => c.title)).toEqual([
      'Kliping 1',
      'Kliping 2',
      'Kliping 3',
      'Kliping 4',
    ]);
    expect(body.clips[1].record.loci).toHaveLength(2);
    expect(body.clips[0].text).toContain('Mal Pelayanan Publik');
    expect(body.clips[0]).not.toHaveProperty('read');
  });

  it('is corrected and archived by an organiser; archived cohorts leave the default lists', async () => {
    const own = await createCohort('Akan Diarsipkan');
    const member = await join(own.id, 'widyaiswara');
    const patched = await expectJson(
      call('PATCH', `/api/cohorts/${own.id}`, {
        body: { cohortLabel: 'Angkatan III', startDate: '2026-03-01' },
      }),
      200,
    );
    expect(patched).toMatchObject({ cohortLabel: 'Angkatan III', startDate: '2026-03-01', archivedAt: null });
    const wrongOrder = await expectError(
      call('PATCH', `/api/cohorts/${own.id}`, { body: { endDate: '2026-02-01' } }),
      422,
      'invalid',
    );
    expect(wrongOrder.issues).toEqual([
      { path: 'endDate', message: 'Tanggal selesai tidak boleh sebelum tanggal mulai' },
    ]);
    await expectError(
      call('PATCH', `/api/cohorts/${own.id}`, { token: member.token, body: { archived: true } }),
      403,
      'forbidden',
    );
    const archived = await expectJson(
      call('PATCH', `/api/cohorts/${own.id}`, { body: { archived: true } }),
      200,
    );
    expect(archived.archivedAt).toMatch(/^\d{4}-/);
    const me = await expectJson(call('GET', '/api/me', { token: member.token }), 200);
    expect(me.memberships).toEqual([]);
    const all = await expectJson(call('GET', '/api/me?archived=1', { token: member.token }), 200);
    expect(all.memberships).toEqual([expect.objectContaining({ cohortId: own.id, archived: true })]);
    expect(
      (await expectJson(call('GET', '/api/cohorts'), 200)).items.map((c: { id: number }) => c.id),
    ).not.toContain(own.id);
    // Still readable and exportable.
    await expectJson(call('GET', `/api/cohorts/${own.id}/clips`, { token: member.token }), 200);
    expect((await call('GET', `/api/cohorts/${own.id}/export.csv`, { token: member.token })).status).toBe(
      200,
    );
    const restored = await expectJson(
      call('PATCH', `/api/cohorts/${own.id}`, { body: { archived: false } }),
      200,
    );
    expect(restored.archivedAt).toBeNull();
  });
});
