/**
 * The shareable view state of the table pages, in the query string. One typed parser per
 * key; a value equal to its default is dropped from the URL; updates replace the history
 * entry; the search text is debounced. Example: `?q=open&cat=file,desc&sort=nr`.
 */
import {
  createLoader,
  createSerializer,
  debounce,
  parseAsArrayOf,
  parseAsBoolean,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs";
import { ABI_IDS, CATEGORY_IDS } from "@/lib/schema/ids";
import { ALL_SORTS, TABLE_COLUMNS, TABLE_SORTS } from "./table-values";

// Value lists live in ./table-values (no nuqs): the pre-rendered tables use them too.
export { ALL_SORTS, canonicalColumns, MAX_ARGS, TABLE_COLUMNS, TABLE_SORTS, validArgs } from "./table-values";
export type { AllSort, TableColumnId, TableSort } from "./table-values";

const SEARCH_DEBOUNCE_MS = 250;

const common = {
  /** Search text: fuzzy over names, parameters, entry points; a number finds that number. */
  q: parseAsString.withDefault("").withOptions({ limitUrlUpdates: debounce(SEARCH_DEBOUNCE_MS) }),
  /** Categories (any of). */
  cat: parseAsArrayOf(parseAsStringLiteral(CATEGORY_IDS)).withDefault([]),
  /** Only syscalls with an implementation (not sys_ni_syscall). */
  impl: parseAsBoolean.withDefault(false),
  /** Exact argument count; absent = any. */
  args: parseAsInteger,
};

export const tableParams = {
  ...common,
  /** Visible columns, in display order. */
  cols: parseAsArrayOf(parseAsStringLiteral(TABLE_COLUMNS)).withDefault([...TABLE_COLUMNS]),
  /** Column order; absent = by number (or by relevance while searching). */
  sort: parseAsStringLiteral(TABLE_SORTS),
};

export const allParams = {
  ...common,
  /** ABI columns shown; empty = every ABI of the kernel. */
  abis: parseAsArrayOf(parseAsStringLiteral(ABI_IDS)).withDefault([]),
  /** Only syscalls present on every shown ABI. */
  every: parseAsBoolean.withDefault(false),
  sort: parseAsStringLiteral(ALL_SORTS),
};

/** Options for useQueryStates: replace history, do not scroll. */
export const URL_STATE_OPTIONS = { history: "replace", scroll: false, clearOnDefault: true } as const;

export const loadTableParams = createLoader(tableParams);
export const loadAllParams = createLoader(allParams);
export const serializeTableParams = createSerializer(tableParams);
export const serializeAllParams = createSerializer(allParams);
