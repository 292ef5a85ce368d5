/**
 * The view state of the table pages with nothing in the query string, and how a change
 * (a patch: a value per key, null for "back to the default") applies to it. Used by the
 * pre-rendered toolbars, which work on local state until the live table (nuqs) takes
 * over; a test checks these defaults against the parsers.
 */
import type { inferParserType } from "nuqs";
import type { allParams, tableParams } from "./table-params";
import { TABLE_COLUMNS } from "./table-values";

export type TableState = inferParserType<typeof tableParams>;
export type AllState = inferParserType<typeof allParams>;
export type Patch<S> = { [K in keyof S]?: S[K] | null };

export const TABLE_DEFAULTS: TableState = { q: "", cat: [], impl: false, args: null, cols: [...TABLE_COLUMNS], sort: null };
export const ALL_DEFAULTS: AllState = { q: "", cat: [], impl: false, args: null, abis: [], every: false, sort: null };

export function applyPatch<S extends object>(defaults: S, state: S, patch: Patch<S>): S {
  const next = { ...state };
  for (const key in patch) {
    const value = patch[key];
    if (value === undefined) continue;
    next[key] = value === null ? defaults[key] : value;
  }
  return next;
}
