"use client";

import { useTable, type ColumnFiltersState, type SortingState } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useQueryStates } from "nuqs";
import { useDeferredValue, useMemo, useRef } from "react";
import { paths } from "@/lib/data/links";
import { allParams, URL_STATE_OPTIONS, validArgs, type AllSort } from "@/lib/url-state/table-params";
import { SpacerBody } from "@/components/table-kit/use-window-rows";
import { useFuzzySearch } from "@/components/table-kit/use-fuzzy-search";
import { filterAllRows } from "./all-filters";
import { AllRowView } from "./all-row";
import { AllTableHead } from "./all-table-head";
import { allTableFeatures } from "./all-table-features";
import { buildAllColumns } from "./all-table-columns";
import type { AllTableProps } from "./all-table-props";
import { AllTableToolbar } from "./all-table-toolbar";

function toSorting(sort: AllSort | null): SortingState {
  if (sort === null) return [];
  const desc = sort.startsWith("-");
  return [{ id: desc ? sort.slice(1) : sort, desc }];
}

/** The live `all` table: ABI columns to show, search, filters, sort, virtualized rows. */
export function InteractiveAllTable({ kernel, abis, rows }: AllTableProps) {
  const [state, setState] = useQueryStates(allParams, URL_STATE_OPTIONS);
  const query = useDeferredValue(state.q);
  const fuzzy = useFuzzySearch(paths.searchIndex(kernel, "all"), query.trim() !== "");

  const cols = useMemo(() => {
    const chosen = abis.map((a, i) => (state.abis.length === 0 || state.abis.includes(a.id) ? i : -1)).filter((i) => i >= 0);
    return chosen.length ? chosen : abis.map((_, i) => i);
  }, [abis, state.abis]);
  const data = useMemo(
    () =>
      filterAllRows(rows, abis, {
        query,
        fuzzyHits: query.trim() ? (fuzzy.search?.(query) ?? []) : [],
        cols,
        impl: state.impl,
        every: state.every,
      }),
    [rows, abis, query, fuzzy.search, cols, state.impl, state.every],
  );
  const columns = useMemo(() => buildAllColumns(abis), [abis]);
  const args = validArgs(state.args);
  const columnFilters = useMemo<ColumnFiltersState>(() => {
    const f: ColumnFiltersState = [];
    if (state.cat.length) f.push({ id: "cat", value: state.cat });
    if (args !== null) f.push({ id: "argc", value: args });
    return f;
  }, [state.cat, args]);
  const sorting = useMemo(() => toSorting(state.sort), [state.sort]);
  const t = useTable({
    features: allTableFeatures,
    columns,
    data,
    getRowId: (r) => r.name,
    state: { columnFilters, sorting, columnVisibility: { cat: false, argc: false } },
  });
  const shown = t.getRowModel().rows;
  const categoryCounts = t.getColumn("cat")?.getFacetedUniqueValues() ?? new Map<unknown, number>();

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 29,
    overscan: 12,
    getItemKey: (i) => shown[i]?.id ?? String(i),
    scrollPaddingStart: 32,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const shownAbis = cols.map((c) => abis[c]).filter((a) => a !== undefined);

  return (
    <div>
      <AllTableToolbar
        state={state}
        setState={setState}
        abis={abis}
        categoryCounts={categoryCounts}
        shown={shown.length}
        total={rows.length}
        onSearchFocus={fuzzy.prime}
      />
      <div className="all-scroll" ref={scrollRef} data-testid="all-scroll">
        <table className="data-table all-table" data-testid="all-table" data-query={query}>
          <AllTableHead abis={shownAbis} sort={state.sort} onSort={(sort) => void setState({ sort })} />
          <SpacerBody height={padTop} colSpan={cols.length + 1} />
          <tbody>
            {items.map((item) => {
              const row = shown[item.index];
              return row ? (
                <AllRowView key={row.id} row={row.original} cols={cols} kernel={kernel} index={item.index} measureRef={virtualizer.measureElement} />
              ) : null;
            })}
          </tbody>
          <SpacerBody height={padBottom} colSpan={cols.length + 1} />
        </table>
        {shown.length === 0 && <p className="p-4 text-muted">No syscall matches. Try fewer filters.</p>}
      </div>
    </div>
  );
}
