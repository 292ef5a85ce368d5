"use client";

import { memo } from "react";
import { CATEGORY_IDS } from "@/lib/schema/ids";
import type { CategoryId } from "@/lib/schema/kernel-api";
import { PopoverMenu } from "./popover-menu";

/** Multi-select of strace categories, with how many rows each would keep. */
export const CategoryFilter = memo(function CategoryFilter({
  selected,
  counts,
  onChange,
}: {
  selected: readonly CategoryId[];
  counts: ReadonlyMap<unknown, number>;
  onChange: (next: CategoryId[]) => void;
}) {
  const shown = CATEGORY_IDS.filter((c) => (counts.get(c) ?? 0) > 0 || selected.includes(c));
  const toggle = (c: CategoryId, on: boolean) =>
    onChange(CATEGORY_IDS.filter((x) => (x === c ? on : selected.includes(x))));
  return (
    <PopoverMenu label={`Categories${selected.length ? ` (${selected.length})` : ""}`} testId="category-filter">
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Show syscalls in any of</legend>
        {shown.map((c) => (
          <label key={c} className="flex items-center gap-2 py-0.5 text-sm">
            <input type="checkbox" checked={selected.includes(c)} onChange={(e) => toggle(c, e.target.checked)} value={c} />
            <span className="font-mono">{c}</span>
            <span className="ml-auto text-muted tabular-nums">{counts.get(c) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      {selected.length > 0 && (
        <button type="button" className="mt-1 text-sm text-accent underline" onClick={() => onChange([])}>
          Clear categories
        </button>
      )}
    </PopoverMenu>
  );
});
