"use client";

import { useEffect, useState } from "react";

/**
 * The row the URL hash names (a row anchor), if it is one of `isRow`; `onTarget` runs
 * for it on load and whenever the hash changes, so a virtualized table can scroll to a
 * row that is not rendered yet (CSS :target cannot mark it).
 */
export function useHashRow(isRow: (name: string) => boolean, onTarget: (name: string) => void): string | null {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    const sync = () => {
      const name = decodeURIComponent(window.location.hash.slice(1));
      if (!name || !isRow(name)) return setTarget(null);
      setTarget(name);
      onTarget(name);
    };
    sync();
    window.addEventListener("hashchange", sync);
    return () => window.removeEventListener("hashchange", sync);
  }, [isRow, onTarget]);
  return target;
}
