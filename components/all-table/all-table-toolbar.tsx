"use client";

import type { inferParserType, SetValues } from "nuqs";
import { useCallback, useMemo } from "react";
import { CopyButton } from "@/components/site/copy-button";
import { CategoryFilter } from "@/components/table-kit/category-filter";
import { ColumnPicker } from "@/components/table-kit/column-picker";
import { SearchBox } from "@/components/table-kit/search-box";
import { SmallFilters } from "@/components/table-kit/small-filters";
import type { AbiId, CategoryId } from "@/lib/schema/kernel-api";
import { allParams, validArgs } from "@/lib/url-state/table-params";
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
  const filtered = state.q !== "" || state.cat.length > 0 || state.impl || state.args !== null || state.every;
  // Stable props, so the memoized controls skip re-rendering on every keystroke.
  const onQ = useCallback((q: string) => void setState({ q }), [setState]);
  const onCat = useCallback((cat: CategoryId[]) => void setState({ cat }), [setState]);
  const onImpl = useCallback((impl: boolean) => void setState({ impl }), [setState]);
  const onArgs = useCallback((args: number | null) => void setState({ args }), [setState]);
  const onAbis = useCallback((next: AbiId[]) => void setState({ abis: next.length === ids.length ? [] : next }), [setState, ids]);
  return (
    <div className="mb-2 flex min-h-10 flex-wrap items-center gap-2" role="search">
      <SearchBox
        value={state.q}
        onChange={onQ}
        onFocus={onSearchFocus}
        placeholder="Search name, number, type"
      />
      <ColumnPicker
        columns={ids}
        visible={visible}
        labels={labels}
        onChange={onAbis}
      />
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" checked={state.every} onChange={(e) => void setState({ every: e.target.checked })} data-testid="every-filter" />
        On every shown ABI
      </label>
      <CategoryFilter selected={state.cat} counts={categoryCounts} onChange={onCat} />
      <SmallFilters
        impl={state.impl}
        onImpl={onImpl}
        args={validArgs(state.args)}
        argCounts={argCounts}
        onArgs={onArgs}
      />
      {filtered && (
        <button
          type="button"
          className="text-sm text-accent underline"
          onClick={() => void setState({ q: null, cat: null, impl: null, args: null, every: null })}
        >
          Clear filters
        </button>
      )}
      <p className="text-sm text-muted" aria-live="polite" data-testid="result-count">
        {shown === total ? `${total} syscalls` : `${shown} of ${total} syscalls`}
      </p>
      <CopyButton className="ml-auto" label="Copy permalink" text={() => window.location.href} />
    </div>
  );
}
