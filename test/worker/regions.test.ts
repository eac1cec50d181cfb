/** GET /api/regions over the gazetteer, no sign-in needed. */
import { describe, expect, it } from 'vitest';
import { call, expectError, expectJson } from './helpers.ts';

describe('GET /api/regions', () => {
  it('searches kabupaten/kota and provinces by name', async () => {
    const { items } = await expectJson(call('GET', '/api/regions?q=banyuwangi', { token: null }), 200);
    expect(items[0]).toEqual({
      code: '35.10',
      name: 'Kabupaten Banyuwangi',
      kind: 'kabupaten',
      province: 'Jawa Timur',
    });
    const bandung = await expectJson(call('GET', '/api/regions?q=bandung&limit=3', { token: null }), 200);
    expect(bandung.items.map((r: any) => r.name)).toEqual([
      'Kota Bandung',
      'Kabupaten Bandung',
      'Kabupaten Bandung Barat',
    ]);
    const jatim = await expectJson(call('GET', '/api/regions?q=jawa%20timur', { token: null }), 200);
    expect(jatim.items[0]).toMatchObject({ code: '35', kind: 'provinsi' });
  });

  it('answers an empty query with no items and a bad limit with 422', async () => {
    expect((await expectJson(call('GET', '/api/regions', { token: null }), 200)).items).toEqual([]);
    await expectError(call('GET', '/api/regions?q=a&limit=500', { token: null }), 422, 'invalid');
  });
});
