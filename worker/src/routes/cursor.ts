/** Opaque keyset cursors for newest-first lists: base64url of the last row's created_at and id. */

export function encodeCursor(createdAt: string, id: number): string {
  return btoa(JSON.stringify([createdAt, id]))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The position a cursor names, or null when it was not made by encodeCursor. */
export function decodeCursor(cursor: string): { createdAt: string; id: number } | null {
  try {
    const json = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [createdAt, id] = value as unknown[];
    if (typeof createdAt !== 'string' || !/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(createdAt)) return null;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}
