/** Random codes and tokens, their SHA-256 hashes (the only form stored), and a constant-time compare. */

/** `bytes` random bytes as base64url without padding. */
export function randomCode(bytes: number): string {
  const buf = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...buf))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** A personal bearer token: 256 random bits behind a recognisable prefix (secret scanners, logs). */
export function newToken(): string {
  return `lokus_${randomCode(32)}`;
}

/** Two hex digits for each byte value. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Hex SHA-256 of a UTF-8 string. */
export async function sha256Hex(value: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value)));
  let hex = '';
  for (const byte of digest) hex += HEX[byte];
  return hex;
}

/** Compares two hex hashes of secrets in time that does not depend on where they differ. */
export function hashesEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

let adminHash: { token: string; hash: Promise<string> } | null = null;

/** The ADMIN_TOKEN secret's hash, computed once per isolate (every signed-in request compares against it). */
export function adminTokenHash(adminToken: string): Promise<string> {
  if (adminHash?.token !== adminToken) adminHash = { token: adminToken, hash: sha256Hex(adminToken) };
  return adminHash.hash;
}
