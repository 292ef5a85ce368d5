/** Facet counts the pre-rendered toolbar shows (the live table gets the same from TanStack). */

/** How many rows carry each category. */
export function countCategories(rows: readonly { categories: readonly string[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) for (const c of r.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** The distinct argument counts of the rows (-1: prototype unknown). */
export function distinctArgCounts<R>(rows: readonly R[], argc: (row: R) => number): number[] {
  return [...new Set(rows.map(argc))];
}
