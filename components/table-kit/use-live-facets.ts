"use client";

import { useMemo } from "react";
import type { ToolbarFacets } from "./common-filters";
import { distinctArgCounts } from "./row-counts";

const EMPTY: ReadonlyMap<unknown, number> = new Map();

/**
 * The live toolbar's facets: category counts from TanStack's faceting (undefined until the
 * column exists), the rows' argument counts, and how many rows are shown. Stable between
 * keystrokes that change none of them, so the memoized controls skip re-rendering.
 */
export function useLiveFacets<R>(
  categoryCounts: ReadonlyMap<unknown, number> | undefined,
  rows: readonly R[],
  argCount: (row: R) => number,
  shown: number,
): ToolbarFacets {
  const counts = categoryCounts ?? EMPTY;
  const argCounts = useMemo(() => distinctArgCounts(rows, argCount), [rows, argCount]);
  return useMemo(() => ({ categoryCounts: counts, argCounts, shown, total: rows.length }), [counts, argCounts, shown, rows.length]);
}
