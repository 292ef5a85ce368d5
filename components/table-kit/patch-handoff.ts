import type { Patch } from "@/lib/url-state/default-state";

/**
 * Filter changes a reader made in the pre-rendered toolbar before the live table loaded,
 * merged in order; the live table takes them once, on mount, and applies them to the URL
 * state. One per table kind (a page has one table island).
 */
export interface PatchHandoff<S> {
  note: (patch: Patch<S>) => void;
  take: () => Patch<S> | null;
}

export function createPatchHandoff<S>(): PatchHandoff<S> {
  let pending: Patch<S> | null = null;
  return {
    note: (patch) => {
      pending = { ...pending, ...patch };
    },
    take: () => {
      const p = pending;
      pending = null;
      return p;
    },
  };
}
