"use client";

import { SortHeader } from "@/components/table-kit/sort-header";
import type { AllSort } from "@/lib/url-state/table-params";
import type { AllAbiColumn } from "./all-table-props";

/** Column widths in px (fixed table layout: known up front, also to the column virtualizer). */
export const NAME_COL_WIDTH = 208;
/**
 * Wide enough for the numbers (128 px where the numbering starts at 100,000 or more) and
 * for the header: the id in 0.8rem semibold (up to ~8.6 px a character) plus the sort arrow and
 * padding, so "loongarch64" does not run into the next column.
 */
export const abiColWidth = (a: AllAbiColumn | undefined) => {
  if (!a) return 88;
  const numbers = a.nrBase !== null && a.nrBase >= 100_000 ? 128 : 88;
  return Math.max(numbers, Math.ceil(a.id.length * 8.6 + 30));
};

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
