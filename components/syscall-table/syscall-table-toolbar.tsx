"use client";

import type { inferParserType, SetValues } from "nuqs";
import { useCallback, useMemo } from "react";
import { ColumnPicker } from "@/components/table-kit/column-picker";
import { CommonFilters, isFiltered, ResultBar } from "@/components/table-kit/common-filters";
import { canonicalColumns, type tableParams, type TableColumnId } from "@/lib/url-state/table-params";
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
  const filtered = isFiltered(state);
  const onCols = useCallback((cols: TableColumnId[]) => void setState({ cols: canonicalColumns(cols) }), [setState]);
  const onClear = useCallback(() => void setState({ q: null, cat: null, impl: null, args: null }), [setState]);
  const hideable = useMemo(() => visible.filter((c): c is (typeof HIDEABLE)[number] => c !== "name"), [visible]);
  return (
    <div className="mb-2 flex min-h-10 flex-wrap items-center gap-2" role="search">
      <CommonFilters state={state} setState={setState} categoryCounts={categoryCounts} argCounts={argCounts} onSearchFocus={onSearchFocus} />
      <ColumnPicker columns={HIDEABLE} visible={hideable} labels={COLUMN_LABEL} onChange={onCols} />
      <ResultBar filtered={filtered} onClear={onClear} shown={shown} total={total} />
    </div>
  );
}
