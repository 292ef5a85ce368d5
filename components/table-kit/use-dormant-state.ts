"use client";

import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { applyPatch, type Patch } from "@/lib/url-state/default-state";
import type { ToolbarFacets } from "./common-filters";
import type { PatchHandoff } from "./patch-handoff";
import type { RowFacets } from "./row-counts";

/**
 * Local view state for the pre-rendered toolbar: its controls respond at once, and every
 * change is noted for the live table, which applies it when it takes over.
 */
export function useDormantState<S extends object>(defaults: S, handoff: PatchHandoff<S>): [S, (patch: Patch<S>) => void] {
  const [state, set] = useState(defaults);
  const update = useCallback(
    (patch: Patch<S>) => {
      handoff.note(patch);
      set((s) => applyPatch(defaults, s, patch));
    },
    [defaults, handoff],
  );
  return [state, update];
}

const noSubscription = () => () => {};

/** False in the HTML and while hydrating, true once the page runs: controls that need script. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * Everything a pre-rendered toolbar needs: dormant state, the facets of the unfiltered
 * rows (what the live table's TanStack facets give for the default view) and whether its
 * controls are still disabled (in the HTML, before hydration).
 */
export function useDormantToolbar<S extends object>(defaults: S, handoff: PatchHandoff<S>, rowFacets: RowFacets) {
  const [state, setState] = useDormantState(defaults, handoff);
  const disabled = !useHydrated();
  const facets = useMemo<ToolbarFacets>(
    () => ({ categoryCounts: new Map(rowFacets.categoryCounts), argCounts: rowFacets.argCounts, shown: rowFacets.total, total: rowFacets.total }),
    [rowFacets],
  );
  return { state, setState, facets, disabled };
}
