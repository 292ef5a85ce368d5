/**
 * Fuse over a serialized per-table index. Imported lazily by the browser (on the first
 * search) so fuse.js stays out of the first-load bundle; used directly by tests and the
 * build script.
 */
import Fuse from "fuse.js";
import type { FuzzyHit } from "./rank";
import { SEARCH_KEYS, SEARCH_OPTIONS, type SearchDoc, type SearchIndexFile } from "./search-doc";

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndexFile {
  const index = Fuse.createIndex(SEARCH_KEYS, docs).toJSON();
  return { names: docs.map((d) => d.name), index };
}

export type FuzzySearch = (query: string) => FuzzyHit[];

/**
 * Runs a few searches nobody types, so the first real keystrokes do not pay for the
 * JavaScript engine's warm-up (the first search is otherwise twice as slow as the rest).
 */
export function warmUp(search: FuzzySearch): void {
  for (const q of ["qj", "qjx", "qjxz"]) search(q);
}

export function fuzzySearcher(file: SearchIndexFile): FuzzySearch {
  const parsed = Fuse.parseIndex<{ name: string }>(file.index);
  const fuse = new Fuse(
    file.names.map((name) => ({ name })),
    SEARCH_OPTIONS,
    parsed,
  );
  // Typing and deleting revisits the same queries: keep the last results.
  const cache = new Map<string, FuzzyHit[]>();
  return (query) => {
    const q = query.trim();
    if (q.length < 2) return [];
    let hits = cache.get(q);
    if (!hits) {
      hits = fuse.search(q).map((r) => ({ name: r.item.name, score: r.score ?? 1 }));
      if (cache.size >= 64) cache.delete(cache.keys().next().value ?? "");
      cache.set(q, hits);
    }
    return hits;
  };
}
