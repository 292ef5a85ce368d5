/** The `all` table's TanStack Table (v9) features: filters with facets, sorting, visibility. */
import { tableFeatures } from "@tanstack/react-table";
import { filterSortFeatures } from "@/components/table-kit/filter-sort-features";

export const allTableFeatures = tableFeatures({ ...filterSortFeatures });

export type AllTableFeatures = typeof allTableFeatures;
