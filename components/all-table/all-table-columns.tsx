/**
 * Columns of the `all` table: the name, one number column per ABI of the kernel (ids are
 * ABI ids, as in the URL's `abis` and `sort`), and hidden columns that carry filters.
 * Built per kernel (the ABI set differs), memoized by the caller.
 */
import { createColumnHelper } from "@tanstack/react-table";
import type { AllRow } from "@/lib/data/all-matrix";
import { allArgCount } from "./all-arg-count";
import type { AllAbiColumn } from "./all-table-props";
import type { AllTableFeatures } from "./all-table-features";

const helper = createColumnHelper<AllTableFeatures, AllRow>();

export function buildAllColumns(abis: readonly AllAbiColumn[]) {
  return helper.columns([
    helper.accessor("name", { id: "name", header: "Name", sortFn: "alphanumeric", enableHiding: false }),
    ...abis.map((a, i) =>
      helper.accessor((r) => r.nrs[i] ?? undefined, {
        id: a.id,
        header: a.id,
        sortFn: "basic",
        sortUndefined: "last",
      }),
    ),
    helper.accessor("categories", {
      id: "cat",
      header: "Categories",
      filterFn: "arrIncludesSome",
      getUniqueValues: (r) => r.categories,
    }),
    helper.accessor(allArgCount, { id: "argc", header: "Arguments", filterFn: "equals" }),
  ]);
}
