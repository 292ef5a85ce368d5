"use client";

import { useEffect } from "react";

/**
 * `href` with the current query (`search`) carried over: all of it when `keep` is empty,
 * else only the comma-separated parameters in `keep` (the link's own values of the others
 * stay).
 */
export function keptHref(href: string, keep: string, search: string): string {
  const url = new URL(href);
  if (keep === "") {
    url.search = search;
    return url.toString();
  }
  const current = new URLSearchParams(search);
  for (const key of keep.split(",")) {
    url.searchParams.delete(key);
    for (const v of current.getAll(key)) url.searchParams.append(key, v);
  }
  return url.toString();
}

/**
 * Links marked `data-keep-query` (kernel and ABI pickers) carry the page's current query
 * string (search, filters) along (see keptHref for the attribute's value): the href is
 * updated just before it is followed or copied. Without JavaScript they are plain links
 * to the default view.
 */
export function KeepQueryLinks() {
  useEffect(() => {
    const update = (e: Event) => {
      const a = (e.target as Element | null)?.closest?.("a[data-keep-query]");
      if (!(a instanceof HTMLAnchorElement)) return;
      a.href = keptHref(a.href, a.dataset.keepQuery ?? "", window.location.search);
    };
    const events = ["pointerdown", "focusin", "click", "contextmenu"] as const;
    for (const ev of events) document.addEventListener(ev, update, true);
    return () => {
      for (const ev of events) document.removeEventListener(ev, update, true);
    };
  }, []);
  return null;
}
