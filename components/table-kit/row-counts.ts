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

/**
 * The unfiltered table's facets as plain data, so a server page can compute them once and
 * hand them to the pre-rendered toolbar without sending the rows along.
 */
export interface RowFacets {
  categoryCounts: [string, number][];
  argCounts: number[];
  total: number;
}

export function rowFacets<R extends { categories: readonly string[] }>(rows: readonly R[], argc: (row: R) => number): RowFacets {
  return { categoryCounts: [...countCategories(rows)], argCounts: distinctArgCounts(rows, argc), total: rows.length };
}
