"use client";

import { SortHeader } from "@/components/table-kit/sort-header";
import type { TableColumnId, TableSort } from "@/lib/url-state/table-params";
import { COLUMN_CLASS, COLUMN_LABEL } from "./column-layout";

const SORTABLE = new Set<TableColumnId>(["nr", "name", "entry"]);

export function SyscallTableHead({
  columns,
  sort,
  onSort,
}: {
  columns: readonly TableColumnId[];
  sort: TableSort | null;
  onSort: (sort: TableSort | null) => void;
}) {
  return (
    <thead>
      <tr>
        {columns.map((c) =>
          SORTABLE.has(c) ? (
            <SortHeader
              key={c}
              id={c as "nr" | "name" | "entry"}
              label={COLUMN_LABEL[c]}
              sort={sort}
              onSort={onSort}
              className={COLUMN_CLASS[c]}
            />
          ) : (
            <th key={c} scope="col" className={COLUMN_CLASS[c]}>
              <span className="inline-block py-1">{COLUMN_LABEL[c]}</span>
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
