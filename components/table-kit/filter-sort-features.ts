/**
 * The TanStack Table (v9) features both table kinds register: visibility, filters with
 * faceted counts, sorting. Only these are registered (v9 is opt-in per feature), so
 * nothing else reaches the bundle. Each table adds its own column meta, if any.
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
} from "@tanstack/react-table";

export const filterSortFeatures = {
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
};
