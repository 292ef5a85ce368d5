"use client";

import { useCallback, type ReactNode } from "react";
import { CopyButton } from "@/components/site/copy-button";
import type { CategoryId } from "@/lib/schema/kernel-api";
import { validArgs } from "@/lib/url-state/table-values";
import { CategoryFilter } from "./category-filter";
import { SearchBox } from "./search-box";
import { SmallFilters } from "./small-filters";

/** The query-string keys both table kinds share (the `all` table adds ABI columns and `every`). */
export interface CommonFilterState {
  q: string;
  cat: CategoryId[];
  impl: boolean;
  args: number | null;
}
type CommonPatch = { [K in keyof CommonFilterState]?: CommonFilterState[K] | null };

/** What the toolbar counts: categories and argument counts to offer, rows shown of all. */
export interface ToolbarFacets {
  categoryCounts: ReadonlyMap<unknown, number>;
  /** Argument counts of the table's rows (the filter offers these). */
  argCounts: readonly number[];
  shown: number;
  total: number;
}

export const isFiltered = (s: CommonFilterState) => s.q !== "" || s.cat.length > 0 || s.impl || s.args !== null;

/** Search box, categories, implemented-only and argument count, wired to the URL state. */
export function CommonFilters({
  state,
  setState,
  facets,
  onSearchFocus,
  children,
}: {
  state: CommonFilterState;
  setState: (patch: CommonPatch) => unknown;
  facets: ToolbarFacets;
  onSearchFocus?: (() => void) | undefined;
  /** Controls shown between the search box and the category filter. */
  children?: ReactNode;
}) {
  // Stable props, so the memoized controls skip re-rendering on every keystroke.
  const onQ = useCallback((q: string) => void setState({ q }), [setState]);
  const onCat = useCallback((cat: CategoryId[]) => void setState({ cat }), [setState]);
  const onImpl = useCallback((impl: boolean) => void setState({ impl }), [setState]);
  const onArgs = useCallback((args: number | null) => void setState({ args }), [setState]);
  return (
    <>
      <SearchBox value={state.q} onChange={onQ} onFocus={onSearchFocus} placeholder="Search name, number, type" />
      {children}
      <CategoryFilter selected={state.cat} counts={facets.categoryCounts} onChange={onCat} />
      <SmallFilters impl={state.impl} onImpl={onImpl} args={validArgs(state.args)} argCounts={facets.argCounts} onArgs={onArgs} />
    </>
  );
}

/**
 * The toolbar's box: a fieldset, so that the pre-rendered copy can disable every control
 * in it at once (there is nothing to search or filter without JavaScript) while keeping
 * exactly the footprint of the live toolbar that replaces it.
 */
export function ToolbarFrame({ disabled, order, children }: { disabled: boolean; order: "number" | "name"; children: ReactNode }) {
  return (
    <div role="search" className="mb-2">
      <fieldset disabled={disabled} className="toolbar flex min-h-10 min-w-0 flex-wrap items-center gap-2">
        {children}
      </fieldset>
      {disabled && (
        <noscript>
          <p className="mt-1 text-sm text-muted">Search and filters need JavaScript; every row is below, in {order} order.</p>
        </noscript>
      )}
    </div>
  );
}

/** "Clear filters" (when something filters), the result count and the permalink button. */
export function ResultBar({ filtered, onClear, facets: { shown, total } }: { filtered: boolean; onClear: () => void; facets: ToolbarFacets }) {
  return (
    <>
      {filtered && (
        <button type="button" className="text-sm text-accent underline" onClick={onClear}>
          Clear filters
        </button>
      )}
      <p className="text-sm text-muted" aria-live="polite" data-testid="result-count">
        {shown === total ? `${total} syscalls` : `${shown} of ${total} syscalls`}
      </p>
      <CopyButton className="ml-auto" label="Copy permalink" text={() => window.location.href} />
    </>
  );
}
