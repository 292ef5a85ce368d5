"use client";

import { memo } from "react";

/** "Implemented only" and the argument-count filter. */
export const SmallFilters = memo(function SmallFilters({
  impl,
  onImpl,
  args,
  maxArgs,
  onArgs,
}: {
  impl: boolean;
  onImpl: (v: boolean) => void;
  args: number | null;
  maxArgs: number;
  onArgs: (v: number | null) => void;
}) {
  return (
    <>
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" checked={impl} onChange={(e) => onImpl(e.target.checked)} data-testid="impl-filter" />
        Implemented only
      </label>
      <label className="flex items-center gap-1 text-sm">
        Arguments
        <select
          value={args === null ? "" : String(args)}
          onChange={(e) => onArgs(e.target.value === "" ? null : Number(e.target.value))}
          className="rounded border border-border bg-bg px-1 py-0.5"
          data-testid="args-filter"
        >
          <option value="">any</option>
          {Array.from({ length: maxArgs + 1 }, (_, n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </>
  );
});
