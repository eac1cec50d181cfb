/** Every failure leaves as JSON: unknown routes 404, crashes 500 with a request id. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import app from '../../worker/src/index.ts';
import { call, expectError, expectJson } from './helpers.ts';

describe('errors', () => {
  it('answers health', async () => {
    expect(await expectJson(call('GET', '/api/health', { token: null }), 200)).toEqual({ ok: true });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    await expectError(call('GET', '/api/nope', { token: null }), 404, 'not_found');
    await expectError(call('POST', '/api/health', { token: null }), 404, 'not_found');
  });

  it('answers a crash with a JSON 500 carrying the request id, without leaking the error', async () => {
    const broken = {
      ...env,
      DB: {
        prepare: () => {
          throw new Error('secret database detail');
        },
      } as unknown as D1Database,
    };
    const res = await app.request('/api/me', { headers: { authorization: 'Bearer lokus_x' } }, broken);
    expect(res.status).toBe(500);
    const body = (await res.json()) as any;
    expect(body.error).toEqual({
      code: 'internal',
      message: expect.any(String),
      requestId: res.headers.get('x-request-id'),
    });
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it('gives every response a request id', async () => {
    const res = await call('GET', '/api/health', { token: null });
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
  });
});
