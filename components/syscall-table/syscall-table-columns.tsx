/**
 * Columns of the one-ABI table, declared once: ids match the URL's `cols` and `sort`
 * values; filter functions and facets live on the columns they filter.
 */
import { createColumnHelper } from "@tanstack/react-table";
import type { TableRow } from "@/lib/data/table-row";
import { argCount } from "./arg-count";
import { CategoriesCell, EntryCell, NumberCell, SignatureCell } from "./syscall-cells";
import type { SyscallTableFeatures } from "./syscall-table-features";

const helper = createColumnHelper<SyscallTableFeatures, TableRow>();


export const syscallColumns = helper.columns([
  helper.accessor("nr", {
    id: "nr",
    header: "Number",
    sortFn: "basic",
    cell: (ctx) => <NumberCell nr={ctx.row.original.nr} />,
    meta: { label: "Number" },
  }),
  helper.accessor("name", {
    id: "name",
    header: "Name",
    sortFn: "alphanumeric",
    enableHiding: false,
    // Rendered by the row itself (it owns the open/close link).
    cell: () => null,
    meta: { label: "Name" },
  }),
  helper.accessor(argCount, {
    id: "sig",
    header: "Signature (registers)",
    enableSorting: false,
    filterFn: "equals",
    cell: (ctx) => <SignatureCell params={ctx.row.original.params} />,
    meta: { label: "Signature" },
  }),
  helper.accessor((row) => row.entry ?? "", {
    id: "entry",
    header: "Entry point",
    sortFn: "alphanumeric",
    cell: (ctx) => <EntryCell row={ctx.row.original} />,
    meta: { label: "Entry point" },
  }),
  helper.accessor("categories", {
    id: "cat",
    header: "Categories",
    enableSorting: false,
    filterFn: "arrIncludesSome",
    getUniqueValues: (row) => row.categories,
    cell: (ctx) => <CategoriesCell categories={ctx.row.original.categories} />,
    meta: { label: "Categories" },
  }),
  helper.accessor("implemented", {
    id: "impl",
    header: "Implemented",
    enableHiding: false,
    filterFn: "equals",
    cell: () => null,
    meta: { label: "Implemented" },
  }),
]);
