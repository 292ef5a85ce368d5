"use client";

import type { CSSProperties } from "react";

/** A column header that sorts: none -> ascending -> descending -> none. */
export function SortHeader<S extends string>({
  id,
  label,
  sort,
  onSort,
  className = "",
  style,
}: {
  id: S;
  label: string;
  sort: string | null;
  onSort: (next: S | `-${S}` | null) => void;
  className?: string;
  style?: CSSProperties;
}) {
  const dir = sort === id ? "ascending" : sort === `-${id}` ? "descending" : "none";
  const next = dir === "none" ? id : dir === "ascending" ? (`-${id}` as const) : null;
  return (
    <th scope="col" aria-sort={dir} className={className} style={style}>
      <button type="button" onClick={() => onSort(next)} className="py-1 font-semibold hover:underline" title={`Sort by ${label}`}>
        {label}
        <span aria-hidden="true" className="ml-1 text-muted">
          {dir === "ascending" ? "▲" : dir === "descending" ? "▼" : "↕"}
        </span>
      </button>
    </th>
  );
}
