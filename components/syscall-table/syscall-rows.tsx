"use client";

import type { Row } from "@tanstack/react-table";
import type { VirtualItem } from "@tanstack/react-virtual";
import { memo } from "react";
import type { TableRow } from "@/lib/data/table-row";
import type { TableColumnId } from "@/lib/url-state/table-params";
import { SpacerBody } from "@/components/table-kit/use-window-rows";
import { SyscallRowGroup } from "./syscall-row-group";
import type { SyscallTableFeatures } from "./syscall-table-features";
import type { SyscallTableInfo } from "./table-props";

/**
 * The rendered window of rows. Memoized: a keystroke first re-renders the page with the
 * new input value but the old (deferred) query, and then nothing here has changed.
 */
export const SyscallRows = memo(function SyscallRows({
  rows,
  items,
  columns,
  table,
  open,
  onToggle,
  padTop,
  padBottom,
  measure,
}: {
  rows: readonly Row<SyscallTableFeatures, TableRow>[];
  items: readonly VirtualItem[];
  columns: readonly TableColumnId[];
  table: SyscallTableInfo;
  open: ReadonlySet<string>;
  onToggle: (name: string) => void;
  padTop: number;
  padBottom: number;
  measure: (el: HTMLTableSectionElement | null) => void;
}) {
  return (
    <>
      <SpacerBody height={padTop} />
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <SyscallRowGroup
            key={row.id}
            row={row.original}
            columns={columns}
            table={table}
            open={open.has(row.id)}
            onToggle={onToggle}
            index={item.index}
            measureRef={measure}
          />
        );
      })}
      <SpacerBody height={padBottom} />
    </>
  );
});
