/**
 * What the fuzzy search looks at for one row, and the Fuse options. Shared by the build
 * script (which serializes a Fuse index per table) and the browser (which loads it), so
 * both always agree on keys and weights.
 */
import type { FuseIndex, IFuseOptions } from "fuse.js";

export interface SearchDoc {
  name: string;
  /** Parameter names. */
  params: string[];
  /** Parameter types. */
  types: string[];
  /** Entry points (native and compat, every ABI on the `all` table). */
  entries: string[];
}

export const SEARCH_KEYS = [
  { name: "name", weight: 4 },
  { name: "entries", weight: 1.5 },
  { name: "params", weight: 1 },
  { name: "types", weight: 0.5 },
];

export const SEARCH_OPTIONS = {
  keys: SEARCH_KEYS,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
} satisfies IFuseOptions<SearchDoc>;

interface DocSource {
  name: string;
  entry: string | null;
  compatEntry: string | null;
  params: readonly { name: string; type: string }[] | null;
}

/** One search document from one or more rows carrying the same name (one per ABI). */
export function toSearchDoc(sources: readonly DocSource[]): SearchDoc {
  const first = sources[0];
  if (!first) throw new Error("toSearchDoc needs at least one row");
  const params = sources.find((s) => s.params !== null)?.params ?? [];
  const entries = new Set<string>();
  for (const s of sources) {
    if (s.entry) entries.add(s.entry);
    if (s.compatEntry) entries.add(s.compatEntry);
  }
  return {
    name: first.name,
    params: params.map((p) => p.name),
    types: [...new Set(params.map((p) => p.type))],
    entries: [...entries],
  };
}

/** The file the build writes per table: names in index order plus the Fuse index. */
export interface SearchIndexFile {
  names: string[];
  index: ReturnType<FuseIndex<SearchDoc>["toJSON"]>;
}

/** Shape check for an index fetched at run time (the browser has no zod on purpose). */
export function isSearchIndexFile(x: unknown): x is SearchIndexFile {
  if (typeof x !== "object" || x === null) return false;
  const { names, index } = x as { names?: unknown; index?: unknown };
  if (!Array.isArray(names) || !names.every((n) => typeof n === "string")) return false;
  if (typeof index !== "object" || index === null) return false;
  const { keys, records } = index as { keys?: unknown; records?: unknown };
  return Array.isArray(keys) && Array.isArray(records) && records.length === names.length;
}
