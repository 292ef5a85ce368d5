"use client";

import type { inferParserType, SetValues } from "nuqs";
import { useCallback, useMemo } from "react";
import { ColumnPicker } from "@/components/table-kit/column-picker";
import { CommonFilters, isFiltered, ResultBar } from "@/components/table-kit/common-filters";
import type { AbiId } from "@/lib/schema/kernel-api";
import type { allParams } from "@/lib/url-state/table-params";
import type { AllAbiColumn } from "./all-table-props";

export function AllTableToolbar({
  state,
  setState,
  abis,
  categoryCounts,
  argCounts,
  shown,
  total,
  onSearchFocus,
}: {
  state: inferParserType<typeof allParams>;
  setState: SetValues<typeof allParams>;
  abis: readonly AllAbiColumn[];
  categoryCounts: ReadonlyMap<unknown, number>;
  /** Argument counts of the table's rows (the filter offers these). */
  argCounts: readonly number[];
  shown: number;
  total: number;
  onSearchFocus: () => void;
}) {
  const ids = useMemo(() => abis.map((a) => a.id), [abis]);
  const visible = useMemo(() => (state.abis.length ? ids.filter((a) => state.abis.includes(a)) : ids), [ids, state.abis]);
  const labels = useMemo(() => {
    const l: Partial<Record<AbiId, string>> = {};
    for (const a of abis) l[a.id] = `${a.id} (${a.label})`;
    return l;
  }, [abis]);
  const filtered = isFiltered(state) || state.every;
  const onAbis = useCallback((next: AbiId[]) => void setState({ abis: next.length === ids.length ? [] : next }), [setState, ids]);
  const onClear = useCallback(() => void setState({ q: null, cat: null, impl: null, args: null, every: null }), [setState]);
  return (
    <div className="mb-2 flex min-h-10 flex-wrap items-center gap-2" role="search">
      <CommonFilters state={state} setState={setState} categoryCounts={categoryCounts} argCounts={argCounts} onSearchFocus={onSearchFocus}>
        <ColumnPicker columns={ids} visible={visible} labels={labels} onChange={onAbis} />
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={state.every} onChange={(e) => void setState({ every: e.target.checked })} data-testid="every-filter" />
          On every shown ABI
        </label>
      </CommonFilters>
      <ResultBar filtered={filtered} onClear={onClear} shown={shown} total={total} />
    </div>
  );
}
