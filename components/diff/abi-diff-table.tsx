import type { ReactNode, Ref } from "react";
import { DiffTableFrame } from "./diff-table-frame";

/** The frame of an ABI diff table: header row naming both ABIs; rows go in `children`. */
export function AbiDiffTable({ abiA, abiB, children, tableRef }: { abiA: string; abiB: string; children: ReactNode; tableRef?: Ref<HTMLTableElement> }) {
  return (
    <DiffTableFrame testId="diff-table" sides={[abiA, abiB]} verdict="Verdict" details="Why / equivalents" tableRef={tableRef}>
      {children}
    </DiffTableFrame>
  );
}
