/** Words for verdicts, reasons and changes, shared by the ABI and kernel diff pages. */
import type { KernelChangeKind, ReasonKind } from "@/lib/diff/types";
import type { RowKind } from "./diff-params";

export function rowKindLabel(kind: RowKind, abiA: string, abiB: string): string {
  switch (kind) {
    case "only-a":
      return `only on ${abiA}`;
    case "only-b":
      return `only on ${abiB}`;
    case "translate":
      return "needs translation";
    case "renumbered":
      return "renumbered";
    case "same":
      return "same";
  }
}

export const REASON_LABEL: Record<ReasonKind, string> = {
  entry: "entry point",
  "param-count": "parameter count",
  "param-order": "parameter order",
  "param-size": "parameter size",
  split: "64-bit split",
  "type-layout": "struct layout",
};

export const CHANGE_LABEL: Record<KernelChangeKind | "unchanged", string> = {
  added: "added",
  removed: "removed",
  renumbered: "renumbered",
  resignatured: "new signature",
  "entry-changed": "entry point changed",
  unchanged: "unchanged",
};
