/** Token overlap of captured text against the expected article body: recall and precision over word multisets. */

/** Lower-cased letter/number runs. */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function tokenOverlap(expected: string, got: string): { recall: number; precision: number } {
  const want = new Map<string, number>();
  for (const t of tokens(expected)) want.set(t, (want.get(t) ?? 0) + 1);
  const gotTokens = tokens(got);
  let hit = 0;
  for (const t of gotTokens) {
    const n = want.get(t) ?? 0;
    if (n > 0) {
      hit++;
      want.set(t, n - 1);
    }
  }
  const expectedCount = tokens(expected).length;
  return {
    recall: expectedCount ? hit / expectedCount : 1,
    precision: gotTokens.length ? hit / gotTokens.length : expectedCount ? 0 : 1,
  };
}
