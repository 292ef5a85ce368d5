"use client";

import { memo } from "react";

/** Argument counts to offer: those the rows have (unknown = -1 left out), plus a selected one. */
export function argOptions(counts: Iterable<number>, selected: number | null): number[] {
  const set = new Set([...counts].filter((n) => n >= 0));
  if (selected !== null) set.add(selected);
  return [...set].sort((a, b) => a - b);
}

/** "Implemented only" and the argument-count filter (`argCounts`: the rows' counts). */
export const SmallFilters = memo(function SmallFilters({
  impl,
  onImpl,
  args,
  argCounts,
  onArgs,
}: {
  impl: boolean;
  onImpl: (v: boolean) => void;
  args: number | null;
  argCounts: readonly number[];
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
          {argOptions(argCounts, args).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </>
  );
});
