import { describe, expect, it } from 'vitest';
import { normaliseServerUrl, originPattern } from '../../extension/utils/api.ts';
import { parseSignIn } from '../../extension/utils/signin.ts';

const CODE = 'Qm9nb3JLb3RhSHVqYW5fYXNsaQ';

describe('parseSignIn', () => {
  it('reads an invite link, taking the server from it', () => {
    expect(parseSignIn(`  https://lokus.bpsdm.example.id/i/${CODE}  `, 'http://127.0.0.1:8787')).toEqual({
      kind: 'invite',
      serverUrl: 'https://lokus.bpsdm.example.id',
      code: CODE,
    });
    expect(parseSignIn(`http://127.0.0.1:8799/i/${CODE}?x=1`, '')).toMatchObject({
      serverUrl: 'http://127.0.0.1:8799',
      code: CODE,
    });
  });

  it('reads a token (optionally with "Bearer") for the server typed above', () => {
    expect(parseSignIn('Bearer abcdefghijklmnop_0123', '127.0.0.1:8787/')).toEqual({
      kind: 'token',
      serverUrl: 'http://127.0.0.1:8787',
      token: 'abcdefghijklmnop_0123',
    });
  });

  it('rejects what is neither', () => {
    expect(parseSignIn('', 'http://127.0.0.1:8787')).toBeNull();
    expect(parseSignIn('short', 'http://127.0.0.1:8787')).toBeNull();
    expect(parseSignIn('two words here, not a token', 'http://127.0.0.1:8787')).toBeNull();
    expect(parseSignIn('abcdefghijklmnop_0123', 'javascript:alert(1)')).toBeNull();
  });
});

describe('server addresses', () => {
  it('normalises to an origin and asks for any port of its host', () => {
    expect(normaliseServerUrl('lokus.example.id/')).toBe('http://lokus.example.id');
    expect(normaliseServerUrl('ftp://x')).toBeNull();
    expect(originPattern('http://127.0.0.1:8787')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://lokus.example.id')).toBe('https://lokus.example.id/*');
  });
});
