/**
 * The one-ABI table's TanStack Table (v9) features, declared once. Only what the page
 * uses is registered: visibility, filters with faceted counts, sorting.
 */
import {
  columnFacetingFeature,
  columnFilteringFeature,
  columnVisibilityFeature,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_arrIncludesSome,
  filterFn_equals,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from "@tanstack/react-table";

export interface SyscallColumnMeta {
  /** Label in the column picker. */
  label: string;
}

export const syscallTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { arrIncludesSome: filterFn_arrIncludesSome, equals: filterFn_equals },
  columnFacetingFeature,
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  columnMeta: {} as SyscallColumnMeta,
});

export type SyscallTableFeatures = typeof syscallTableFeatures;
