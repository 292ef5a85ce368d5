"use client";

import { SortHeader } from "@/components/table-kit/sort-header";
import type { AllSort } from "@/lib/url-state/table-params";
import type { AllAbiColumn } from "./all-table-props";

/** Column widths in px (fixed table layout: known up front, also to the column virtualizer). */
export const NAME_COL_WIDTH = 208;
export const abiColWidth = (a: AllAbiColumn | undefined) => (a && a.nrBase !== null && a.nrBase >= 100_000 ? 128 : 88);

/**
 * Header row. `cols` are the shown ABI columns (indexes into `abis`); `padLeft` and
 * `padRight` stand in for columns scrolled out of view. Without `onSort` (pre-rendered
 * table) the headers are plain text.
 */
export function AllTableHead({
  abis,
  cols,
  padLeft = 0,
  padRight = 0,
  sort,
  onSort,
}: {
  abis: readonly AllAbiColumn[];
  cols: readonly number[];
  padLeft?: number;
  padRight?: number;
  sort: AllSort | null;
  onSort?: (s: AllSort | null) => void;
}) {
  return (
    <thead>
      <tr>
        {onSort ? (
          <SortHeader id="name" label="Name" sort={sort} onSort={onSort} className="c-name" style={{ width: NAME_COL_WIDTH }} />
        ) : (
          <th scope="col" className="c-name" style={{ width: NAME_COL_WIDTH }}>
            Name
          </th>
        )}
        {padLeft > 0 && <th aria-hidden="true" style={{ width: padLeft }} />}
        {cols.map((c) => {
          const a = abis[c];
          if (!a) return null;
          return onSort ? (
            <SortHeader key={a.id} id={a.id} label={a.id} sort={sort} onSort={onSort} style={{ width: abiColWidth(a) }} />
          ) : (
            <th key={a.id} scope="col" title={a.label} style={{ width: abiColWidth(a) }}>
              {a.id}
            </th>
          );
        })}
        {padRight > 0 && <th aria-hidden="true" style={{ width: padRight }} />}
      </tr>
    </thead>
  );
}
