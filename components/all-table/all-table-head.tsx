"use client";

import { SortHeader } from "@/components/table-kit/sort-header";
import type { AllSort } from "@/lib/url-state/table-params";
import type { AllAbiColumn } from "./all-table-props";

export function AllTableHead({ abis, sort, onSort }: { abis: readonly AllAbiColumn[]; sort: AllSort | null; onSort?: (s: AllSort | null) => void }) {
  if (!onSort)
    return (
      <thead>
        <tr>
          <th scope="col" className="c-name">Name</th>
          {abis.map((a) => (
            <th key={a.id} scope="col" title={a.label}>{a.id}</th>
          ))}
        </tr>
      </thead>
    );
  return (
    <thead>
      <tr>
        <SortHeader id="name" label="Name" sort={sort} onSort={onSort} className="c-name" />
        {abis.map((a) => (
          <SortHeader key={a.id} id={a.id} label={a.id} sort={sort} onSort={onSort} />
        ))}
      </tr>
    </thead>
  );
}
