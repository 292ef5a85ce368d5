"use client";

import { useCallback, useMemo } from "react";
import { ColumnPicker } from "@/components/table-kit/column-picker";
import { CommonFilters, isFiltered, ResultBar, ToolbarFrame, type ToolbarFacets } from "@/components/table-kit/common-filters";
import type { AbiId } from "@/lib/schema/kernel-api";
import type { AllState, Patch } from "@/lib/url-state/default-state";
import type { AllAbiColumn } from "./all-table-props";

/** The `all` table's toolbar; `disabled` until the page runs (the pre-rendered copy). */
export function AllTableToolbar({
  disabled = false,
  state,
  setState,
  abis,
  facets,
  onSearchFocus,
}: {
  disabled?: boolean;
  state: AllState;
  setState: (patch: Patch<AllState>) => unknown;
  abis: readonly AllAbiColumn[];
  facets: ToolbarFacets;
  onSearchFocus?: () => void;
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
    <ToolbarFrame disabled={disabled} order="name">
      <CommonFilters state={state} setState={setState} facets={facets} onSearchFocus={onSearchFocus}>
        <ColumnPicker columns={ids} visible={visible} labels={labels} onChange={onAbis} />
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={state.every} onChange={(e) => void setState({ every: e.target.checked })} data-testid="every-filter" />
          On every shown ABI
        </label>
      </CommonFilters>
      <ResultBar filtered={filtered} onClear={onClear} facets={facets} />
    </ToolbarFrame>
  );
}
