"use client";

import { useTable, type ColumnFiltersState, type SortingState } from "@tanstack/react-table";
import { useQueryStates } from "nuqs";
import { useCallback, useDeferredValue, useMemo } from "react";
import { paths } from "@/lib/data/links";
import type { TableRow } from "@/lib/data/table-row";
import { rankRows, type RowNumber } from "@/lib/search/rank";
import {
  canonicalColumns,
  TABLE_COLUMNS,
  tableParams,
  URL_STATE_OPTIONS,
  validArgs,
  type TableColumnId,
  type TableSort,
} from "@/lib/url-state/table-params";
import { useFuzzySearch } from "@/components/table-kit/use-fuzzy-search";
import { useHandedOverPatch } from "@/components/table-kit/use-handed-over-patch";
import { useLiveFacets } from "@/components/table-kit/use-live-facets";
import { useOpenRows } from "@/components/table-kit/use-open-rows";
import { useWindowRows } from "@/components/table-kit/use-window-rows";
import { SyscallRows } from "./syscall-rows";
import { argCount } from "./arg-count";
import { syscallColumns } from "./syscall-table-columns";
import { syscallTableFeatures } from "./syscall-table-features";
import { SyscallTableHead } from "./syscall-table-head";
import { SyscallTableToolbar } from "./syscall-table-toolbar";
import { tablePatches } from "./table-handoff";
import type { SyscallTableProps } from "./table-props";

function toSorting(sort: TableSort | null): SortingState {
  if (sort === null) return [];
  const desc = sort.startsWith("-");
  return [{ id: desc ? sort.slice(1) : sort, desc }];
}

/** The live table: URL state, search, filters, sorting, virtualized rows. */
export function InteractiveSyscallTable({ rows, kernel, release, debianSource, abi }: SyscallTableProps) {
  const table = useMemo(() => ({ kernel, release, debianSource, abi }), [kernel, release, debianSource, abi]);
  const [state, setState] = useQueryStates(tableParams, URL_STATE_OPTIONS);
  useHandedOverPatch(tablePatches, setState);
  const query = useDeferredValue(state.q);
  const fuzzy = useFuzzySearch(paths.searchIndex(table.kernel, table.abi.id), query.trim() !== "");

  const nrBase = table.abi.nrBase ?? undefined;
  const numbersOf = useCallback((r: TableRow): RowNumber[] => [{ nr: r.nr, base: nrBase }], [nrBase]);
  const data = useMemo(
    () => (query.trim() ? rankRows(rows, query, fuzzy.search?.(query) ?? [], numbersOf) : rows),
    [rows, query, fuzzy.search, numbersOf],
  );

  const args = validArgs(state.args);
  const columnFilters = useMemo<ColumnFiltersState>(() => {
    const f: ColumnFiltersState = [];
    if (state.cat.length) f.push({ id: "cat", value: state.cat });
    if (state.impl) f.push({ id: "impl", value: true });
    if (args !== null) f.push({ id: "sig", value: args });
    return f;
  }, [state.cat, state.impl, args]);
  const sorting = useMemo(() => toSorting(state.sort), [state.sort]);
  const visible = useMemo(() => canonicalColumns(state.cols), [state.cols]);
  const columnVisibility = useMemo(
    () => Object.fromEntries([...TABLE_COLUMNS.map((c) => [c, visible.includes(c)]), ["impl", false]]),
    [visible],
  );

  const t = useTable({
    features: syscallTableFeatures,
    columns: syscallColumns,
    data,
    getRowId: (r) => r.name,
    state: { columnFilters, sorting, columnVisibility },
  });
  const shown = t.getRowModel().rows;
  const facets = useLiveFacets(t.getColumn("cat")?.getFacetedUniqueValues(), rows, argCount, shown.length);

  const { virtualizer, tableRef, items, padTop, padBottom, scrollToRow } = useWindowRows(shown.length, (i) => shown[i]?.id ?? String(i));
  const isRow = useCallback((name: string) => rows.some((r) => r.name === name), [rows]);
  const scrollTo = useCallback(
    (name: string) => {
      const i = shown.findIndex((r) => r.id === name);
      if (i >= 0) scrollToRow(i);
    },
    // Only on load/hash change: the row order at that moment is what counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scrollToRow],
  );
  const { open, toggle } = useOpenRows(isRow, scrollTo);
  const onSort = useCallback((sort: TableSort | null) => void setState({ sort }), [setState]);
  const columns: readonly TableColumnId[] = visible;

  return (
    <div>
      <SyscallTableToolbar
        state={state}
        setState={setState}
        visible={visible}
        facets={facets}
        onSearchFocus={fuzzy.prime}
      />
      <table ref={tableRef} className="data-table table-fixed" data-testid="syscall-table" data-query={query}>
        <SyscallTableHead columns={columns} sort={state.sort} onSort={onSort} />
        <SyscallRows
          rows={shown}
          items={items}
          columns={columns}
          table={table}
          open={open}
          onToggle={toggle}
          padTop={padTop}
          padBottom={padBottom}
          measure={virtualizer.measureElement}
        />
      </table>
      {shown.length === 0 && <p className="p-4 text-muted">No syscall matches. Try fewer filters.</p>}
    </div>
  );
}
