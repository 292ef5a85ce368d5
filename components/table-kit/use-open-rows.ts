"use client";

import { useCallback, useEffect, useState } from "react";

function hashName(): string | null {
  const h = decodeURIComponent(window.location.hash.slice(1));
  return h === "" ? null : h;
}

/**
 * Which rows have their details open. The URL hash names the row last opened (the row
 * anchor), so a shared link opens it; opening or closing rewrites the hash in place
 * (history replace). `onTarget` runs for the row the hash names on load and on change.
 */
export function useOpenRows(isRow: (name: string) => boolean, onTarget: (name: string) => void) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    const sync = () => {
      const name = hashName();
      if (name === null || !isRow(name)) return;
      setOpen((prev) => new Set(prev).add(name));
      onTarget(name);
    };
    sync();
    window.addEventListener("hashchange", sync);
    return () => window.removeEventListener("hashchange", sync);
  }, [isRow, onTarget]);

  const toggle = useCallback(
    (name: string) => {
      const next = new Set(open);
      const { pathname, search } = window.location;
      if (next.has(name)) {
        next.delete(name);
        if (hashName() === name) window.history.replaceState(window.history.state, "", pathname + search);
      } else {
        next.add(name);
        window.history.replaceState(window.history.state, "", `${pathname}${search}#${encodeURIComponent(name)}`);
      }
      setOpen(next);
    },
    [open],
  );

  return { open, toggle };
}
