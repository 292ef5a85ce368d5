"use client";

import { useCallback, useMemo } from "react";
import { ColumnPicker } from "@/components/table-kit/column-picker";
import { CommonFilters, isFiltered, ResultBar, ToolbarFrame, type ToolbarFacets } from "@/components/table-kit/common-filters";
import type { Patch, TableState } from "@/lib/url-state/default-state";
import { canonicalColumns, type TableColumnId } from "@/lib/url-state/table-values";
import { COLUMN_LABEL } from "./column-layout";

const HIDEABLE = ["nr", "sig", "entry", "cat"] as const satisfies readonly TableColumnId[];

/** Shown only where the table leaves those columns out (app/styles/data-tables.css). */
const NARROW_NOTE = (
  <p className="narrow-note mt-2 text-xs text-muted">
    Narrow screens leave out the entry point (shown from 1024 px wide; it is also in each row&apos;s details) and the
    categories (from 1280 px; see the Categories filter).
  </p>
);

/** The one-ABI table's toolbar; `disabled` until the page runs (the pre-rendered copy). */
export function SyscallTableToolbar({
  disabled = false,
  state,
  setState,
  visible,
  facets,
  onSearchFocus,
}: {
  disabled?: boolean;
  state: TableState;
  setState: (patch: Patch<TableState>) => unknown;
  visible: readonly TableColumnId[];
  facets: ToolbarFacets;
  onSearchFocus?: () => void;
}) {
  const filtered = isFiltered(state);
  const onCols = useCallback((cols: TableColumnId[]) => void setState({ cols: canonicalColumns(cols) }), [setState]);
  const onClear = useCallback(() => void setState({ q: null, cat: null, impl: null, args: null }), [setState]);
  const hideable = useMemo(() => visible.filter((c): c is (typeof HIDEABLE)[number] => c !== "name"), [visible]);
  return (
    <ToolbarFrame disabled={disabled} order="number">
      <CommonFilters state={state} setState={setState} facets={facets} onSearchFocus={onSearchFocus} />
      <ColumnPicker columns={HIDEABLE} visible={hideable} labels={COLUMN_LABEL} onChange={onCols} note={NARROW_NOTE} />
      <ResultBar filtered={filtered} onClear={onClear} facets={facets} />
    </ToolbarFrame>
  );
}
