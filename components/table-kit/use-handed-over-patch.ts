"use client";

import { useLayoutEffect } from "react";
import type { Patch } from "@/lib/url-state/default-state";
import type { PatchHandoff } from "./patch-handoff";

/**
 * The live table's side of the hand-off: on mount, before the first paint, apply what the
 * reader changed in the pre-rendered toolbar to the URL state.
 */
export function useHandedOverPatch<S>(handoff: PatchHandoff<S>, setState: (patch: Patch<S>) => unknown): void {
  useLayoutEffect(() => {
    const patch = handoff.take();
    if (patch) void setState(patch);
  }, [handoff, setState]);
}
