/**
 * Shareable view state of the diff pages, in the query string (defaults are left out,
 * history is replaced, the search is debounced): `?show=only-a,translate&why=split&q=mmap`,
 * and `swap=1` to read the pair the other way round (where the reverse URL redirects to).
 */
import { createParser, debounce, parseAsArrayOf, parseAsString, parseAsStringLiteral } from "nuqs";
import { KERNEL_CHANGE_KINDS, REASON_KINDS } from "@/lib/diff/types";

/** What an ABI diff row can be, for the filter: the verdict, with "missing" split by side. */
export const ROW_KINDS = ["only-a", "only-b", "translate", "renumbered", "same"] as const;
export type RowKind = (typeof ROW_KINDS)[number];

const q = parseAsString.withDefault("").withOptions({ limitUrlUpdates: debounce(250) });
/** `swap=1` (what the reverse-order redirect pages write); "true" is accepted too. */
const swap = createParser({ parse: (v) => v === "1" || v === "true", serialize: (v: boolean) => (v ? "1" : "0") }).withDefault(false);

export const abiDiffParams = {
  q,
  swap,
  /** Row kinds shown; empty = all. */
  show: parseAsArrayOf(parseAsStringLiteral(ROW_KINDS)).withDefault([]),
  /** Kinds of translation reason (rows with any of them); empty = any. */
  why: parseAsArrayOf(parseAsStringLiteral(REASON_KINDS)).withDefault([]),
};

export const kernelDiffParams = {
  q,
  swap,
  /** Kinds of change shown; empty = every changed syscall. */
  show: parseAsArrayOf(parseAsStringLiteral([...KERNEL_CHANGE_KINDS, "unchanged"] as const)).withDefault([]),
};

export const DIFF_URL_OPTIONS = { history: "replace", scroll: false, clearOnDefault: true } as const;
