"use client";

import type { inferParserType, SetValues } from "nuqs";
import { useCallback, useMemo } from "react";
import { CopyButton } from "@/components/site/copy-button";
import { CategoryFilter } from "@/components/table-kit/category-filter";
import { ColumnPicker } from "@/components/table-kit/column-picker";
import { SearchBox } from "@/components/table-kit/search-box";
import { SmallFilters } from "@/components/table-kit/small-filters";
import type { CategoryId } from "@/lib/schema/kernel-api";
import { canonicalColumns, tableParams, validArgs, type TableColumnId } from "@/lib/url-state/table-params";
import { COLUMN_LABEL } from "./column-layout";

const HIDEABLE = ["nr", "sig", "entry", "cat"] as const satisfies readonly TableColumnId[];

export function SyscallTableToolbar({
  state,
  setState,
  visible,
  categoryCounts,
  argCounts,
  shown,
  total,
  onSearchFocus,
}: {
  state: inferParserType<typeof tableParams>;
  setState: SetValues<typeof tableParams>;
  visible: readonly TableColumnId[];
  categoryCounts: ReadonlyMap<unknown, number>;
  /** Argument counts of the table's rows (the filter offers these). */
  argCounts: readonly number[];
  shown: number;
  total: number;
  onSearchFocus: () => void;
}) {
  const filtered = state.q !== "" || state.cat.length > 0 || state.impl || state.args !== null;
  // Stable props, so the memoized controls skip re-rendering on every keystroke.
  const onQ = useCallback((q: string) => void setState({ q }), [setState]);
  const onCat = useCallback((cat: CategoryId[]) => void setState({ cat }), [setState]);
  const onImpl = useCallback((impl: boolean) => void setState({ impl }), [setState]);
  const onArgs = useCallback((args: number | null) => void setState({ args }), [setState]);
  const onCols = useCallback((cols: TableColumnId[]) => void setState({ cols: canonicalColumns(cols) }), [setState]);
  const hideable = useMemo(() => visible.filter((c): c is (typeof HIDEABLE)[number] => c !== "name"), [visible]);
  return (
    <div className="mb-2 flex min-h-10 flex-wrap items-center gap-2" role="search">
      <SearchBox
        value={state.q}
        onChange={onQ}
        onFocus={onSearchFocus}
        placeholder="Search name, number, type"
      />
      <CategoryFilter selected={state.cat} counts={categoryCounts} onChange={onCat} />
      <SmallFilters
        impl={state.impl}
        onImpl={onImpl}
        args={validArgs(state.args)}
        argCounts={argCounts}
        onArgs={onArgs}
      />
      <ColumnPicker
        columns={HIDEABLE}
        visible={hideable}
        labels={COLUMN_LABEL}
        onChange={onCols}
      />
      {filtered && (
        <button
          type="button"
          className="text-sm text-accent underline"
          onClick={() => void setState({ q: null, cat: null, impl: null, args: null })}
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
