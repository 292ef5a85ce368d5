/**
 * "Did you mean": the closest names to a mistyped one, for the 404 page. Edit distance
 * (with adjacent transpositions), with prefix and substring matches ranked first. Pure.
 */

export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const row = d[i]!;
      const prev = d[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[m]![n]!;
}

/** Up to `limit` candidates close to `input`, best first; none if nothing is close. */
export function closest(input: string, candidates: readonly string[], limit = 5): string[] {
  const q = input.trim().toLowerCase();
  if (!q) return [];
  const scored: { c: string; score: number }[] = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    let score: number;
    if (lc === q) score = -3;
    else if (lc.startsWith(q) || q.startsWith(lc)) score = -2 + Math.abs(lc.length - q.length) / 100;
    else if (lc.includes(q) || q.includes(lc)) score = -1 + Math.abs(lc.length - q.length) / 100;
    else {
      const dist = editDistance(q, lc);
      if (dist > Math.max(2, Math.floor(q.length / 3))) continue;
      score = dist;
    }
    scored.push({ c, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map((s) => s.c);
}
