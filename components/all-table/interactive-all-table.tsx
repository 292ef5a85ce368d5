"use client";

import { useTable, type ColumnFiltersState, type SortingState } from "@tanstack/react-table";
import { useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";
import { paths } from "@/lib/data/links";
import { allParams, URL_STATE_OPTIONS, validArgs, type AllSort } from "@/lib/url-state/table-params";
import { useFuzzySearch } from "@/components/table-kit/use-fuzzy-search";
import { useHandedOverPatch } from "@/components/table-kit/use-handed-over-patch";
import { useLiveFacets } from "@/components/table-kit/use-live-facets";
import { allArgCount } from "./all-arg-count";
import { filterAllRows } from "./all-filters";
import { allPatches } from "./all-handoff";
import { AllGrid } from "./all-grid";
import { allTableFeatures } from "./all-table-features";
import { buildAllColumns } from "./all-table-columns";
import type { AllTableProps } from "./all-table-props";
import { AllTableToolbar } from "./all-table-toolbar";

function toSorting(sort: AllSort | null): SortingState {
  if (sort === null) return [];
  const desc = sort.startsWith("-");
  return [{ id: desc ? sort.slice(1) : sort, desc }];
}

/** The live `all` table: URL state, search, filters and sort; the grid renders the rows. */
export function InteractiveAllTable({ kernel, abis, rows }: AllTableProps) {
  const [state, setState] = useQueryStates(allParams, URL_STATE_OPTIONS);
  useHandedOverPatch(allPatches, setState);
  const query = state.q;
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
    state: { columnFilters, sorting, columnVisibility: HIDDEN },
  });
  const shown = t.getRowModel().rows;
  const facets = useLiveFacets(t.getColumn("cat")?.getFacetedUniqueValues(), rows, allArgCount, shown.length);
  const onSort = useCallback((sort: AllSort | null) => void setState({ sort }), [setState]);

  return (
    <div>
      <AllTableToolbar
        state={state}
        setState={setState}
        abis={abis}
        facets={facets}
        onSearchFocus={fuzzy.prime}
      />
      <AllGrid rows={shown} abis={abis} cols={cols} kernel={kernel} sort={state.sort} onSort={onSort} query={query} />
    </div>
  );
}

const HIDDEN = { cat: false, argc: false };
