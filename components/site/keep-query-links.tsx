"use client";

import { useEffect } from "react";

/**
 * Links marked `data-keep-query` (kernel and ABI pickers) carry the page's current query
 * string (search, filters) along: the href is updated just before it is followed or
 * copied. Without JavaScript they are plain links to the default view.
 */
export function KeepQueryLinks() {
  useEffect(() => {
    const update = (e: Event) => {
      const a = (e.target as Element | null)?.closest?.("a[data-keep-query]");
      if (!(a instanceof HTMLAnchorElement)) return;
      const url = new URL(a.href);
      url.search = window.location.search;
      a.href = url.toString();
    };
    const events = ["pointerdown", "focusin", "click", "contextmenu"] as const;
    for (const ev of events) document.addEventListener(ev, update, true);
    return () => {
      for (const ev of events) document.removeEventListener(ev, update, true);
    };
  }, []);
  return null;
}
