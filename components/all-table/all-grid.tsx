"use client";

import type { Row } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useMemo, useRef } from "react";
import type { AllRow } from "@/lib/data/all-matrix";
import type { AllSort } from "@/lib/url-state/table-params";
import { ALL_ROW_HEIGHT } from "./all-row";
import { AllRows } from "./all-rows";
import { AllTableHead, abiColWidth, NAME_COL_WIDTH } from "./all-table-head";
import type { AllAbiColumn } from "./all-table-props";
import type { AllTableFeatures } from "./all-table-features";

/**
 * The scrolling grid of the `all` table, virtualized both ways: only the rows and the ABI
 * columns in view are in the DOM (29 columns x 30 rows of cells per keystroke would
 * otherwise dominate the time to show new results). Memoized: re-renders when the rows,
 * columns, sort or query change, not when only the toolbar does (a menu opened, say).
 */
export const AllGrid = memo(function AllGrid({
  rows,
  abis,
  cols,
  kernel,
  sort,
  onSort,
  query,
}: {
  rows: readonly Row<AllTableFeatures, AllRow>[];
  /** All ABI columns of the kernel; `cols` picks the shown ones (indexes). */
  abis: readonly AllAbiColumn[];
  cols: readonly number[];
  kernel: string;
  sort: AllSort | null;
  onSort: (s: AllSort | null) => void;
  /** The query the rows reflect (for the benchmark's render probe). */
  query: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Rows have one fixed height (see .all-table in app/styles/all-table.css), so nothing is measured:
  // measuring a new row forces a layout of the whole table. One row of overscan: every
  // row rendered off screen is laid out again on each keystroke (3 rows cost ~1 ms at p95).
  const rowV = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ALL_ROW_HEIGHT,
    overscan: 1,
    getItemKey: (i) => rows[i]?.id ?? String(i),
    scrollPaddingStart: ALL_ROW_HEIGHT + 4,
  });
  const colV = useVirtualizer({
    horizontal: true,
    count: cols.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => abiColWidth(abis[cols[i] ?? -1]),
    paddingStart: NAME_COL_WIDTH,
    overscan: 1,
  });
  const items = rowV.getVirtualItems();
  const vcols = colV.getVirtualItems();
  const shownCols = useMemo(() => vcols.map((v) => cols[v.index] ?? -1).filter((c) => c >= 0), [vcols, cols]);
  const padLeft = (vcols[0]?.start ?? NAME_COL_WIDTH) - NAME_COL_WIDTH;
  const padRight = colV.getTotalSize() - (vcols.at(-1)?.end ?? NAME_COL_WIDTH);
  const width = colV.getTotalSize();
  return (
    <div className="all-scroll" ref={scrollRef} data-testid="all-scroll">
      <table className="data-table all-table" data-testid="all-table" data-query={query} style={{ width }}>
        <AllTableHead abis={abis} cols={shownCols} padLeft={padLeft} padRight={padRight} sort={sort} onSort={onSort} />
        <AllRows
          rows={rows}
          items={items}
          cols={shownCols}
          kernel={kernel}
          padTop={items[0]?.start ?? 0}
          padBottom={rowV.getTotalSize() - (items.at(-1)?.end ?? 0)}
          padLeft={padLeft}
          padRight={padRight}
        />
      </table>
      {rows.length === 0 && <p className="p-4 text-muted">No syscall matches. Try fewer filters.</p>}
    </div>
  );
});
