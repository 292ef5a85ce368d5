"use client";

import { useCallback, useEffect, useState } from "react";
import type { FuzzySearch } from "@/lib/search/fuzzy";
import { isSearchIndexFile } from "@/lib/search/search-doc";

/**
 * Loads the table's prebuilt search index and fuse.js on first need (a query, or focus
 * on the search box), so neither is part of the first page load. Until then (or if the
 * index cannot be loaded) searches still match numbers and name prefixes.
 */
export function useFuzzySearch(indexUrl: string, needed: boolean): { search: FuzzySearch | null; prime: () => void } {
  const [search, setSearch] = useState<FuzzySearch | null>(null);
  const [wanted, setWanted] = useState(false);
  const prime = useCallback(() => setWanted(true), []);
  const load = needed || wanted;
  useEffect(() => {
    if (!load || search) return;
    let cancelled = false;
    Promise.all([import("@/lib/search/fuzzy"), fetch(indexUrl).then((r) => (r.ok ? r.json() : null))])
      .then(([mod, json]: [typeof import("@/lib/search/fuzzy"), unknown]) => {
        if (cancelled || !isSearchIndexFile(json)) return;
        const search = mod.fuzzySearcher(json);
        setSearch(() => search);
        setTimeout(() => mod.warmUp(search), 0);
      })
      .catch(() => {
        // Offline or index missing: keep number and prefix matching.
      });
    return () => {
      cancelled = true;
    };
  }, [indexUrl, load, search]);
  return { search, prime };
}
