"use client";

import { useEffect, useState } from "react";

/**
 * Loads a module after the page has hydrated and returns it (null until then). The
 * interactive tables come this way, so their code (TanStack Table, Virtual, nuqs) is not
 * part of the first page load: the pre-rendered table is readable and hydrated first.
 */
export function useDeferredModule<M>(load: () => Promise<M>): M | null {
  const [mod, setMod] = useState<M | null>(null);
  useEffect(() => {
    let cancelled = false;
    load().then((m) => {
      if (!cancelled) setMod(() => m);
    });
    return () => {
      cancelled = true;
    };
    // `load` is a module-level function; loading once per mount is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return mod;
}
